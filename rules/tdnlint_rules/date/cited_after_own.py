from tdnlint.api import Rule, Severity, format_date

from .._examples import STATE_HEADER


class CitedAfterOwnDate(Rule):
    code = "TDN321"
    name = "cited-after-own-date"
    category = "date"
    severity = Severity.WARNING
    summary = "Văn bản được dẫn có ngày ban hành sau ngày của chính văn bản này."
    summary_en = "A cited document is dated after the citing document's own date."
    description_en = """
A document cannot implement or cite a document issued after it.  Usually a typo in the year or
the month of either date.  Needs the document's own date line (not checked in drafts without a
complete date line).
"""
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
