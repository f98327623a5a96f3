from tdnlint.api import Rule, Severity, upper_ratio


class SignerNameCase(Rule):
    code = "TDN537"
    name = "signer-name-case"
    category = "signature"
    severity = Severity.WARNING
    fixable = True
    summary = "Họ tên người ký viết hoa chữ cái đầu mỗi tiếng (“Nguyễn Văn A”), không viết toàn chữ in hoa."
    summary_en = "The signer's name is written in title case (“Nguyễn Văn A”), not in capitals."
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
        "Giao Sở Nội vụ chủ trì thực hiện Kế hoạch này./.\n"
        "\n"
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
        "- Sở Nội vụ;\n"
        "- Lưu: VT, NC.\tCHỦ TỊCH\n"
        "\n"
        "\tNGUYỄN VĂN AN"
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
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục V (bảng mẫu: họ tên người ký chữ in thường) [T]"

    def check(self, ctx):
        span = ctx.segments.signer_name
        if span is None:
            return
        i, s, e = span
        p = ctx.document.paragraphs[i]
        name = p.text[s:e]
        if upper_ratio(name) < 0.95:
            return
        good = " ".join(w[:1] + w[1:].lower() for w in name.split())
        ctx.report(self, p, s, e,
                   message=f"Họ tên người ký viết hoa chữ cái đầu mỗi tiếng: “{good}”.",
                   message_en=f"Write the signer's name in title case: “{good}”.",
                   replacement=good)
