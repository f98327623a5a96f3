from tdnlint.api import Rule, Severity


class SignerAcademicTitle(Rule):
    code = "TDN536"
    name = "signer-academic-title"
    category = "signature"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING, "mttq": Severity.WARNING, "unknown": Severity.WARNING}
    fixable = True
    summary = "Không ghi học hàm, học vị, danh hiệu (TS., ThS., PGS. …) trước họ tên người ký."
    summary_en = "No academic or honorific title (TS., ThS., PGS. …) before the signer's name."
    description = ("NĐ 30 [T] for State documents (exceptions for armed forces, education, health and science bodies "
                   "are allowed by their ministries: suppress per file). Warning in Party and MTTQ documents.")
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
        "\tTS. Nguyễn Văn An"
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
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c [T]; spec ND30-SIG-02"

    def check(self, ctx):
        seg = ctx.segments
        if seg.signer_prefix is None:
            return
        i, s, e = seg.signer_prefix
        p = ctx.document.paragraphs[i]
        ctx.report(self, p, s, e,
                   message=f"Không ghi “{p.text[s:e].strip()}” trước họ tên người ký.",
                   message_en=f"Drop “{p.text[s:e].strip()}” before the signer's name.",
                   replacement="")
