from tdnlint.api import Rule, Severity

from ._common import report


class GluedDigits(Rule):
    code = "TDN205"
    name = "glued-digits"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ viết dính liền với số (thiếu dấu cách)."
    summary_en = "A word glued to a number (missing space)."
    bad = "Thực hiện Hướng dẫn ngày04/03/2021của Ban Thường trực…"
    good = "Thực hiện Hướng dẫn ngày 04/03/2021 của Ban Thường trực…"
    basis = "convention (chính tả tiếng Việt)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            if issue.detail == "after":
                report(self, ctx, issue, f"Thiếu dấu cách giữa số và chữ '{issue.mark}'.",
                       f"Missing space between the number and '{issue.mark}'.", readable=False)
            else:
                report(self, ctx, issue, f"Thiếu dấu cách giữa '{issue.mark}' và số.",
                       f"Missing space between '{issue.mark}' and the number.", readable=False)
