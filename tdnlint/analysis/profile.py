"""Issuer profile detection: state (NĐ 30), party (36-HD/VPTW) or mttq.

Evidence, strongest first (spec PROF-01/02): the national vs Party header,
the issuer lines, the number line's style, the signature's authority form,
and finally who "issues" the text in its opening sentence.
"""

from __future__ import annotations

import re

from ..model import Document
from .segments import Segments

_MTTQ_RE = re.compile(r"M[ẶA]T\s+TR[ẬA]N\s+T[ỔO]\s+QU[ỐO]C|\bMTTQ\b|\bMTTW\b|\bUBMTTQ\b|\bMTTQVN\b", re.I)
_PARTY_ISSUER_RE = re.compile(
    r"\b(TỈNH\s+ỦY|TỈNH\s+UỶ|THÀNH\s+ỦY|THÀNH\s+UỶ|HUYỆN\s+ỦY|HUYỆN\s+UỶ|QUẬN\s+ỦY|THỊ\s+ỦY|ĐẢNG\s+ỦY|ĐẢNG\s+UỶ|"
    r"ĐẢNG\s+BỘ|CHI\s+BỘ|BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG|BAN\s+TUYÊN\s+GIÁO|BAN\s+TỔ\s+CHỨC|BAN\s+DÂN\s+VẬN|"
    r"ỦY\s+BAN\s+KIỂM\s+TRA|UỶ\s+BAN\s+KIỂM\s+TRA|VĂN\s+PHÒNG\s+TRUNG\s+ƯƠNG\s+ĐẢNG|ĐẢNG\s+ĐOÀN|BAN\s+CÁN\s+SỰ)\b"
)
_PARTY_NUMBER_RE = re.compile(r"Số\s*:?\s*[\d.…\s]*\s*-\s*[A-ZĐ][A-Za-zĐđ]*\s*/\s*[A-ZĐ]")
_STATE_NUMBER_RE = re.compile(r"Số\s*:?\s*[\d.…\s]*/\s*[A-ZĐ][A-Za-zĐđ]*\s*-\s*[A-ZĐ]")
_PARTY_SIG_RE = re.compile(r"^\s*(T/M|K/T|T/L)\b")
_STATE_SIG_RE = re.compile(r"^\s*(TM\.|KT\.|TL\.|TUQ\.|Q\.)")
_OPENING_ISSUER_RE = re.compile(
    r",\s*((?:Ban\s+Thường\s+(?:trực|vụ)|Ban\s+Tuyên\s+giáo|Ban\s+Dân\s+vận|Ủy\s+ban|Uỷ\s+ban|Thường\s+trực)[^,;:]{0,120}?)"
    r"\s+(?:hướng\s+dẫn|xây\s+dựng|ban\s+hành|báo\s+cáo|thông\s+báo|đề\s+nghị|yêu\s+cầu)"
)


def detect_profile(doc: Document, seg: Segments) -> str:
    scores = {"state": 0.0, "party": 0.0, "mttq": 0.0}
    if seg.party_header and not seg.national_header:
        scores["party"] += 10
    if seg.national_header or seg.motto:
        scores["state"] += 6
    issuer_text = " ".join(seg.text_of(s) or "" for s in seg.issuer)
    number = seg.text_of(seg.number_line) or ""
    if _MTTQ_RE.search(issuer_text) or re.search(r"MTT[QW]", number):
        scores["mttq"] += 8 + (6 if seg.national_header else 0)
    if _PARTY_ISSUER_RE.search(issuer_text.upper()) and not _MTTQ_RE.search(issuer_text):
        scores["party"] += 5
    if _PARTY_NUMBER_RE.search(number):
        scores["party"] += 4
    elif _STATE_NUMBER_RE.search(number):
        scores["state"] += 2
        scores["mttq"] += 1
    if seg.signature_authority:
        t = seg.text_of(seg.signature_authority) or ""
        if _PARTY_SIG_RE.match(t.lstrip("* ")):
            scores["party"] += 3
        elif _STATE_SIG_RE.match(t):
            scores["state"] += 2
            scores["mttq"] += 1
    # The opening sentence names the issuer: "…, Ban Thường trực Ủy ban MTTQ … hướng dẫn …"
    for i in (seg.basis[:3] or seg.body[:2]):
        m = _OPENING_ISSUER_RE.search(doc.paragraphs[i].text)
        if m:
            who = m.group(1)
            if _MTTQ_RE.search(who):
                scores["mttq"] += 4
            elif _PARTY_ISSUER_RE.search(who.upper()) or "Tỉnh ủy" in who or "Tỉnh uỷ" in who:
                scores["party"] += 4
            break
    if max(scores.values()) <= 0:
        _weak_evidence(doc, seg, scores)
    best = max(scores, key=lambda k: scores[k])
    if scores[best] <= 0:
        return "unknown"
    if best == "state" and scores["mttq"] >= scores["state"]:
        return "mttq"
    return best


_ATTACHED_RE = re.compile(r"Kèm\s+theo\s+[^()]{0,60}?\bsố\s*(?P<sym>[\d\s.…]*[-/][^\s,)]*)", re.I)


def _weak_evidence(doc: Document, seg: Segments, scores: dict[str, float]) -> None:
    """An appendix or template sheet has no header of its own: use "(Kèm theo Quyết định số …/QĐ-UBND …)"
    and any national/Party header further down (templates) as weak evidence."""
    main = [p for p in doc.paragraphs if p.part in ("body", "table") and p.text.strip()]
    for p in main[:12]:
        m = _ATTACHED_RE.search(p.text)
        if m:
            sym = "Số " + m.group("sym")
            if _PARTY_NUMBER_RE.search(sym):
                scores["party"] += 1
            elif "MTT" in sym:
                scores["mttq"] += 1
            elif _STATE_NUMBER_RE.search(sym) or re.search(r"/[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ]", sym):
                scores["state"] += 1
            return
    text = "\n".join(p.text for p in main[:400])
    if re.search(r"CỘNG\s+H[OÒ]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", text):
        scores["state"] += 1
    elif _PARTY_RE_ANY.search(text):
        scores["party"] += 1


_PARTY_RE_ANY = re.compile(r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
