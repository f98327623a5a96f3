"""Spacing problems of a document, found in ONE pass (``ctx.spacing``; rules TDN201–TDN207 report them).

The text paragraphs are joined with "\\n" (whitespace to every pattern, so no match crosses a
paragraph) and one regex scan (``_ANCHOR``; capitals in a second, ``_CAPITAL_ANCHOR``) finds every place
a spacing problem can hang on; each kind's detailed pattern is then tried only there, and the few matches go through Python, mapped back
to their paragraph with a bisect.  This replaced seven rules each walking every paragraph with its
own patterns (nine scans per document): 0.82 → 0.43 ms CPU per seed-sized draft.

What is *not* a spacing slip (precision, each a class of text, never a phrase):

- layout: header-block lines, tab-laid lines, padded rows of a pipe table, gaps of four or more spaces (tab
  stops made of spaces);
- blanks left for the clerk (văn thư) in drafts and templates: "ngày   tháng   năm", "Số:   /KH-UBND",
  a gap beside a dot leader ("Số:  …/…", "của… )"), an empty "(   )" or a check box "[ ]";
- URLs, e-mail addresses, file names (``Protected``) and cited document symbols (``ctx.citations``:
  "12/KH- UBND" is TDN302's, one fix per problem);
- brand and product names written in camel case ("CamScanner", "MobiFone"): an ASCII word whose halves
  are not both Vietnamese syllables is not two glued Vietnamese words;
- a heading ("Điều 5.", "Chương II", "Mục 3") glued after a full stop: a lost paragraph break (flattened
  text), which a space would not mend;
- formula subscripts ("Pj,t", "li,j,h,g") and HTML entities ("&amp;") are not sentence punctuation;
- a code written with a stray space at its hyphen ("TC- NSNN", "08- MST") is reported, but the fix closes
  the gap ("TC-NSNN") instead of opening the other side.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Paragraph
from ..vietnamese.orthography import parse

if TYPE_CHECKING:
    from ..context import Context

VI_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VI_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
VI_LETTER = VI_LOWER + VI_UPPER
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

# Kinds, one per rule (the rule's name).
MISSING_AFTER = "missing-space-after-punctuation"  # TDN201
SPACE_BEFORE = "space-before-punctuation"  # TDN202
INSIDE_BRACKETS = "space-inside-brackets"  # TDN203
DOUBLE_SPACE = "double-space"  # TDN204
GLUED_DIGITS = "glued-digits"  # TDN205
GLUED_CAPITAL = "glued-capital"  # TDN206
DASH = "dash-spacing"  # TDN207
KINDS = (MISSING_AFTER, SPACE_BEFORE, INSIDE_BRACKETS, DOUBLE_SPACE, GLUED_DIGITS, GLUED_CAPITAL, DASH)

# ---- patterns (analysis text of all paragraphs joined by "\n") --------------------------------------
# TDN201: , ; : directly followed by a letter; "." between a lower-case word and a capitalised word.
_MISSING_AFTER = re.compile(
    rf"(?<=[{VI_LETTER}\d)”\"])([,;:])(?=[{VI_LETTER}])"
    rf"|(?<=[{VI_LOWER}]{{2}})(\.)(?=[{VI_UPPER}][{VI_LOWER}])"
)
# a heading word and its number right after the glued full stop: a lost paragraph break
_HEADING_AFTER = re.compile(r"(?:Điều|Chương|Mục|Phần|Tiểu mục|Phụ lục|ĐIỀU|CHƯƠNG|MỤC|PHẦN)\s+[\dIVXLC]")
# a single lower-case index letter after a comma ("j,t", "i,j,h"): formula subscripts
_INDEX_AFTER = re.compile(r"[a-z](?![^\W\d_])")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_ENTITY_BEFORE = re.compile(r"&(?:[a-z]+|#\d+)$")
# TDN202: spaces between a word and , ; : . ! ? — but not "./." closings or "…" ellipses.
_SPACE_BEFORE = re.compile(rf"(?<=[{VI_LETTER}\d)])([ \u00a0]+)([,;:!?]|\.(?![/.]))(?=\s|$|[{VI_LETTER}])")
# ".docx", ".pdf", ".vn" after a space is a file extension / domain, not a full stop with a space before it.
# Plain ASCII only, so a misplaced stop before a Vietnamese word ("các ban .đơn vị") is still reported.
_EXTENSION = re.compile(r"\.[a-z0-9]{2,5}\b")
# TDN203
_OPEN = re.compile(r"([(\[“])([ \u00a0]+)(?=\S)")
_CLOSE = re.compile(r"(?<=\S)([ \u00a0]+)([)\]”])")
_PAIR = {"(": ")", "[": "]", "“": "”"}
# TDN204: 2-3 spaces between two visible characters; wider gaps are deliberate layout.
_DOUBLE = re.compile(r"(?<=\S)( {2,3})(?=\S)")
# a table row written with pipes ("| a  | b |"): its cells are padded with spaces to line up
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# a date or number left blank for the clerk: "ngày   tháng   năm", "tháng  năm 2025"
_DATE_WORD_BEFORE = re.compile(r"(?:ngày|tháng|Ngày|Tháng)$")
_DATE_WORD_AFTER = re.compile(r"(?:tháng|năm|Tháng|Năm)\b")
# a blank to fill in a template: a dot leader or ellipsis ("……", "....", "___") next to the gap
_PLACEHOLDER = re.compile(r"…|\.\.|__")
# TDN205: a number glued to a following Vietnamese word ("04/03/2021của"), a word glued to a number ("ngày05")
_DIGIT_WORD = re.compile(rf"(?<=\d)([{VI_LOWER}][{VI_LOWER}]+)\b")
_NUMBER_WORDS = r"ngày|Ngày|tháng|Tháng|năm|Năm|số|Số|khóa|khoá|Khóa|lần|kỳ|đoạn|Điều|điều|khoản|Khoản|Mục|mục|Phần|phần"
_WORD_DIGIT = re.compile(rf"\b({_NUMBER_WORDS})(\d)")
# one of those words glued before the number ("ngày15/4/2025tại"): a second slip, not an identifier
_NUMBER_WORD_BEFORE = re.compile(rf"\b(?:{_NUMBER_WORDS})$")
# Patterns anchored at the end of a prefix (search(text, lo, end)) whose match has a bounded length are searched
# from ``end`` minus that length, not from the start of the paragraph: the look-behind / \b they start with made
# the engine try every position of the prefix, once per candidate (quadratic on a long paragraph).
_NUMBER_WORD_LONGEST = max(map(len, _NUMBER_WORDS.split("|")))
_DATE_WORD_LONGEST = 5  # "tháng", "Tháng" (_DATE_WORD_BEFORE)
_UNITS = frozenset({"đ", "km", "ha", "kg", "tr", "trđ", "ml", "cm", "mm", "kw", "kwh", "mw", "gb", "mb", "th", "st",
                    "nd", "rd", "kv", "dm", "m", "h", "p", "g", "tỷ", "ngàn", "nghìn", "triệu", "giờ", "phút"})
_ASCII_WORDS = frozenset({"va", "cua", "ve", "theo", "trong", "tai", "cho", "den", "nam", "ngay"})
# TDN206: "BanThường", "tỉnhBan": a lower-case letter directly followed by a capitalised syllable.
_GLUED_CAPITAL = re.compile(rf"\b([{VI_UPPER}]?[{VI_LOWER}]+)([{VI_UPPER}][{VI_LOWER}]+)\b")
# brand names, codes and abbreviations with Vietnamese halves that legitimately mix cases
GLUED_ALLOWED = frozenset({
    "iPhone", "iPad", "iOS", "YouTube", "TikTok", "Facebook", "PowerPoint", "VnExpress", "VNeID", "eKYC",
    "LinkedIn", "WhatsApp", "WordPress", "JavaScript", "GitHub", "OpenAI", "ChatGPT", "McDonald", "MacBook",
    "PayPal", "VietinBank", "VietcomBank", "Vietcombank", "SeABank", "TPBank", "VPBank", "MBBank", "HDBank",
    "VinFast", "VinGroup", "VinHomes", "FanPage", "Fanpage", "ZaloPay", "MoMo", "SmartCity", "eGov", "eOffice",
    "iOffice", "mHealth", "eHealth", "QĐi", "ThU", "TxU", "CTr", "TTr", "QyĐ", "TrS", "BCĐi", "VietNamNet",
    "VietnamPlus", "VietNam", "HanoiTV", "YouTuber", "TikToker", "BlackBerry", "LibreOffice", "OneDrive",
})
_ALLOWED_PREFIXES = tuple(a for a in GLUED_ALLOWED if len(a) > 3)
# TDN207: a dash with a space on one side only, between two words or numbers: "2021 -2025", "kinh tế- xã hội".
_DASH = re.compile(rf"(?<=[{VI_LETTER}\d])( [-–—]|[-–—] )(?=[{VI_LETTER}\d])")
# "69 -HD/BTGTU" and "57- KL/TW" are document codes: the citation rules own those.
_CODE_AHEAD = re.compile(r"[A-ZĐ][A-Za-zĐđ]{0,5}/[A-ZĐ]")
# Heading numbers "I- MỤC ĐÍCH", "2- Nhiệm vụ", "a- …", "B- Nhóm …" (spec HD36-NUM-01): the dash belongs to
# the number.
_HEADING_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ]|[A-ZĐ])$")
# a code component: capitals and digits, no lower-case ("TC", "NSNN", "D1", "08", "BBHĐ")
_CODE_LEFT = re.compile(r"(?<![\w])[A-ZĐ0-9][A-ZĐ0-9]*$")
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ0123456789")
_CODE_RIGHT = re.compile(r"[A-ZĐ][A-ZĐ0-9]+(?![a-zà-ỹđ])")
_WORD_LEFT = re.compile(r"\S+$")


# The one scan: every place a spacing problem can be, found in a single pass of the regex engine over the
# document (capitals in a second one, _CAPITAL_ANCHOR).  It starts with one character class (the anchors: digits,
# punctuation, brackets, dashes),
# so the engine skips ahead in C, and cheap look-arounds keep only the anchors a problem can hang on.  Each kind's
# detailed pattern is then tried only at its anchors (``start`` in _Scan.matches says where its match begins).
_ANCHOR = re.compile(
    r"[0-9,;:.!?)\]”(\[“\-–—]"
    rf"(?:(?<=[0-9])(?=[{VI_LOWER}])"  # TDN205 "2021của"
    rf"|(?<=[{VI_LOWER}][0-9])"  # TDN205 "ngày05"
    rf"|(?<=[,;:.])(?=[{VI_LETTER}])"  # TDN201 "2021,Ban"
    r"|(?<=[ \u00a0][,;:!?.)\]”])"  # TDN202 "ban ,", TDN203 "BCĐ )"
    r"|(?<=[(\[“])(?=[ \u00a0])"  # TDN203 "( BCĐ"
    r"|(?<= [-–—])|(?<=[-–—])(?= )"  # TDN207 a dash with a space on (at least) one side
    r")"
)
# TDN206 "BanThường": a capital right after a lower-case letter.  Its own scan: in _ANCHOR every capital of the
# text stopped the engine to try the seven look-arounds above (two scans cost ~35 % less than the one).
_CAPITAL_ANCHOR = re.compile(rf"[{VI_UPPER}](?<=[{VI_LOWER}][{VI_UPPER}])")
_DOUBLE_NEED = re.compile("  ")  # TDN204: a literal, its own (fastest) scan
_KIND_OF_ANCHOR = {
    **dict.fromkeys("0123456789", ("digit",)),
    **dict.fromkeys(",;:.", ("after", "before")),
    **dict.fromkeys("!?)]”", ("before",)),
    **dict.fromkeys("([“", ("open",)),
    **dict.fromkeys("-–—", ("dash",)),
}


@dataclass(slots=True, frozen=True)
class SpacingIssue:
    kind: str  # one of KINDS (the reporting rule's name)
    paragraph: Paragraph
    start: int
    end: int
    replacement: str  # the fix of [start, end)
    mark: str  # the punctuation, bracket or dash concerned; for glued kinds the word
    detail: str = ""  # glued-digits: "after" ("2021của") or "before" ("ngày05")


class Spacing:
    """Spacing issues of one document by kind (``of(kind)``), in document order."""

    def __init__(self, issues: dict[str, list[SpacingIssue]]):
        self._issues = issues

    def of(self, kind: str) -> list[SpacingIssue]:
        return self._issues.get(kind, [])

    def __len__(self) -> int:
        return sum(map(len, self._issues.values()))


class _Scan:
    """The joined text and the filters every kind shares (protected spans, header spans, symbols)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.paragraphs = ctx.text_paragraphs()
        self.text = "\n".join(p.text for p in self.paragraphs)
        self.starts: list[int] = []
        pos = 0
        for p in self.paragraphs:
            self.starts.append(pos)
            pos += len(p.text) + 1
        self._header_spans: dict[int, list[tuple[int, int]]] | None = None
        self._symbols: dict[int, tuple[list[int], list[int]]] | None = None
        self._layout: set[int] | None = None
        self.issues: dict[str, list[SpacingIssue]] = {k: [] for k in KINDS}
        self.anchors: dict[str, list[int]] = {"digit": [], "after": [], "before": [], "open": [], "dash": [],
                                              "capital": []}
        for m in _ANCHOR.finditer(self.text):
            q = m.start()
            for kind in _KIND_OF_ANCHOR[self.text[q]]:
                self.anchors[kind].append(q)
        self.anchors["capital"] = [m.start() for m in _CAPITAL_ANCHOR.finditer(self.text)]
        self.anchors["double"] = [m.start() for m in _DOUBLE_NEED.finditer(self.text)]

    def matches(self, pattern: re.Pattern[str], anchors: str, start: str = "hit"):
        """(paragraph, offset of the paragraph in the joined text, match) of ``pattern`` outside protected and
        header spans.

        ``pattern`` (whose look-behind start would be tried at every position by ``finditer``) is only tried
        where a match can start, from the positions of ``anchors`` (the one scan, see _ANCHOR): ``start`` says
        where — "hit" (at the anchor), "after" (one past it), "spaces" or "letters" (back over the spaces /
        letters before it), "dash" (at it and one before).
        """
        found = self._at_hits(pattern, self.anchors[anchors], start)
        starts = self.starts
        for m in found:
            k = bisect.bisect_right(starts, m.start()) - 1
            p = self.paragraphs[k]
            base = starts[k]
            s, e = m.start() - base, m.end() - base
            if self.ctx.protected(p).overlaps(s, e) or self.in_header(p, s, e):
                continue
            yield p, base, m

    def _at_hits(self, pattern: re.Pattern[str], hits: list[int], start: str):
        text = self.text
        last_end = -1
        for q in hits:
            if start == "after":
                tries: tuple[int, ...] = (q + 1,)
            elif start == "spaces":
                while q > 0 and text[q - 1] in " \u00a0":
                    q -= 1
                tries = (q,)
            elif start == "letters":
                while q > 0 and text[q - 1].isalpha():
                    q -= 1
                tries = (q,)
            elif start == "dash":
                tries = (q - 1, q) if q else (q,)
            else:
                tries = (q,)
            for t in tries:
                if t < last_end:
                    continue  # inside the previous match (finditer semantics: matches never overlap)
                m = pattern.match(text, t)
                if m is not None:
                    last_end = m.end()
                    yield m
                    break

    def in_header(self, p: Paragraph, s: int, e: int) -> bool:
        if self._header_spans is None:
            seg = self.ctx.segments
            self._header_spans = {}
            for span in (seg.national_header, seg.motto, seg.party_header):
                if span:
                    self._header_spans.setdefault(span[0], []).append((span[1], span[2]))
        return any(a < e and s < b for a, b in self._header_spans.get(p.index, ()))

    def in_symbol(self, p: Paragraph, s: int, e: int) -> bool:
        """Inside (or touching) a cited document symbol: the citation rules' business."""
        if self._symbols is None:
            self._symbols = {}
            try:
                cites = self.ctx.citations
            except Exception:  # a citation-analysis failure must not silence the spacing rules
                cites = ()
            spans: dict[int, list[tuple[int, int]]] = {}
            for c in cites:
                sym = c.symbol
                spans.setdefault(sym.paragraph, []).append((sym.start, sym.end))
            # per paragraph: the starts in order and the largest end among the spans up to each, so the test
            # below is one bisect (a scan of every symbol per issue was quadratic in a long paragraph)
            for k, v in spans.items():
                v.sort()
                ends, top = [], -1
                for _a, b in v:
                    top = max(top, b)
                    ends.append(top)
                self._symbols[k] = ([a for a, _b in v], ends)
        hit = self._symbols.get(p.index)
        if hit is None:
            return False
        # some span with start <= e and end >= s
        k = bisect.bisect_right(hit[0], e)
        return k > 0 and hit[1][k - 1] >= s

    def layout(self, p: Paragraph) -> bool:
        """Header-block lines laid out with spaces/tabs, and rows of a Markdown (or plain-text) table padded to
        align their cells ("| Tân Hiệp A  | 300     |"): spacing there is layout, not typing."""
        if self._layout is None:
            self._layout = set(self.ctx.segments.header)
        return p.index in self._layout or "\t" in p.text or _TABLE_ROW.match(p.text) is not None

    def add(self, kind: str, p: Paragraph, s: int, e: int, replacement: str, mark: str, detail: str = "") -> None:
        if self.in_symbol(p, s, e):
            return
        self.issues[kind].append(SpacingIssue(kind, p, s, e, replacement, mark, detail))


def find_spacing(ctx: Context) -> Spacing:
    scan = _Scan(ctx)
    _missing_after(scan)
    _space_before(scan)
    _brackets(scan)
    _double(scan)
    _glued_digits(scan)
    if ctx.tokens.spelling_enabled:  # TCVN3/VNI text reads as Latin-1 ("QuyÕt"): TDN421 reports it once
        _glued_capital(scan)
    _dash(scan)
    for items in scan.issues.values():
        items.sort(key=lambda i: (i.paragraph.index, i.start))
    return Spacing(scan.issues)


def _missing_after(scan: _Scan) -> None:
    for p, base, m in scan.matches(_MISSING_AFTER, "after"):
        mark = m.group(1) or m.group(2)
        s = m.start() - base
        if mark == "." and _HEADING_AFTER.match(p.text, s + 1):
            continue  # "… quản lý.Điều 5." a heading run into the sentence before it: a lost line break
        if mark == "," and _INDEX_AFTER.match(p.text, s + 1) and _is_variable(p.text, s):
            continue  # "Pbpj,t", "Qj,t", "li,j,h,g": subscript indices of a formula, not a sentence
        if mark == ";" and _ENTITY_BEFORE.search(p.text, 0, s):
            continue  # "&amp;": an HTML entity left in the text (a hygiene matter), not punctuation
        scan.add(MISSING_AFTER, p, s, s + 1, mark + " ", mark)


def _is_variable(text: str, end: int) -> bool:
    """The letters before ``end`` are a formula variable ("Pbpj", "Qj", "VOMCb"), not a Vietnamese word."""
    m = _WORD_BEFORE.search(text, 0, end)
    if m is None:
        return False
    word = m.group()
    # a capital and at least two letters: "x,y" and "a,b" stay ordinary missing spaces
    return len(word) >= 2 and word.isascii() and not word.islower() and parse(word) is None


def _space_before(scan: _Scan) -> None:
    for p, base, m in scan.matches(_SPACE_BEFORE, "before", "spaces"):
        if len(m.group(1)) > 3:  # wide gaps are layout (tab stops made of spaces)
            continue
        mark = m.group(2)
        s, e = m.start(1) - base, m.end(2) - base
        if mark == "." and _EXTENSION.match(p.text, m.start(2) - base):
            continue
        scan.add(SPACE_BEFORE, p, s, e, mark, mark)


def _brackets(scan: _Scan) -> None:
    for p, base, m in scan.matches(_OPEN, "open"):
        s, e = m.start() - base, m.end() - base
        if p.text[e:e + 1] == _PAIR[m.group(1)]:
            continue  # "(      )", "[ ]": an empty blank or check box, not a typo
        scan.add(INSIDE_BRACKETS, p, s, e, m.group(1), m.group(1))
    for p, base, m in scan.matches(_CLOSE, "before", "spaces"):
        if len(m.group(1)) > 3:
            continue
        s, e = m.start() - base, m.end() - base
        if _blank_near(p.text, s, s) or _PAIR.get(p.text[s - 1:s]) == m.group(2):
            continue  # "(… của… )", "[ ]": a blank left in a template, an empty check box
        scan.add(INSIDE_BRACKETS, p, s, e, m.group(2), m.group(2))


def _blank_near(text: str, s: int, e: int) -> bool:
    """A template blank ("…", "....", "__") within three characters of the gap ``[s, e)``."""
    return _PLACEHOLDER.search(text, max(0, s - 3), s) is not None or \
        _PLACEHOLDER.search(text, e, e + 3) is not None


def _double(scan: _Scan) -> None:
    for p, base, m in scan.matches(_DOUBLE, "double"):
        if scan.layout(p):
            continue
        s, e = m.start() - base, m.end() - base
        text = p.text
        if text[e] == "/" or (_DATE_WORD_BEFORE.search(text, max(0, s - _DATE_WORD_LONGEST), s) and _DATE_WORD_AFTER.match(text, e)) \
                or _blank_near(text, s, e):
            continue  # "Số:   /KH-UBND", "ngày   tháng   năm", "Số:  …/…": a number or date left blank for the clerk
        scan.add(DOUBLE_SPACE, p, s, e, " ", m.group(1))


def _glued_digits(scan: _Scan) -> None:
    for p, base, m in scan.matches(_DIGIT_WORD, "digit", "after"):
        word = m.group(1)
        if word in _UNITS or word.rstrip("s") in _UNITS:
            continue
        if not _NON_ASCII.search(word) and word not in _ASCII_WORDS:
            continue
        # "9h30", ordinal "2a" style ids and codes like "4.0" are not matched (need ≥2 letters)
        s = m.start() - base
        text = p.text
        num_start = s
        while num_start > 0 and (text[num_start - 1].isdigit() or text[num_start - 1] in "/.-"):
            num_start -= 1
        if num_start > 0 and (text[num_start - 1].isalpha() or text[num_start - 1] in "-_"):
            if not _NUMBER_WORD_BEFORE.search(text, max(0, num_start - _NUMBER_WORD_LONGEST), num_start):
                continue  # inside an identifier such as "COVID19abc"
            # "ngày15/4/2025tại": the word before is glued too (its own issue, which ends on the number's first
            # digit); this fix takes only the last digit and the word ("5 tại"), so the two fixes never overlap
            last = s - 1 if s - 1 > num_start else s
            scan.add(GLUED_DIGITS, p, last, m.end() - base, f"{text[last:s]} {word}", word, "after")
            continue
        scan.add(GLUED_DIGITS, p, num_start, m.end() - base, f"{text[num_start:s]} {word}", word, "after")
    for p, base, m in scan.matches(_WORD_DIGIT, "digit", "letters"):
        word = m.group(1)
        scan.add(GLUED_DIGITS, p, m.start() - base, m.end() - base, f"{word} {m.group(2)}", word, "before")


def _glued_capital(scan: _Scan) -> None:
    for p, base, m in scan.matches(_GLUED_CAPITAL, "capital", "letters"):
        whole = m.group(0)
        if whole in GLUED_ALLOWED or whole.startswith(_ALLOWED_PREFIXES):
            continue
        left, right = m.group(1), m.group(2)
        if len(left) == 1:
            continue
        if _NON_ASCII.search(whole) is None:
            if len(left) < 3 or len(right) < 3:
                continue
            if parse(left) is None or parse(right) is None:
                continue  # "CamScanner", "MobiFone", "EverNet": a brand, not two Vietnamese words
        scan.add(GLUED_CAPITAL, p, m.start() - base, m.end() - base, f"{left} {right}", whole)


def _dash(scan: _Scan) -> None:
    for p, base, m in scan.matches(_DASH, "dash", "dash"):
        text = p.text
        s, e = m.start() - base, m.end() - base
        after = text[e:e + 12]
        before = text[max(0, s - 6):s]
        if _CODE_AHEAD.match(after) and before[-1:].isdigit():
            continue
        if s > 0 and text[:s].strip() == "":
            continue
        if m.group(1).startswith("-") and _HEADING_NUMBER.match(text[:s]):
            continue
        if before[-1:].isalpha() and after[:1].isdigit():
            continue  # a name with a number ("COVID -19", "F0 -F1"): one token, written without spaces (TDN406)
        dash = m.group(1).strip()
        # _CODE_LEFT matches a run of [A-ZĐ0-9] ending at s: search from the start of that run only
        run = s
        while run > 0 and text[run - 1] in _CODE_CHARS:
            run -= 1
        if _CODE_LEFT.search(text, run, s) and _CODE_RIGHT.match(text, e) and not (
                before[-1:].isdigit() and after[:1].isdigit()):
            # "TC- NSNN", "08- MST": a code's hyphen with a stray space: close the gap
            scan.add(DASH, p, s, e, dash, dash, "code")
            continue
        scan.add(DASH, p, s, e, f" {dash} ", dash)
