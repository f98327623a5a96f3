from tdnlint.api import Edit, Fix, Rule, Severity

from .._examples import STATE_HEADER
from ._common import applies, severity


class NumberSeparator(Rule):
    code = "TDN513"
    name = "number-separator"
    category = "numbering"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING}
    fixable = True
    summary = "Sau số mục phải có dấu chấm (“I.”, “1.”, “2.4.”), sau chữ cái là dấu ngoặc đơn (“a)”), “Điều 1.” không dùng dấu hai chấm."
    summary_en = "Item numbers end with a period (“I.”, “1.”, “2.4.”), letters with “)”, articles “Điều 1.”."
    description = (
        "Sau số mục dùng dấu chấm (“I.”, “1.”, “2.4.”), sau chữ cái dùng dấu ngoặc đơn (“a)”), và “Điều 1.” không "
        "dùng dấu hai chấm hay gạch ngang, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6. Văn bản Đảng được dùng "
        "dạng gạch ngang “I-”, “1-” theo thực tiễn; ở văn bản Đảng thông báo chỉ là cảnh báo; việc trộn hai kiểu do "
        "TDN515 kiểm tra. Mỗi danh sách được báo một lần, tại mục sai đầu tiên, kèm số mục sai khác. Quy tắc chỉ xét "
        "văn bản nhận ra được thể thức (có phần đầu văn bản); một đoạn trích hoặc văn bản không có phần đầu thì "
        "không bị xét, vì ở đó mục, điều có thể được lược bớt có chủ ý. Với --fix: sửa dấu sau số của cả danh sách "
        "(sửa an toàn); số do Word tự đánh không được sửa."
    )
    description_en = (
        "Item numbers end with a period (“I.”, “1.”, “2.4.”), letters with a bracket (“a)”), and “Điều 1.” takes "
        "neither a colon nor a dash, per Decree 30/2020/NĐ-CP, Appendix I, II.6. Party documents may use the hyphen "
        "form “I-”, “1-” (practice); there the findings are warnings; mixing both styles is TDN515. Each list is "
        "reported once, at its first wrong item, with the number of others. Only documents whose form is recognised "
        "(a header block) are checked; an excerpt or a header-less text is not, since sections and articles may be "
        "left out there on purpose. With --fix the separators of the whole list are corrected (safe fix); Word's "
        "automatic numbering is not changed."
    )
    bad = STATE_HEADER + "2.4 Tổ chức thực hiện\n1/ Mục đích\nII NỘI DUNG\na. Đối với …\nĐiều 1: …"
    good = STATE_HEADER + "2.4. Tổ chức thực hiện\n1. Mục đích\nII. NỘI DUNG\na) Đối với …\nĐiều 1. …"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec ND30-NUM-01, ND30-NUM-02, HD36-NUM-01"

    def check(self, ctx):
        if not applies(ctx):
            return
        party = ctx.profile == "party"
        sev = severity(ctx)
        # one finding per list (items numbered as one sequence): the first wrong marker, the others as
        # related places, and one fix that rewrites them all
        for group in ctx.outline.siblings():
            bad = [(it, w) for it in group if not it.auto and (w := _want(it, party)) is not None]
            if not bad:
                continue
            it, want = bad[0]
            p = ctx.document.paragraphs[it.paragraph]
            found = p.text[it.start:it.end]
            label = it.label if it.kind != "article" else f"Điều {it.label}"
            good = (found[: it.num_end - it.start]) + want
            edits = []
            for x, w in bad:
                q = ctx.document.paragraphs[x.paragraph]
                g = q.text[x.start:x.num_end] + w
                edits.append(Edit(q.index, x.start, x.end, g + ("" if q.text[x.end:x.end + 1] in (" ", "\t") else " ")))
            more = len(bad) - 1
            ctx.report(self, p, it.start, it.end, severity=sev,
                       message=f"Sau số “{label}” dùng “{want}”: viết “{good}” (đang là “{found}”)"
                               + (f"; cùng lỗi ở {more} mục khác của danh sách này." if more else "."),
                       message_en=f"Use “{want}” after “{label}”: “{good}”"
                                  + (f"; the same in {more} more item(s) of this list." if more else "."),
                       suggestion=good, fix=Fix(tuple(edits), True),
                       related=[(ctx.document.paragraphs[x.paragraph], x.start, x.end) for x, _ in bad[1:]] or None)


def _want(it, party: bool) -> str | None:
    """The separator ``it`` should have, or None when its own is right."""
    if it.kind == "roman":
        return "." if it.sep in ("", "/", ")") else None
    if it.kind == "arabic":
        if it.sep in ("/", "") or (it.sep == ")" and it.heading) or (it.sep in ("-", "–") and not party):
            return "."
        return None
    if it.kind == "decimal":
        return "." if it.sep in ("", "/", ")", ":") else None
    if it.kind == "letter":
        return ")" if it.sep == "." else None
    if it.kind == "article" and it.sep in (":", "-", "–", ""):
        return "."
    return None
