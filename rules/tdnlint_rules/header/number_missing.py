from tdnlint.api import Rule, Severity

from ._common import applies, report_missing


class NumberLineMissing(Rule):
    code = "TDN107"
    name = "number-line-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu số, ký hiệu văn bản (“Số: …/KH-UBND”; văn bản Đảng “Số …-HD/…”)."
    summary_en = "The document number and symbol line is missing."
    bad = "ỦY BAN NHÂN DÂN TỈNH A\n\nKẾ HOẠCH …"
    good = "ỦY BAN NHÂN DÂN TỈNH A\nSố:      /KH-UBND"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3 [T]; HD 36-HD/VPTW mục 1.3 [T]; spec ND30-SO-01, HD36-SO-01"

    def check(self, ctx):
        seg = ctx.segments
        if not applies(ctx) or seg.number is not None:
            return
        if ctx.profile == "party":
            example = "Số …-HD/BTGTU"
        else:
            code = seg.type_code or "…"
            example = f"Số:      /{code}-…"
        report_missing(self, ctx,
                       f"Thiếu số, ký hiệu văn bản dưới tên cơ quan ban hành (ví dụ “{example}”; "
                       "để trống số cho văn thư khi là dự thảo).",
                       f"The number and symbol line is missing (e.g. “{example}”).")
