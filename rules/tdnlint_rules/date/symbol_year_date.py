from tdnlint.api import Rule, Severity


class SymbolYearDateMismatch(Rule):
    code = "TDN326"
    name = "symbol-year-date-mismatch"
    category = "date"
    severity = Severity.WARNING
    summary = "Năm trong số, ký hiệu văn bản QPPL khác năm của ngày ban hành được dẫn."
    summary_en = "The year in a normative symbol differs from the year of the cited date."
    description = (
        "Năm trong số, ký hiệu văn bản quy phạm pháp luật là năm ký ban hành, nên “30/2020/NĐ-CP ngày 05/3/2021” có "
        "một trong hai năm bị gõ nhầm (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 10). Quy tắc so năm trong "
        "ký hiệu với năm của ngày ghi trong trích dẫn, và năm trong số của chính văn bản (“Số: 15/2025/QĐ-UBND”) với "
        "năm ở dòng ngày ban hành (dự thảo để trống ngày vẫn có năm nên vẫn được so). Ngày để trống trong trích dẫn "
        "không bị xét. Là cảnh báo; không tự sửa được vì không biết năm nào đúng."
    )
    description_en = (
        "The year in a normative symbol is the signing year, so “30/2020/NĐ-CP ngày 05/3/2021” has a typo in one of "
        "the two years (Law on normative documents 2015, Article 10). The symbol's year is compared with the year of "
        "the cited date, and the year in the document's own number (“Số: 15/2025/QĐ-UBND”) with its date line (a "
        "draft with a blank day still has its year). Blank cited dates are not judged. A warning; no automatic fix, "
        "since either year may be wrong."
    )
    bad = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ"
    good = "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ"
    basis = "CITE-10 [O]; Luật BHVBQPPL 2015 Điều 10 [T]"

    def check(self, ctx):
        for cit in ctx.citations.items:
            # the own number's year is compared with the own date line
            sym, d = cit.symbol, (ctx.dates.own if cit.role == "number_line" else cit.date)
            if sym.year is None or d is None or d.year == sym.year:
                continue
            if d.blank and cit.role != "number_line":  # a draft date line still has its year
                continue
            p = ctx.document.paragraphs[d.paragraph]
            if cit.role == "number_line":
                p = ctx.document.paragraphs[sym.paragraph]
                ys = sym.year_sep
                ctx.report(self, p, ys.comp_start, ys.comp_end,
                           message=f"Số, ký hiệu của văn bản mang năm {sym.year} nhưng ngày ban hành là năm {d.year}.",
                           message_en=f"The document's number carries {sym.year} but it is dated {d.year}.")
                continue
            ctx.report(self, p, d.start, d.end,
                       message=f"Ký hiệu {sym.text} mang năm {sym.year} nhưng ngày ban hành ghi {d.text}; kiểm tra lại năm.",
                       message_en=f"Symbol {sym.text} carries the year {sym.year} but the date reads {d.text}.")
