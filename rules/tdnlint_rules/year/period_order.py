from tdnlint.api import Rule, Severity


class PeriodOrder(Rule):
    code = "TDN332"
    name = "period-order"
    category = "year"
    severity = Severity.WARNING
    summary = "Khoảng thời gian có năm bắt đầu không nhỏ hơn năm kết thúc (giai đoạn 2030 - 2021)."
    summary_en = "A period whose first year is not before its last year (2030 - 2021)."
    description = (
        "Khoảng thời gian (giai đoạn, nhiệm kỳ, khóa) ghi năm bắt đầu trước, năm kết thúc sau, và năm bắt đầu phải "
        "nhỏ hơn: “giai đoạn 2021 - 2025”, không viết “2025 - 2021” hay “2026 - 2026” (thông lệ, cảnh báo). Xét mọi "
        "cặp năm nối bằng gạch nối hoặc gạch ngang trong nội dung, bảng và chú thích; năm nằm trong số, ký hiệu hoặc "
        "trong ngày không bị tính. Không tự sửa được."
    )
    description_en = (
        "A period (giai đoạn, nhiệm kỳ, khóa) is written first year – last year, the first strictly smaller: “giai "
        "đoạn 2021 - 2025”, not “2025 - 2021” or “2026 - 2026” (convention, warning). Every pair of years joined by "
        "a hyphen or dash in the body, tables and footnotes is checked; years inside symbols or dates do not count. "
        "No automatic fix."
    )
    bad = "giai đoạn 2025 - 2021; nhiệm kỳ 2026 - 2026"
    good = "giai đoạn 2021 - 2025; nhiệm kỳ 2026 - 2031"
    basis = "BODY-03 [O]"

    def check(self, ctx):
        for per in ctx.dates.periods:
            if per.first < per.second:
                continue
            p = ctx.document.paragraphs[per.paragraph]
            ctx.report(self, p, per.start, per.end,
                       message=f"Khoảng thời gian “{p.text[per.start:per.end]}”: năm bắt đầu phải nhỏ hơn năm kết thúc.",
                       message_en=f"Period '{p.text[per.start:per.end]}': the first year must be before the last.")
