from tdnlint.api import Rule, Severity

from ._common import report


class MissingSpaceAfterPunctuation(Rule):
    code = "TDN201"
    name = "missing-space-after-punctuation"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Thiếu dấu cách sau dấu câu (, ; : .) trước chữ."
    summary_en = "Missing space after a punctuation mark before a letter."
    bad = "…về công tác thông tin đối ngoại năm 2021,Ban Thường trực…"
    good = "…về công tác thông tin đối ngoại năm 2021, Ban Thường trực…"
    basis = "convention (chính tả tiếng Việt: sau dấu câu có một dấu cách)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            report(self, ctx, issue, f"Thiếu dấu cách sau dấu '{issue.mark}'.", f"Missing space after '{issue.mark}'.")
