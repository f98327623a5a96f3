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
    description = (
        "Thứ tự trích dẫn: tên loại, “số”, số ký hiệu, ngày ban hành, rồi mới đến cơ quan ban hành và trích yếu: "
        "“Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về …” (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục "
        "II.6.b). Báo khi cơ quan ban hành (“của …”) đứng trước ngày. Chỉ xét trích dẫn có cả ngày lẫn cơ quan ban "
        "hành, không xét số của chính văn bản. --fix (với --unsafe-fixes) đưa ngày lên trước “của …”."
    )
    description_en = (
        "Citation order: type word, “số”, number and symbol, date, then issuer and subject: “Nghị định số "
        "30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về …” (NĐ 30/2020, Phụ lục I, mục II.6.b). Reported when the "
        "issuer (“của …”) comes before the date. Only citations with both a date and an issuer, not the document's "
        "own number. --fix (with --unsafe-fixes) moves the date before “của …”."
    )
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
