"""The one Document model every reader produces and every rule reads.

A document is a list of paragraphs in reading order.  Each paragraph carries
two texts:

* ``text`` -- the *analysis* text: NFC-normalised, tracked changes accepted,
  field results instead of field codes, Markdown emphasis markers removed.
  Rules only ever look at this text.
* ``source`` -- what is physically in the file at this paragraph.

``offsets[i]`` maps analysis index ``i`` to an index in ``source`` (with one
extra entry for the end; an ``array('I')``), so a finding found on ``text`` is
reported at the exact column of the original file and a fix can be written back.

Memory (docs/reader.md, "Memory"): a paragraph is 10 slots, its rarely-set
attributes one shared object; a run is its span and one shared format tuple.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import MutableSequence, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, Literal

Part = Literal["body", "table", "header", "footer", "footnote", "comment", "metadata"]
MAIN_STORY_PARTS = ("body", "table")


_RUN_FORMAT = ("font", "size", "bold", "italic", "underline", "hidden", "highlight", "color")
_SHARED_FORMATS: dict[tuple, tuple] = {}


class Run:
    """A stretch of a paragraph's analysis text that shares formatting.

    ``start``, ``end`` (analysis offsets) and the effective formatting: ``font``, ``size`` (points), ``bold``,
    ``italic``, ``underline``, ``hidden``, ``highlight``, ``color`` (None = not set).  The formatting is one
    shared tuple (a run is 3 slots, 56 bytes: a .docx of a million runs kept 112 MB of them).
    """

    __slots__ = ("_f", "end", "start")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, start: int, end: int, font: str | None = None, size: float | None = None,
                 bold: bool | None = None, italic: bool | None = None, underline: bool | None = None,
                 hidden: bool = False, highlight: str | None = None, color: str | None = None) -> None:
        self.start = start
        self.end = end
        self._f = _run_format((font, size, bold, italic, underline, hidden, highlight, color))

    @classmethod
    def formatted(cls, start: int, end: int, fmt: tuple) -> Run:
        """A run with the format tuple ``fmt`` (in attribute order), shared as it is (readers intern theirs)."""
        run = cls.__new__(cls)
        run.start = start
        run.end = end
        run._f = fmt
        return run

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self._f) == (other.start, other.end, other._f)  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_RUN_FORMAT, self._f))
        return f"Run(start={self.start!r}, end={self.end!r}, {fields})"

    font: str | None
    size: float | None
    bold: bool | None
    italic: bool | None
    underline: bool | None
    hidden: bool
    highlight: str | None
    color: str | None


def _run_format(fmt: tuple) -> tuple:
    shared = _SHARED_FORMATS.get(fmt)
    if shared is None:
        if len(_SHARED_FORMATS) >= 4096:
            _SHARED_FORMATS.clear()
        shared = _SHARED_FORMATS[fmt] = fmt
    return shared


def _run_property(k: int, name: str) -> property:
    def fget(self: Run):
        return self._f[k]

    def fset(self: Run, value) -> None:
        fmt = list(self._f)
        fmt[k] = value
        self._f = _run_format(tuple(fmt))

    fget.__name__ = fset.__name__ = name
    return property(fget, fset, doc=f"Run.{name}")


for _k, _name in enumerate(_RUN_FORMAT):
    setattr(Run, _name, _run_property(_k, _name))


# Layout and other rarely-set attributes of a paragraph live in one shared, immutable ``_Extras`` object
# (most paragraphs of a document have the same few combinations), so a paragraph is 10 slots, not 26:
# 100,000 blank lines cost ~15 MB instead of ~35 MB (docs/reader.md, "Memory").
_EXTRA_FIELDS = (
    "style", "alignment", "table", "outline_level", "source_line_starts",
    "first_line_indent_mm", "left_indent_mm", "space_before_pt", "space_after_pt", "line_spacing", "line_spacing_pt",
    "fields", "shown_on", "drawings", "list_label",
)


class _Extras:
    """The rarely-set attributes of a :class:`Paragraph`; shared between paragraphs, never changed in place."""

    __slots__ = _EXTRA_FIELDS

    def __init__(self, values: tuple) -> None:
        for name, value in zip(_EXTRA_FIELDS, values):
            object.__setattr__(self, name, value)

    def values(self) -> tuple:
        return tuple(getattr(self, name) for name in _EXTRA_FIELDS)


_EXTRA_DEFAULTS = (None, None, None, None, None, None, None, None, None, None, None, (), None, (), None)
_NO_EXTRAS = _Extras(_EXTRA_DEFAULTS)
_SHARED_EXTRAS: dict[tuple, _Extras] = {_EXTRA_DEFAULTS: _NO_EXTRAS}
_MAX_SHARED_EXTRAS = 4096  # bounded: table cells give distinct (table, row, column) values
_NO_RUNS: tuple = ()


def _extras(values: tuple) -> _Extras:
    try:
        shared = _SHARED_EXTRAS.get(values)
    except TypeError:  # an unhashable value (a list of line starts): not shared
        return _Extras(values)
    if shared is None:
        if len(_SHARED_EXTRAS) >= _MAX_SHARED_EXTRAS:
            _SHARED_EXTRAS.clear()
            _SHARED_EXTRAS[_EXTRA_DEFAULTS] = _NO_EXTRAS
        shared = _SHARED_EXTRAS[values] = _Extras(values)
    return shared


def _extra_property(k: int, name: str, doc: str) -> property:
    get = _Extras.__dict__[name].__get__  # the slot's own descriptor: no attribute lookup by name

    def fget(self: Paragraph):
        return get(self._x)

    def fset(self: Paragraph, value) -> None:
        values = list(self._x.values())
        values[k] = value
        self._x = _extras(tuple(values))

    fget.__name__ = fset.__name__ = name
    return property(fget, fset, doc=doc)


class Paragraph:
    """One paragraph in reading order (the attributes below; the constructor takes them as keywords too).

    text, part, index, number, line, source, offsets, runs, handle: see the comments in ``__init__``;
    style, alignment, table, outline_level, source_line_starts and the .docx layout (``first_line_indent_mm`` …
    ``list_label``) are read and set like attributes; they are kept in a shared object (memory).
    Two paragraphs are equal when every attribute but ``handle`` is; paragraphs are not hashable.
    """

    __slots__ = ("_x", "handle", "index", "line", "number", "offsets", "part", "runs", "source", "text")
    __hash__ = None  # type: ignore[assignment]

    def __init__(
        self,
        text: str,
        part: Part = "body",
        index: int = 0,  # position in document.paragraphs
        number: int | None = None,  # 1-based paragraph number within its part (main story: body+table)
        line: int | None = None,  # 1-based line reported to users (None outside the main story)
        source: str | None = None,  # original text when it differs from ``text``
        offsets: Sequence[int] | None = None,  # analysis index -> source index (len(text)+1 entries; array('I'))
        source_line_starts: list[int] | None = None,  # multi-line sources (.md): source index of each line start
        style: str | None = None,
        runs: list[Run] | tuple[Run, ...] = _NO_RUNS,  # a paragraph without runs shares one empty tuple
        alignment: str | None = None,  # left|center|right|both
        table: tuple[int, int, int] | None = None,  # (table no., row, column)
        outline_level: int | None = None,
        handle: Any = None,  # reader-private write-back hook (e.g. lxml element, run map); not compared
        # .docx layout, effective values (direct -> style chain -> document defaults); None = unknown / not .docx
        first_line_indent_mm: float | None = None,  # negative = hanging indent
        left_indent_mm: float | None = None,
        space_before_pt: float | None = None,
        space_after_pt: float | None = None,
        line_spacing: float | None = None,  # multiple of single spacing (w:lineRule auto)
        line_spacing_pt: float | None = None,  # exact / at-least line spacing, in points
        fields: tuple[str, ...] = (),  # types of the fields whose result is in this paragraph ("PAGE", "DATE" ...)
        shown_on: str | None = None,  # header/footer paragraphs: "default" | "first" | "even" pages
        drawings: tuple[str, ...] = (),  # objects anchored here: "line" | "textbox" | "picture" | "shape"
        list_label: str | None = None,  # Word automatic numbering shown before the text ("1.", "a)"); not in text
    ) -> None:
        self.text = text
        self.part = part
        self.index = index
        self.number = number
        self.line = line
        self.source = source
        self.offsets = offsets
        self.runs = runs if runs else _NO_RUNS
        self.handle = handle
        values = (style, alignment, table, outline_level, source_line_starts, first_line_indent_mm, left_indent_mm,
                  space_before_pt, space_after_pt, line_spacing, line_spacing_pt, fields, shown_on, drawings,
                  list_label)
        self._x = _NO_EXTRAS if values == _EXTRA_DEFAULTS else _extras(values)

    def _key(self) -> tuple:
        return (self.text, self.part, self.index, self.number, self.line, self.source,
                None if self.offsets is None else list(self.offsets), list(self.runs), self._x.values())

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self is other or self._key() == other._key()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        shown = [f"text={self.text!r}", f"part={self.part!r}", f"index={self.index!r}", f"number={self.number!r}",
                 f"line={self.line!r}"]
        if self.source is not None:
            shown.append(f"source={self.source!r}")
        if self.offsets is not None:
            shown.append(f"offsets={list(self.offsets)!r}")
        if self.runs:
            shown.append(f"runs={list(self.runs)!r}")
        shown += [f"{name}={value!r}" for name, value, default in zip(_EXTRA_FIELDS, self._x.values(), _EXTRA_DEFAULTS)
                  if value != default]
        return f"Paragraph({', '.join(shown)})"

    style: str | None
    alignment: str | None
    table: tuple[int, int, int] | None
    outline_level: int | None
    source_line_starts: list[int] | None
    first_line_indent_mm: float | None
    left_indent_mm: float | None
    space_before_pt: float | None
    space_after_pt: float | None
    line_spacing: float | None
    line_spacing_pt: float | None
    fields: tuple[str, ...]
    shown_on: str | None
    drawings: tuple[str, ...]
    list_label: str | None

    @property
    def original(self) -> str:
        return self.source if self.source is not None else self.text

    def source_index(self, i: int) -> int:
        """Map an index in ``text`` to an index in ``original``."""
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return self.offsets[-1] + (i - len(self.offsets) + 1)
        return self.offsets[i]

    def position(self, i: int) -> tuple[int | None, int]:
        """1-based (line, column) for analysis index ``i``."""
        src = self.source_index(i)
        if self.source_line_starts and self.line is not None:
            row = 0
            for k, start in enumerate(self.source_line_starts):
                if start <= src:
                    row = k
                else:
                    break
            return self.line + row, src - self.source_line_starts[row] + 1
        return self.line, src + 1

    def runs_at(self, start: int, end: int) -> list[Run]:
        return [r for r in self.runs if r.start < end and r.end > start]

    @property
    def stripped(self) -> str:
        return self.text.strip()


for _k, _name in enumerate(_EXTRA_FIELDS):
    setattr(Paragraph, _name, _extra_property(_k, _name, f"Paragraph.{_name} (kept in a shared object)"))
del _k, _name


@dataclass(slots=True)
class Section:
    page_width_mm: float | None = None
    page_height_mm: float | None = None
    orientation: str | None = None
    margin_top_mm: float | None = None
    margin_bottom_mm: float | None = None
    margin_left_mm: float | None = None
    margin_right_mm: float | None = None
    title_page: bool = False  # different first-page header/footer (w:titlePg)


@dataclass(slots=True)
class Comment:
    id: str
    author: str | None
    text: str
    # (paragraph index, start, end) of the commented range in analysis text, if anchored
    anchor: tuple[int, int, int] | None = None
    anchor_end: tuple[int, int] | None = None  # (paragraph index, end) when the range spans paragraphs


@dataclass
class Document:
    path: str
    format: str  # txt | md | docx | custom reader name
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)  # core properties (author, last_modified_by …)
    comments: list[Comment] = field(default_factory=list)
    tracked_changes: int = 0
    hidden_text: int = 0
    highlights: int = 0
    declared_fonts: list[str] = field(default_factory=list)
    default_font: str | None = None
    default_size: float | None = None
    was_nfc: bool = True  # False when the source had decomposed (NFD) or mixed text
    encoding: str | None = None  # txt/md: detected encoding
    raw: bytes | None = field(default=None, repr=False)  # source bytes (for fixers; docx zip)
    handle: Any = field(default=None, repr=False)  # reader-private (e.g. parsed parts)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        counters: dict[str, int] = {}
        prev_number = None
        for i, p in enumerate(self.paragraphs):
            # The index of a main-story paragraph usually equals the number of the one before it: share that
            # int object (32 bytes a paragraph past 256, 3 MB for 100,000 paragraphs).
            p.index = prev_number if prev_number == i else i
            prev_number = p.number
            key = "main" if p.part in MAIN_STORY_PARTS else p.part
            counters[key] = counters.get(key, 0) + 1
            if p.number is None:
                p.number = counters[key]

    @property
    def main(self) -> list[Paragraph]:
        """Paragraphs of the main story (body and table cells) in reading order."""
        return [p for p in self.paragraphs if p.part in MAIN_STORY_PARTS]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.main)

    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.main)


# An index map holds one entry per analysis character: a compact ``array('I')`` (4 bytes an entry) rather than
# a list of ints (40 bytes an entry past 256): a 2 MB decomposed (NFD) paragraph took 100 MB of offsets.
Offsets = MutableSequence[int]
_CLUSTER_RE: re.Pattern[str] | None = None


def _cluster_re() -> re.Pattern[str]:
    """A character followed by one or more combining marks (canonical combining class > 0)."""
    global _CLUSTER_RE
    if _CLUSTER_RE is None:
        ranges: list[str] = []
        start = prev = -2
        for cp in range(0x300, sys.maxunicode + 1):  # no combining mark below U+0300; ~0.1 s, once per process
            if unicodedata.combining(chr(cp)):
                if cp != prev + 1:
                    if start >= 0:
                        ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
                    start = cp
                prev = cp
        ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        _CLUSTER_RE = re.compile(f"(?s).[{''.join(ranges)}]+")
    return _CLUSTER_RE


def nfc_with_offsets(source: str) -> tuple[str, Offsets | None]:
    """NFC-normalise ``source``; return the text and an index map (None if unchanged).

    Normalises per grapheme cluster start (a base character and its combining
    marks) so each analysis character maps to the first source character of
    the cluster it came from.  The map is an ``array('I')`` with ``len(text) + 1`` entries.
    """
    if unicodedata.is_normalized("NFC", source):
        return source, None
    normalize = unicodedata.normalize
    out: list[str] = []
    offsets = array("I")
    append = offsets.append

    def singles(i: int, j: int) -> None:
        # characters not followed by a combining mark, each its own cluster
        if i == j:
            return
        run = source[i:j]
        if unicodedata.is_normalized("NFC", run):  # then every character of it is NFC on its own
            out.append(run)
            offsets.extend(range(i, j))
            return
        for k in range(i, j):
            chunk = normalize("NFC", source[k])
            out.append(chunk)
            offsets.extend(repeat(k, len(chunk)))

    pos = 0
    blocks: list[str] = []  # the pieces joined every 4,096 clusters: a list of every cluster was 60 B a letter
    for m in _cluster_re().finditer(source):
        i = m.start()
        singles(pos, i)
        chunk = normalize("NFC", m.group())
        out.append(chunk)
        if len(chunk) == 1:
            append(i)
        else:
            offsets.extend(repeat(i, len(chunk)))
        pos = m.end()
        if len(out) >= 4096:
            blocks.append("".join(out))
            out.clear()
    singles(pos, len(source))
    append(len(source))
    if blocks:
        blocks.append("".join(out))
        return "".join(blocks), offsets
    return "".join(out), offsets


def compose_offsets(outer: Sequence[int] | None, inner: Sequence[int] | None) -> Sequence[int] | None:
    """Compose two index maps: text -(outer)-> mid -(inner)-> source (an ``array('I')``)."""
    if outer is None:
        return inner
    if inner is None:
        return outer if isinstance(outer, array) else array("I", outer)
    last = len(inner) - 1
    return array("I", [inner[min(k, last)] for k in outer])
