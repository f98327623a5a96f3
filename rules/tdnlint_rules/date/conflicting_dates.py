from tdnlint.api import Rule, Severity, normalise_issuer


class ConflictingCitationDates(Rule):
    code = "TDN322"
    name = "conflicting-citation-dates"
    category = "date"
    severity = Severity.ERROR
    summary = "Cùng một văn bản được dẫn với hai ngày ban hành khác nhau."
    summary_en = "The same document is cited with two different dates."
    description = (
        "Mọi lần dẫn cùng một số, ký hiệu phải ghi cùng một ngày ban hành (trích dẫn phải chính xác, Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.6.b). Ngày ở lần dẫn đầu tiên được lấy làm mốc; lần dẫn sau ghi ngày khác "
        "trong cùng năm, cùng cơ quan ban hành thì bị báo, kèm số dòng của lần dẫn trước. Không báo khi hai ngày "
        "khác năm (số văn bản đánh lại từ đầu mỗi năm, có thể là hai văn bản) hoặc cơ quan ban hành ghi khác nhau. "
        "Không tự sửa được; với văn bản trong danh mục văn bản đã biết, quy tắc TDN311 cho biết ngày đúng."
    )
    description_en = (
        "Every citation of one symbol gives the same date (citations must be accurate, NĐ 30/2020, Phụ lục I, mục "
        "II.6.b). The first date written is the reference; a later citation with another date in the same year and "
        "of the same issuer is reported with the line of the first. Not reported when the years differ (numbering "
        "restarts every year, it may be another document) or the issuers differ. No automatic fix; for a known "
        "document TDN311 tells the right date."
    )
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
