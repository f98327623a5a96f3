from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan
from ._common import IMPLEMENTATION, section_titles


class ImplementationLast(Rule):
    code = "TDN502"
    name = "implementation-last"
    category = "structure"
    severity = Severity.WARNING
    summary = "Phần “TỔ CHỨC THỰC HIỆN” của KẾ HOẠCH, HƯỚNG DẪN là mục cấp 1 cuối cùng."
    summary_en = "“TỔ CHỨC THỰC HIỆN” is the last level-1 section of a plan or guidance."
    description = (
        "Trong KẾ HOẠCH và HƯỚNG DẪN, phần “TỔ CHỨC THỰC HIỆN” (hoặc “TRIỂN KHAI THỰC HIỆN”, “TRÁCH NHIỆM THỰC "
        "HIỆN”, “PHÂN CÔNG NHIỆM VỤ”, “ĐIỀU KHOẢN THI HÀNH”) là mục cấp 1 cuối cùng. Đây là thực tiễn soạn thảo, "
        "không phải quy định bắt buộc, nên chỉ là cảnh báo. Chỉ xét các mục cấp 1 của phần nội dung, không xét tên "
        "“Phần”; các loại văn bản khác không bị xét. Thông báo chỉ vào mục tổ chức thực hiện và nêu mục còn đứng sau "
        "nó. Không có sửa tự động."
    )
    description_en = (
        "In a plan or guidance, the implementation section (“TỔ CHỨC THỰC HIỆN”, or “TRIỂN KHAI THỰC HIỆN”, “TRÁCH "
        "NHIỆM THỰC HIỆN”, “PHÂN CÔNG NHIỆM VỤ”, “ĐIỀU KHOẢN THI HÀNH”) is the last level-1 section. This is "
        "drafting practice, not a regulation, so it is a warning. Only the level-1 sections of the body count, not "
        "“Phần” titles; other document types are not checked. The finding points at the implementation section and "
        "names the section still after it. No automatic fix."
    )
    bad = plan(
        ("II. NỘI DUNG\n1. Tổ chức hội nghị vào tháng 12 năm 2025.\nIII. TỔ CHỨC THỰC HIỆN\nGiao Sở Nội vụ chủ trì thực hiện Kế hoạch này./.\n", "II. TỔ CHỨC THỰC HIỆN\nGiao Sở Nội vụ chủ trì thực hiện.\nIII. NỘI DUNG\n1. Tổ chức hội nghị vào tháng 12 năm 2025./.\n"),
    )
    good = PLAN
    basis = "spec BODY-01 [O]"

    def check(self, ctx):
        seg = ctx.segments
        if seg.doc_type not in ("KẾ HOẠCH", "HƯỚNG DẪN"):
            return
        titles = [(it, t) for it, t in section_titles(ctx) if getattr(it, "kind", "") != "part"]
        hits = [k for k, (_, t) in enumerate(titles) if IMPLEMENTATION[2].search(t)]
        if not hits or hits[-1] == len(titles) - 1:
            return
        it, _ = titles[hits[-1]]
        after = titles[-1][0]
        p = ctx.document.paragraphs[it.paragraph]
        ctx.report(self, p, it.start, len(p.text.rstrip()),
                   message=f"Mục “{_name(it)}” nên là mục cuối; sau nó còn mục “{_name(after)[:50]}”.",
                   message_en="The implementation section should be the last level-1 section.")


def _name(it) -> str:
    return f"{it.label}{it.sep or '.'} {it.title.strip()}" if it.label else it.title.strip()
