from tdnlint.api import Rule, Severity


class ImpossibleDate(Rule):
    code = "TDN320"
    name = "impossible-date"
    category = "date"
    severity = Severity.ERROR
    summary = "Ngày không có thật (31/02/2023, 00/13/2021, 29/02 của năm không nhuận)."
    summary_en = "A date that does not exist (31/02/2023, 00/13/2021, 29/02 in a non-leap year)."
    description = (
        "Báo ngày không có thật: ngày 31 của tháng chỉ có 30 ngày, tháng 13, ngày 00, ngày 29 tháng 2 của năm không "
        "nhuận. Xét mọi ngày đầy đủ trong nội dung, bảng và chú thích, viết bằng số (05/3/2025, 05-3-2025, "
        "05.3.2025) hoặc bằng chữ (“ngày 05 tháng 3 năm 2025”), gồm cả dòng ngày ban hành và ngày trong trích dẫn. "
        "Ngày để trống trong dự thảo (“ngày   tháng   năm 2025”) không bị báo. Căn cứ: lịch dương; cách ghi ngày "
        "theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4. Không tự sửa được: chỉ người soạn biết ngày đúng."
    )
    description_en = (
        "Reports dates that do not exist: the 31st of a 30-day month, month 13, day 00, 29 February of a non-leap "
        "year. Every full date of the body, tables and footnotes is checked, numeric (05/3/2025, 05-3-2025, "
        "05.3.2025) or long (“ngày 05 tháng 3 năm 2025”), the date line and citation dates included. A date left "
        "blank in a draft (“ngày   tháng   năm 2025”) is not reported. Basis: the Gregorian calendar; date writing "
        "per NĐ 30/2020, Phụ lục I, mục II.4. No automatic fix: only the drafter knows the right date."
    )
    bad = "Căn cứ Kế hoạch số 12/KH-UBND ngày 29/02/2023 của Ủy ban nhân dân tỉnh …"
    good = "Căn cứ Kế hoạch số 12/KH-UBND ngày 28/02/2023 của Ủy ban nhân dân tỉnh …"
    basis = "lịch dương; ND30-DATE-01 [T]"

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
