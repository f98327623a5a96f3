import unicodedata

from tdnlint.findings import Edit, Fix, Severity
from tdnlint.rule import Rule


class DecomposedUnicode(Rule):
    code = "TDN420"
    name = "decomposed-unicode"
    category = "hygiene"
    severity = Severity.WARNING
    fixable = True
    formats = frozenset({"txt", "md"})
    summary = "Tệp dùng Unicode tổ hợp (NFD): chuyển sang Unicode dựng sẵn (NFC)."
    summary_en = "The file uses decomposed Unicode (NFD): convert it to precomposed (NFC)."
    description = """
Reported once per file.  Decomposed letters (e.g. typed with the Windows Vietnamese
keyboard) look right but break search, sorting and matching of codes like "NĐ-CP".
tdnlint itself reads such text transparently (all other positions stay exact); the fix
rewrites every decomposed letter in its precomposed form.
"""
    bad = "Vie\u0302\u0323t Nam (chữ ghép từ nguyên âm và dấu rời)"
    good = "Việt Nam (chữ dựng sẵn)"
    basis = "spec ENC-02 [O]; TCVN 6909:2001 (Unicode)"

    def check(self, ctx):
        doc = ctx.document
        if doc.was_nfc:
            return
        edits = []
        first = None
        count = 0
        for p in doc.paragraphs:
            if p.offsets is None or p.source is None:
                continue
            src = p.source
            run = None
            for i, ch in enumerate(p.text):
                a, b = p.offsets[i], p.offsets[i + 1] if i + 1 < len(p.offsets) else len(src)
                changed = src[a:b] != ch and unicodedata.normalize("NFC", src[a:b]) == ch
                if changed:
                    count += 1
                    run = (run[0], i + 1) if run and run[1] == i else (i, i + 1)
                    if first is None:
                        first = (p, i)
                    if edits and edits[-1][0] == p.index and edits[-1][2] == i:
                        edits[-1] = (p.index, edits[-1][1], i + 1)
                    else:
                        edits.append((p.index, i, i + 1))
        if first is None:
            return
        p, i = first
        fix = Fix(tuple(Edit(pi, s, e, doc.paragraphs[pi].text[s:e]) for pi, s, e in edits), True)
        ctx.report(self, p, i, i + 1,
                   message=(f"Tệp dùng Unicode tổ hợp (NFD, {count} chữ): hãy lưu lại ở dạng dựng sẵn (NFC), "
                            "ví dụ Unikey: bảng mã Unicode dựng sẵn."),
                   message_en=f"The file uses decomposed Unicode (NFD, {count} letters): save it as precomposed NFC.",
                   fix=fix, suggestion="NFC")
