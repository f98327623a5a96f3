"""Citations of other documents and the document's own number: ``ctx.citations``.

Computed once per document by :func:`extract_citations` (one pass of a
precompiled symbol regex over each paragraph, then short anchored matches
around each hit) and shared by every rule and plugin.  Positions are
``(paragraph index, start, end)`` in analysis text, ``end`` exclusive.

``Symbol`` — a number-symbol as written ("57-KL/TW", "30/2020/NĐ-CP",
"Số 69 -HD/BTGTU" → "69 -HD/BTGTU"):

* ``number`` (digits, ``None`` when left blank in a draft), ``year`` (VBQPPL),
  ``comps`` (the letter groups as written: ``("KL", "TW")``) and ``parts``
  (each group with the separator written before it and both spans);
* ``written_style`` — ``party`` (number-TYPE/ISSUER) or ``state``
  (number/TYPE-ISSUER, also MTTQ and VBQPPL), from the first separator;
* ``type_code`` (a known type code, case-corrected) and ``issuer`` (first
  issuer group), ``family`` — ``party``, ``state``, ``mttq`` or ``None`` from
  the issuer (spec 2.4, 3), ``expected_style``;
* ``canonical`` — the corrected symbol for its family (``None`` if unknown),
  with flags ``spaces`` (whitespace spans inside, NBSP included), ``dash_variants`` (spans
  of – — ‑ … and look-alike slashes ∕ ／ used as separators), ``case_fixes`` (group index → spelling),
  ``glued`` ("QĐUBND"), ``separators_ok`` (order of - and / inside the family).

``Citation`` — one reference: ``type_word`` (canonical spelling, e.g.
"Kết luận") and ``type_span``, ``outer_type_word`` (compound names: "Thông báo" in
"Thông báo kết luận số …"), ``allowed_codes``, ``so_span`` ("số"), ``symbol``, ``date`` (a
:class:`tdnlint.analysis.dates.DateRef`), ``comma_before_date``,
``issuer``/``issuer_span`` (text after "của"), ``issuer_before_date``,
``subject``/``subject_span`` (after "về"), ``role`` — ``citation`` (type word
+ symbol), ``bare`` (symbol alone), ``number_line`` (the document's own
"Số …"), and ``in_title``.

``Citations`` — ``items`` (every citation, document order), ``own`` (the
number line, a ``Citation`` with role ``number_line``), helpers
``references()`` (all but the own number) and ``by_key()`` (grouped by
normalised symbol).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Document
from . import citation_codes as codes
from .dates import DateRef, date_from_match, match_date, title_paragraphs
from .segments import Segments

Span = tuple[int, int, int]

_WS = "[ \\t\\u00a0\\u202f]"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_SLASHES = "\u2215\u2044\uff0f"  # division slash, fraction slash, full-width solidus
_SEP = rf"{_WS}*[-/{_DASHES}{_SLASHES}]{_WS}*"
_COMP = r"[A-Za-zĐđ][A-Za-zĐđ0-9]{0,13}(?!\w)"
_BODY = rf"(?P<body>(?:{_SEP}{_COMP})+)"
_YEAR = rf"(?:(?P<ysep>{_SEP})(?P<year>(?:19|20)\d{{2}})(?!\d))?"
# The look-behind "not after a word character, slash, dot or dash" is written after the first digit
# ((?<![…]\d) there = (?<![…]) before it) so the pattern starts with a digit class: the regex engine skips
# ahead in C instead of trying the look-behind at every position.
SYMBOL_RE = re.compile(rf"(?P<num>\d(?<![\w/.\-{_DASHES}{_SLASHES}]\d)\d{{0,4}}){_YEAR}{_BODY}")
_PART_RE = re.compile(rf"(?P<sep>{_SEP})(?P<comp>{_COMP})")
# The own number line: "Số: 97/HD-MTTQ-BTT", "Số 69 -HD/BTGTU", draft "Số:     /KH-UBND".
_NUMBER_LINE_RE = re.compile(
    rf"(?P<so>Số|SỐ|số){_WS}*:?{_WS}*(?P<num>\d{{1,5}}|[ .…_\t\u00a0]*?){_YEAR}{_BODY}"
)
_TYPE_ALT = "|".join(re.escape(w).replace("\\ ", f"{_WS}+") for w in codes.TYPE_WORDS)
_BEFORE_RE = re.compile(
    rf"(?<!\w)(?P<type>{_TYPE_ALT})(?P<gap>{_WS}+(?:(?P<so>số|Số|SỐ){_WS}*:?{_WS}*)?)$", re.I
)
_OUTER_RE = re.compile(rf"(?<!\w)(?P<type>{_TYPE_ALT}){_WS}+$", re.I)
_DATE_LEAD_RE = re.compile(rf"(?P<comma>{_WS}*,)?{_WS}*(?:ngày|Ngày|NGÀY){_WS}+")
_ISSUER_RE = re.compile(
    rf"{_WS}*,?{_WS}*(?:của|CỦA){_WS}+(?P<issuer>[^,;.()“”\"\n:]{{1,120}}?)"
    rf"(?={_WS}*(?:[,;:(“”\"]|\.(?:\s|$)|$)|{_WS}+(?:về|VỀ|ngày|NGÀY|khóa|khoá|KHÓA|nhiệm{_WS}+kỳ|phê{_WS}+duyệt|"
    rf"ban{_WS}+hành|hướng{_WS}+dẫn|quy{_WS}+định|triển{_WS}+khai|thực{_WS}+hiện|đã|và|với|trong|nhằm|để|theo|tại|cho|đến|là)(?!\w))"
)
_SUBJECT_RE = re.compile(
    rf"{_WS}*(?:\((?:khóa|khoá)[^)]*\)|,?{_WS}*(?:khóa|khoá){_WS}+[IVXLC]+)?{_WS}*,?{_WS}*"
    rf"(?:về|VỀ){_WS}+[“\"]?(?P<subject>[^;.\n“”\"]{{1,400}})"
)
# A subject ends before a new clause that names somebody: ", Ban Thường trực …".
_CLAUSE_RE = re.compile(r",\s+(?=[A-ZĐÀ-Ỹ])")
# Issuer and subject are bounded (120 / 400 characters) so a long paragraph without punctuation
# costs linear time, not quadratic.


@dataclass(frozen=True, slots=True)
class SymbolPart:
    sep: str  # the separator as written, spaces included
    sep_start: int
    sep_end: int
    comp: str
    comp_start: int
    comp_end: int

    @property
    def sep_char(self) -> str:
        """The separator without spaces, dash variants folded to '-'."""
        c = self.sep.strip(" \t\u00a0\u202f")
        if c in _DASHES:
            return "-"
        return "/" if c in _SLASHES else c


@dataclass(slots=True)
class Symbol:
    paragraph: int
    start: int
    end: int
    text: str
    number: str | None
    number_span: tuple[int, int] | None
    year: int | None
    year_sep: SymbolPart | None  # the separator before the year (comp = the year)
    parts: tuple[SymbolPart, ...]
    comps: tuple[str, ...] = ()
    written_style: str = "state"
    type_code: str | None = None
    issuer: str | None = None
    issuer_comps: tuple[str, ...] = ()
    family: str | None = None
    expected_style: str = "state"
    canonical: str | None = None
    spaces: list[tuple[int, int]] = field(default_factory=list)
    dash_variants: list[tuple[int, int]] = field(default_factory=list)
    case_fixes: dict[int, str] = field(default_factory=dict)
    glued: bool = False
    separators_ok: bool = True

    @property
    def span(self) -> Span:
        return (self.paragraph, self.start, self.end)

    @property
    def is_qh(self) -> bool:
        return bool(self.comps) and codes.is_qh(self.comps[-1]) and self.type_code is None

    @property
    def compact(self) -> str:
        """The symbol as written, spaces removed and dash variants folded (no other change)."""
        out = (self.number or "")
        if self.year_sep is not None:
            out += self.year_sep.sep_char + str(self.year)
        for p in self.parts:
            out += p.sep_char + p.comp
        return out

    @property
    def key(self) -> str:
        """Identity of the document cited, independent of how it was written."""
        return self.canonical or self.compact

    @property
    def form_certain(self) -> bool:
        """Is the form of this symbol fixed by a regulation we can check it against?

        True for State normative documents (a VBQPPL year, "103/2023/QH15"), central State bodies
        (TTg, CP, ministries, QH …) and central Party bodies (TW, VPTW, BTGTW …).  A local committee, a
        company or a unit with its own series may write its symbols its own way, and a citation must
        quote them exactly as issued: their form is not certain.
        """
        if self.year is not None and self.year >= 2000 and self.family != "party" and self.year_sep is not None \
                and self.year_sep.sep_char == "/":
            return True
        return codes.is_central_state(self.issuer) or codes.is_central_party(self.issuer)


@dataclass(slots=True)
class Citation:
    role: str  # citation | bare | number_line
    symbol: Symbol
    start: int
    end: int
    type_word: str | None = None
    type_span: Span | None = None
    outer_type_word: str | None = None  # "Thông báo" in "Thông báo kết luận số 45-TB/TU"
    so_span: Span | None = None
    date: DateRef | None = None
    comma_before_date: bool = False
    issuer: str | None = None
    issuer_span: Span | None = None
    issuer_before_date: bool = False
    subject: str | None = None
    subject_span: Span | None = None
    in_title: bool = False

    @property
    def paragraph(self) -> int:
        return self.symbol.paragraph

    @property
    def span(self) -> Span:
        return (self.symbol.paragraph, self.start, self.end)

    @property
    def historical(self) -> bool:
        """Issued under an older numbering (by its date or its year), quoted as it was: State documents
        before 2000 ("Nghị định số 64-CP"), Party documents before 1990 ("Thông tri số 297/TT-TW" of 1974;
        Party symbols of the 1990s already read "11-CT/TW")."""
        year = self.date.year if self.date is not None else self.symbol.year
        return year is not None and year < (1990 if self.symbol.family == "party" else 2000)

    @property
    def form_certain(self) -> bool:
        """The form rules (TDN301–TDN305) may judge this symbol as an error: the document's own number,
        or a cited symbol of a family whose form is certain (:attr:`Symbol.form_certain`), not historical."""
        if self.role == "number_line":
            return True
        return self.symbol.form_certain and not self.historical

    @property
    def allowed_codes(self) -> frozenset[str] | None:
        """Type codes the type word(s) allow; None when a type word carries no code."""
        if not self.type_word:
            return None
        allowed = codes.TYPE_WORD_CODES.get(self.type_word)
        if allowed is None:
            return None
        if self.outer_type_word:
            outer = codes.TYPE_WORD_CODES.get(self.outer_type_word)
            if outer is None:
                return None
            allowed = allowed | outer
        return allowed


@dataclass
class Citations:
    items: list[Citation] = field(default_factory=list)
    own: Citation | None = None
    _spans: dict[int, list[tuple[int, int]]] | None = field(default=None, repr=False)
    _starts: dict[int, list[int]] | None = field(default=None, repr=False, compare=False)

    def symbol_spans(self, paragraph: int) -> list[tuple[int, int]]:
        """Sorted ``(start, end)`` of every number-symbol in paragraph ``paragraph`` (own number line included).

        These spans belong to the citation rules (TDN301–TDN305 judge spaces, dashes and separators inside
        a symbol, with the whole corrected symbol as the fix): the spacing family skips them, so "12/KH- UBND"
        gets one finding and one fix instead of two contradictory ones.
        """
        if self._spans is None:
            spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for c in self.items:
                spans[c.symbol.paragraph].append((c.symbol.start, c.symbol.end))
            self._spans = {k: sorted(v) for k, v in spans.items()}
        return self._spans.get(paragraph, [])

    def in_symbol(self, paragraph: int, start: int, end: int) -> bool:
        """Does ``[start, end)`` of paragraph ``paragraph`` touch a number-symbol (see :meth:`symbol_spans`)?"""
        return any(s < max(end, start + 1) and start < e for s, e in self.symbol_spans(paragraph))

    def reference_starts(self, paragraph: int) -> list[int]:
        """``start`` of every reference (:meth:`references`) in paragraph ``paragraph``, in document order
        (indexed once per document: the cross-document rules ask for it per citation)."""
        if self._starts is None:
            starts: dict[int, list[int]] = {}
            for c in self.items:
                if c.role != "number_line":
                    starts.setdefault(c.paragraph, []).append(c.start)
            self._starts = starts
        return self._starts.get(paragraph, [])

    def references(self) -> list[Citation]:
        return [c for c in self.items if c.role != "number_line"]

    def by_key(self) -> dict[str, list[Citation]]:
        out: dict[str, list[Citation]] = defaultdict(list)
        for c in self.references():
            out[c.symbol.key].append(c)
        return out

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


# ---- symbol analysis ----------------------------------------------------------------------

def _parts(body: str, offset: int) -> tuple[SymbolPart, ...]:
    return tuple(
        SymbolPart(m.group("sep"), m.start("sep") + offset, m.end("sep") + offset, m.group("comp"),
                   m.start("comp") + offset, m.end("comp") + offset)
        for m in _PART_RE.finditer(body)
    )


def _make_symbol(m: re.Match[str], paragraph: int, text: str) -> Symbol:
    num = m.group("num")
    number = num if num and num.strip(" .…_\t\u00a0") else None
    nspan = (m.start("num"), m.end("num")) if number else None
    year_sep = None
    year = None
    if m.group("year"):
        year = int(m.group("year"))
        year_sep = SymbolPart(m.group("ysep"), m.start("ysep"), m.end("ysep"), m.group("year"),
                              m.start("year"), m.end("year"))
    parts = _parts(m.group("body"), m.start("body"))
    start = m.start("num") if number else (year_sep.sep_start if year_sep else parts[0].sep_start)
    sym = Symbol(paragraph, start, m.end(), text[start:m.end()], number, nspan, year, year_sep, parts)
    _analyse(sym)
    return sym


def _analyse(sym: Symbol) -> None:
    """Fill the derived fields: groups, family, canonical form and what is wrong with it."""
    comps = []
    for i, p in enumerate(sym.parts):
        fixed = codes.canonical_case(p.comp)
        if fixed is not None:
            sym.case_fixes[i] = fixed
        comps.append(fixed or p.comp)
    if len(comps) == 1 and not codes.is_qh(comps[0]):
        split = codes.split_glued(comps[0])
        if split is not None:
            comps = list(split)
            sym.glued = True
    sym.comps = tuple(comps)
    seps = []
    if sym.year_sep is not None:
        seps.append(sym.year_sep)
    seps.extend(sym.parts)
    for k, p in enumerate(seps):
        core = p.sep.strip(" \t\u00a0\u202f")
        lead = len(p.sep) - len(p.sep.lstrip(" \t\u00a0\u202f"))
        if k == 0 and sym.number is None:
            lead = 0  # draft "Số:     /KH-UBND": the blank is the number left for the văn thư
        if lead:
            sym.spaces.append((p.sep_start, p.sep_start + lead))
        trail = len(p.sep) - len(p.sep.rstrip(" \t\u00a0\u202f"))
        if trail:
            sym.spaces.append((p.sep_end - trail, p.sep_end))
        if core in _DASHES or core in _SLASHES:
            s = p.sep_start + lead
            sym.dash_variants.append((s, s + 1))
    first = sym.year_sep or sym.parts[0]
    sym.written_style = "party" if first.sep_char == "-" else "state"

    if comps and comps[0] in codes.TYPE_CODES:
        sym.type_code = comps[0]
        sym.issuer_comps = tuple(comps[1:])
    else:
        sym.issuer_comps = tuple(comps)
    sym.issuer = sym.issuer_comps[0] if sym.issuer_comps else None
    sym.family = codes.issuer_family(sym.issuer)
    if sym.family == "party":
        sym.expected_style = "party"
    elif sym.family in ("state", "mttq") or sym.year is not None:
        sym.expected_style = "state"
    else:
        sym.expected_style = sym.written_style

    num = sym.number or ""
    if any(c.islower() and codes.canonical_case(c) is None for c in comps):
        # a lower-case group that is no known code ("2587-CV/VPTW/nb", internal series): a real
        # form we have no grammar for, so the symbol is left as written
        sym.separators_ok = True
        return
    if sym.expected_style == "party":
        if sym.type_code and sym.issuer_comps and sym.year is None:
            sym.canonical = f"{num}-{sym.type_code}/{'-'.join(sym.issuer_comps)}"
    else:
        year = f"{sym.year}/" if sym.year is not None else ""
        if sym.is_qh:
            sym.canonical = f"{num}/{year}{comps[-1]}" if len(comps) == 1 else None
        elif sym.year is not None and sym.type_code is None:
            sym.canonical = None  # "Thông tư 115/2017-BTC": the type code is missing, the real symbol unknown
        else:
            sym.canonical = f"{num}/{year}{'-'.join(comps)}"
    # Separators inside the written family ("61/HD/MTTQ-BTT", "57-KL-TW"): compare the
    # written order of - and / with the family's order, dash variants and spaces aside.
    written = [p.sep_char for p in seps]
    if sym.written_style == "party":
        expected = ["-", "/"] + ["-"] * (len(sym.parts) - 2) if len(sym.parts) >= 2 else ["-"]
    else:
        expected = ["/"] + (["/"] if sym.year_sep is not None else []) + ["-"] * (len(sym.parts) - 1)
        if sym.is_qh and sym.year_sep is not None:
            expected = ["/", "/"]
    sym.separators_ok = written == expected and not sym.glued


def _code_like(sym: Symbol) -> bool:
    """A bare symbol (no type word before it) must look like an official code, not prose."""
    if sym.glued:
        return True
    if len(sym.parts) < 2 and not (sym.is_qh and sym.year is not None):
        return False
    if not any(p.sep_char == "/" for p in sym.parts) and sym.year_sep is None:
        return False
    for i, p in enumerate(sym.parts):
        c = sym.case_fixes.get(i, p.comp)
        if not c[0].isupper() or sum(ch.isupper() for ch in c) < max(1, (len(c) + 1) // 2):
            return False
    known = sym.type_code is not None or sym.family is not None
    if not known:
        return False
    if sym.spaces:
        # "69 -HD/BTGTU": spaced separators only count when type and issuer are both known codes
        return sym.type_code is not None and sym.family is not None
    return True


# ---- citation context ---------------------------------------------------------------------

def _context(cit: Citation, text: str, para: int) -> None:
    sym = cit.symbol
    lo = max(0, sym.start - 64)
    m = _BEFORE_RE.search(text, lo, sym.start)
    if m and m.end() == sym.start:
        cit.type_word = codes.type_word_key(m.group("type"))
        if m.group("so"):
            cit.so_span = (para, m.start("so"), m.end("so"))
        if not _type_word_holds(cit, m.group("type"), text, m.start("type")):
            cit.type_word = cit.so_span = None
            m = None
    if m and m.end() == sym.start:
        cit.type_span = (para, m.start("type"), m.end("type"))
        # "Thông báo kết luận số 45-TB/TU": a compound name whose first word is the type too
        outer = _OUTER_RE.search(text, max(0, m.start("type") - 32), m.start("type"))
        if outer and outer.end() == m.start("type"):
            cit.outer_type_word = codes.type_word_key(outer.group("type"))
        cit.start = m.start("type")
    pos = sym.end
    for _ in range(2):
        if cit.date is None:
            d = _DATE_LEAD_RE.match(text, pos)
            # after "của …", a comma ends the citation: "…của UBND tỉnh, ngày 15/3 Sở đã …" is a new clause
            if d and not (cit.issuer is not None and d.group("comma")):
                dm = match_date(text, d.end())
                if dm:
                    cit.date = date_from_match(dm, para)
                    cit.comma_before_date = bool(d.group("comma"))
                    pos = dm.end()
                    if cit.issuer is not None:
                        cit.issuer_before_date = True
                    continue
        if cit.issuer is None:
            im = _ISSUER_RE.match(text, pos)
            if im:
                cit.issuer = " ".join(im.group("issuer").split())
                cit.issuer_span = (para, im.start("issuer"), im.end("issuer"))
                pos = im.end()
                continue
        break
    sm = _SUBJECT_RE.match(text, pos)
    if sm and (cit.issuer is not None or cit.date is not None):
        subj = sm.group("subject")
        cut = _CLAUSE_RE.search(subj)
        if cut:
            subj = subj[:cut.start()]
        subj = subj.rstrip(" ,")
        cit.subject = subj
        cit.subject_span = (para, sm.start("subject"), sm.start("subject") + len(subj))
        pos = sm.start("subject") + len(subj)
    cit.end = max(pos, sym.end)


_FILE_EXT_RE = re.compile(r"\.(?:docx?|pdf|xlsx?|pptx?|odt|rtf|zip|rar)(?![\w.])", re.I)
_FILE_NAME_RE = re.compile(r"\S*\.(?:docx?|pdf|xlsx?|pptx?|odt|rtf|zip|rar|txt|jpe?g|png)(?![\w.])", re.I)


def _not_a_symbol(text: str, m: re.Match[str]) -> bool:
    """A file name ("…_TT 02-2018-TT-BGDĐT.doc") or the year part of a standard's code ("QCVN 04-05:2022/…",
    a time "10:30/…") looks like a symbol but cites nothing."""
    if _FILE_NAME_RE.match(text, m.end()):
        return True
    ysep = m.group("ysep")
    if ysep and ysep.strip(" \t\u00a0\u202f") in "-" + _DASHES and _FILE_EXT_RE.search(text, m.end()):
        return True  # "TT 21-2019-TT-BNNPTNT da sua doi.doc": a number-year with dashes is a file's name
    s = m.start()
    return s >= 2 and text[s - 1] == ":" and text[s - 2].isdigit()


# A lower-case word before a symbol without "số" may be an ordinary word ("theo quy định 10/2026/TT…"); it
# names the document only when the symbol's type code agrees with it ("theo kế hoạch 15/KH-UBND").
# "Luật" at the end of "pháp luật" ("văn bản quy phạm pháp luật số 64/2025/QH15") is not a type word.
_COMPOUND_BEFORE_RE = re.compile(r"(?:pháp|PHÁP|Pháp)[ \t\u00a0]+$")


def _type_word_holds(cit: Citation, written: str, text: str, start: int) -> bool:
    if cit.type_word == "Luật" and _COMPOUND_BEFORE_RE.search(text, max(0, start - 12), start):
        return False
    if cit.so_span is None and written[:1].islower():
        allowed = codes.TYPE_WORD_CODES.get(cit.type_word or "")
        return bool(allowed) and cit.symbol.type_code in allowed
    return True


def normalise_subject(subject: str | None) -> str | None:
    if not subject:
        return None
    t = unicodedata.normalize("NFC", subject).lower().replace("“", "").replace("”", "").replace('"', "")
    return " ".join(t.split()) or None


def parse_symbol(text: str) -> Symbol | None:
    """Parse a stand-alone symbol ("57-KL/TW", "30/2020/NĐ-CP"); None if it is not one."""
    m = SYMBOL_RE.fullmatch(text.strip())
    return _make_symbol(m, -1, text.strip()) if m else None


def extract_citations(doc: Document, segments: Segments) -> Citations:
    out = Citations()
    seg = segments
    title_paras = set(title_paragraphs(doc, seg))
    if seg.title:
        title_paras.add(seg.title[0])
    if seg.vv_line:
        title_paras.add(seg.vv_line[0])
    own_span = seg.number_line
    for p in doc.paragraphs:
        if p.part in ("comment", "metadata") or not p.text:
            continue
        text = p.text
        taken: list[tuple[int, int]] = []
        if own_span and own_span[0] == p.index:
            m = _NUMBER_LINE_RE.search(text, own_span[1])
            if m and m.start() < own_span[2]:
                sym = _make_symbol(m, p.index, text)
                cit = Citation("number_line", sym, m.start("so"), sym.end)
                out.own = cit
                out.items.append(cit)
                taken.append((m.start(), m.end()))
        # no digit-free pre-test: SYMBOL_RE starts with a digit class, so its own scan skips such text in C
        for m in SYMBOL_RE.finditer(text):
            if taken and any(s <= m.start() < e for s, e in taken):
                continue
            if _not_a_symbol(text, m):
                continue
            sym = _make_symbol(m, p.index, text)
            cit = Citation("citation", sym, sym.start, sym.end)
            _context(cit, text, p.index)
            if cit.type_word is None:
                if not _code_like(sym):
                    continue
                cit.role = "bare"
            cit.in_title = p.index in title_paras
            out.items.append(cit)
    return out
