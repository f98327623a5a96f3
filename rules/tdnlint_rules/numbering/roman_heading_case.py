import re

from tdnlint.api import Rule, Severity, upper_ratio

from .._examples import STATE_HEADER
from ._common import applies


class RomanHeadingCase(Rule):
    code = "TDN516"
    name = "roman-heading-case"
    category = "numbering"
    severity = Severity.WARNING
    fixable = True
    summary = "Tên mục La Mã (cấp 1) viết chữ in hoa (“I. MỤC ĐÍCH, YÊU CẦU”)."
    summary_en = "Level-1 (Roman) headings are written in capitals."
    description = (
        "Tên mục cấp 1 đánh số La Mã viết toàn chữ in hoa (“I. MỤC ĐÍCH, YÊU CẦU”), theo bảng mẫu trình bày tại Nghị "
        "định 30/2020/NĐ-CP, Phụ lục I, mục V và thực tiễn soạn thảo; quy tắc chỉ cảnh báo. Không tính phần trong "
        "ngoặc đơn (“(dự kiến)”) và phần sau dấu hai chấm khi đó là nội dung (“II. KIẾN NGHỊ: Không.”); dòng rất dài "
        "không phải đề mục thì bỏ qua. Quy tắc chỉ xét văn bản nhận ra được thể thức (có phần đầu văn bản); một đoạn "
        "trích hoặc văn bản không có phần đầu thì không bị xét, vì ở đó mục, điều có thể được lược bớt có chủ ý. Với "
        "--fix: viết in hoa tên mục (sửa an toàn)."
    )
    description_en = (
        "Level-1 (Roman) headings are written in capitals (“I. MỤC ĐÍCH, YÊU CẦU”), per the layout table of Decree "
        "30/2020/NĐ-CP, Appendix I, V and drafting practice; the rule only warns. Text in brackets (“(dự kiến)”) and "
        "content after a colon (“II. KIẾN NGHỊ: Không.”) do not count; very long lines that are not headings are "
        "skipped. Only documents whose form is recognised (a header block) are checked; an excerpt or a header-less "
        "text is not, since sections and articles may be left out there on purpose. With --fix the heading is "
        "upper-cased (safe fix)."
    )
    bad = STATE_HEADER + "I. Mục đích, yêu cầu"
    good = STATE_HEADER + "I. MỤC ĐÍCH, YÊU CẦU"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục V (bảng mẫu) [T]; spec ND30-NUM-02, BODY-02 [O]"

    def check(self, ctx):
        if not applies(ctx):
            return
        for it in ctx.outline.items:
            if it.kind != "roman" or not it.heading:
                continue
            title = it.title.rstrip(" *")
            if ":" in title and title.split(":", 1)[1].strip():
                # "II. KIẾN NGHỊ: Không." — the heading ends at the colon; what follows is content
                title = title.split(":", 1)[0].rstrip(" *")
            bare = re.sub(r"\([^)]*\)", "", title)  # "(dự kiến)", "(kèm theo Phụ lục)" may stay as typed
            if not title or upper_ratio(bare) >= 0.9 or len(title) > 160:
                continue
            p = ctx.document.paragraphs[it.paragraph]
            s = it.title_start
            ctx.report(self, p, s, s + len(title),
                       message=f"Tên mục “{it.label}” viết chữ in hoa: “{title.upper()}”.",
                       message_en=f"Write heading “{it.label}” in capitals.",
                       replacement=title.upper())
