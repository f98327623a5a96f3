from tdnlint.api import Rule, Severity

from ._common import issues, report_issue


class NearMissCompound(Rule):
    code = "TDN403"
    name = "near-miss-compound"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai âm tiết đúng nhưng không thành từ, gần với một từ hành chính thông dụng (\"Đối mới\" → \"Đổi mới\")."
    summary_en = "Two real syllables forming no word, one slip away from a common administrative word."
    description_en = """
Conservative by design: the typed pair is not a dictionary word, the corrected pair is an
administrative term of the shipped vocabulary reachable by one slip (tone, vowel mark, d/đ,
one letter), no other term is equally close, and the changed syllable does not form a word
with its other neighbour ("phản đối mới" is left alone).  The fix is marked unsafe.
"""
    bad = "Tiếp tục Đối mới nội dung, phương thức hoạt động; chỉ đao sát sao."
    good = "Tiếp tục Đổi mới nội dung, phương thức hoạt động; chỉ đạo sát sao."
    basis = "chính tả tiếng Việt (convention)"

    def check(self, ctx):
        for issue in issues(ctx, "near-miss", "real-word"):
            s = issue.suggestions[0]
            if issue.kind == "real-word":
                report_issue(self, ctx, issue,
                             f"'{issue.text}' hầu như không gặp trong ngữ cảnh này trong văn bản hành chính; "
                             f"có phải '{s}'?",
                             f"'{issue.text}' is almost never used in this context in official text; "
                             f"did you mean '{s}'?")
                continue
            report_issue(self, ctx, issue,
                         f"'{issue.text}' không thành từ; có phải '{s}'?",
                         f"'{issue.text}' is not a word; did you mean '{s}'?")
