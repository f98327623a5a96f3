"""Detect text typed in a legacy 8-bit Vietnamese encoding (TCVN3/ABC, VNI).

Such text was typed with a ``.VnTime``/``VNI-Times`` font: the file stores
Latin-1 characters that only *look* Vietnamese with that font, e.g.
``céng hßa x· héi`` (TCVN3) or ``COÄNG HOØA XAÕ HOÄI`` (VNI).  Spec 6.3,
ENC-03/ENC-04: detected from the font names and from signature character
sequences, with high-precision anchor words, and guarded against real
Spanish/French/German text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document

# TCVN3 signature bytes (as Latin-1 characters) that are not Vietnamese Unicode letters.
# Only the symbol-like ones count (ñ, ß, é … also occur in Spanish, German, French).
_TCVN3_CHARS = "¸µ¶·¹¨©ª«¬®§ËÕÖÝÞû"
_TCVN3_WORD = re.compile(rf"[A-Za-z]+[{_TCVN3_CHARS}][A-Za-z{_TCVN3_CHARS}éèëóùñß]*|[{_TCVN3_CHARS}][A-Za-z]+")
_TCVN3_ANCHORS = re.compile(r"ViÖt|n¨m|§éc|nh©n|QuyÕt|®Þnh|c¸c|®¹i|®ång|ChÝnh|phñ|TØnh|cña|®­îc|®Ò|viÖc|HuyÖn|Uû", re.I)
# VNI: vowel followed by a tone/hat byte, đ as ñ/Ñ, ư as ö, ơ as ô after o/u.
_VNI_PATTERNS = (
    re.compile(r"[aeiouyAEIOUY][ùøûõïÙØÛÕÏ]"),
    re.compile(r"[aeoAEO][âáàåãäÂÁÀÅÃÄ]"),
    re.compile(r"[ñÑ][aeiouöôAEIOUÖÔ]"),
    re.compile(r"[öÖ][ôÔ]|[uU][ôÔ]"),
    re.compile(r"[oOeE][äÄ]"),
)
# Characters every TCVN3 or VNI text is full of and Vietnamese Unicode never uses.
_SIGNATURE = re.compile("[" + _TCVN3_CHARS + "øåäïñöØÅÄÏÑÖÛ]")
_VNI_ANY = re.compile("|".join(p.pattern for p in _VNI_PATTERNS))
_VNI_ANCHORS = re.compile(r"Vieät|Coäng|Ñoäc|ñöôïc|chuû|Haø Noäi|nhaân|vieäc|cuûa|caùc|Ñaûng|tænh|Huyeän|UÛy", re.I)
_VN_UNICODE = re.compile(r"[ăâêôơưđĂÂÊÔƠƯĐ\u1ea0-\u1ef9]")


@dataclass(frozen=True)
class LegacyEncoding:
    encoding: str  # "TCVN3" or "VNI"
    evidence: str  # what triggered it (font name or sample words)
    paragraph: int | None  # first paragraph index where it shows
    start: int = 0
    end: int = 0

    @property
    def font_hint(self) -> str:
        return ".VnTime" if self.encoding == "TCVN3" else "VNI-Times"


def detect_legacy(doc: Document, sample_chars: int = 200_000) -> LegacyEncoding | None:
    """Legacy encoding of the document text, or None.  Reads at most ``sample_chars``."""
    texts = [p.text for p in doc.paragraphs if p.part not in ("comment", "metadata") and p.text]
    if not _SIGNATURE.search("\n".join(texts)):
        return None  # no character that legacy text always has (one C-level scan)
    tcvn_hits = vni_hits = 0
    tcvn_first = vni_first = None
    seen = 0
    vn_paragraphs = 0
    for p in doc.paragraphs:
        if p.part in ("comment", "metadata") or not p.text:
            continue
        text = p.text
        seen += len(text)
        if text.isascii():
            continue
        if _VN_UNICODE.search(text):
            # real Vietnamese Unicode: legacy text (Latin-1 only) never has these letters
            vn_paragraphs += 1
            if seen > sample_chars:
                break
            continue
        a = _TCVN3_ANCHORS.search(text)
        words = _TCVN3_WORD.findall(text) if a or any(c in text for c in _TCVN3_CHARS) else ()
        if a or len(words) >= 2:
            tcvn_hits += (3 if a else 0) + len(words)
            if tcvn_first is None:
                m = a or _TCVN3_WORD.search(text)
                tcvn_first = (p.index, m.start(), m.end()) if m else (p.index, 0, 0)
        v = _VNI_ANCHORS.search(text)
        kinds = sum(1 for pat in _VNI_PATTERNS if pat.search(text)) if v or _VNI_ANY.search(text) else 0
        if v or kinds >= 3:
            vni_hits += (3 if v else 0) + kinds
            if vni_first is None:
                m = v or _VNI_PATTERNS[0].search(text) or _VNI_PATTERNS[1].search(text)
                vni_first = (p.index, m.start(), m.end()) if m else (p.index, 0, 0)
        if seen > sample_chars:
            break
    if tcvn_hits < 2 and vni_hits < 2:
        return None  # (every verdict below needs two hits: no need to read the fonts of every run)
    fonts = [f for f in (doc.declared_fonts or []) if f]
    for p in doc.paragraphs:
        for r in p.runs:
            if r.font:
                fonts.append(r.font)
        if len(fonts) > 200:
            break
    tcvn_font = next((f for f in fonts if f.startswith(".Vn")), None)
    vni_font = next((f for f in fonts if re.match(r"VNI[- ]", f)), None)
    # Real Vietnamese Unicode dominates: the legacy look-alikes are incidental (e.g. a quoted name).
    if tcvn_hits >= 6 and tcvn_hits > 3 * vn_paragraphs:
        i, s, e = tcvn_first or (None, 0, 0)
        return LegacyEncoding("TCVN3", tcvn_font or "mẫu ký tự TCVN3", i, s, e)
    if vni_hits >= 6 and vni_hits > 3 * vn_paragraphs:
        i, s, e = vni_first or (None, 0, 0)
        return LegacyEncoding("VNI", vni_font or "mẫu ký tự VNI", i, s, e)
    if tcvn_font and tcvn_hits >= 2:
        i, s, e = tcvn_first or (None, 0, 0)
        return LegacyEncoding("TCVN3", tcvn_font, i, s, e)
    if vni_font and vni_hits >= 2:
        i, s, e = vni_first or (None, 0, 0)
        return LegacyEncoding("VNI", vni_font, i, s, e)
    return None
