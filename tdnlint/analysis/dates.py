"""Dates, years and periods of a document: ``ctx.dates``.

Computed once per document by :func:`extract_dates` (one pass of a few
precompiled regexes over the main story and footnotes) and shared by every
rule and plugin.  Data classes (all positions are ``(paragraph index, start,
end)`` in analysis text, ``end`` exclusive):

``DateRef``
    one full date as written: ``day``/``month``/``year`` (``day``/``month`` are
    ``None`` when left blank in a draft: "ngày   tháng   năm 2024"), ``style``
    (``slash`` 15/6/2023, ``dash`` 15-6-2023, ``dot`` 15.6.2023, ``long``
    "15 tháng 6 năm 2023"), the digits as written (``day_text``,
    ``month_text``) to check zero padding, ``valid`` (a real calendar date),
    ``date`` (a :class:`datetime.date` or ``None``).
``YearMention``
    a year with its ``kind``: ``title`` (trích yếu / V/v: "… năm 2024"),
    ``heading`` (a Roman-numbered or all-capitals heading: "II. NHIỆM VỤ NĂM
    2025"), ``phrase`` (an explicit plan-year phrase: "trong năm 2025").
``Period``
    "2021 – 2030": ``first``, ``second``, the ``dash`` character, whether it is
    ``spaced``, and the dash span (for a fix).
``Dates``
    ``own`` (the document's date line, a ``DateRef``), ``own_line`` (span of
    the whole date line), ``mentions`` (every full date, own date included),
    ``title_years``, ``title_periods``, ``heading_years``, ``phrase_years``,
    ``periods``.

Dates inside citations are parsed again, in place, by
:mod:`tdnlint.analysis.citations` with the same :func:`match_date` helper.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

from ..model import Document
from .segments import Segments

Span = tuple[int, int, int]

_WS = r"[ \t\u00a0\u202f]"
# Numeric dates: the same separator twice; day and month 1–2 digits, year 4 digits.
_NUMERIC = r"(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:1[89]|2[01])\d{2})"
_LONG = (rf"(?P<ld>\d{{1,2}}|[.…_ ]*?){_WS}*tháng{_WS}+(?P<lm>\d{{1,2}}|[.…_ ]*?){_WS}*năm{_WS}+"
         rf"(?P<ly>(?:1[89]|2[01])\d{{2}})")
DATE_PATTERN = rf"(?:{_NUMERIC}|{_LONG})"
_DATE_AT_RE = re.compile(DATE_PATTERN, re.I)
# Every date: numeric anywhere (not inside a longer number / code), long form after "ngày".
_DATE_SCAN_RE = re.compile(
    rf"(?<![\w/.\-])(?:{_NUMERIC})(?![\d/]|\.\d)|(?<!\w)ngày{_WS}+(?:{_LONG})", re.I
)
# extract_dates scans the two alternatives of _DATE_SCAN_RE separately (their matches can never overlap:
# a numeric date has no letter, the long form no digit followed by "/", "." or "-"), then merges them by
# position: the same matches, but the numeric pattern starts with a digit, which lets the regex engine
# skip ahead in C (a leading look-behind is tried at every position).  The look-behind is moved after
# the first digit: (?<![\w/.\-]\d) there is the original (?<![\w/.\-]) before it.
_NUMERIC_SCAN_RE = re.compile(
    r"(?P<d>\d(?<![\w/.\-]\d)\d?)(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:1[89]|2[01])\d{2})(?![\d/]|\.\d)"
)
# The long form after "ngày", written without re.I (each letter as its two cases, which is all re.I matches for
# these letters) and with the look-behind after the first letter: the pattern starts with a character class, so
# the regex engine skips ahead in C instead of trying a look-behind and a case-folded literal at every position.
_LONG_CASED = _LONG.replace("tháng", "[Tt][Hh][Áá][Nn][Gg]").replace("năm", "[Nn][Ăă][Mm]")
_LONG_SCAN_RE = re.compile(rf"[Nn](?<!\w[Nn])[Gg][Àà][Yy]{_WS}+(?:{_LONG_CASED})")

# Years (BODY-03).
_YEAR_IN_TITLE_RE = re.compile(r"(?<!\w)năm\s+((?:19|20)\d{2})(?!\d)", re.I)
# "đến năm 2030", "tầm nhìn đến năm 2045", "từ năm 2021", "sau năm 2025": horizons and bounds,
# not the year the document is about.
_HORIZON_RE = re.compile(r"(?:đến|tới|nhìn|từ|sau|trước|giai\s+đoạn|cuối|hết)\s+$", re.I)
_PLAN_PHRASE_RE = re.compile(r"(?<!\w)(?:trong|suốt|cả)\s+năm\s+((?:19|20)\d{2})(?!\d)", re.I)
_ROMAN_HEADING_RE = re.compile(r"^\s*[IVXLC]{1,6}\s*[.\-–)]\s*\S")
# Every date and period has a year 18xx–21xx written with an ASCII 1 or 2: paragraphs without either
# are not scanned with the (look-behind first, hence slow) date/period patterns.  Tested with two `in`
# (C string search, ~20x faster than a regex class scan).
# "năm YYYY", the core of every plan-year phrase, written without re.I (the same case folding: n/N, ă/Ă, m/M)
# so the regex engine skips ahead in C; the phrase's first word is then matched just before it (_plan_phrases).
_NAM_YEAR_RE = re.compile(r"[Nn][Ăă][Mm]\s+(?:19|20)\d{2}(?!\d)")
# (?<![\w/.\-–]\d\d) after "19"/"20" is a look-behind before the year, placed so that the pattern starts with a
# literal (fast scan).
_PERIOD_RE = re.compile(
    r"((?:19|20)(?<![\w/.\-–]\d\d)\d{2})([ \t\u00a0]*)([-–—‑‒−])([ \t\u00a0]*)((?:19|20)\d{2})(?![\w/]|\.\d)"
)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True, slots=True)
class DateRef:
    paragraph: int
    start: int
    end: int
    day: int | None
    month: int | None
    year: int
    style: str  # slash | dash | dot | long
    text: str
    day_text: str = ""
    month_text: str = ""
    day_span: tuple[int, int] | None = None
    month_span: tuple[int, int] | None = None

    @property
    def span(self) -> Span:
        return (self.paragraph, self.start, self.end)

    @property
    def blank(self) -> bool:
        return self.day is None or self.month is None

    @property
    def valid(self) -> bool:
        if self.blank:
            return True  # a draft left for the văn thư to fill in
        assert self.day is not None and self.month is not None
        if not 1 <= self.month <= 12:
            return False
        if 1 <= self.year <= 9999:  # calendar.monthrange's answer without its weekday computation
            days = _MONTH_DAYS[self.month] + (self.month == 2 and calendar.isleap(self.year))
            return 1 <= self.day <= days
        return 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]

    @property
    def date(self) -> _dt.date | None:
        if self.blank or not self.valid:
            return None
        assert self.day is not None and self.month is not None
        return _dt.date(self.year, self.month, self.day)

    def canonical(self, style: str | None = None) -> str:
        """The date with NĐ 30 zero padding (day < 10, months 1–2) in ``style`` (default: its own)."""
        style = style or self.style
        if self.blank:
            return self.text
        assert self.day is not None and self.month is not None
        return format_date(self.day, self.month, self.year, style)


@dataclass(frozen=True, slots=True)
class YearMention:
    paragraph: int
    start: int
    end: int
    year: int
    kind: str  # title | heading | phrase
    context: str = ""  # the heading or phrase text, for messages


@dataclass(frozen=True, slots=True)
class Period:
    paragraph: int
    start: int
    end: int
    first: int
    second: int
    dash: str
    spaced: bool
    dash_start: int
    dash_end: int  # span of the dash with its surrounding spaces
    between: str = ""  # the dash with its spaces, exactly as written

    @property
    def text_style(self) -> str:
        """The dash as written with its spaces (" – ", "-" …): the key for consistency checks."""
        return self.between


_LAZY_FIELDS = ("mentions", "title_years", "title_periods", "heading_years", "phrase_years", "periods")


class Dates:
    """The document's dates.  ``own`` and ``own_line`` are found when the analysis is made (from the date line
    and the header only: the register pass reads nothing else); the lists (``mentions`` … ``periods``) on
    first access, in one pass over the text."""

    def __init__(self, own: DateRef | None = None, own_line: Span | None = None,
                 mentions: list[DateRef] | None = None, title_years: list[YearMention] | None = None,
                 title_periods: list[Period] | None = None, heading_years: list[YearMention] | None = None,
                 phrase_years: list[YearMention] | None = None, periods: list[Period] | None = None):
        self.own = own
        self.own_line = own_line
        self._scan: _DateScan | None = None
        self._lists = {"mentions": mentions or [], "title_years": title_years or [],
                       "title_periods": title_periods or [], "heading_years": heading_years or [],
                       "phrase_years": phrase_years or [], "periods": periods or []}

    def _list(self, name: str) -> list:
        if self._scan is not None:
            scan, self._scan = self._scan, None
            scan.fill(self._lists)
        return self._lists[name]

    mentions = property(lambda self: self._list("mentions"), doc="every full date, own date included")
    title_years = property(lambda self: self._list("title_years"))
    title_periods = property(lambda self: self._list("title_periods"))
    heading_years = property(lambda self: self._list("heading_years"))
    phrase_years = property(lambda self: self._list("phrase_years"))
    periods = property(lambda self: self._list("periods"))

    def __repr__(self) -> str:
        return f"Dates(own={self.own!r}, own_line={self.own_line!r}, " + ", ".join(
            f"{k}={self._list(k)!r}" for k in _LAZY_FIELDS) + ")"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dates):
            return NotImplemented
        return (self.own, self.own_line) == (other.own, other.own_line) and all(
            self._list(k) == other._list(k) for k in _LAZY_FIELDS)

    __hash__ = None  # type: ignore[assignment]  (as the dataclass it replaces: mutable, unhashable)

    @property
    def title_year(self) -> int | None:
        """The single year the trích yếu is about, if it names exactly one and no period."""
        years = {y.year for y in self.title_years}
        if len(years) == 1 and not self.title_periods:
            return next(iter(years))
        return None

    def off_year(self, mention: YearMention, doc_type: str | None, heading: bool) -> bool:
        """Does a heading year (``heading``) or a plan-year phrase name another year than the document's?

        One policy for TDN330 and TDN331 (BODY-03): the title's year is always right; a BÁO CÁO on year Y
        normally ends with the tasks of Y+1 (forward headings, "trong năm Y+1"); a review heading ("KẾT QUẢ …
        NĂM 2023") and a phrase about the past may name an earlier year.  False when the title names no
        single year.
        """
        title = self.title_year
        if title is None or mention.year == title:
            return False
        report = doc_type == "BÁO CÁO"
        if not heading:
            return mention.year > title and not (report and mention.year == title + 1)
        if mention.year < title and _REVIEW_RE.search(mention.context):
            return False
        return not (mention.year == title + 1 and report and _FORWARD_RE.search(mention.context))


# Headings that look back ("KẾT QUẢ THỰC HIỆN NĂM 2023") may name an earlier year; forward ones ("NHIỆM VỤ
# NĂM 2025") the next year in a report.
_REVIEW_RE = re.compile(r"KẾT\s+QUẢ|TÌNH\s+HÌNH|ĐÁNH\s+GIÁ|SƠ\s+KẾT|TỔNG\s+KẾT|NHÌN\s+LẠI|ĐÃ\s+ĐẠT", re.I)
_FORWARD_RE = re.compile(r"NHIỆM\s+VỤ|PHƯƠNG\s+HƯỚNG|KẾ\s+HOẠCH|GIẢI\s+PHÁP|MỤC\s+TIÊU|ĐỀ\s+XUẤT|CHƯƠNG\s+TRÌNH", re.I)


_NOT_SUMMARY_RE = re.compile(r"^\s*(?:Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Kính\s+gửi|[IVXLC]+\s*[.\-])")


def title_paragraphs(doc: Document, seg: Segments) -> list[int]:
    """The trích yếu paragraphs; falls back to the line right under the type name when
    segmentation found none (a trích yếu starting "Triển khai …" can be mistaken for a căn cứ)."""
    if seg.summary_lines:
        return list(seg.summary_lines)
    if seg.title is None:
        return []
    for p in doc.paragraphs[seg.title[0] + 1:]:
        t = p.text.strip()
        if not t:
            continue
        if len(t) < 200 and not _NOT_SUMMARY_RE.match(t) and not t.endswith((";", ":")):
            return [p.index]
        return []
    return []


def _int_or_none(s: str | None) -> int | None:
    return int(s) if s and s.strip().isdigit() else None


def date_from_match(m: re.Match[str], paragraph: int, offset: int = 0) -> DateRef:
    """Build a :class:`DateRef` from a match of :data:`DATE_PATTERN` (``offset`` added to positions)."""
    if "d" in m.re.groupindex and m.group("d") is not None:
        style = {"/": "slash", "-": "dash", ".": "dot"}[m.group("sep")]
        d, mo, y = m.group("d"), m.group("m"), m.group("y")
        ds, ms = (m.start("d") + offset, m.end("d") + offset), (m.start("m") + offset, m.end("m") + offset)
        start = m.start("d")
    else:
        style = "long"
        d, mo, y = m.group("ld"), m.group("lm"), m.group("ly")
        ds, ms = (m.start("ld") + offset, m.end("ld") + offset), (m.start("lm") + offset, m.end("lm") + offset)
        start = m.start("ld")
    text = m.string[start:m.end()]
    return DateRef(paragraph, start + offset, m.end() + offset, _int_or_none(d), _int_or_none(mo), int(y), style,
                   text, d.strip(), mo.strip(), ds, ms)


def match_date(text: str, pos: int = 0) -> re.Match[str] | None:
    """Match a date exactly at ``text[pos:]`` (numeric or long form, "ngày" already consumed)."""
    return _DATE_AT_RE.match(text, pos)


def _years(text: str) -> list[re.Match[str]]:
    """ "năm YYYY" mentions that name the year a text is about (horizons left out)."""
    return [m for m in _YEAR_IN_TITLE_RE.finditer(text) if not _HORIZON_RE.search(text, max(0, m.start() - 14), m.start())]


def _plan_phrases(text: str) -> list[re.Match[str]]:
    """The matches of ``_PLAN_PHRASE_RE.finditer(text)``, found from their "năm YYYY" core: its leading
    look-behind and re.I made the regex engine try every position of the paragraph.  The first word ("trong",
    "suốt", "cả": 5, 4 or 2 characters) ends where the spaces before "năm" begin; only the word of the right
    length can match there, and the match from its start is the one finditer would have found."""
    out = []
    for m in _NAM_YEAR_RE.finditer(text):
        k = j = m.start()
        while j and text[j - 1].isspace():
            j -= 1
        if j == k:
            continue
        for w in (5, 4, 2):
            if j >= w:
                pm = _PLAN_PHRASE_RE.match(text, j - w)
                if pm is not None:
                    out.append(pm)
                    break
    return out


def _is_heading(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 220:
        return False
    if _ROMAN_HEADING_RE.match(t):
        return True
    letters = list(filter(str.isalpha, t))
    return len(letters) >= 8 and sum(map(str.isupper, letters)) / len(letters) > 0.9


_match_start = re.Match.start


def _date_refs(p) -> list[DateRef]:
    """Every full date of paragraph ``p`` in text order (numeric anywhere, long form after "ngày")."""
    text = p.text
    if not ("1" in text or "2" in text):
        return []
    found = list(_NUMERIC_SCAN_RE.finditer(text))
    longs = list(_LONG_SCAN_RE.finditer(text))
    if longs:
        found += longs
        found.sort(key=_match_start)
    return [date_from_match(m, p.index) for m in found]


_SCANNED_PARTS = ("body", "table", "footnote")


def extract_dates(doc: Document, segments: Segments) -> Dates:
    seg = segments
    paras = doc.paragraphs
    refs: dict[int, list[DateRef]] = {}  # paragraph index -> its dates, shared by the own date and the full scan

    def refs_of(index: int) -> list[DateRef]:
        hit = refs.get(index)
        if hit is None:
            p = paras[index]
            hit = refs[index] = _date_refs(p) if p.part in _SCANNED_PARTS and p.text else []
        return hit

    out = Dates(own_line=seg.date_line or None)
    # The own date: the first date in the date line's span that is a place-and-date (not a cited document's
    # date); else a numeric date line of the header (``_numeric_date_line`` over the header's mentions, in
    # document order: the same dates the full scan would list there).
    if seg.date_line:
        text = paras[seg.date_line[0]].text
        for ref in refs_of(seg.date_line[0]):
            if (seg.date_line[1] <= ref.start < seg.date_line[2]
                    and (ref.style == "long" or _is_place_date(text, ref))
                    and not _CITED_BEFORE_RE.search(text, max(0, ref.start - 60), ref.start)):
                out.own = ref
                break
    if out.own is None:
        header = set(seg.header)
        if seg.date_line:
            header.add(seg.date_line[0])
        out.own = _numeric_date_line(doc, seg, [r for i in sorted(header) for r in refs_of(i)])
    out._scan = _DateScan(doc, seg, refs_of)
    return out


class _DateScan:
    """The full pass (every date, period and year of the text), made on the first read of a list of Dates."""

    def __init__(self, doc: Document, seg: Segments, refs_of):
        self.doc, self.seg, self.refs_of = doc, seg, refs_of

    def fill(self, lists: dict[str, list]) -> None:
        doc, seg, refs_of = self.doc, self.seg, self.refs_of
        mentions, periods_all = lists["mentions"], lists["periods"]
        title_years, title_periods = lists["title_years"], lists["title_periods"]
        heading_years, phrase_years = lists["heading_years"], lists["phrase_years"]
        title_paras = set(title_paragraphs(doc, seg))
        if seg.vv_line:
            title_paras.add(seg.vv_line[0])
        heading_scope = set(seg.body) | set(seg.basis)
        for p in doc.paragraphs:
            if p.part not in _SCANNED_PARTS or not p.text:
                continue
            text = p.text
            if not ("1" in text or "2" in text):
                continue  # every date, period and year has a year 18xx–21xx: nothing to find here
            mentions.extend(refs_of(p.index))
            periods = []
            for m in _PERIOD_RE.finditer(text):
                per = Period(p.index, m.start(), m.end(), int(m.group(1)), int(m.group(5)), m.group(3),
                             bool(m.group(2) or m.group(4)), m.end(1), m.start(5),
                             m.group(2) + m.group(3) + m.group(4))
                periods.append(per)
            periods_all.extend(periods)
            if p.index in title_paras:
                title_years.extend(YearMention(p.index, m.start(1), m.end(1), int(m.group(1)), "title", text.strip())
                                   for m in _years(text))
                title_periods.extend(periods)
            elif p.index in heading_scope and _is_heading(text):
                heading_years.extend(YearMention(p.index, m.start(1), m.end(1), int(m.group(1)), "heading",
                                                 text.strip())
                                     for m in _years(text))
            if p.index in heading_scope:
                phrase_years.extend(YearMention(p.index, m.start(1), m.end(1), int(m.group(1)), "phrase",
                                                m.group(0))
                                    for m in _plan_phrases(text))


# "Hà Nội, ngày " before a numeric date: a place name alone (no digits, no clause) then "ngày".
_PLACE_DATE_RE = re.compile(rf"^[{_WS[1:-1]}]*[^\d,;:.()]{{2,40}}?,?{_WS}*ngày{_WS}*$", re.I)


def _numeric_date_line(doc: Document, seg: Segments, mentions: list[DateRef]) -> DateRef | None:
    """A date line written with digits ("Hà Nội, ngày 05/01/2023"), which segmentation may not see."""
    header = set(seg.header)
    if seg.date_line:
        header.add(seg.date_line[0])
    for d in mentions:
        if d.paragraph not in header or d.style == "long":
            continue
        if _is_place_date(doc.paragraphs[d.paragraph].text, d):
            return d
    return None


# "… Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 …": the date of a cited document, never the own date
_CITED_BEFORE_RE = re.compile(r"\d+[/\-][0-9A-Za-zĐđ/\-]*[A-Za-zĐđ][0-9A-Za-zĐđ/\-]*\s*,?\s*(?:[Nn]gày\s*)?$")


def _is_place_date(text: str, d: DateRef) -> bool:
    """A numeric date that really is a date line: short line, a place name, then "ngày"."""
    return len(text.strip()) < 90 and bool(_PLACE_DATE_RE.match(text[:d.start]))


def format_date(day: int, month: int, year: int, style: str = "slash") -> str:
    """A date with NĐ 30 zero padding (day < 10, months 1–2) in ``style`` (slash, dash, dot, long)."""
    d = f"{day:02d}"
    m = f"{month:02d}" if month < 3 else str(month)
    if style == "long":
        return f"{d} tháng {m} năm {year}"
    sep = {"slash": "/", "dash": "-", "dot": "."}[style]
    return f"{d}{sep}{m}{sep}{year}"
