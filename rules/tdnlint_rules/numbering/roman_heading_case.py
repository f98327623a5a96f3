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
