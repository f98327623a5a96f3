"""The title: type-name line ("KẾ HOẠCH", or "Kế hoạch" written in lower case), trích yếu (or the công văn
"V/v …" and its continuation), the QĐ enacting line, and the "Kính gửi:" block."""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Paragraph
from .types import Segments
from .vocabulary import (
    _ATTACHED_RE,
    _BASIS_RE,
    _KINH_GUI_RE,
    _MARKS_RE,
    _ROMAN_HEADING_RE,
    _SEPARATOR_RE,
    TYPE_NAMES,
    _norm_upper,
    _trim,
    _upper_ratio,
    kinh_gui_chunk,
)


def detect_type(text: str) -> str | None:
    """The document type if ``text`` is an upper-case type-name line ("HƯỚNG DẪN", "KẾ HOẠCH" …)."""
    t = _norm_upper(text.strip().strip("*").strip())
    if not t or len(t) > 40:
        return None
    if _upper_ratio(text) < 0.9:
        return None
    return _match_type(t)


@lru_cache(maxsize=1)
def _types_longest_first() -> tuple[tuple[str, str], ...]:
    """(normalised name, name as reported) for every type name, longest first (built once)."""
    return tuple((_norm_upper(name), name.replace("THOẢ", "THỎA").replace("UỶ", "ỦY"))
                 for name in sorted(TYPE_NAMES, key=len, reverse=True))


def _match_type(t: str) -> str | None:
    for norm, name in _types_longest_first():
        if t == norm or t == norm + ":" or (t.startswith(norm + " ") and len(t) <= len(norm) + 12):
            return name
    return None


def _detect_type_lower(text: str) -> str | None:
    """A type name written in lower/title case on its own line ("Kế hoạch"): a title-case error."""
    t = text.strip().strip("*").strip()
    if not t or len(t) > 20 or _upper_ratio(t) >= 0.9:
        return None
    u = _norm_upper(t)
    for name in TYPE_NAMES:
        if u == _norm_upper(name) and name not in ("THƯ",):
            return name.replace("THOẢ", "THỎA").replace("UỶ", "ỦY")
    return None


def _summary(seg: Segments, nonempty: list[Paragraph], title_pos: int | None) -> int:
    """Trích yếu (or V/v continuation) and the "Kính gửi" block; returns where the body may start."""
    pos = len(seg.header)
    if title_pos is not None:
        pos = title_pos + 1
        first_upper = None
        tp = nonempty[title_pos]
        if "\n" in tp.text and tp.text.split("\n", 1)[1].strip():
            seg.summary_lines.append(tp.index)  # the trích yếu shares the title's paragraph
            first_upper = False
        while pos < len(nonempty) and len(seg.summary_lines) < 6:
            p = nonempty[pos]
            t = p.text.strip().strip("*").strip()
            # the first line under the title is the trích yếu even when it opens like a basis line
            # ("Triển khai công tác …", "Thực hiện Nghị quyết …") unless it reads as one (Căn cứ, ends with ;/:)
            basis_like = _BASIS_RE.match(t) and (seg.summary_lines or t.startswith("Căn cứ")
                                                   or t.endswith((";", ":")) or len(t) > 200)
            if basis_like or _ROMAN_HEADING_RE.match(t) or _KINH_GUI_RE.match(t) \
                    or re.match(r"^(Phần|PHẦN|Chương|CHƯƠNG|Điều|Mục)\s", t):
                break
            if _SEPARATOR_RE.match(t) or _ATTACHED_RE.match(t):
                pos += 1  # rules, and "(Ban hành kèm theo …)" under an attached regulation's title
                if seg.summary_lines:
                    break
                continue
            upper = _upper_ratio(t) > 0.9
            if seg.summary_lines:
                if first_upper is False and upper:
                    # QĐ: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" after a sentence-case trích yếu
                    if len(t) < 120 and not t.endswith(":") and seg.doc_type in ("QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ"):
                        s, e = _trim(p.text)
                        seg.enacting_line = (p.index, s, e)
                        pos += 1
                    break
                if t.endswith(":") or len(t) > 150 or (_is_bold(p) is False and _is_bold(nonempty[pos - 1])):
                    break
            elif len(t) > 260:
                break
            seg.summary_lines.append(p.index)
            if first_upper is None:
                first_upper = upper
            pos += 1
            if t.endswith((".", ";", ":")):
                break
    elif seg.vv_line is not None:
        k0 = next(k for k, p in enumerate(nonempty) if p.index == seg.vv_line[0])
        seg.summary_lines.append(nonempty[k0].index)
        marks = {x[0] for x in (seg.national_header, seg.motto, seg.party_header, seg.number_line, seg.date_line) if x}
        k = k0 + 1
        while k < len(nonempty) and k <= k0 + 3:
            p = nonempty[k]
            t = p.text.strip()
            if p.index in marks or _KINH_GUI_RE.match(t) or _BASIS_RE.match(t) or len(t) > 90 \
                    or _SEPARATOR_RE.match(t) or _upper_ratio(t) > 0.8:
                break
            seg.summary_lines.append(p.index)
            k += 1
        pos = max(k, len(seg.header))
        while pos < len(nonempty) and _SEPARATOR_RE.match(nonempty[pos].text.strip()):
            pos += 1
    # An urgency / circulation stamp ("KHẨN", "HỎA TỐC", "LƯU HÀNH NỘI BỘ") typed on its own line between the
    # header and "Kính gửi:" is not body text: without this skip a correct công văn lost its Kính gửi block.
    # (_MARKS_RE ignores case: only an all-capitals stamp is skipped, never a sentence such as "Mật độ …")
    while pos < len(nonempty) and len(nonempty[pos].text.strip()) < 40 \
            and _MARKS_RE.match(nonempty[pos].text.strip()) and _upper_ratio(nonempty[pos].text) > 0.9:
        pos += 1
    # "V/v …⇥Kính gửi: …" (two columns exported to text): the addressee column shares the V/v line
    if seg.vv_line is not None \
            and kinh_gui_chunk(next(p.text for p in nonempty if p.index == seg.vv_line[0])) is not None:
        seg.kinh_gui.append(seg.vv_line[0])
    # Kính gửi block; a công điện names its addressees after "<SENDER> điện:" in the same place
    while pos < len(nonempty) and (_KINH_GUI_RE.match(nonempty[pos].text) or (
            seg.doc_type == "CÔNG ĐIỆN" and _DIEN_RE.search(nonempty[pos].text))):
        seg.kinh_gui.append(nonempty[pos].index)
        pos += 1
        while pos < len(nonempty) and len(nonempty[pos].text) < 160 and (
            nonempty[pos].text.strip().startswith(("-", "+", "•"))
            or (len(seg.kinh_gui) == 1 and not nonempty[pos - 1].text.split(":", 1)[-1].strip()
                and len(nonempty[pos].text.strip()) < 100)
        ):
            seg.kinh_gui.append(nonempty[pos].index)
            pos += 1
    return pos


_DIEN_RE = re.compile(r"^.{3,150}\bđiện\s*:\s*$")


def _is_bold(p: Paragraph) -> bool | None:
    runs = [r for r in p.runs if p.text[r.start:r.end].strip()]
    if not runs or all(r.bold is None for r in runs):
        return None
    return all(bool(r.bold) for r in runs)
