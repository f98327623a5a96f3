from tdnlint.api import Rule, Severity


class DecomposedUnicode(Rule):
    code = "TDN420"
    name = "decomposed-unicode"
    category = "hygiene"
    severity = Severity.WARNING
    fixable = False
    formats = frozenset({"txt", "md"})
    summary = "Tệp dùng Unicode tổ hợp (NFD): chuyển sang Unicode dựng sẵn (NFC)."
    summary_en = "The file uses decomposed Unicode (NFD): convert it to precomposed (NFC)."
    description = (
        "Phát hiện tệp văn bản thuần (.txt, .md) lưu chữ Việt ở dạng Unicode tổ hợp (NFD): chữ cái và dấu được lưu "
        "thành các ký tự rời (thường do bộ gõ tiếng Việt có sẵn của Windows). Chữ hiển thị bình thường nhưng làm "
        "hỏng việc tìm kiếm, sắp xếp và đối chiếu ký hiệu như “NĐ-CP”; theo thực tiễn nên dùng Unicode dựng sẵn "
        "(NFC). Báo một lần cho cả tệp, tại chữ tổ hợp đầu tiên, kèm số chữ tổ hợp; các quy tắc khác vẫn đọc đúng "
        "nội dung và vị trí. Tệp .docx không thuộc phạm vi quy tắc này. Không có sửa tự động: hãy chuyển mã cả tệp "
        "(ví dụ Unikey, Công cụ chuyển mã: nguồn Unicode tổ hợp, đích Unicode)."
    )
    description_en = (
        "Finds a plain-text file (.txt, .md) saved in decomposed Unicode (NFD): letters and marks stored as separate "
        "characters (often from the built-in Windows Vietnamese keyboard). The text looks right but search, sorting "
        "and matching of codes such as “NĐ-CP” break; practice is precomposed Unicode (NFC). Reported once per file, "
        "at the first decomposed letter, with their count; the other rules still read the text and positions "
        "correctly. .docx files are outside this rule. No automatic fix: convert the whole file (for example with "
        "Unikey's converter, source composite Unicode, target Unicode)."
    )
    bad = "Vie\u0302\u0323t Nam (chữ ghép từ nguyên âm và dấu rời)"
    good = "Việt Nam (chữ dựng sẵn)"
    basis = "spec ENC-02 [O]; TCVN 6909:2001 (Unicode)"

    def check(self, ctx):
        doc = ctx.document
        if doc.was_nfc:
            return
        first = None
        count = 0
        for p in doc.paragraphs:
            if p.offsets is None or p.source is None:
                continue
            offsets = p.offsets
            # a composed analysis character whose source cluster is longer than one code point
            for i in range(min(len(p.text), len(offsets) - 1)):
                if offsets[i + 1] - offsets[i] > 1:
                    count += 1
                    if first is None:
                        first = (p, i)
        if first is None:
            return
        p, i = first
        ctx.report(self, p, i, i + 1,
                   message=(f"Tệp dùng Unicode tổ hợp (NFD, {count} chữ): hãy chuyển sang Unicode dựng sẵn "
                            "(NFC), ví dụ Unikey: Công cụ chuyển mã, nguồn Unicode tổ hợp, đích Unicode."),
                   message_en=f"The file uses decomposed Unicode (NFD, {count} letters): convert it to precomposed NFC.")
