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
    description = (
        "Trong văn bản cho năm Y (năm nêu ở trích yếu), các cụm “trong năm”, “cả năm”, “suốt năm” không chỉ một năm "
        "sau Y — thường là văn bản năm trước dùng lại mà quên sửa năm (thông lệ, cảnh báo). Năm trước Y là bình "
        "thường (nhìn lại, sự kiện đã qua) và không bị báo; trong báo cáo, năm Y+1 cũng bình thường. Các cách nói "
        "khác (“đến năm 2030”, “tầm nhìn 2045”) không phải cụm năm kế hoạch. Không xét khi trích yếu không nêu đúng "
        "một năm. --fix (với --unsafe-fixes) thay bằng năm của trích yếu."
    )
    description_en = (
        "In a document for year Y (the summary's year), the phrases “trong năm”, “cả năm”, “suốt năm” do not point "
        "beyond Y — usually last year's document reused without updating (convention, warning). Earlier years are "
        "normal (reviews, past events) and never reported; in a report Y+1 is normal too. Other mentions (“đến năm "
        "2030”, “tầm nhìn 2045”) are not plan-year phrases. Not checked when the summary does not name exactly one "
        "year. --fix (with --unsafe-fixes) writes the summary's year."
    )
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
