from tdnlint.api import Rule, Severity

from ._common import issues, report_issue


class GluedWords(Rule):
    code = "TDN404"
    name = "glued-words"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai âm tiết bị dính liền, thiếu dấu cách (\"tỉnhvề\" → \"tỉnh về\")."
    summary_en = "Two syllables glued together without a space (\"tỉnhvề\" → \"tỉnh về\")."
    description_en = "Only when the glued form is not a syllable and exactly one split gives two attested syllables."
    bad = "Ban Thường trực Ủy ban MTTQ tỉnhvề việc tổ chức hội nghị."
    good = "Ban Thường trực Ủy ban MTTQ tỉnh về việc tổ chức hội nghị."
    basis = "chính tả tiếng Việt (convention)"

    def check(self, ctx):
        for issue in issues(ctx, "glued"):
            s = issue.suggestions[0]
            report_issue(self, ctx, issue,
                         f"'{issue.text}' bị dính chữ: nên là '{s}'.",
                         f"'{issue.text}' has two words glued together: '{s}'.")
