from tdnlint.api import Rule, Severity

from .._examples import plan


class PlanYearPhrase(Rule):
    code = "TDN331"
    name = "plan-year-phrase-mismatch"
    category = "year"
    severity = Severity.WARNING
    fixable = True
    summary = "Cụm “trong năm …” nói về một năm sau năm của văn bản (văn bản năm 2024 nhưng “trong năm 2025”)."
    summary_en = "A 'trong năm …' phrase names a later year than the document's year."
    description_en = """
In a plan or guidance for year Y, the explicit plan-year phrases ("trong năm", "cả năm", "suốt
năm") must not point beyond Y.  Earlier years are normal (reviews, past events: "Hội nghị … trong
năm 2021") and are never reported; in a BÁO CÁO the next year is normal too.  Other mentions
("đến năm 2030", "tầm nhìn 2045") are not plan-year phrases.
"""
    bad = plan(
        ("1. Tổ chức hội nghị vào tháng 12 năm 2025.\n", "1. Tổ chức hội nghị trong năm 2026.\n"),
    )
    good = plan(
        ("1. Tổ chức hội nghị vào tháng 12 năm 2025.\n", "1. Tổ chức hội nghị trong năm 2025.\n"),
    )
    basis = "BODY-03 [O]"

    def check(self, ctx):
        dates = ctx.dates
        year = dates.title_year
        if year is None:
            return
        doc_type = ctx.segments.doc_type
        for y in dates.phrase_years:
            if not dates.off_year(y, doc_type, heading=False):
                continue
            p = ctx.document.paragraphs[y.paragraph]
            ctx.report(self, p, y.start, y.end,
                       message=f"“{y.context}” nhưng văn bản là về năm {year} (trích yếu); kiểm tra lại năm.",
                       message_en=f"'{y.context}' while the document is about {year}.",
                       replacement=str(year), safe=False)
