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
    description = (
        "Khi viện dẫn điều, chương của một văn bản cụ thể, viết hoa “Điều”, “Chương”; “khoản”, “điểm” viết thường "
        "(“tại điểm a khoản 2 Điều 7”), theo Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.7. “điều” viết thường trong "
        "viện dẫn là lỗi. Không báo cách viết số nhiều “các điều 8, 9 và 10” (danh từ chung) và dòng đề mục viết "
        "toàn chữ in hoa. “Khoản”, “Điểm” viết hoa giữa câu chỉ là thông tin, vì văn bản đã ban hành cũng hay viết "
        "như vậy; từ ba chỗ trở lên được gộp thành một thông báo cho cả văn bản. Với --fix: sửa chữ hoa, chữ thường "
        "(sửa an toàn)."
    )
    description_en = (
        "A reference to an article or chapter of a specific document capitalises “Điều”, “Chương”; “khoản”, “điểm” "
        "stay in lower case (“tại điểm a khoản 2 Điều 7”), per Decree 30/2020/NĐ-CP, Appendix II, V.7. A lower-case "
        "“điều” in a reference is an error. Not reported: the plural “các điều 8, 9 và 10” (a common noun) and "
        "all-capital heading lines. A capitalised “Khoản”/“Điểm” in mid-sentence is information only, since issued "
        "texts often write it so; three or more places become one finding for the document. With --fix the case is "
        "corrected (safe fix)."
    )
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
