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
    description = (
        "Khi trích yếu nêu một năm (“… năm 2025”), các đề mục trong văn bản nói về cùng năm đó (thông lệ về thống "
        "nhất năm, cảnh báo). Được phép: đề mục nhìn lại năm trước (“KẾT QUẢ THỰC HIỆN NĂM 2024”, “TÌNH HÌNH …”, "
        "“ĐÁNH GIÁ …”), và trong báo cáo, đề mục hướng tới năm sau (“NHIỆM VỤ NĂM 2026”, “PHƯƠNG HƯỚNG …”). Không "
        "xét khi trích yếu nêu một giai đoạn hoặc nhiều năm; các mốc như “đến năm 2030”, “từ năm …” không tính. Chỉ "
        "xét đề mục (đánh số La Mã hoặc viết in hoa) trong phần căn cứ và nội dung. --fix (với --unsafe-fixes) thay "
        "bằng năm của trích yếu."
    )
    description_en = (
        "When the summary names one year (“… năm 2025”), the headings speak of the same year (year-consistency "
        "convention, warning). Allowed: review headings naming an earlier year (“KẾT QUẢ THỰC HIỆN NĂM 2024”, “TÌNH "
        "HÌNH …”, “ĐÁNH GIÁ …”), and in a report forward headings naming the next year (“NHIỆM VỤ NĂM 2026”, “PHƯƠNG "
        "HƯỚNG …”). Not checked when the summary names a period or several years; horizons such as “đến năm 2030”, "
        "“từ năm …” do not count. Only headings (Roman-numbered or in capitals) of the basis and body. --fix (with "
        "--unsafe-fixes) writes the summary's year."
    )
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
