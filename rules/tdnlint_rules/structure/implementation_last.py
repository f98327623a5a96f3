from tdnlint.api import Rule, Severity

from ._common import IMPLEMENTATION, section_titles


class ImplementationLast(Rule):
    code = "TDN502"
    name = "implementation-last"
    category = "structure"
    severity = Severity.WARNING
    summary = "Phần “TỔ CHỨC THỰC HIỆN” của KẾ HOẠCH, HƯỚNG DẪN là mục cấp 1 cuối cùng."
    summary_en = "“TỔ CHỨC THỰC HIỆN” is the last level-1 section of a plan or guidance."
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
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Giao Sở Nội vụ chủ trì thực hiện.\n"
        "III. NỘI DUNG\n"
        "1. Tổ chức hội nghị vào tháng 12 năm 2025./.\n"
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
        "II. NỘI DUNG\n"
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
