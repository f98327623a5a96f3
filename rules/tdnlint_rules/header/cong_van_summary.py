import re

from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan


class CongVanSummary(Rule):
    code = "TDN117"
    name = "cong-van-summary"
    category = "header"
    severity = Severity.ERROR
    summary = "Công văn: không có dòng tên loại “CÔNG VĂN”, trích yếu bắt đầu bằng “V/v” dưới số, ký hiệu; văn bản có tên loại không dùng “V/v”."
    summary_en = "Công văn: no “CÔNG VĂN” type line; the summary starts with “V/v” under the number. Typed documents do not use “V/v”."
    description = (
        "Công văn không ghi tên loại “CÔNG VĂN”; trích yếu bắt đầu bằng “V/v” và đặt ngay dưới số, ký hiệu. Ngược "
        "lại, văn bản có tên loại (KẾ HOẠCH, BÁO CÁO …) không dùng “V/v” ở trích yếu (Nghị định 30/2020/NĐ-CP, Phụ "
        "lục I, mục II.5.b). Quy tắc báo: dòng “CÔNG VĂN” trên công văn nhà nước, Mặt trận Tổ quốc; “V/v” dưới tên "
        "loại; công văn có “Kính gửi” mà thiếu dòng “V/v”. Với công văn của Đảng, mẫu của Hướng dẫn 36-HD/VPTW ghi "
        "trích yếu không có “V/v”; điều này chưa được xác minh trong câu chữ quy định nên chỉ là thông tin. Không "
        "xét phụ lục đứng riêng. Không tự sửa được."
    )
    description_en = (
        "A công văn has no “CÔNG VĂN” type line; its summary starts with “V/v” right under the number. Conversely a "
        "typed document (KẾ HOẠCH, BÁO CÁO …) does not use “V/v” (NĐ 30/2020, Phụ lục I, mục II.5.b). Reported: a "
        "“CÔNG VĂN” line on a State or MTTQ công văn; “V/v” under a type name; a công văn with “Kính gửi” but no "
        "“V/v” line. A Party công văn's summary has no “V/v” in the HD 36-HD/VPTW example; the rule text is "
        "unverified, so that is info only. An appendix on its own is not checked. No automatic fix."
    )
    bad = plan(
        ("Tổ chức hội nghị tổng kết công tác năm 2025\n", "V/v tổ chức hội nghị tổng kết công tác năm 2025\n"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5.b [T]; spec ND30-TY-03, HD36-TY-03"

    def check(self, ctx):
        seg = ctx.segments
        profile = ctx.profile
        doc = ctx.document
        if seg.doc_type == "CÔNG VĂN" and seg.title and profile in ("state", "mttq"):
            i, s, e = seg.title
            ctx.report(self, doc.paragraphs[i], s, e,
                       message="Công văn không ghi tên loại “CÔNG VĂN”; trích yếu ghi “V/v …” ngay dưới số, ký hiệu.",
                       message_en="A công văn has no “CÔNG VĂN” type line; put “V/v …” under the number.")
            return
        if seg.title is not None and seg.doc_type != "CÔNG VĂN" and seg.summary_lines:
            p = doc.paragraphs[seg.summary_lines[0]]
            m = re.match(r"^\s*(V/v|V/V|v/v)\b", p.text)
            if m:
                ctx.report(self, p, m.start(1), m.end(1),
                           message=f"Văn bản có tên loại (“{seg.doc_type}”) không dùng “V/v” ở trích yếu; "
                                   "“V/v” chỉ dùng cho công văn.",
                           message_en="Only a công văn uses “V/v”; a typed document's summary does not.")
            return
        if seg.vv_line is not None and profile == "party":
            i, s, e = seg.vv_line
            ctx.report(self, doc.paragraphs[i], s, min(e, s + 3), severity=Severity.INFO,
                       message="Công văn của Đảng: mẫu HD 36-HD/VPTW ghi trích yếu không có “V/v” (chưa kiểm chứng quy định).",
                       message_en="Party công văn: the HD 36 example has no “V/v” (unverified rule).")
            return
        if seg.title is None and seg.vv_line is None and seg.kinh_gui and profile in ("state", "mttq") \
                and not seg.standalone_appendix:
            p = doc.paragraphs[seg.kinh_gui[0]]
            ctx.report(self, p, 0, len(p.text.rstrip()),
                       message="Công văn thiếu trích yếu “V/v …” dưới số, ký hiệu (trước “Kính gửi”).",
                       message_en="Công văn without the “V/v …” summary under the number.")
