from collections import Counter

from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan
from ._common import applies, fix


class HeadingStyleMixed(Rule):
    code = "TDN515"
    name = "heading-style-mixed"
    category = "numbering"
    severity = Severity.WARNING
    fixable = True
    summary = "Dùng thống nhất một kiểu đánh số mục La Mã: “I.” (nhà nước, MTTQ) hoặc “I-” (văn bản Đảng), không trộn lẫn."
    summary_en = "Use one Roman heading style: “I.” (State, MTTQ) or “I-” (Party); do not mix them."
    bad = plan(
        ("II. NỘI DUNG\n", "II- NỘI DUNG\n"),
    )
    good = PLAN
    basis = "HD 36-HD/VPTW (thực tiễn) [O]; NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec HD36-NUM-01, ND30-NUM-02"

    def check(self, ctx):
        if not applies(ctx):
            return
        romans = [it for it in ctx.outline.items if it.kind == "roman" and it.sep in (".", "-", "–")]
        if not romans:
            return
        party = ctx.profile == "party"
        styles = Counter("-" if it.sep in ("-", "–") else "." for it in romans)
        if party:
            if len(styles) < 2:
                return
            keep = "-" if styles["-"] >= styles["."] else "."
        else:
            keep = "."
        for it in romans:
            style = "-" if it.sep in ("-", "–") else "."
            if style == keep:
                continue
            p = ctx.document.paragraphs[it.paragraph]
            good = it.label + keep
            if party:
                msg = f"Trộn kiểu đánh số mục “{it.label}{it.sep}” với “…{keep}” trong cùng văn bản; dùng thống nhất “{good}”."
            else:
                msg = f"Văn bản nhà nước, MTTQ đánh số mục La Mã bằng dấu chấm: “{good}” (không dùng “{it.label}{it.sep}”)."
            ctx.report(self, p, it.start, it.end, message=msg,
                       message_en=f"Use one heading style: “{good}”.", replacement=fix(it, good))
