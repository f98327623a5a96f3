from tdnlint.api import Rule, Severity


class KinhGuiMissing(Rule):
    code = "TDN504"
    name = "kinh-gui-missing"
    category = "structure"
    severity = Severity.WARNING
    profiles = frozenset({"state", "mttq"})
    summary = "Công văn thiếu “Kính gửi:” trước nội dung."
    summary_en = "A công văn lacks “Kính gửi:” before the body."
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
