import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import severity_for, suffix

_OTHER_MARK_RE = re.compile(r"^(\s*)([+•*–—·o]|\.)\s*")


class RecipientLineMarker(Rule):
    code = "TDN542"
    name = "recipient-line-marker"
    category = "recipients"
    severity = Severity.ERROR
    fixable = True
    summary = "Mỗi dòng nơi nhận phải bắt đầu bằng gạch đầu dòng “-”."
    summary_en = "Each recipient line must start with a hyphen “-”."
    bad = "Nơi nhận:\n+ Sở Nội vụ;\nSở Tài chính;"
    good = "Nơi nhận:\n- Sở Nội vụ;\n- Sở Tài chính;"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9, ND30-NN-02 [T]; Đảng: HD36-NN-01 [U] (info)"

    def check(self, ctx):
        for line in ctx.assignments.recipients:
            p = ctx.document.paragraphs[line.paragraphs[0]]
            text = p.text
            lead = len(text) - len(text.lstrip())
            if text[lead:lead + 1] == "-":
                continue
            m = _OTHER_MARK_RE.match(text)
            if m and m.group(2):
                start, end, repl = m.start(2), m.end(), "- "
                what = f"dùng “{m.group(2)}”"
            else:
                start, end, repl = lead, lead, "- "
                what = "thiếu dấu"
            ctx.report(self, p, start, end,
                       message=f"Dòng nơi nhận {what} đầu dòng; bắt đầu bằng “- ”." + suffix(ctx),
                       message_en="A recipient line must start with “- ”.",
                       replacement=repl, severity=severity_for(ctx))
