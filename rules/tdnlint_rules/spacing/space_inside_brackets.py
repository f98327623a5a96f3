import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import around, scan

_OPEN = re.compile(r"([(\[“])([ \u00a0]+)(?=\S)")
_CLOSE = re.compile(r"(?<=\S)([ \u00a0]+)([)\]”])")
# implied by every _CLOSE match (scan pre-filter): a space before a closing bracket, found from the (rarer) bracket
_CLOSE_NEED = re.compile(r"[)\]”](?<=[ \u00a0][)\]”])")


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
        for p, m in scan(ctx, _OPEN):
            ctx.report(self, p, m.start(), m.end(),
                       message=f"Thừa dấu cách sau '{m.group(1)}'.",
                       message_en=f"Space after '{m.group(1)}'.",
                       replacement=m.group(1),
                       suggestion=around(p.text, m.start(), m.end(), m.group(1)))
        for p, m in scan(ctx, _CLOSE, _CLOSE_NEED):
            if len(m.group(1)) > 3:
                continue
            ctx.report(self, p, m.start(), m.end(),
                       message=f"Thừa dấu cách trước '{m.group(2)}'.",
                       message_en=f"Space before '{m.group(2)}'.",
                       replacement=m.group(2),
                       suggestion=around(p.text, m.start(), m.end(), m.group(2)))
