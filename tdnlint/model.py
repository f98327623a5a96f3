"""The one Document model every reader produces and every rule reads.

A document is a list of paragraphs in reading order.  Each paragraph carries
two texts:

* ``text`` -- the *analysis* text: NFC-normalised, tracked changes accepted,
  field results instead of field codes, Markdown emphasis markers removed.
  Rules only ever look at this text.
* ``source`` -- what is physically in the file at this paragraph.

``offsets[i]`` maps analysis index ``i`` to an index in ``source`` (with one
extra entry for the end), so a finding found on ``text`` is reported at the
exact column of the original file and a fix can be written back to it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

Part = Literal["body", "table", "header", "footer", "footnote", "comment", "metadata"]
MAIN_STORY_PARTS = ("body", "table")


@dataclass(slots=True)
class Run:
    """A stretch of a paragraph's analysis text that shares formatting."""

    start: int
    end: int
    font: str | None = None
    size: float | None = None  # points
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    hidden: bool = False
    highlight: str | None = None
    color: str | None = None


@dataclass(slots=True)
class Paragraph:
    text: str
    part: Part = "body"
    index: int = 0  # position in document.paragraphs
    number: int | None = None  # 1-based paragraph number within its part (main story: body+table)
    line: int | None = None  # 1-based line reported to users (None outside the main story)
    source: str | None = None  # original text when it differs from ``text``
    offsets: list[int] | None = None  # analysis index -> source index (len(text)+1 entries)
    source_line_starts: list[int] | None = None  # for multi-line sources (.md): source index of each line start
    style: str | None = None
    runs: list[Run] = field(default_factory=list)
    alignment: str | None = None  # left|center|right|both
    table: tuple[int, int, int] | None = None  # (table no., row, column)
    outline_level: int | None = None
    # Reader-private handle used by fixers/annotators (e.g. lxml element, run map).
    handle: Any = field(default=None, repr=False, compare=False)
    # .docx layout, effective values (direct -> style chain -> document defaults); None = unknown / not .docx
    first_line_indent_mm: float | None = None  # negative = hanging indent
    left_indent_mm: float | None = None
    space_before_pt: float | None = None
    space_after_pt: float | None = None
    line_spacing: float | None = None  # multiple of single spacing (w:lineRule auto)
    line_spacing_pt: float | None = None  # exact / at-least line spacing, in points
    fields: tuple[str, ...] = ()  # types of the fields whose result is in this paragraph ("PAGE", "DATE" ...)
    shown_on: str | None = None  # header/footer paragraphs: "default" | "first" | "even" pages
    drawings: tuple[str, ...] = ()  # objects anchored here: "line" | "textbox" | "picture" | "shape"
    list_label: str | None = None  # Word automatic numbering shown before the text ("1.", "a)", "•"); not in text

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
        for i, p in enumerate(self.paragraphs):
            p.index = i
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


def nfc_with_offsets(source: str) -> tuple[str, list[int] | None]:
    """NFC-normalise ``source``; return the text and an index map (None if unchanged).

    Normalises per grapheme cluster start (a base character and its combining
    marks) so each analysis character maps to the first source character of
    the cluster it came from.
    """
    if unicodedata.is_normalized("NFC", source):
        return source, None
    out: list[str] = []
    offsets: list[int] = []
    i = 0
    n = len(source)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(source[j]):
            j += 1
        chunk = unicodedata.normalize("NFC", source[i:j])
        out.append(chunk)
        offsets.extend([i] * len(chunk))
        i = j
    offsets.append(n)
    return "".join(out), offsets


def compose_offsets(outer: list[int] | None, inner: list[int] | None) -> list[int] | None:
    """Compose two index maps: text -(outer)-> mid -(inner)-> source."""
    if outer is None:
        return inner
    if inner is None:
        return outer
    last = len(inner) - 1
    return [inner[min(k, last)] for k in outer]
