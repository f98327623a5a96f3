from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import capitals_scan, report_hit


class ArticleReferenceCase(Rule):
    code = "TDN432"
    name = "article-reference-case"
    category = "spelling"
    severity = Severity.ERROR
    fixable = True
    summary = "Viện dẫn điều, chương viết hoa \"Điều\", \"Chương\"; \"khoản\", \"điểm\" viết thường (\"tại khoản 2 Điều 7\")."
    summary_en = "Capitalise \"Điều\"/\"Chương\" in references; \"khoản\"/\"điểm\" stay lower case (\"khoản 2 Điều 7\")."
    description_en = """
A reference to an article or chapter of a specific document capitalises "Điều", "Chương"
(error: the text of Phụ lục II, V.7 says so).  "các điều 8, 9 và 10" (plural) is a common noun and
is left alone.  A capitalised "Khoản"/"Điểm" in the middle of a sentence, in a reference that goes
on to an "Điều", is information only (issued legal texts often write it so): the regulation's example writes "điểm a khoản 2 Điều 103".
"""
    bad = "Theo quy định tại khoản 2 điều 7 và Khoản 1 Điều 9 của Nghị định."
    good = "Theo quy định tại khoản 2 Điều 7 và khoản 1 Điều 9 của Nghị định."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục V.7 [T] (\"điểm a khoản 2 Điều 103 Mục 5 Chương XII\"); spec CITE-03 [T]"

    def check(self, ctx):
        capitals = []
        for hit in capitals_scan(ctx).articles:
            if hit.fix[0].isupper():
                report_hit(self, ctx, hit,
                           f"Viện dẫn điều, chương của văn bản viết hoa: '{hit.fix}' ('{hit.note}').",
                           f"Capitalise '{hit.fix}' in a reference ('{hit.note}').")
            elif not ctx.lexicon.ignored(hit.written):
                capitals.append(hit)
        if len(capitals) < 3:
            for hit in capitals:
                hit.severity = "info"
                report_hit(self, ctx, hit,
                           f"'{hit.written}' giữa câu viết thường: '{hit.note}' (như \"điểm a khoản 2 Điều 103\").",
                           f"Write '{hit.fix}' in lower case inside a reference ('{hit.note}').")
            return
        # a house style, not a slip: one finding for the document, every place listed, one fix for all
        first = capitals[0]
        ctx.report(self, first.paragraph, first.start, first.end, severity=Severity.INFO,
                   message=f"'Khoản', 'Điểm' giữa câu viết thường ({len(capitals)} lần, như \"điểm a khoản 2 Điều 103\").",
                   message_en=f"'Khoản'/'Điểm' inside references should be lower case ({len(capitals)} places).",
                   fix=Fix(tuple(Edit(h.paragraph.index, h.start, h.end, h.fix) for h in capitals), True),
                   suggestion=first.fix, related=[(h.paragraph, h.start, h.end) for h in capitals[1:]])
