from tdnlint.api import Rule, Severity

from ._common import report


class GluedCapital(Rule):
    code = "TDN206"
    name = "glued-capital"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai từ viết dính liền (chữ thường liền chữ hoa)."
    summary_en = "Two words glued together (lower-case letter followed by a capital)."
    bad = "báo cáo kết quả về BanThường trực Ủy ban MTTQ"
    good = "báo cáo kết quả về Ban Thường trực Ủy ban MTTQ"
    basis = "convention (chính tả tiếng Việt)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            report(self, ctx, issue, f"Hai từ viết dính liền: '{issue.mark}'.", f"Words glued together: '{issue.mark}'.",
                   readable=False)
