from tdnlint.api import Rule, Severity, normalise_issuer


class ConflictingCitationDates(Rule):
    code = "TDN322"
    name = "conflicting-citation-dates"
    category = "date"
    severity = Severity.ERROR
    summary = "Cùng một văn bản được dẫn với hai ngày ban hành khác nhau."
    summary_en = "The same document is cited with two different dates."
    description_en = """
Every citation of one symbol must give the same date.  The first date written is taken as the
reference and every later, different one in the same year and of the same issuer is reported
(numbering restarts every year, so another year may be another document) (the registry rule TDN311 says which one is
right when the document is known).
"""
    bad = "Kết luận số 57-KL/TW, ngày 15/6/2023 … (đoạn sau) Kết luận số 57-KL/TW, ngày 16/5/2023 …"
    good = "Kết luận số 57-KL/TW, ngày 15/6/2023 … (đoạn sau) Kết luận số 57-KL/TW, ngày 15/6/2023 …"
    basis = "CITE-02 [T] (trích dẫn phải chính xác)"

    def check(self, ctx):
        for key, cits in ctx.citations.by_key().items():
            first = None
            for cit in cits:
                d = cit.date
                if d is None or d.date is None:
                    continue
                if first is None:
                    first = cit
                    continue
                if d.date.year != first.date.date.year:
                    # State numbering restarts every year and Party numbering every term: the same
                    # symbol in another year is, as likely as not, another document
                    continue
                if cit.issuer and first.issuer and normalise_issuer(cit.issuer) != normalise_issuer(first.issuer):
                    continue
                if d.date != first.date.date:
                    p = ctx.document.paragraphs[d.paragraph]
                    line = ctx.document.paragraphs[first.date.paragraph].line
                    ctx.report(self, p, d.start, d.end,
                               message=f"{key} được dẫn với ngày {d.text}, nhưng ở dòng {line} ghi ngày "
                                       f"{first.date.text}; thống nhất một ngày đúng.",
                               message_en=f"{key} is cited here as {d.text} but as {first.date.text} on line {line}.",
                               suggestion=first.date.text)
