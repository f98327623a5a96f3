from tdnlint.api import Rule, Severity


class LegacyEncoding(Rule):
    code = "TDN421"
    name = "legacy-encoding"
    category = "hygiene"
    severity = Severity.ERROR
    summary = "Văn bản gõ bằng bảng mã cũ TCVN3 (.VnTime) hoặc VNI, không phải Unicode."
    summary_en = "Text typed in a legacy 8-bit encoding (TCVN3/.VnTime or VNI), not Unicode."
    description_en = """
Such text only looks Vietnamese with the matching font ("céng hßa" / "COÄNG HOØA").
Detected from font names and signature characters with anchor words (spec 6.3).  It is
reported once; the other spelling rules stay quiet on that document instead of flagging
every word.  Convert with Unikey (Công cụ chuyển mã: nguồn TCVN3 hoặc VNI Windows, đích
Unicode) and change the font to a Unicode font such as Times New Roman.
"""
    bad = (
        "Uû ban nh©n d©n tØnh §ång Nai\n"
        "Céng hßa x· héi chñ nghÜa ViÖt Nam\n"
        "§éc lËp - Tù do - H¹nh phóc\n"
        "KÕ ho¹ch tæ chøc héi nghÞ tæng kÕt c«ng t¸c n¨m 2025"
    )
    good = (
        "Ủy ban nhân dân tỉnh Đồng Nai\n"
        "Cộng hòa xã hội chủ nghĩa Việt Nam\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Kế hoạch tổ chức hội nghị tổng kết công tác năm 2025"
    )
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I: phông chữ Unicode TCVN 6909:2001 [T]; spec ENC-01, ENC-03, ENC-04"

    def check(self, ctx):
        legacy = ctx.tokens.legacy
        if legacy is None:
            return
        source = "TCVN3" if legacy.encoding == "TCVN3" else "VNI Windows"
        p = ctx.document.paragraphs[legacy.paragraph] if legacy.paragraph is not None else None
        ctx.report(
            self, p, legacy.start if p else None, legacy.end if p else None,
            message=(f"Văn bản gõ bằng bảng mã {legacy.encoding} ({legacy.font_hint}; dấu hiệu: {legacy.evidence}), "
                     f"không phải Unicode. Hãy chuyển mã bằng Unikey (nguồn {source}, đích Unicode) và đổi phông "
                     "sang Times New Roman; các lỗi chính tả khác chưa được kiểm tra."),
            message_en=(f"The text is in the legacy {legacy.encoding} encoding ({legacy.font_hint}), not Unicode. "
                        f"Convert it (e.g. Unikey: source {source}, target Unicode) and use a Unicode font; "
                        "spelling was not checked."),
        )
