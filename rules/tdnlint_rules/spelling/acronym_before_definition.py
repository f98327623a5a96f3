from tdnlint.api import Rule, Severity

from ._common import spelling_on


class AcronymBeforeDefinition(Rule):
    code = "TDN437"
    name = "acronym-before-definition"
    category = "consistency"
    severity = Severity.INFO
    fixable = False
    summary = "Chữ viết tắt được dùng trước khi được giải thích (\"BCĐ\" ở đoạn 2, \"Ban Chỉ đạo (BCĐ)\" ở đoạn 5)."
    summary_en = "Acronym used before the place that defines it."
    description_en = """
When the document defines an acronym — "Ban Chỉ đạo (BCĐ)", "(sau đây gọi tắt là BCĐ)" — the
acronym should not be used before that definition.  Only acronyms the document itself defines
are checked (the header block, signature and recipients are skipped); the finding points at the
first earlier use and names the definition.
"""
    bad = "1. BCĐ họp hằng quý.\n2. Thành lập Ban Chỉ đạo (BCĐ) gồm các thành viên sau."
    good = "1. Thành lập Ban Chỉ đạo (BCĐ) gồm các thành viên sau.\n2. BCĐ họp hằng quý."
    basis = "spec BODY-06 [O] (viết đầy đủ lần đầu, kèm chữ viết tắt trong ngoặc đơn)"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        doc = ctx.document
        for hit in ctx.get("acronyms").before_definition:
            k, s, e = (int(x) for x in hit.note.split(":"))
            dp = doc.paragraphs[k]
            ctx.report(self, hit.paragraph, hit.start, hit.end,
                       message=f"'{hit.written}' được dùng trước khi giải thích ('{dp.text[max(0, s - 30):e].strip()}').",
                       message_en=f"'{hit.written}' is used before it is defined.",
                       related=[(dp, s, e)])
