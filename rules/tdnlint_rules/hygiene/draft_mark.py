from tdnlint.findings import Severity
from tdnlint.rule import Rule


class DraftMark(Rule):
    code = "TDN705"
    name = "draft-mark"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Văn bản còn dấu “DỰ THẢO”."
    summary_en = "The document still carries a “DỰ THẢO” (draft) mark."
    description = "Expected while drafting; a CI gate on documents about to be issued raises it to an error."
    bad = "DỰ THẢO\nKẾ HOẠCH …"
    good = "KẾ HOẠCH …"
    basis = "HD 36-HD/VPTW, thành phần 11b (dấu dự thảo) [T]; convention for issuing (hygiene)"

    def check(self, ctx):
        marks = ctx.segments.draft_marks
        if not marks:
            return
        i, s, e = marks[0]
        p = ctx.document.paragraphs[i]
        more = f" ({len(marks)} chỗ)" if len(marks) > 1 else ""
        ctx.report(self, p, s, e,
                   message=f"Văn bản còn dấu “{p.text[s:e]}”{more}; xóa khi phát hành.",
                   message_en=f"The draft mark “{p.text[s:e]}” is still there{more}; remove it before issuing.")
