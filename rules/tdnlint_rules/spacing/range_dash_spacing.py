from tdnlint.api import Rule, Severity

from ._common import report


class RangeDashSpacing(Rule):
    code = "TDN207"
    name = "dash-spacing"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Dấu gạch nối/gạch ngang chỉ có dấu cách ở một bên."
    summary_en = "A dash with a space on one side only."
    bad = "giai đoạn 2021 -2025; phát triển kinh tế- xã hội"
    good = "giai đoạn 2021 - 2025; phát triển kinh tế - xã hội"
    basis = "convention; spec BODY-03 (khoảng thời gian viết thống nhất '2025 - 2030')"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            d = issue.mark
            if issue.detail == "code":
                report(self, ctx, issue, f"Dấu '{d}' trong mã, ký hiệu viết liền, không có dấu cách.",
                       f"'{d}' inside a code is written without spaces.")
            else:
                report(self, ctx, issue, f"Dấu '{d}' cần có dấu cách ở cả hai bên (hoặc không có ở bên nào).",
                       f"'{d}' needs a space on both sides (or on neither).")
