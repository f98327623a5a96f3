from tdnlint.api import Rule, Severity

from ._common import FORM_TYPES, applies, report_missing


class DateLineMissing(Rule):
    code = "TDN112"
    name = "date-line-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu địa danh và ngày, tháng, năm ban hành văn bản."
    summary_en = "The place-and-date line is missing."
    bad = "Số: 12/KH-UBND\n\nKẾ HOẠCH …"
    good = "Số: 12/KH-UBND        Lâm Đồng, ngày 05 tháng 01 năm 2025"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4 [T]; HD 36-HD/VPTW mục 1.4 [T]; spec ND30-DATE-01, HD36-DATE-01"

    def check(self, ctx):
        seg = ctx.segments
        if not applies(ctx) or seg.date is not None or seg.doc_type in FORM_TYPES:
            return
        report_missing(self, ctx,
                       "Thiếu địa danh và ngày, tháng, năm ban hành (ví dụ “Hà Nội, ngày 05 tháng 01 năm 2025”; "
                       "dự thảo để trống ngày cho văn thư).",
                       "The place-and-date line is missing (e.g. “Hà Nội, ngày 05 tháng 01 năm 2025”).")
