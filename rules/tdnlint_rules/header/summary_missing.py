from tdnlint.api import Rule, Severity

from ._common import FORM_TYPES


class SummaryMissing(Rule):
    code = "TDN116"
    name = "summary-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu trích yếu nội dung ngay dưới tên loại văn bản."
    summary_en = "The summary (trích yếu) under the type name is missing."
    bad = "KẾ HOẠCH\n\nCăn cứ …"
    good = "KẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2025\n\nCăn cứ …"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5.a [T]; HD 36-HD/VPTW mục 1.5 [T]; spec ND30-TY-01, HD36-TY-01"

    def check(self, ctx):
        seg = ctx.segments
        if seg.title is None or seg.summary_lines or seg.doc_type in FORM_TYPES | {"CÔNG VĂN", "THƯ"}:
            return
        i, s, e = seg.title
        p = ctx.document.paragraphs[i]
        ctx.report(self, p, s, e,
                   message=f"Thiếu trích yếu nội dung ngay dưới tên loại “{seg.doc_type}” "
                           "(một câu ngắn nêu nội dung chính của văn bản).",
                   message_en=f"The summary line under “{seg.doc_type}” is missing.")
