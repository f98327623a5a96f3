from tdnlint.api import Rule, Severity

from ._common import report


class SpaceInsideBrackets(Rule):
    code = "TDN203"
    name = "space-inside-brackets"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Thừa dấu cách sau dấu mở ngoặc hoặc trước dấu đóng ngoặc."
    summary_en = "Space after an opening or before a closing bracket."
    bad = "Ban Chỉ đạo ( BCĐ ) tỉnh"
    good = "Ban Chỉ đạo (BCĐ) tỉnh"
    basis = "convention (chính tả tiếng Việt)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            if issue.replacement in "([“":
                report(self, ctx, issue, f"Thừa dấu cách sau '{issue.mark}'.", f"Space after '{issue.mark}'.")
            else:
                report(self, ctx, issue, f"Thừa dấu cách trước '{issue.mark}'.", f"Space before '{issue.mark}'.")
