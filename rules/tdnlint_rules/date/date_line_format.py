from tdnlint.findings import Severity
from tdnlint.rule import Rule


class DateLineFormat(Rule):
    code = "TDN324"
    name = "date-line-format"
    category = "date"
    severity = Severity.ERROR
    fixable = True
    summary = "Ngày ban hành phải ghi đủ “ngày … tháng … năm …”, ngày dưới 10 và tháng 1, 2 có số 0 phía trước."
    summary_en = "The date line must read 'ngày … tháng … năm …' with a leading zero for days < 10 and months 1–2."
    description = """
State and MTTQ (NĐ 30) and Party (HD 36) date lines are written in words with Arabic digits:
`Hà Nội, ngày 05 tháng 01 năm 2023`, `ngày 03 tháng 4 năm 2018`.  Slashes or dots are an error;
a missing zero before a day < 10 or month 1–2 is an error; a zero before months 3–9
("tháng 04") is not required and is reported as a warning (ND30-DATE-03).  Blank drafts are fine.
"""
    bad = "Hà Nội, ngày 5 tháng 1 năm 2023; Hà Nội, ngày 05/01/2023"
    good = "Hà Nội, ngày 05 tháng 01 năm 2023"
    basis = "NĐ 30/2020/NĐ-CP Phụ lục I mục II.4: ND30-DATE-01, -02, -03 [T]; HD 36-HD/VPTW HD36-DATE-01 [E]"

    def check(self, ctx):
        d = ctx.dates.own
        if d is None or d.blank:
            return
        p = ctx.document.paragraphs[d.paragraph]
        party = ctx.profile == "party"
        basis = "HD36-DATE-01" if party else "ND30-DATE-01/02"
        if d.style != "long":
            if not d.valid:
                return  # TDN320 reports it
            fixed = d.canonical("long")
            ctx.report(self, p, d.start, d.end,
                       message=f"Ngày ban hành ghi bằng chữ “ngày … tháng … năm …”, không dùng dấu “{d.text[len(d.day_text)]}”: "
                               f"“{fixed}” ({basis}).",
                       message_en=f"Write the date line in words: '{fixed}'.",
                       replacement=fixed)
            return
        if d.day is not None and d.day < 10 and len(d.day_text) == 1 and d.day_span:
            ctx.report(self, p, d.day_span[0], d.day_span[1],
                       message=f"Ngày dưới 10 phải có số 0 phía trước: “ngày {d.day:02d}” ({basis}).",
                       message_en=f"Days below 10 take a leading zero: 'ngày {d.day:02d}'.",
                       replacement=f"{d.day:02d}")
        if d.month is not None and d.month_span:
            if d.month < 3 and len(d.month_text) == 1:
                ctx.report(self, p, d.month_span[0], d.month_span[1],
                           message=f"Tháng 1, 2 phải có số 0 phía trước: “tháng {d.month:02d}” ({basis}).",
                           message_en=f"Months 1 and 2 take a leading zero: 'tháng {d.month:02d}'.",
                           replacement=f"{d.month:02d}")
            elif 3 <= d.month <= 9 and len(d.month_text) == 2:
                ctx.report(self, p, d.month_span[0], d.month_span[1], severity=Severity.WARNING,
                           message=f"Tháng 3 đến tháng 9 không cần số 0 phía trước: “tháng {d.month}” (ND30-DATE-03).",
                           message_en=f"Months 3–9 need no leading zero: 'tháng {d.month}'.",
                           replacement=str(d.month))
