import re

from tdnlint.api import Rule, Severity

# A short line that is only a draft mark: "DỰ THẢO", "Dự thảo lần 2", "(Dự thảo)", "[DỰ THẢO 3]".
_LINE_RE = re.compile(r"^\s*[\(\[]?\s*(D[ỰựUu]\s+TH[ẢảAa]O(?:\s+(?:LẦN|lần)\s*\d+|\s*\d+)?)\s*[\)\]]?\s*$", re.I)


class DraftMark(Rule):
    code = "TDN705"
    name = "draft-mark"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Văn bản còn dấu “DỰ THẢO”."
    summary_en = "The document still carries a “DỰ THẢO” (draft) mark."
    description_en = (
        "Reads `segments.draft_marks` plus any short line (main story, text boxes, page header) that is only a "
        "draft mark, in any case (“Dự thảo lần 2”). A sentence mentioning a draft is not a mark. Expected while "
        "drafting; a CI gate on documents about to be issued raises it to an error."
    )
    bad = "DỰ THẢO\nKẾ HOẠCH …"
    good = "KẾ HOẠCH …"
    basis = "HD 36-HD/VPTW, thành phần 11b (dấu dự thảo) [T]; convention for issuing (hygiene)"

    def check(self, ctx):
        seg = ctx.segments
        marks = list(seg.draft_marks)
        seen = {m[0] for m in marks}
        # The mark sits at the top of page 1 (or in the page header); a table further down may quote it as
        # an example (HD 36's own sample table does).
        top = {p.index for p in ctx.document.main if p.text.strip()}
        top = set(sorted(top)[:25])
        for p in ctx.document.paragraphs:
            if p.index in seen or len(p.text) > 60:
                continue
            if not (p.part == "header" or (p.index in top and (p.table is None or p.index in seg.header))):
                continue
            m = _LINE_RE.match(p.text)
            if m:
                marks.append((p.index, m.start(1), m.end(1)))
        if not marks:
            return
        marks.sort()
        i, s, e = marks[0]
        p = ctx.document.paragraphs[i]
        more = f" ({len(marks)} chỗ)" if len(marks) > 1 else ""
        ctx.report(self, p, s, e,
                   message=f"Văn bản còn dấu “{p.text[s:e]}”{more}; xóa khi phát hành.",
                   message_en=f"The draft mark “{p.text[s:e]}” is still there{more}; remove it before issuing.")
