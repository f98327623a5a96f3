from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan


class TitleYearOutdated(Rule):
    code = "TDN334"
    name = "title-year-outdated"
    category = "year"
    severity = Severity.WARNING
    summary = "Năm trong trích yếu cũ hơn năm ban hành quá một năm (văn bản ký năm 2025 về “công tác … năm 2023”)."
    summary_en = "The title's year is more than one year before the issue year."
    description_en = """
A guidance or plan issued in year Y is about Y or Y+1; a report may look back on Y−1.  A title
year older than that is usually a draft reused from an earlier year without updating the title.
Needs the date line; titles naming a period are not checked.
"""
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
