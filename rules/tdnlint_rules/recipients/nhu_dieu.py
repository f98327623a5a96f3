import re

from tdnlint.api import Rule, Severity

from ._common import suffix

_IMPLEMENTERS_RE = re.compile(r"chịu trách nhiệm (?:thi hành|thực hiện)")
_ARTICLE_RE = re.compile(r"^\s*Điều\s+(\d+)\s*[.:]")


class NhuDieuInDecision(Rule):
    code = "TDN547"
    name = "recipients-nhu-dieu"
    category = "recipients"
    severity = Severity.WARNING
    fixable = True
    summary = "Quyết định: nơi nhận ghi “- Như Điều N;” (điều quy định trách nhiệm thi hành), không ghi “- Như trên;”."
    summary_en = "Decisions list the implementers as “- Như Điều N;” (the article naming them), not “- Như trên;”."
    description = (
        "Trong quyết định, nơi nhận ghi “- Như Điều N;” (điều giao trách nhiệm thi hành) thay cho “- Như trên;”, "
        "theo các mẫu quyết định tại Nghị định 30/2020/NĐ-CP, Phụ lục III; căn cứ là mẫu nên chỉ là cảnh báo. Chỉ "
        "xét quyết định có một điều ghi “chịu trách nhiệm thi hành” hoặc “chịu trách nhiệm thực hiện”; đã có dòng "
        "“Như Điều N” đúng điều đó thì không báo. Với --fix: thay “Như trên” bằng “Như Điều N” (sửa an toàn)."
    )
    description_en = (
        "In a decision, the recipients list the implementers as “- Như Điều N;” (the article giving them the "
        "responsibility) instead of “- Như trên;”, per the decision templates of Decree 30/2020/NĐ-CP, Appendix III; "
        "the basis is a template, so it is a warning. Checked only on decisions with an article saying “chịu trách "
        "nhiệm thi hành” or “chịu trách nhiệm thực hiện”; a line “Như Điều N” for that article is accepted. With "
        "--fix “Như trên” becomes “Như Điều N” (safe fix)."
    )
    bad = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/QĐ-UBND\tĐồng Nai, ngày 10 tháng 3 năm 2025\n"
        "\n"
        "QUYẾT ĐỊNH\n"
        "Về việc thành lập Tổ công tác\n"
        "\n"
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Tổ công tác.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Điều 3. Giám đốc Sở Nội vụ và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.\n"
        "\n"
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
        "- Như trên;\n"
        "- Lưu: VT, NC.\tCHỦ TỊCH\n"
        "\n"
        "\tNguyễn Văn An"
    )
    good = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/QĐ-UBND\tĐồng Nai, ngày 10 tháng 3 năm 2025\n"
        "\n"
        "QUYẾT ĐỊNH\n"
        "Về việc thành lập Tổ công tác\n"
        "\n"
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Tổ công tác.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Điều 3. Giám đốc Sở Nội vụ và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.\n"
        "\n"
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
        "- Như Điều 3;\n"
        "- Lưu: VT, NC.\tCHỦ TỊCH\n"
        "\n"
        "\tNguyễn Văn An"
    )
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.2, 1.3 (ND30-NN-05) [T-mẫu] (warning)"

    def check(self, ctx):
        seg = ctx.segments
        if seg.doc_type != "QUYẾT ĐỊNH":
            return
        article = None
        for i in seg.body:
            text = ctx.document.paragraphs[i].text
            m = _ARTICLE_RE.match(text)
            if m and _IMPLEMENTERS_RE.search(text):
                article = int(m.group(1))
        if article is None:
            return
        lines = ctx.assignments.recipients
        if any(line.kind == "nhu_dieu" and article in line.articles for line in lines):
            return
        for line in lines:
            if line.kind == "nhu_tren":
                i, s, e = line.first
                p = ctx.document.paragraphs[i]
                m = re.search(r"Như\s+trên", p.text[s:e])
                if not m:
                    continue
                ctx.report(self, p, s + m.start(), s + m.end(),
                           message=f"Quyết định: ghi “- Như Điều {article};” (điều giao trách nhiệm thi hành) "
                                   "thay cho “- Như trên;”." + suffix(ctx),
                           message_en=f"Decision: write “- Như Điều {article};” instead of “- Như trên;”.",
                           replacement=f"Như Điều {article}")
                return
