import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import around, layout_paragraph, scan

# 2-3 spaces between two visible characters; wider gaps are deliberate layout.
_PATTERN = re.compile(r"(?<=\S)( {2,3})(?=\S)")
_NEED = re.compile("  ")  # implied by every _PATTERN match (scan pre-filter)


class DoubleSpace(Rule):
    code = "TDN204"
    name = "double-space"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai dấu cách liền nhau trong đoạn văn."
    summary_en = "Repeated spaces inside a paragraph."
    bad = "I.  MỤC ĐÍCH, YÊU CẦU"
    good = "I. MỤC ĐÍCH, YÊU CẦU"
    basis = "convention (kỹ thuật trình bày: một dấu cách giữa hai từ)"

    def check(self, ctx):
        for p, m in scan(ctx, _PATTERN, _NEED):
            if layout_paragraph(ctx, p):
                continue
            ctx.report(self, p, m.start(), m.end(),
                       message="Thừa dấu cách: có nhiều dấu cách liền nhau.",
                       message_en="Several spaces in a row.",
                       replacement=" ",
                       suggestion=around(p.text, m.start(), m.end(), " "))
