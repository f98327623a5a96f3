from tdnlint.api import Rule, Severity


class ClosingMark(Rule):
    code = "TDN503"
    name = "closing-mark"
    category = "structure"
    severity = Severity.WARNING
    fixable = True
    profiles = frozenset({"state", "mttq"})
    summary = "Văn bản nhà nước, MTTQ kết thúc nội dung bằng dấu “./.”."
    summary_en = "State/MTTQ documents end the body with “./.”."
    description = "Template convention of NĐ 30 Phụ lục III (evidence [E]); Party documents have no such requirement."
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
        "II. NỘI DUNG\n"
        "1. Tổ chức hội nghị vào tháng 12 năm 2025.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Giao Sở Nội vụ chủ trì thực hiện Kế hoạch này.\n"
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
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục III (Mẫu 1.2–1.10) [E]; spec ND30-END-01, BODY-04"

    def check(self, ctx):
        seg = ctx.segments
        if seg.closing is not None or not seg.body or seg.standalone_appendix:
            return
        if seg.recipients_label is None and not seg.signature:
            return  # no closing part found: the signature rule reports that; "./." cannot be placed reliably
        last = None
        for i in reversed(seg.body):
            p = ctx.document.paragraphs[i]
            if p.text.strip():
                last = p
                break
        if last is None:
            return
        text = last.text.rstrip()
        if text.endswith("/.") or len(text) < 2:
            return
        end = len(text)
        if text.endswith("."):
            ctx.report(self, last, end - 1, end, message="Kết thúc nội dung văn bản bằng “./.”.",
                       message_en="End the body with “./.”.", replacement="./.")
        else:
            ctx.report(self, last, end, end, message="Kết thúc nội dung văn bản bằng “./.”.",
                       message_en="End the body with “./.”.", replacement="./.")
