from tdnlint.api import Rule, Severity, upper_ratio


class SignatureCase(Rule):
    code = "TDN538"
    name = "signature-case"
    category = "signature"
    severity = Severity.ERROR
    fixable = True
    summary = "Quyền hạn và chức vụ người ký viết chữ in hoa (“TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”)."
    summary_en = "The signing authority and the signer's title are written in capitals."
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
        "Nơi nhận:\tTm. Ủy ban nhân dân\n"
        "- Sở Nội vụ;\n"
        "- Lưu: VT, NC.\tChủ tịch\n"
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
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục V (bảng mẫu) [T]; HD 36-HD/VPTW mục 1.7 [T]; spec ND30-SIG-01"

    def check(self, ctx):
        seg = ctx.segments
        spans = list(seg.signature_authorities)
        if seg.signer_title is not None:
            spans.append(seg.signer_title)
        for i, s, e in spans:
            p = ctx.document.paragraphs[i]
            t = p.text[s:e]
            if upper_ratio(t) >= 0.9:
                continue
            ctx.report(self, p, s, e,
                       message=f"Viết chữ in hoa: “{t.upper()}”.",
                       message_en=f"Write it in capitals: “{t.upper()}”.",
                       replacement=t.upper())
