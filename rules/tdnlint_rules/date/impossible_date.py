from tdnlint.api import Rule, Severity


class ImpossibleDate(Rule):
    code = "TDN320"
    name = "impossible-date"
    category = "date"
    severity = Severity.ERROR
    summary = "Ngày không có thật (31/02/2023, 00/13/2021, 29/02 của năm không nhuận)."
    summary_en = "A date that does not exist (31/02/2023, 00/13/2021, 29/02 in a non-leap year)."
    description_en = """
Every full date of the document is checked, numeric (`dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`)
and long (`ngày … tháng … năm …`), the date line and the citations included.  A date left blank
in a draft ("ngày   tháng   năm 2024") is not reported.
"""
    bad = "Căn cứ Kế hoạch số 12/KH-UBND ngày 29/02/2023 của Ủy ban nhân dân tỉnh …"
    good = "Căn cứ Kế hoạch số 12/KH-UBND ngày 28/02/2023 của Ủy ban nhân dân tỉnh …"
    basis = "lịch dương (Gregorian calendar); ND30-DATE-01 [T]"

    def check(self, ctx):
        for d in ctx.dates.mentions:
            if d.valid:
                continue
            p = ctx.document.paragraphs[d.paragraph]
            if d.month is not None and not 1 <= d.month <= 12:
                why, why_en = f"không có tháng {d.month_text}", f"there is no month {d.month_text}"
            elif d.day == 29 and d.month == 2:
                why, why_en = f"năm {d.year} không phải năm nhuận, tháng 2 chỉ có 28 ngày", f"{d.year} is not a leap year"
            else:
                why, why_en = f"tháng {d.month} không có ngày {d.day_text}", f"month {d.month} has no day {d.day_text}"
            ctx.report(self, p, d.start, d.end,
                       message=f"Ngày “{d.text}” không có thật: {why}.",
                       message_en=f"Date '{d.text}' does not exist: {why_en}.")
