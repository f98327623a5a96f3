from tdnlint.api import Rule, Severity


class KinhGuiMissing(Rule):
    code = "TDN504"
    name = "kinh-gui-missing"
    category = "structure"
    severity = Severity.WARNING
    profiles = frozenset({"state", "mttq"})
    summary = "Công văn thiếu “Kính gửi:” trước nội dung."
    summary_en = "A công văn lacks “Kính gửi:” before the body."
    description = (
        "Công văn (nhận ra qua dòng trích yếu “V/v …”) phải có phần “Kính gửi:” ghi tên cơ quan, người nhận trước "
        "nội dung, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9 và mẫu công văn. Quy tắc áp dụng cho văn bản "
        "nhà nước và Mặt trận, không xét văn bản Đảng và các loại văn bản khác. Thông báo chỉ vào dòng “V/v”. Không "
        "có sửa tự động: hãy thêm dòng “Kính gửi:” với tên nơi nhận."
    )
    description_en = (
        "A công văn (recognised by its “V/v …” subject line) has a “Kính gửi:” part naming the addressee before the "
        "body, per Decree 30/2020/NĐ-CP, Appendix I, II.9 and the công văn template. It applies to State and Front "
        "documents; Party documents and other types are not checked. The finding points at the “V/v” line. No "
        "automatic fix: add a “Kính gửi:” line naming the addressee."
    )
    bad = "V/v triển khai …\n\nỦy ban nhân dân tỉnh nhận được …"
    good = "V/v triển khai …\n\nKính gửi: Công an tỉnh\n\nỦy ban nhân dân tỉnh nhận được …"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9 [T]; spec ND30-NN-04, BODY-05"

    def check(self, ctx):
        seg = ctx.segments
        if not seg.is_cong_van or seg.kinh_gui:
            return
        i, s, e = seg.vv_line
        ctx.report(self, ctx.document.paragraphs[i], s, e,
                   message="Công văn thiếu “Kính gửi:” (tên cơ quan, người nhận) trước nội dung.",
                   message_en="The công văn lacks “Kính gửi:” before the body.")
