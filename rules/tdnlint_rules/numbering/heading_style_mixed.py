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
    description = (
        "Đánh số mục La Mã theo một kiểu thống nhất: văn bản nhà nước và Mặt trận dùng dấu chấm “I.” (Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.6); văn bản Đảng thường dùng “I-” theo thực tiễn, nhưng không trộn lẫn hai "
        "kiểu trong một văn bản. Ở văn bản nhà nước, mọi mục “I-” đều bị báo; ở văn bản Đảng, chỉ các mục khác kiểu "
        "chiếm đa số mới bị báo. Quy tắc chỉ xét văn bản nhận ra được thể thức (có phần đầu văn bản); một đoạn trích "
        "hoặc văn bản không có phần đầu thì không bị xét, vì ở đó mục, điều có thể được lược bớt có chủ ý. Với "
        "--fix: đổi sang kiểu đúng (sửa an toàn); số do Word tự đánh không được sửa."
    )
    description_en = (
        "Use one Roman heading style: State and Front documents write “I.” (Decree 30/2020/NĐ-CP, Appendix I, II.6); "
        "Party documents usually write “I-” in practice, but never mix the two in one document. In a State document "
        "every “I-” heading is reported; in a Party document only the headings differing from the majority style. "
        "Only documents whose form is recognised (a header block) are checked; an excerpt or a header-less text is "
        "not, since sections and articles may be left out there on purpose. With --fix the heading takes the right "
        "style (safe fix); Word's automatic numbering is not changed."
    )
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
