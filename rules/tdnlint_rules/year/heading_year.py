import re

from tdnlint.api import Rule, Severity

# Headings that look back ("KẾT QUẢ THỰC HIỆN NĂM 2023") may name an earlier year.
_REVIEW_RE = re.compile(r"KẾT\s+QUẢ|TÌNH\s+HÌNH|ĐÁNH\s+GIÁ|SƠ\s+KẾT|TỔNG\s+KẾT|NHÌN\s+LẠI|ĐÃ\s+ĐẠT", re.I)
# Headings that look forward ("NHIỆM VỤ NĂM 2025") may name the next year in a report.
_FORWARD_RE = re.compile(r"NHIỆM\s+VỤ|PHƯƠNG\s+HƯỚNG|KẾ\s+HOẠCH|GIẢI\s+PHÁP|MỤC\s+TIÊU|ĐỀ\s+XUẤT|CHƯƠNG\s+TRÌNH", re.I)


def allowed(heading_year: int, title_year: int, context: str, doc_type: str | None) -> bool:
    if heading_year == title_year:
        return True
    if heading_year < title_year and _REVIEW_RE.search(context):
        return True
    # A BÁO CÁO on year Y normally ends with the tasks of year Y+1.
    return heading_year == title_year + 1 and doc_type == "BÁO CÁO" and bool(_FORWARD_RE.search(context))


class HeadingYearMismatch(Rule):
    code = "TDN330"
    name = "heading-year-mismatch"
    category = "year"
    severity = Severity.WARNING
    fixable = True
    summary = "Năm ở đề mục khác năm trong trích yếu (“… năm 2024” nhưng “II. … NĂM 2025”)."
    summary_en = "A heading names another year than the title (title '… năm 2024', heading '… NĂM 2025')."
    description = """
When the trích yếu names one year ("Hướng dẫn công tác … năm 2024") the headings must speak of
the same year.  Allowed: review headings naming an earlier year ("KẾT QUẢ … NĂM 2023"), and in a
BÁO CÁO forward headings naming the next year ("NHIỆM VỤ NĂM 2025").  A title naming a period
or several years is not checked.  The fix (unsafe) writes the title's year.
"""
    bad = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/KH-UBND\tĐồng Nai, ngày 10 tháng 3 năm 2025\n"
        "\n"
        "KẾ HOẠCH\n"
        "Tổ chức hội nghị tổng kết công tác năm 2025\n"
        "\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Đánh giá kết quả thực hiện nhiệm vụ năm 2025.\n"
        "II. NỘI DUNG NĂM 2026\n"
        "1. Tổ chức hội nghị vào tháng 12 năm 2025.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Giao Sở Nội vụ chủ trì thực hiện Kế hoạch này./.\n"
        "\n"
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
        "- Sở Nội vụ;\n"
        "- Lưu: VT, NC.\tCHỦ TỊCH\n"
        "\n"
        "\tNguyễn Văn An"
    )
    good = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/KH-UBND\tĐồng Nai, ngày 10 tháng 3 năm 2025\n"
        "\n"
        "KẾ HOẠCH\n"
        "Tổ chức hội nghị tổng kết công tác năm 2025\n"
        "\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Đánh giá kết quả thực hiện nhiệm vụ năm 2025.\n"
        "II. NỘI DUNG NĂM 2025\n"
        "1. Tổ chức hội nghị vào tháng 12 năm 2025.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Giao Sở Nội vụ chủ trì thực hiện Kế hoạch này./.\n"
        "\n"
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
        "- Sở Nội vụ;\n"
        "- Lưu: VT, NC.\tCHỦ TỊCH\n"
        "\n"
        "\tNguyễn Văn An"
    )
    basis = "BODY-03 [O]"

    def check(self, ctx):
        dates = ctx.dates
        year = dates.title_year
        if year is None:
            return
        doc_type = ctx.segments.doc_type
        for y in dates.heading_years:
            if allowed(y.year, year, y.context, doc_type):
                continue
            p = ctx.document.paragraphs[y.paragraph]
            ctx.report(self, p, y.start, y.end,
                       message=f"Đề mục ghi năm {y.year} nhưng trích yếu của văn bản là năm {year}; thống nhất năm.",
                       message_en=f"The heading says {y.year} but the title is about {year}.",
                       replacement=str(year), safe=False)
