"""The heading outline of a document: numbered headings and items as a tree.

Built once per document from :mod:`tdnlint.analysis.segments` (``ctx.outline``).
Every numbered line of the body (and, separately, of each appendix) becomes an
:class:`Item`:

* ``part``    — "Phần I", "Phần thứ nhất", "Chương II", "Mục 1" (Roman numbering restarts under each)
* ``article`` — "Điều 1." (khoản numbering restarts under each)
* ``roman``   — "I. MỤC ĐÍCH, YÊU CẦU", Party style "I- …"
* ``arabic``  — "1. Mục đích", also numbered paragraphs (khoản)
* ``decimal`` — "1.1.", "2.2.1."
* ``letter``  — "a)", "đ)" (Vietnamese alphabet order)
* ``alpha``   — "A. MỤC ĐÍCH": capital-letter section headings (NĐ 30 wants Roman numerals there)

Each item knows its parent, so rules check sequences among siblings and that a
decimal item sits under the right parent ("1.1." directly under "2." is wrong).

Telling headings from list items: numbered lists inside running text restart
per sub-list and are normal.  An Arabic item that restarts at 1 right after a
short *heading* item (short line, no final period, bold when the reader knows)
is nested under it as a list rather than reported as a duplicate; a list that
restarts after an unnumbered paragraph is a new list, not a gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Document, Paragraph
from .segments import Segments, upper_ratio

VIET_LETTERS = "abcdđeghiklmnopqrstuvxy"  # NĐ 30: no f, j, w, z; đ included
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

_PART_RE = re.compile(
    r"^(?P<word>Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(?P<num>thứ\s+\w+|THỨ\s+\w+|[IVXLC]+|\d{1,2})\b\s*(?P<sep>[.:\-–]?)"
)
_ARTICLE_RE = re.compile(r"^(?P<word>Điều|ĐIỀU)\s+(?P<num>\d{1,3})(?P<sep>[.:\-–]?)\s*(?P<title>.*)$")
# the numeral ends at a space or separator: "XEM XONG", "LIÊN ĐOÀN" are words, not X and LI
_ROMAN_RE = re.compile(r"^(?P<num>[IVXLC]{1,7})(?![^\s.\-–/):,])(?P<sp>[ \t]*)(?P<sep>[.\-–/):,]?)[ \t]*(?P<title>\S.*)$")
_DECIMAL_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})(?P<sep>[.)/:]?)(?P<sp>[ \t]*)(?P<title>\S.*)$")
_ARABIC_RE = re.compile(r"^(?P<num>\d{1,2})(?P<sp0>[ \t]*)(?P<sep>[.)/:\-–]?)(?P<sp>[ \t]*)(?P<title>\S.*)$")
_ALPHA_RE = re.compile(r"^(?P<num>[A-ZĐ])(?P<sep>[.)\-–])[ \t]+(?P<title>\S.*)$")  # "A. MỤC ĐÍCH" (wrong level 1)
_LETTER_RE = re.compile(r"^(?P<num>[a-zđ])(?P<sep>[).])[ \t]+(?P<title>\S.*)$")
_NOTES_RE = re.compile(r"^\s*\**\s*(Ghi\s+chú|Chú\s+thích|Chú\s+giải|GHI\s+CHÚ)\s*:?\s*\**\s*$")
_TEMPLATE_RE = re.compile(r"^\s*(Mẫu\s|MẪU\s|Phụ\s+lục\s+[IVXLC\d]+\s*$|PHỤ\s+LỤC\s+[IVXLC\d]+\s*$)")
_ORDINALS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}


def roman_value(s: str) -> int | None:
    s = s.upper()
    if not s or any(c not in _ROMAN_VALUES for c in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        va = _ROMAN_VALUES[a]
        vb = _ROMAN_VALUES.get(b, 0)
        total += -va if va < vb else va
    if to_roman(total) != s:
        return None  # "IIII", "VX" … are not numerals
    return total


def to_roman(n: int) -> str:
    out = []
    for v, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


@dataclass(eq=False)
class Item:
    """One numbered heading or item.

    ``start``/``end`` delimit the number marker *with* its separator in the
    paragraph's analysis text ("II." in "II. NỘI DUNG"); ``num_end`` ends the
    number itself, so the separator is ``text[num_end:end]``.
    """

    paragraph: int  # index into document.paragraphs
    kind: str  # part | article | roman | arabic | decimal | letter
    label: str  # "II", "2", "2.1", "đ", "Phần thứ nhất"
    values: tuple[int, ...]  # (2,), (2, 1); letters: 1-based position in VIET_LETTERS (0 if not a Vietnamese letter)
    start: int
    num_end: int
    end: int
    sep: str  # ".", "-", "/", ")", ":" or "" (missing)
    title: str
    title_start: int
    heading: bool  # a heading (short, title-like) rather than a numbered paragraph / list item
    region: int = 0  # 0 = body, 1.. = n-th appendix
    parent: Item | None = field(default=None, repr=False)
    children: list[Item] = field(default_factory=list, repr=False)
    nested_list: bool = False  # an Arabic list restarted under an Arabic heading
    after_text: bool = False  # an unnumbered paragraph separates it from the previous numbered item
    # the number is Word's automatic list label (Paragraph.list_label), not typed text: the marker span is
    # empty (start == num_end == end) and no fix can rewrite it
    auto: bool = False

    @property
    def depth(self) -> int:
        return len(self.values) if self.kind == "decimal" else 1

    @property
    def level(self) -> int:
        """0 part/article, 1 roman, 2 arabic, 3 decimal x.y, 4 x.y.z …, letters one below their parent."""
        if self.kind in ("part", "article"):
            return 0
        if self.kind in ("roman", "alpha", "heading"):
            return 1
        if self.kind == "arabic":
            return 2 + (1 if self.nested_list else 0)
        if self.kind == "decimal":
            return 1 + len(self.values)
        return (self.parent.level + 1) if self.parent else 3


@dataclass
class Outline:
    document: Document
    items: list[Item] = field(default_factory=list)  # in reading order, all regions
    # Body paragraphs that look like section headings without a typed number: Word auto-numbered
    # headings (the reader does not render list numbers), "Heading 1" styles, short all-capitals lines.
    unnumbered_headings: list[int] = field(default_factory=list)

    def region(self, r: int) -> list[Item]:
        return [i for i in self.items if i.region == r]

    @property
    def body(self) -> list[Item]:
        return self.region(0)

    def roman_headings(self, region: int = 0) -> list[Item]:
        return [i for i in self.items if i.region == region and i.kind == "roman"]

    def level1_titles(self, region: int = 0) -> list[Item]:
        """Top-level section headings of the body (Roman; Arabic when a document has no Roman level)."""
        romans = [i for i in self.items if i.region == region and i.kind in ("roman", "alpha")]
        if romans:
            return romans
        arabic = [i for i in self.items if i.region == region and i.kind == "arabic" and i.heading
                  and i.parent is None and not i.nested_list]
        if arabic or region != 0:
            return arabic
        # auto-numbered or unnumbered capital headings: pseudo items so rules can still read the titles
        out = []
        for idx in self.unnumbered_headings:
            p = self.document.paragraphs[idx]
            t = p.text.strip().strip("*").strip()
            out.append(Item(idx, "heading", "", (0,), 0, 0, 0, "", t, 0, True))
        return out

    def siblings(self) -> list[list[Item]]:
        """Groups of items that are numbered as one sequence (same parent, same kind/depth)."""
        groups: dict[tuple, list[Item]] = {}
        order: list[tuple] = []
        for it in self.items:
            key = (it.region, id(it.parent), it.kind, it.depth, it.nested_list, _part_key(it))
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(it)
        return [groups[k] for k in order]

    def paragraph(self, item: Item) -> Paragraph:
        return self.document.paragraphs[item.paragraph]


_PART_RANK = {"PHẦN": 0, "CHƯƠNG": 1, "MỤC": 2}


def _part_key(it: Item) -> str:
    return it.label.split()[0].upper() if it.kind == "part" else ""


def _is_bold(p: Paragraph, start: int) -> bool | None:
    runs = [r for r in p.runs if r.end > start and p.text[r.start:r.end].strip()]
    if not runs or all(r.bold is None for r in runs):
        return None
    return bool(runs[0].bold)


def _looks_heading(p: Paragraph, title: str, start: int) -> bool:
    bold = _is_bold(p, start)
    if bold is True and len(title) < 250:
        return True
    t = title.rstrip()
    if len(t) > 120:
        return False
    if bold is False and len(t) > 60:
        return False
    return not t.endswith((".", ";", ",")) or len(t) < 40


def _parse_line(p: Paragraph) -> Item | None:
    it = _parse_typed(p)
    if it is not None or not p.list_label:
        return it
    return _parse_auto(p)


_AUTO_LABEL_RE = re.compile(r"^(?:[IVXLC]{1,7}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđA-ZĐ])[.)\-–]?$")


def _parse_auto(p: Paragraph) -> Item | None:
    """A paragraph numbered by Word (the label is not in the text): read the label as if typed, then move
    the marker to an empty span at the start of the text, so the item sits in the same sequence as typed
    labels around it ("1." automatic, then "2." typed) and no fix tries to rewrite Word's number."""
    label = (p.list_label or "").strip()
    if not _AUTO_LABEL_RE.match(label):
        return None  # bullets, "Điều %1." styles we do not read, pictures
    text = p.text.lstrip(" \t\u00a0*")
    lead = len(p.text) - len(text)
    probe = Paragraph(label + " " + text, index=p.index, runs=[], style=p.style)
    it = _parse_typed(probe)
    if it is None:
        return None
    shift = len(label) + 1
    it.start = it.num_end = it.end = lead
    it.title_start = max(lead, it.title_start - shift + lead)
    it.auto = True
    return it


def _parse_typed(p: Paragraph) -> Item | None:
    text = p.text
    lead = 0
    while lead < len(text) and text[lead] in " \t\u00a0*":
        lead += 1
    t = text[lead:]
    if not t:
        return None
    i = p.index
    # Each pattern is anchored and fixes the first character (Phần/Chương/Mục; Điều; a Roman numeral; A–Z, Đ;
    # a digit, \d = str.isdecimal; a–z, đ): only the patterns that can match that character are tried.
    c = t[0]
    ascii_upper = "A" <= c <= "Z"
    digit = c.isdecimal()
    m = _PART_RE.match(t) if c in "PCM" else None
    if m:
        num = m.group("num")
        word = m.group("word")
        if num.lower().startswith("thứ"):
            v = _ORDINALS.get(num.split()[-1].lower(), 0)
        elif num.isdigit():
            v = int(num)
        else:
            v = roman_value(num) or 0
        end = lead + m.end("num")
        title = t[m.end():].strip()
        if (title and not m.group("sep") and not (title[:1].isupper() or title[:1] in "“\"(")) or len(title) > 200:
            return None  # "Phần thứ nhất bao gồm …": a sentence about the part, not its heading
        return Item(i, "part", f"{word} {num}", (v,), lead, end, lead + m.end(), m.group("sep"), title,
                    lead + m.end(), True)
    m = _ARTICLE_RE.match(t) if c == "Đ" else None
    if m:
        return Item(i, "article", m.group("num"), (int(m.group("num")),), lead, lead + m.end("num"),
                    lead + m.end("sep"), m.group("sep"), m.group("title"), lead + m.start("title"), True)
    m = _ROMAN_RE.match(t) if c in "IVXLC" else None
    if m:
        v = roman_value(m.group("num"))
        title = m.group("title")
        sep = m.group("sep")
        letters = list(filter(str.isalpha, title))
        upper = sum(map(str.isupper, letters)) / len(letters) if letters else 0
        # "I. MỤC ĐÍCH" / "II- NỘI DUNG"; a bare space needs an upper-case title ("III TỔ CHỨC")
        # a lone "C" or "L" is a letter (100 and 50 sections do not happen); a lone "V" without a separator too
        lone_letter = (m.group("num") in ("C", "L")) or (m.group("num") == "V" and not sep)
        if v and title[:1].isupper() and (sep or upper > 0.8) and sep not in (",", ":") and not lone_letter:
            return Item(i, "roman", m.group("num"), (v,), lead, lead + m.end("num"),
                        lead + m.end("sep"), sep, title, lead + m.start("title"), upper > 0.6 or len(title) < 90)
    m = _ALPHA_RE.match(t) if ascii_upper or c == "Đ" else None
    if m and upper_ratio(m.group("title")) > 0.8:
        letter = m.group("num")
        pos = VIET_LETTERS.upper().find(letter) + 1
        return Item(i, "alpha", letter, (pos,), lead, lead + m.end("num"), lead + m.end("sep"), m.group("sep"),
                    m.group("title"), lead + m.start("title"), True)
    m = _DECIMAL_RE.match(t) if digit else None
    if m and (m.group("sep") or m.group("sp")):
        title = m.group("title")
        if title[:1].isupper() or title[:1] in "“\"(":
            vals = tuple(int(x) for x in m.group("num").split("."))
            if all(vals):
                return Item(i, "decimal", m.group("num"), vals, lead, lead + m.end("num"),
                            lead + m.end("sep"), m.group("sep"), title, lead + m.start("title"),
                            _looks_heading(p, title, lead))
    m = _ARABIC_RE.match(t) if digit else None
    if m:
        title = m.group("title")
        sep = m.group("sep")
        # "01/ĐKTĐ-HĐĐT", "3/4": a "/" glued to what follows is a code or a fraction, not "1/ Mục đích"
        ok_sep = sep in (".", ")") or (sep == "/" and m.group("sp")) or (sep in ("-", "–") and m.group("sp")) or (not sep and m.group("sp0"))
        if ok_sep and (title[:1].isupper() or title[:1] in "“\"") and int(m.group("num")) > 0:
            if not sep and _is_bold(p, lead) is not True:
                return None  # "1 Tên cơ quan …" is a footnote-style note unless it is set as a (bold) heading
            return Item(i, "arabic", m.group("num"), (int(m.group("num")),), lead, lead + m.end("num"),
                        lead + m.end("sep") if sep else lead + m.end("num"), sep, title, lead + m.start("title"),
                        _looks_heading(p, title, lead))
    m = _LETTER_RE.match(t) if "a" <= c <= "z" or c == "đ" else None
    if m:
        letter = m.group("num")
        pos = VIET_LETTERS.find(letter) + 1
        return Item(i, "letter", letter, (pos,), lead, lead + m.end("num"), lead + m.end("sep"), m.group("sep"),
                    m.group("title"), lead + m.start("title"), _looks_heading(p, m.group("title"), lead))
    return None


def build_outline(doc: Document, segments: Segments) -> Outline:
    out = Outline(document=doc)
    body = list(segments.basis) + list(segments.body) if not segments.body else list(segments.body)
    regions: list[list[int]] = [body]
    if segments.standalone_appendix:
        # an appendix / template sheet: each "Mẫu 1.2 …" or "Phụ lục II" starts its own numbering
        regions = []
        for i in body:
            if not regions or _TEMPLATE_RE.match(doc.paragraphs[i].text):
                regions.append([])
            regions[-1].append(i)
    if segments.appendix_start is not None:
        heads = set(segments.appendices)
        cur: list[int] | None = None
        main = [i for i in segments.main if i >= segments.appendix_start]
        for i in main:
            if i in heads or cur is None:
                cur = []
                regions.append(cur)
            cur.append(i)
    tail = set(segments.recipients) | set(segments.signature) | set(segments.kinh_gui)
    # quoted law text and sample wording are not this document's outline
    tail |= {i for a, b in getattr(segments, "embedded", ()) for i in range(a, b + 1)}
    grid = _grid_tables(doc)
    # paragraph index -> its parsed item, unplaced: each line is parsed once here and the item handed to
    # _pseudo_heads / _build_region (taken out when placed, so a paragraph read again is parsed again)
    parsed: dict[int, Item | None] = {}
    for i in body:
        p = doc.paragraphs[i]
        t = p.text.strip().strip("*").strip()
        if not t or i in tail:
            continue
        it = parsed[i] = _parse_line(p)
        if it is not None or len(t) > 120:
            continue
        styled = (p.style or "").lower().startswith(("heading", "tieu de", "tiêu đề")) or p.outline_level == 0
        if styled or (upper_ratio(t) > 0.9 and len(t.split()) >= 2 and not t.endswith((":", ";"))):
            out.unnumbered_headings.append(i)
    for r, paras in enumerate(regions):
        keep = [i for i in paras if i not in tail and not (doc.paragraphs[i].table and
                                                            doc.paragraphs[i].table[0] in grid)]
        _build_region(out, doc, keep, r, parsed)
    return out


def _grid_tables(doc: Document) -> set[int]:
    """Tables of data (3+ columns or 3+ rows): their numbered cells ("1", "2" in an STT column, sample
    layouts) are not headings of the document.  Borderless 1–2 column layout tables (header block,
    signature, a body laid out in a frame) are kept."""
    rows: dict[int, int] = {}
    cols: dict[int, int] = {}
    for p in doc.paragraphs:
        if p.table:
            t, r, c = p.table
            rows[t] = max(rows.get(t, 0), r + 1)
            cols[t] = max(cols.get(t, 0), c + 1)
    return {t for t in rows if rows[t] >= 3 or cols[t] >= 3}


def _parsed(doc: Document, i: int, parsed: dict[int, Item | None]) -> Item | None:
    """The item of paragraph ``i``, parsed once (kept in ``parsed`` until placed)."""
    if i in parsed:
        return parsed[i]
    it = parsed[i] = _parse_line(doc.paragraphs[i])
    return it


def _build_region(out: Outline, doc: Document, paras: list[int], region: int,
                  parsed: dict[int, Item | None] | None = None) -> None:
    if parsed is None:
        parsed = {}
    pseudo_heads = _pseudo_heads(out, doc, paras, region, parsed)
    cur = _Cursor(region)
    for idx in paras:
        p = doc.paragraphs[idx]
        if not p.text.strip():
            continue
        if _NOTES_RE.match(p.text):
            cur.in_notes = True  # "Ghi chú:" legends number their notes freely (they may continue another list)
            continue
        if idx in pseudo_heads:
            cur.pseudo_heading(idx, p)
            continue
        it = parsed.pop(idx) if idx in parsed else _parse_line(p)
        if cur.in_notes:
            if (it is not None and it.kind in ("arabic", "decimal", "letter")) or re.match(r"^\s*(\d|\*|-)", p.text):
                continue
            cur.in_notes = False
        if it is None:
            cur.unnumbered(p)
            continue
        cur.place(it)
        out.items.append(it)


def _pseudo_heads(out: Outline, doc: Document, paras: list[int], region: int,
                  parsed: dict[int, Item | None] | None = None) -> set[int]:
    """Unnumbered headings that act as level-1 parents in a region without a Roman level.

    A body whose level-1 headings carry no number in the text (Word list numbering the reader does not
    render, "MỤC ĐÍCH, YÊU CẦU" styled Heading 1) restarts "1., 2." under each of them.  Each such heading
    becomes a pseudo parent (kind "heading", never added to ``out.items``), so the lists under two headings
    are two sequences (no false TDN511 duplicates) and the "1. Mục đích" items are not taken for level 1
    (level1_titles falls back to the headings: no false TDN501).  Only when the region has no Roman level.
    """
    if region == 0 and out.unnumbered_headings:
        memo = {} if parsed is None else parsed
        items = [_parsed(doc, i, memo) for i in paras]
        if not any(it is not None and it.kind in ("roman", "alpha", "part", "article") for it in items):
            return set(out.unnumbered_headings) & set(paras)
    return set()


class _Cursor:
    """The open items at each level while a region is read top to bottom."""

    def __init__(self, region: int) -> None:
        self.region = region
        self.part: Item | None = None
        self.parts: dict[int, Item] = {}  # rank (Phần 0, Chương 1, Mục 2) → open part heading
        self.article: Item | None = None
        self.roman: Item | None = None
        self.arabic: Item | None = None  # last Arabic item at the outer level
        self.arabic_list: Item | None = None  # last item of a nested Arabic list
        self.decimals: dict[int, Item] = {}  # depth → last decimal item
        self.last_numbered: Item | None = None
        self.text_since = False  # an unnumbered paragraph came after the last numbered item
        self.pending_part: Item | None = None
        self.in_notes = False
        self.seen_alpha = False

    def pseudo_heading(self, idx: int, p: Paragraph) -> None:
        t = p.text.strip().strip("*").strip()
        self.roman = Item(idx, "heading", "", (0,), 0, 0, 0, "", t, 0, True)
        self.roman.region = self.region
        self.arabic, self.arabic_list, self.last_numbered, self.text_since = None, None, None, False
        self.decimals.clear()

    def unnumbered(self, p: Paragraph) -> None:
        if self.pending_part is not None and upper_ratio(p.text) > 0.8 and len(p.text.strip()) < 200:
            # "Phần thứ nhất" on one line, its title in capitals on the next
            self.pending_part.title = p.text.strip().strip("*").strip()
            self.pending_part = None
            return
        self.pending_part = None
        self.text_since = True

    def place(self, it: Item) -> None:
        """Give ``it`` its region, parent and nesting, and make it the open item of its level."""
        it.region = self.region
        it.after_text = self.text_since
        if it.kind == "alpha":
            self.seen_alpha = True
        elif it.kind == "roman" and self.seen_alpha and len(it.label) == 1 and it.label in "CLVX":
            # "A. … B. … C. …": C is the third letter heading here, not the Roman hundred
            it.kind, it.values = "alpha", (VIET_LETTERS.upper().find(it.label) + 1,)
        self.pending_part = it if it.kind == "part" and not it.title else None
        if it.kind == "part":
            # Phần > Chương > Mục: "Mục 1" restarts in each Chương, "Chương I" may restart in each Phần
            rank = _PART_RANK.get(_part_key(it), 2)
            for k in [k for k in self.parts if k >= rank]:
                del self.parts[k]
            outer = [self.parts[k] for k in sorted(self.parts) if k < rank]
            it.parent = outer[-1] if outer else None
            self.parts[rank] = it
            self.part, self.roman, self.arabic, self.arabic_list, self.article = it, None, None, None, None
            self.decimals.clear()
        elif it.kind == "article":
            it.parent = self.part
            self.article, self.arabic, self.arabic_list = it, None, None
            self.decimals.clear()
        elif it.kind in ("roman", "alpha"):
            it.parent = self.part
            self.roman, self.arabic, self.arabic_list = it, None, None
            self.decimals.clear()
        elif it.kind == "arabic":
            self._place_arabic(it)
        elif it.kind == "decimal":
            d = len(it.values)
            it.parent = self.arabic if d == 2 else (self.decimals.get(d - 1) or self.arabic)
            self.decimals[d] = it
            for k in list(self.decimals):
                if k > d:
                    del self.decimals[k]
        elif it.kind == "letter":
            it.parent = _letter_parent(self.last_numbered)
        if it.parent is not None:
            it.parent.children.append(it)
        self.last_numbered = it
        self.text_since = False

    def _place_arabic(self, it: Item) -> None:
        outer_parent = self.roman or self.article or self.part
        nested = False
        if self.arabic_list is not None and not it.heading:
            # inside a nested list: it continues, or restarts after running text
            nested = it.values[0] == self.arabic_list.values[0] + 1 or (it.values[0] == 1 and self.text_since)
        elif self.arabic is not None and self.arabic.heading and not it.heading and it.values[0] == 1:
            # "1. Mục đích" followed by a numbered list restarting at 1: a list, not a duplicate
            nested = True
        if nested:
            it.nested_list = True
            it.parent = self.arabic
            self.arabic_list = it
        else:
            it.parent = outer_parent
            self.arabic, self.arabic_list = it, None
        self.decimals.clear()


def _letter_parent(last: Item | None) -> Item | None:
    """Letters hang under the nearest non-letter item."""
    while last is not None and last.kind == "letter":
        last = last.parent
    return last
