from tdnlint.api import Rule, Severity

from .._examples import plan


class HeadingYearMismatch(Rule):
    code = "TDN330"
    name = "heading-year-mismatch"
    category = "year"
    severity = Severity.WARNING
    fixable = True
    summary = "Năm ở đề mục khác năm trong trích yếu (“… năm 2024” nhưng “II. … NĂM 2025”)."
    summary_en = "A heading names another year than the title (title '… năm 2024', heading '… NĂM 2025')."
    description_en = """
When the trích yếu names one year ("Hướng dẫn công tác … năm 2024") the headings must speak of
the same year.  Allowed: review headings naming an earlier year ("KẾT QUẢ … NĂM 2023"), and in a
BÁO CÁO forward headings naming the next year ("NHIỆM VỤ NĂM 2025").  A title naming a period
or several years is not checked.  The fix (unsafe) writes the title's year.
"""
    bad = plan(
        ("II. NỘI DUNG\n", "II. NỘI DUNG NĂM 2026\n"),
    )
    good = plan(
        ("II. NỘI DUNG\n", "II. NỘI DUNG NĂM 2025\n"),
    )
    basis = "BODY-03 [O]"

    def check(self, ctx):
        dates = ctx.dates
        year = dates.title_year
        if year is None:
            return
        doc_type = ctx.segments.doc_type
        for y in dates.heading_years:
            if not dates.off_year(y, doc_type, heading=True):
                continue
            p = ctx.document.paragraphs[y.paragraph]
            ctx.report(self, p, y.start, y.end,
                       message=f"Đề mục ghi năm {y.year} nhưng trích yếu của văn bản là năm {year}; thống nhất năm.",
                       message_en=f"The heading says {y.year} but the title is about {year}.",
                       replacement=str(year), safe=False)
