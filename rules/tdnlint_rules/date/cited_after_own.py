from tdnlint.api import Rule, Severity, format_date

from .._examples import STATE_HEADER


class CitedAfterOwnDate(Rule):
    code = "TDN321"
    name = "cited-after-own-date"
    category = "date"
    severity = Severity.WARNING
    summary = "Văn bản được dẫn có ngày ban hành sau ngày của chính văn bản này."
    summary_en = "A cited document is dated after the citing document's own date."
    description = (
        "Một văn bản không thể căn cứ, triển khai hay dẫn một văn bản ban hành sau nó. Quy tắc so ngày ghi trong mỗi "
        "trích dẫn với ngày ban hành của chính văn bản và báo khi ngày được dẫn muộn hơn — thường là gõ nhầm năm "
        "hoặc tháng ở một trong hai ngày. Đây là thông lệ kiểm tra tính hợp lý của trích dẫn, nên là cảnh báo. Chỉ "
        "xét khi dòng ngày ban hành ghi đủ ngày, tháng, năm; dự thảo để trống ngày không bị xét. Không tự sửa được."
    )
    description_en = (
        "A document cannot be based on, implement or cite a document issued after it. Each citation's date is "
        "compared with the document's own date and reported when later — usually a typo in the year or month of one "
        "of the two. A plausibility convention, hence a warning. Needs a complete own date line; a draft with its "
        "date left blank is not checked. No automatic fix."
    )
    bad = STATE_HEADER + "Căn cứ Kế hoạch số 20/KH-UBND ngày 15/3/2025 của Ủy ban nhân dân tỉnh."
    good = STATE_HEADER + "Căn cứ Kế hoạch số 20/KH-UBND ngày 15/02/2025 của Ủy ban nhân dân tỉnh."
    basis = "CITE-10 [O]"

    def check(self, ctx):
        own = ctx.dates.own
        if own is None or own.date is None:
            return
        for cit in ctx.citations.references():
            d = cit.date
            if d is None or d.date is None or d.date <= own.date:
                continue
            p = ctx.document.paragraphs[d.paragraph]
            ctx.report(self, p, d.start, d.end,
                       message=f"{cit.type_word or 'Văn bản'} {cit.symbol.text} ghi ngày {d.text}, sau ngày ban hành "
                               f"của chính văn bản này ({format_date(own.day, own.month, own.year)}).",
                       message_en=f"{cit.symbol.text} is dated {d.text}, after this document's own date.")
