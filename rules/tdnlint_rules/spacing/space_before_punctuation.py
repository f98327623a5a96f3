from tdnlint.api import Rule, Severity

from ._common import report


class SpaceBeforePunctuation(Rule):
    code = "TDN202"
    name = "space-before-punctuation"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Thừa dấu cách trước dấu câu (, ; : . ! ?)."
    summary_en = "Space before a punctuation mark."
    bad = "Các tổ chức thành viên ; các ban , đơn vị ."
    good = "Các tổ chức thành viên; các ban, đơn vị."
    basis = "convention (chính tả tiếng Việt: dấu câu viết liền với chữ đứng trước)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            report(self, ctx, issue, f"Thừa dấu cách trước dấu '{issue.mark}'.", f"Space before '{issue.mark}'.")
