"""The header block: national header and motto (or the Party header), issuer lines, the own number line and
the place-and-date line, found in the first paragraphs of the main story up to the title."""

from __future__ import annotations

import re

from ...model import Paragraph
from .title import _detect_type_lower, detect_type
from .types import DateLine, NumberLine, Segments
from .vocabulary import (
    _ATTACHED_RE,
    _BASIS_RE,
    _DATE_RE,
    _KINH_GUI_RE,
    _MARKS_RE,
    _MOTTO_RE,
    _NATIONAL_LOOSE_RE,
    _NATIONAL_RE,
    _NUMBER_RE,
    _ORG_RE,
    _PART_HEAD_RE,
    _PARTY_RE,
    _ROMAN_HEADING_RE,
    _SEPARATOR_RE,
    _VV_RE,
    HEADER_SCAN,
    NATIONAL_HEADER,
    _trim,
    _upper_ratio,
    chunks,
    fold,
    kinh_gui_chunk,
)


def parse_number(p: Paragraph) -> NumberLine | None:
    starts = {s for s, _ in chunks(p.text)}
    for m in _NUMBER_RE.finditer(p.text):
        # only at the start of a line or of a tab/space-separated chunk ("(Kèm theo Quyết định số …)" is prose),
        # and the symbol must look like a code (capital letters), not prose ("số 5 - 7 người")
        if m.start() in starts and re.search(r"[A-ZĐ]{2,}|…", m.group("sym")):
            return _number_line(p, m)
    return None


def _number_line(p: Paragraph, m: re.Match) -> NumberLine:
    s, e = m.start(), m.end()
    i = p.index
    return NumberLine(
        span=(i, s, e),
        label=m.group("label"),
        colon=m.group("colon"),
        number=m.group("num"),
        symbol=m.group("sym"),
        number_span=(i, m.start("num"), m.end("num")),
        symbol_span=(i, m.start("sym"), m.end("sym")),
    )


def parse_date(p: Paragraph, start: int = 0, strict: bool = False) -> DateLine | None:
    """The place-and-date line in ``p`` (from ``start``).

    ``strict`` (the header scan): the line must be a place-and-date line of its own, i.e. start a line or a
    tab-separated chunk and end it ("Hà Nội, ngày 05 tháng 01 năm 2025"); a date inside a sentence or a
    caption ("(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2025)", "(Điều 1 Thông tư … ngày …)") is not.
    """
    text = p.text
    bounds = chunks(text) if strict else []
    for m in _DATE_RE.finditer(text, start):
        rest = m.group("rest")
        if "tháng" not in rest and not re.search(r"\d", rest):
            continue
        place = m.group("place")
        if place is not None:
            place = place.strip()
        i = p.index
        s = m.start("place") if m.group("place") else m.start("ngay")
        end = m.end()
        while end > s and text[end - 1] in " \t_":
            end -= 1
        if strict and not any(cs == s and not text[end:ce].strip(" .)…_") for cs, ce in bounds):
            continue
        place_span = (i, m.start("place"), m.start("place") + len(m.group("place").rstrip())) if m.group("place") else None
        line = DateLine(
            span=(i, s, end),
            place=place or None,
            place_span=place_span,
            comma=m.group("comma") is not None,
            date_text=text[m.start("ngay"):end],
            date_span=(i, m.start("ngay"), end),
        )
        _parse_value(line, text, m.end("ngay"))
        return line
    return None


def _parse_value(line: DateLine, text: str, pos: int) -> None:
    """Day, month, year and the calendar date, read by the shared date parser (tdnlint.analysis.dates)."""
    from ..dates import date_from_match, match_date  # late: dates imports this package

    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    m = match_date(text, pos)
    if m is None:
        # "ngày     tháng     năm" / "năm 20…": left for the văn thư
        line.blank = "tháng" in line.date_text and not re.match(r"ngày[ \t]*\d", line.date_text)
        return
    ref = date_from_match(m, line.span[0])
    line.day, line.month, line.year = ref.day, ref.month, ref.year
    line.blank = ref.blank
    line.value = ref.date


# ---- the header block, in phases ----------------------------------------------------------------


def header_and_title(seg: Segments, nonempty: list[Paragraph]) -> int | None:
    """Find header items and the title; returns the position of the title in ``nonempty``."""
    title_pos = _scan(seg, nonempty)
    header_end = _header_end(seg, nonempty, title_pos)
    seg.header = [p.index for p in nonempty[:header_end]]
    _issuers(seg, nonempty[:header_end])
    _standalone_appendix(seg, nonempty)
    return title_pos


def _scan(seg: Segments, nonempty: list[Paragraph]) -> int | None:
    """Phase 1: header items of each early paragraph, until the type-name line (the title) or the body."""
    title_pos = None
    lower_title: tuple[int, str] | None = None
    limit = min(len(nonempty), HEADER_SCAN + 8)
    for k in range(limit):
        p = nonempty[k]
        text = p.text
        if k < HEADER_SCAN:
            _header_items(seg, p)
        head = text.split("\n")[0]  # "KẾ HOẠCH\nVề …" typed with a line break (w:br) in one paragraph
        dtype = detect_type(head)
        if dtype and (k == 0 or not _BASIS_RE.match(text)):
            s, e = _trim(head)
            seg.title = (p.index, s, e)
            seg.doc_type = dtype
            title_pos = k
            break
        if lower_title is None and k < HEADER_SCAN:
            lt = _detect_type_lower(text)
            if lt:
                lower_title = (k, lt)
        if seg.vv_line is None and k < HEADER_SCAN:
            _vv_line(seg, p)
        if _BASIS_RE.match(text) or _ROMAN_HEADING_RE.match(text) or _KINH_GUI_RE.match(text) \
                or _PART_HEAD_RE.match(text):
            break  # the body has begun: a "QUY ĐỊNH CHUNG" chapter title below is not the type name
        if len(text.strip()) > 200:
            break
    if title_pos is None and lower_title is not None:
        k, lt = lower_title
        p = nonempty[k]
        s, e = _trim(p.text)
        seg.title = (p.index, s, e)
        seg.doc_type = lt
        seg.title_upper = False
        title_pos = k
    return title_pos


def _header_items(seg: Segments, p: Paragraph) -> None:
    """National header, motto, Party header, number line and date line found in ``p`` (first of each kind)."""
    text = p.text
    if seg.national_header is None:
        m = _NATIONAL_RE.search(text) or _NATIONAL_LOOSE_RE.search(text)
        if m:
            seg.national_header = (p.index, m.start(), m.end())
        else:
            seg.national_header = _national_typo(p)
    if seg.motto is None:
        m = _MOTTO_RE.search(text)
        if m:
            seg.motto = (p.index, m.start(), m.end())
    if seg.party_header is None:
        m = _PARTY_RE.search(text)
        if m and _upper_ratio(m.group(0)) > 0.5 and len(text.strip()) < 80:
            seg.party_header = (p.index, m.start(), m.end())
    if seg.number is None and not _BASIS_RE.match(text) and len(text.strip()) < 200:
        n = parse_number(p)
        if n is not None:
            seg.number = n
            seg.number_line = n.span
    if seg.date is None and not _BASIS_RE.match(text) and len(text.strip()) < 200:
        start = seg.number.span[2] if seg.number and seg.number.span[0] == p.index else 0
        d = parse_date(p, start, strict=True)
        if d is not None:
            seg.date = d
            seg.date_line = d.span


# The national header without its diacritics and spaces: a typo'd header ("CHỦ NGHỈA", "VIỆT NA", "NGHĨAVIỆT")
# is still the header line, so TDN102 reports the typo instead of TDN101 reporting the header as missing.
_NATIONAL_FOLDED = fold(NATIONAL_HEADER).replace(" ", "")


def _national_typo(p: Paragraph) -> tuple[int, int, int] | None:
    """A header-block cell in capitals within two slips (letter or tone typed wrong, dropped, added, or a lost
    space) of the national header.  Folding drops tone marks, so a wrong tone alone costs nothing here; TDN102
    compares the exact text."""
    for s, e in chunks(p.text):
        t = p.text[s:e]
        if not 20 <= len(t) <= 45 or _upper_ratio(t) < 0.85:
            continue
        if _edit_distance(fold(t).replace(" ", ""), _NATIONAL_FOLDED, 2) <= 2:
            return (p.index, s, e)
    return None


def _edit_distance(a: str, b: str, bound: int) -> int:
    """Levenshtein distance with an adjacent transposition counted as one slip; stops early above ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > bound:
            return bound + 1
        prev2, prev = prev, cur
    return prev[-1]


def _vv_line(seg: Segments, p: Paragraph) -> None:
    # the V/v line may also be a chunk of a header cell typed as one paragraph with line breaks
    # ("ỦY BAN NHÂN DÂN⏎TỈNH A⏎Số: 12/UBND-VX⏎V/v …"): a false TDN117 on a correct công văn otherwise
    # In a two-column layout exported to text the addressee may share the line: "V/v …⇥Kính gửi: …"; the
    # summary then ends where that column begins.
    text = p.text
    if _VV_RE.match(text):
        cut = kinh_gui_chunk(text)
        spans = [_trim(text[:cut] if cut is not None else text)]
    else:
        spans = [c for c in chunks(text) if "\n" in text and _VV_RE.match(text[c[0]:c[1]])][:1]
    for s, e in spans:
        seg.vv_line = (p.index, s, e)



def _header_end(seg: Segments, nonempty: list[Paragraph], title_pos: int | None) -> int:
    """Phase 2: where the header block ends (the title, or after its last recognised item)."""
    header_end = title_pos if title_pos is not None else 0
    if title_pos is None:
        marks = [x[0] for x in (seg.national_header, seg.motto, seg.party_header, seg.number_line, seg.date_line) if x]
        if seg.vv_line:
            marks.append(seg.vv_line[0])
        if marks:
            last = max(marks)
            header_end = next((k + 1 for k, p in enumerate(nonempty) if p.index == last), 0)
            if seg.vv_line and seg.vv_line[0] == last:
                header_end -= 1  # the V/v line itself is the summary, not the header
    return header_end


def _issuers(seg: Segments, header: list[Paragraph]) -> None:
    """Phase 3: issuer lines (upper-case chunks of the header that are no other header item)."""
    for p in header:
        for s, e in chunks(p.text):
            if _is_issuer_chunk(p, s, e, seg):
                seg.issuer.append((p.index, s, e))
    if not seg.issuer:
        _lowercase_issuers(seg, header)


def _lowercase_issuers(seg: Segments, header: list[Paragraph]) -> None:
    # an issuer typed in lower case ("Ủy ban nhân dân xã A") is there, only badly written
    follow = False
    for p in header:
        for s, e in chunks(p.text):
            t = p.text[s:e]
            if _overlaps_header_item(seg, p, s, e):
                # the other column of a two-column header (national header, motto) sits between an issuer
                # line and its continuation ("Ủy ban nhân dân <tab> CỘNG HÒA …" / "xã A <tab> Độc lập …")
                continue
            if len(t) > 80 or _SEPARATOR_RE.match(t):
                follow = False
                continue
            if _ORG_RE.match(t) or (follow and re.match(r"^(xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|"
                                                        r"tỉnh|Xã|Phường|Huyện|Quận|Tỉnh|Thành\s+phố)\b", t)):
                seg.issuer_lowercase.append((p.index, s, e))
                follow = True
            else:
                follow = False


def _standalone_appendix(seg: Segments, nonempty: list[Paragraph]) -> None:
    """Phase 4: a file that starts with "Phụ lục …" (or is attached "kèm theo" another document) and has no
    header of its own is an appendix / template sheet."""
    first = nonempty[0].text.strip().strip("*").strip()
    attached = any(_ATTACHED_RE.match(p.text) for p in nonempty[:6])
    if not (seg.national_header or seg.party_header) and (attached or re.match(r"^(Phụ\s+lục|PHỤ\s+LỤC|Mẫu\s+số|MẪU\s+SỐ)\b", first)):
        seg.standalone_appendix = True
        # "(Kèm theo Quyết định số …/QĐ-UBND ngày …)" and the appendix title are not a header block;
        # an attached regulation ("QUY CHẾ … (Ban hành kèm theo Quyết định …)") keeps its title
        seg.number = seg.number_line = seg.date = seg.date_line = None
        seg.issuer = []
        seg.issuer_lowercase = []


def _overlaps_header_item(seg: Segments, p: Paragraph, s: int, e: int) -> bool:
    for sp in (seg.national_header, seg.motto, seg.party_header, seg.number_line, seg.date_line, seg.vv_line):
        if sp and sp[0] == p.index and sp[1] < e and s < sp[2]:
            return True
    return False


def _is_issuer_chunk(p: Paragraph, s: int, e: int, seg: Segments) -> bool:
    t = p.text[s:e]
    if not t or _SEPARATOR_RE.match(t) or len(t) < 3:
        return False
    if _overlaps_header_item(seg, p, s, e):
        return False
    if _NATIONAL_LOOSE_RE.search(t) or _MOTTO_RE.search(t) or _MARKS_RE.match(t) or detect_type(t):
        return False
    return _upper_ratio(t) > 0.85
