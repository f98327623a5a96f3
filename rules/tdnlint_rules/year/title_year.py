from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan


class TitleYearOutdated(Rule):
    code = "TDN334"
    name = "title-year-outdated"
    category = "year"
    severity = Severity.WARNING
    summary = "Năm trong trích yếu cũ hơn năm ban hành quá một năm (văn bản ký năm 2025 về “công tác … năm 2023”)."
    summary_en = "The title's year is more than one year before the issue year."
    description = (
        "Năm nêu ở trích yếu thường là năm ban hành hoặc năm sau; năm trước năm ban hành cũng được chấp nhận (báo "
        "cáo nhìn lại). Năm cũ hơn thế thường là văn bản năm trước dùng lại mà chưa sửa trích yếu (thông lệ, cảnh "
        "báo). Quy tắc so năm ở trích yếu với năm ở dòng ngày ban hành. Không xét khi thiếu dòng ngày, hoặc trích "
        "yếu nêu một giai đoạn hay nhiều năm. Không tự sửa được."
    )
    description_en = (
        "The summary's year is usually the issue year or the next; the year before is accepted too (a report looking "
        "back). An older year is usually last year's document reused without updating the summary (convention, "
        "warning). The summary's year is compared with the date line's. Not checked without a date line, or when the "
        "summary names a period or several years. No automatic fix."
    )
    bad = plan(
        ("Tổ chức hội nghị tổng kết công tác năm 2025\n", "Tổ chức hội nghị tổng kết công tác năm 2023\n"),
    )
    good = PLAN
    basis = "BODY-03 [O] (năm trong trích yếu ≥ năm ban hành − 1)"

    def check(self, ctx):
        dates = ctx.dates
        own = dates.own
        year = dates.title_year
        if own is None or year is None or year >= own.year - 1:
            return
        y = dates.title_years[0]
        p = ctx.document.paragraphs[y.paragraph]
        ctx.report(self, p, y.start, y.end,
                   message=f"Trích yếu nói về năm {year} nhưng văn bản ban hành năm {own.year}; kiểm tra lại năm.",
                   message_en=f"The title is about {year} but the document is dated {own.year}.")
