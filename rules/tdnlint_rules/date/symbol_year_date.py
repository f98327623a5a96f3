from tdnlint.findings import Severity
from tdnlint.rule import Rule


class SymbolYearDateMismatch(Rule):
    code = "TDN326"
    name = "symbol-year-date-mismatch"
    category = "date"
    severity = Severity.WARNING
    summary = "Năm trong số, ký hiệu văn bản QPPL khác năm của ngày ban hành được dẫn."
    summary_en = "The year in a normative symbol differs from the year of the cited date."
    description = """
The year in `30/2020/NĐ-CP` is the year the document was signed, so "30/2020/NĐ-CP ngày
05/3/2021" has a typo in one of the two years.
"""
    bad = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ"
    good = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ"
    basis = "CITE-10 [O]; Luật BHVBQPPL 2015 Điều 10 [T]"

    def check(self, ctx):
        for cit in ctx.citations.references():
            sym, d = cit.symbol, cit.date
            if sym.year is None or d is None or d.blank or d.year == sym.year:
                continue
            p = ctx.document.paragraphs[d.paragraph]
            ctx.report(self, p, d.start, d.end,
                       message=f"Ký hiệu {sym.text} mang năm {sym.year} nhưng ngày ban hành ghi {d.text}; kiểm tra lại năm.",
                       message_en=f"Symbol {sym.text} carries the year {sym.year} but the date reads {d.text}.")
