from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan
from ._common import last_body_paragraph, needs_recipients


class RecipientsMissing(Rule):
    code = "TDN540"
    name = "recipients-missing"
    category = "recipients"
    severity = Severity.ERROR
    summary = "Văn bản thiếu phần “Nơi nhận:” (hoặc “Nơi nhận:” không có dòng nào)."
    summary_en = "The document has no “Nơi nhận:” block (or the block is empty)."
    description_en = (
        "Every administrative type except forms, contracts and minutes ends with a recipients block. "
        "When the text looks complete (signature or closing mark) the finding is an error, otherwise "
        "(a body-only fragment) a warning. The message lists the bodies the text assigns work to, "
        "so the clerk knows what to put in it."
    )
    bad = plan(
        ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Sở Nội vụ;\n- Lưu: VT, NC.\tCHỦ TỊCH\n", "\tTM. ỦY BAN NHÂN DÂN\n\tCHỦ TỊCH\n"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9 (ND30-NN-01..03) [T]; HD 36-HD/VPTW, thành phần 9a, 9b [T]"

    def check(self, ctx):
        seg = ctx.segments
        if not needs_recipients(ctx):
            return
        if seg.recipients_label is not None:
            if not ctx.assignments.recipients:
                p = ctx.document.paragraphs[seg.recipients_label]
                ctx.report(self, p, 0, len(p.text.rstrip()),
                           message="“Nơi nhận:” không có dòng nơi nhận nào.",
                           message_en="“Nơi nhận:” lists no recipients.")
            return
        expected = ctx.assignments.expected()
        names = "; ".join(a.body.text for a in expected[:6]) + ("; …" if len(expected) > 6 else "")
        extra = f" Văn bản giao việc/báo cáo cho: {names}." if expected else ""
        extra_en = f" Bodies the text assigns work to: {names}." if expected else ""
        complete = bool(seg.signature or seg.closing)
        p = last_body_paragraph(ctx)
        ctx.report(self, p, 0, len(p.text.rstrip()) if p else None,
                   message="Văn bản thiếu phần “Nơi nhận:” sau nội dung." + extra,
                   message_en="The document has no “Nơi nhận:” block." + extra_en,
                   severity=None if complete else Severity.WARNING)
