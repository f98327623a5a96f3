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
    description = (
        "Văn bản còn dấu “DỰ THẢO” (kể cả “Dự thảo lần 2”, “(Dự thảo)”). Dấu dự thảo là thành phần của bản dự thảo "
        "(Hướng dẫn 36-HD/VPTW, thành phần 11b) và phải xóa khi phát hành. Chỉ tính dòng ngắn chỉ gồm dấu dự thảo ở "
        "đầu trang 1, trong khung chữ hoặc ở đầu trang (header); một câu nhắc đến “dự thảo” và bảng ở phần sau trích "
        "lại dấu này không bị báo. Là cảnh báo vì trong khi soạn thảo thì đúng; khâu kiểm tra trước khi ban hành có "
        "thể nâng lên lỗi trong tệp cấu hình .tdnlint.toml. Báo một lần kèm số chỗ. Không có sửa tự động."
    )
    description_en = (
        "The document still carries a “DỰ THẢO” (draft) mark, including “Dự thảo lần 2” and “(Dự thảo)”. The draft "
        "mark is part of a draft (Guidance 36-HD/VPTW, component 11b) and must go when the document is issued. Only "
        "a short line holding nothing but the mark counts, at the top of page 1, in a text box or in the page "
        "header; a sentence mentioning a draft and a table further down quoting the mark are not reported. A "
        "warning, since it is right while drafting; a check before issuing can raise it to an error in "
        ".tdnlint.toml. Reported once with the number of places. No automatic fix."
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
