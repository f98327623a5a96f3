from tdnlint.api import Rule, Severity


class LegacyEncoding(Rule):
    code = "TDN421"
    name = "legacy-encoding"
    category = "hygiene"
    severity = Severity.ERROR
    summary = "Văn bản gõ bằng bảng mã cũ TCVN3 (.VnTime) hoặc VNI, không phải Unicode."
    summary_en = "Text typed in a legacy 8-bit encoding (TCVN3/.VnTime or VNI), not Unicode."
    description = (
        "Phát hiện văn bản gõ bằng bảng mã cũ TCVN3 (phông .VnTime) hoặc VNI (phông VNI-Times) thay vì Unicode: chữ "
        "chỉ đọc được khi có đúng phông đó (“céng hßa”, “COÄNG HOØA”). Nghị định 30/2020/NĐ-CP, Phụ lục I quy định "
        "phông chữ tiếng Việt Unicode theo TCVN 6909:2001. Nhận biết qua tên phông và các ký tự, từ đặc trưng của "
        "từng bảng mã; đoạn văn đã có chữ Việt Unicode thật và văn bản tiếng Tây Ban Nha, Pháp, Đức không bị nhầm. "
        "Báo một lần cho cả văn bản, và các quy tắc chính tả khác tạm không kiểm tra văn bản đó. Không có sửa tự "
        "động: chuyển mã bằng Unikey (nguồn TCVN3 hoặc VNI Windows, đích Unicode) rồi đặt phông Times New Roman."
    )
    description_en = (
        "Finds text typed in the legacy TCVN3 (.VnTime fonts) or VNI (VNI-Times) encoding instead of Unicode: it "
        "reads only with that font (“céng hßa”, “COÄNG HOØA”). Decree 30/2020/NĐ-CP, Appendix I requires a "
        "Vietnamese Unicode font per TCVN 6909:2001. Detected from font names and characteristic characters and "
        "words of each encoding; paragraphs with real Unicode Vietnamese letters and Spanish, French or German text "
        "are not mistaken for it. Reported once per document, and the other spelling rules do not check that "
        "document. No automatic fix: convert with Unikey (source TCVN3 or VNI Windows, target Unicode), then set "
        "Times New Roman."
    )
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
