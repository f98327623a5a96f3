from tdnlint.api import Rule, Severity

from ._common import issues, report_issue


class MissingDiacritics(Rule):
    code = "TDN402"
    name = "missing-diacritics"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Thuật ngữ hành chính bị thiếu dấu (\"Ket luận\" → \"Kết luận\")."
    summary_en = "Administrative term typed without its diacritics (\"Ket luận\" → \"Kết luận\")."
    description_en = """
Reported only in Vietnamese paragraphs, when the unaccented word(s) match exactly one
administrative term of the shipped vocabulary and the typed form is not itself a word.
"""
    bad = "Ket luận của Ban Thường vụ về công tac cán bộ."
    good = "Kết luận của Ban Thường vụ về công tác cán bộ."
    basis = "chính tả tiếng Việt (convention)"

    def check(self, ctx):
        for issue in issues(ctx, "missing-diacritics"):
            s = issue.suggestions[0]
            report_issue(self, ctx, issue,
                         f"'{issue.text}' thiếu dấu: nên viết '{s}'.",
                         f"'{issue.text}' lacks its diacritics: write '{s}'.")
