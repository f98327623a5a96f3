from collections import Counter

from tdnlint.api import Rule, Severity

_STYLE_VI = {"slash": "dd/mm/yyyy", "dash": "dd-mm-yyyy", "dot": "dd.mm.yyyy", "long": "ngày … tháng … năm …"}


class CitationDateFormat(Rule):
    code = "TDN325"
    name = "citation-date-format"
    category = "date"
    severity = Severity.WARNING
    fixable = True
    summary = "Ngày trong trích dẫn: thiếu số 0 (ngày dưới 10, tháng 1, 2) hoặc ghi không thống nhất trong văn bản."
    summary_en = "Citation dates: missing leading zero (day < 10, months 1–2) or inconsistent styles in one document."
    description = (
        "Ngày trong trích dẫn theo cùng quy tắc số 0 như dòng ngày ban hành: ngày nhỏ hơn 10 và tháng 1, 2 có số 0 "
        "phía trước (“05/3/2020”, “14/02/2012”), và thống nhất một cách ghi trong văn bản. Quy tắc số 0 theo Nghị "
        "định 30/2020/NĐ-CP, Phụ lục I, mục II.4; áp dụng cho ngày trong trích dẫn là thông lệ, nên là cảnh báo. "
        "Báo: ngày, tháng thiếu số 0; tháng 3 đến 9 lúc có lúc không có số 0 (báo cách ít dùng hơn); ngày bằng số "
        "dùng các dấu phân cách khác nhau (“/”, “-”, “.”; báo cách ít dùng hơn, hòa thì không báo). Ngày viết bằng "
        "chữ đứng cạnh ngày viết bằng số là bình thường. Chỉ xét ngày trong trích dẫn văn bản. --fix viết lại ngày "
        "cho đủ số 0; khác dấu phân cách thì tự sửa."
    )
    description_en = (
        "Citation dates follow the date line's zero rule: a day below 10 and months 1–2 take a leading zero "
        "(“05/3/2020”, “14/02/2012”), and one style per document. The zero rule is NĐ 30/2020, Phụ lục I, mục II.4; "
        "applying it to citations is convention, hence a warning. Reported: a missing zero; months 3–9 written both "
        "with and without a zero (the less used form); numeric dates with different separators (“/”, “-”, “.”; the "
        "less used form, ties left alone). Long and numeric forms side by side are normal. Only dates in citations. "
        "--fix adds the zeros; separators are fixed by hand."
    )
    bad = "Chỉ thị số 21/CT-TTg, ngày 6/8/2012 …; Hướng dẫn số 61/HD-MTTQ-BTT ngày 04/03/2021 … ngày 03/4/2019"
    good = "Chỉ thị số 21/CT-TTg, ngày 06/8/2012 …; Hướng dẫn số 61/HD-MTTQ-BTT ngày 04/3/2021 … ngày 03/4/2019"
    basis = "CITE-09 [O]; NĐ 30/2020/NĐ-CP ND30-DATE-02, -03 (quy tắc số 0) [T]"

    def check(self, ctx):
        dates = [c.date for c in ctx.citations.references()
                 if c.date is not None and not c.date.blank and c.date.valid]
        if not dates:
            return
        # months 3–9 with and without a zero: compared within one form (numeric with numeric, long with long),
        # "25 tháng 3 năm 2015" beside "01/07/2016" is two forms, not an inconsistency
        odd_month = set()
        for numeric in (True, False):
            same = [d for d in dates if d.month is not None and 3 <= d.month <= 9 and (d.style != "long") == numeric]
            padded = [d for d in same if len(d.month_text) == 2]
            plain = [d for d in same if len(d.month_text) == 1]
            if padded and plain:
                odd_month |= {id(d) for d in (padded if len(padded) <= len(plain) else plain)}
        # Long and numeric forms side by side are common in issued texts (footnotes, căn cứ) and
        # are not reported; numeric dates with different separators are.
        seps = Counter(d.style for d in dates if d.style != "long")
        odd_sep = _minority(seps)
        for d in dates:
            p = ctx.document.paragraphs[d.paragraph]
            fixed = d.canonical()
            problems = []
            if d.day is not None and d.day < 10 and len(d.day_text) == 1:
                problems.append("ngày dưới 10 cần số 0 phía trước")
            if d.month is not None and d.month < 3 and len(d.month_text) == 1:
                problems.append("tháng 1, 2 cần số 0 phía trước")
            if id(d) in odd_month:
                problems.append("tháng 3–9 ghi lúc có lúc không có số 0" + (" (không cần số 0)" if len(d.month_text) == 2 else ""))
                if len(d.month_text) == 1 and d.style != "long":
                    # the document pads months 3-9: keep its habit rather than impose ours
                    sep = {"slash": "/", "dash": "-", "dot": "."}[d.style]
                    fixed = f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
            if problems and fixed != d.text:
                ctx.report(self, p, d.start, d.end,
                           message=f"Ngày “{d.text}”: {'; '.join(problems)}: “{fixed}”.",
                           message_en=f"Date '{d.text}': write '{fixed}'.",
                           replacement=fixed)
                continue
            if d.style != "long" and d.style == odd_sep:
                usual = _STYLE_VI[seps.most_common(1)[0][0]]
                ctx.report(self, p, d.start, d.end,
                           message=f"Ngày “{d.text}” ghi khác cách ghi ngày trong các trích dẫn còn lại ({usual}); "
                                   f"thống nhất một cách ghi.",
                           message_en=f"Date '{d.text}' is written differently from the other citation dates ({usual}).")


def _minority(counter: Counter) -> str | None:
    if len(counter) < 2:
        return None
    (_top, n1), (low, n2) = counter.most_common(2)
    return low if n1 > n2 else None
