import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import VI_LETTER, VI_LOWER, VI_UPPER, around, scan

# , ; : directly followed by a letter; "." between a lower-case word and a capitalised word.
_PATTERN = re.compile(
    rf"(?<=[{VI_LETTER}\d)”\"])([,;:])(?=[{VI_LETTER}])"
    rf"|(?<=[{VI_LOWER}]{{2}})(\.)(?=[{VI_UPPER}][{VI_LOWER}])"
)
_NEED = re.compile(rf"[,;:.][{VI_LETTER}]")  # implied by every _PATTERN match (scan pre-filter)


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
        for p, m in scan(ctx, _PATTERN, _NEED):
            mark = m.group(1) or m.group(2)
            s = m.start()
            # "V/v:", "Số:" followed by a digit are not matched (digit lookahead excluded);
            # skip "TP.HCM"-like abbreviations: upper-case letter before the dot is excluded by the pattern.
            ctx.report(
                self, p, s, s + 1,
                message=f"Thiếu dấu cách sau dấu '{mark}'.",
                message_en=f"Missing space after '{mark}'.",
                replacement=mark + " ",
                suggestion=around(p.text, s, s + 1, mark + " "),
            )
