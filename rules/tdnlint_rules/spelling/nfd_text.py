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
    description_en = """
Reported once per file, at the first decomposed letter, with the number of decomposed
letters.  Decomposed letters (e.g. typed with the Windows Vietnamese keyboard) look right
but break search, sorting and matching of codes like "NĐ-CP".  tdnlint itself reads such
text transparently (all other positions stay exact).  No automatic fix: the text writer
keeps each line in its own normalisation form, so convert the file (Unikey: Công cụ chuyển
mã, Unicode tổ hợp → Unicode dựng sẵn; or `python -c` with unicodedata.normalize("NFC")).
"""
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
