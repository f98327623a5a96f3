from tdnlint.api import Rule, Severity

from .._examples import STATE_HEADER
from ._common import applies, fix, severity


class DecimalParent(Rule):
    code = "TDN512"
    name = "decimal-parent"
    category = "numbering"
    severity = Severity.ERROR
    fixable = True
    summary = "Mục số thập phân phải mang số của mục cha (dưới “2.” là “2.1.”, “2.2.” …, không phải “1.1.”)."
    summary_en = "A decimal item carries its parent's number (“2.1.” under “2.”, not “1.1.”)."
    description = (
        "Mục đánh số thập phân phải mang số của mục cha: dưới mục “2.” là “2.1.”, “2.2.” …, không phải “1.1.”. Căn "
        "cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6. Quy tắc chỉ xét văn bản nhận ra được thể thức (có phần "
        "đầu văn bản); một đoạn trích hoặc văn bản không có phần đầu thì không bị xét, vì ở đó mục, điều có thể được "
        "lược bớt có chủ ý. Khi phần đầu văn bản chưa chắc chắn, thông báo hạ xuống cảnh báo. Với --fix: chỉ đề xuất "
        "số đúng (sửa khi dùng thêm --unsafe-fixes); số do Word tự đánh không được sửa."
    )
    description_en = (
        "A decimal item carries its parent's number: under “2.” come “2.1.”, “2.2.” …, not “1.1.”. Basis: Decree "
        "30/2020/NĐ-CP, Appendix I, II.6. Only documents whose form is recognised (a header block) are checked; an "
        "excerpt or a header-less text is not, since sections and articles may be left out there on purpose. When "
        "the header is uncertain the finding is lowered to a warning. With --fix the right number is only suggested "
        "(applied with --unsafe-fixes); Word's automatic numbering is not changed."
    )
    bad = STATE_HEADER + "I. TỔ CHỨC THỰC HIỆN\n1. Đối với các sở.\n2. Đối với Ủy ban nhân dân cấp huyện\n1.1. Căn cứ Kế hoạch này, xây dựng kế hoạch của địa phương."
    good = STATE_HEADER + "I. TỔ CHỨC THỰC HIỆN\n1. Đối với các sở.\n2. Đối với Ủy ban nhân dân cấp huyện\n2.1. Căn cứ Kế hoạch này, xây dựng kế hoạch của địa phương."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec ND30-NUM-01, ND30-NUM-04"

    def check(self, ctx):
        if not applies(ctx):
            return
        for it in ctx.outline.items:
            if it.kind != "decimal" or it.parent is None or it.parent.kind not in ("arabic", "decimal"):
                continue
            parent = it.parent
            want_prefix = parent.values if parent.kind == "decimal" else (parent.values[0],)
            if len(it.values) != len(want_prefix) + 1 or it.values[:-1] == want_prefix:
                continue
            want = ".".join(str(v) for v in (*want_prefix, it.values[-1]))
            p = ctx.document.paragraphs[it.paragraph]
            ctx.report(self, p, it.start, it.num_end, severity=severity(ctx),
                       message=f"Mục “{it.label}.” nằm dưới mục “{parent.label}.”: phải đánh số “{want}.”.",
                       message_en=f"Item “{it.label}.” sits under “{parent.label}.”: number it “{want}.”.",
                       replacement=fix(it, want), safe=False)
