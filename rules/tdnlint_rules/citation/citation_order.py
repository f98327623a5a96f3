from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import para


class CitationOrder(Rule):
    code = "TDN310"
    name = "citation-order"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    summary = "Trích dẫn văn bản sai thứ tự: ngày ban hành phải đứng trước cơ quan ban hành (“số … ngày … của …”)."
    summary_en = "Citation parts out of order: the date comes before the issuer ('số … ngày … của …')."
    description_en = """
Order of a citation: type → "số" → number-symbol → date → issuer → "về" + subject.  The fix
moves the date before "của …" and is unsafe (it rewrites wording).
"""
    bad = "Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020 về công tác văn thư"
    good = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư"
    basis = "NĐ 30/2020/NĐ-CP Phụ lục I mục II.6.b; CITE-01 [T]"

    def check(self, ctx):
        for cit in ctx.citations.references():
            if not cit.issuer_before_date or cit.date is None or cit.issuer_span is None:
                continue
            sym = cit.symbol
            p = para(ctx, sym.paragraph)
            text = p.text
            start = sym.end
            end = cit.date.end
            issuer_part = text[start:cit.issuer_span[2]].strip().strip(",").strip()
            date_part = text[cit.issuer_span[2]:end].strip().strip(",").strip()
            fixed = f" {date_part} {issuer_part}"
            ctx.report(self, p, start, end,
                       message=f"Ghi ngày ban hành trước cơ quan ban hành: “{sym.text}{fixed}”.",
                       message_en=f"Put the date before the issuer: '{sym.text}{fixed}'.",
                       suggestion=f"{sym.text}{fixed}",
                       fix=Fix((Edit(p.index, start, end, fixed),), safe=False))
