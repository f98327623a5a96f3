import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import VI_LETTER, around, scan

# one or more spaces between a word and , ; : . ! ? — but not "./." closings or "…" ellipses.
_PATTERN = re.compile(rf"(?<=[{VI_LETTER}\d)])([ \u00a0]+)([,;:!?]|\.(?![/.]))(?=\s|$|[{VI_LETTER}])")
# implied by every _PATTERN match (scan pre-filter): a space then a mark, found from the (rarer) mark
_NEED = re.compile(r"[,;:!?.](?<=[ \u00a0][,;:!?.])")
# ".docx", ".pdf", ".xlsx", ".vn" after a space is a file extension / domain, not a full stop with a space
# before it ("gửi bản mềm (định dạng .docx hoặc .pdf)" is correct).  Plain ASCII only, so a misplaced
# stop before a Vietnamese word ("các ban .đơn vị") is still reported.
_EXTENSION = re.compile(r"\.[a-z0-9]{2,5}\b")


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
        for p, m in scan(ctx, _PATTERN, _NEED):
            if len(m.group(1)) > 3:  # wide gaps are layout (tab stops made of spaces)
                continue
            mark = m.group(2)
            if mark == "." and _EXTENSION.match(p.text, m.start(2)):
                continue
            ctx.report(
                self, p, m.start(1), m.end(2),
                message=f"Thừa dấu cách trước dấu '{mark}'.",
                message_en=f"Space before '{mark}'.",
                replacement=mark,
                suggestion=around(p.text, m.start(1), m.end(2), mark),
            )
