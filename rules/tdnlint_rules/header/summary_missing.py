from tdnlint.api import Rule, Severity

from ._common import FORM_TYPES


class SummaryMissing(Rule):
    code = "TDN116"
    name = "summary-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu trích yếu nội dung ngay dưới tên loại văn bản."
    summary_en = "The summary (trích yếu) under the type name is missing."
    description = (
        "Ngay dưới tên loại văn bản là trích yếu — một câu ngắn nêu nội dung chính, ví dụ “KẾ HOẠCH” rồi “Tổ chức "
        "Ngày hội đọc sách năm 2025” (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.a; Hướng dẫn 36-HD/VPTW). Báo khi "
        "có tên loại mà không có trích yếu. Không xét công văn (trích yếu nằm ở dòng “V/v”), thư và phiếu trình. Là "
        "lỗi khi chắc chắn văn bản có đủ thể thức, ngược lại là cảnh báo. Không tự sửa được."
    )
    description_en = (
        "Right under the type name stands the summary (trích yếu), a short line naming the content, e.g. “KẾ HOẠCH” "
        "then “Tổ chức Ngày hội đọc sách năm 2025” (NĐ 30/2020, Phụ lục I, mục II.5.a; HD 36-HD/VPTW). Reported when "
        "a type name has no summary. Công văn (summary on the “V/v” line), letters and phiếu trình are not checked. "
        "An error when the form is certain, a warning otherwise. No automatic fix."
    )
    bad = "KẾ HOẠCH\n\nCăn cứ …"
    good = "KẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2025\n\nCăn cứ …"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5.a [T]; HD 36-HD/VPTW mục 1.5 [T]; spec ND30-TY-01, HD36-TY-01"

    def check(self, ctx):
        seg = ctx.segments
        if seg.title is None or seg.summary_lines or seg.doc_type in FORM_TYPES | {"CÔNG VĂN", "THƯ"}:
            return
        sev = None if seg.confidence == "high" else Severity.WARNING
        i, s, e = seg.title
        p = ctx.document.paragraphs[i]
        ctx.report(self, p, s, e,
                   message=f"Thiếu trích yếu nội dung ngay dưới tên loại “{seg.doc_type}” "
                           "(một câu ngắn nêu nội dung chính của văn bản).",
                   message_en=f"The summary line under “{seg.doc_type}” is missing.", severity=sev)
