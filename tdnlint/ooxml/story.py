"""Walk one WordprocessingML story into :class:`tdnlint.model.Paragraph` objects.

Text rules (the "analysis as if all changes were accepted" view):

* ``w:ins`` / ``w:moveTo`` content is read, ``w:del`` / ``w:moveFrom`` content is skipped;
  every revision mark (run-level, paragraph-mark ``w:pPr/w:rPr/w:ins|del``, table-row
  ``w:trPr/w:ins|del``, formatting changes ``w:*PrChange``) counts one in ``tracked``.
  Paragraph-mark deletions are counted but paragraphs are not merged, so paragraph
  numbers stay those of the file.  Deleted table rows are skipped.
* Complex fields (``w:fldChar`` begin/separate/end, nesting supported, may span
  paragraphs): only the displayed result is read; ``w:instrText`` never is.
  ``w:fldSimple``: its result runs.
* ``w:tab``/``w:ptab`` -> ``"\\t"``; text-wrapping ``w:br``/``w:cr`` -> ``"\\n"`` (the paragraph
  stays one paragraph); page and column breaks -> nothing; ``w:noBreakHyphen`` -> ``"-"``;
  ``w:softHyphen`` -> nothing; ``w:sym`` -> its character when it is a real code point
  (or a known Symbol-font bullet/arrow), otherwise nothing.
* Footnote/endnote/comment reference marks add no text (their numbers are not words).
* Hidden (``w:vanish``) text is read and its runs have ``hidden=True``.
* Content controls (``w:sdt``), ``w:customXml``, ``w:smartTag``, ``w:hyperlink`` are transparent.
* ``mc:AlternateContent``: the first ``mc:Choice`` is read and the ``mc:Fallback`` skipped,
  so a text box Word stores twice (DrawingML + VML) is read once.
* Text boxes (``w:txbxContent``): their paragraphs are emitted right *after* the paragraph
  that anchors them, in the same story (so they get the next main-story numbers), with
  ``part`` "body" in the main story and ``handle.textbox`` True.
* Math (``m:oMath``): the ``m:t`` text is read.

Source map: each paragraph's *source* text is the concatenation of what the rules above
read, before NFC.  :class:`Piece` maps every stretch of it back to the XML node it came
from (see :class:`ParagraphHandle`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Paragraph, Run, Section, nfc_with_offsets
from .names import Names
from .styles import Styles, normalize_jc, universal_mm

# Paragraphs a field may stay in its instruction part before we consider it unterminated.
MAX_INSTR_PARAGRAPHS = 3

# Symbol-font private-use code points (U+F0xx) that have an obvious Unicode meaning.
_SYMBOL_MAP = {0xB7: "•", 0x2D: "-", 0xAE: "→", 0xAC: "←", 0xDE: "⇒", 0xB3: "≥", 0xA3: "≤", 0xB9: "≠",
               0xB4: "×", 0xB8: "÷", 0xB1: "±", 0xA7: "♣", 0xA8: "♦", 0xD7: "·"}


@dataclass(slots=True)
class Piece:
    """One stretch ``[src_start, src_end)`` of a paragraph's source text and the XML it came from.

    ``kind``:
      ``"t"``      plain ``w:t`` text -- ``node.text[offset : offset + (src_end - src_start)]``;
      ``"ins"`` / ``"moveTo"``  ``w:t`` inside a tracked insertion / move (same addressing);
      ``"field"``  ``w:t`` in a field result (editing it is overwritten when Word updates the field);
      ``"math"``   ``m:t`` text;
      ``"tab"`` ``"ptab"`` ``"br"`` ``"cr"`` ``"nbh"`` ``"sym"``  one synthetic character produced
      by the element ``node`` (offset 0, ``node.text`` is not involved).
    ``run`` is the enclosing ``w:r`` (or ``m:r``) element.
    """

    src_start: int
    src_end: int
    node: Any
    offset: int
    kind: str
    run: Any = None


class _HandleSite:
    """What the handles of many paragraphs share: part, text-box flag, open fields, text kind, resolver, table."""

    __slots__ = ("fields", "kind", "part", "resolver", "table", "textbox")

    def __init__(self, part: str, textbox: bool, fields: tuple, kind: str, resolver, table):
        self.part, self.textbox, self.fields, self.kind, self.resolver, self.table = (
            part, textbox, fields, kind, resolver, table)


class ParagraphHandle:
    """Write-back handle for one paragraph (``Paragraph.handle``).

    ``part``     package member name (``word/document.xml``, ``word/header1.xml`` ...);
    ``ordinal``  0-based position of the paragraph's ``w:p`` among ``root.iter(w:p)`` of that part;
    ``element``  the ``w:p`` element in ``Document.handle.xml(part)`` (resolved on first access);
    ``pieces``   :class:`Piece` list covering ``Paragraph.original`` in order, without gaps
                 (computed on first access by re-walking the element; nodes belong to the same tree
                 that ``Document.handle.save`` serialises);
    ``textbox``  True for a paragraph inside a text box.

    To replace source ``[a, b)``: edit ``node.text`` of the text pieces overlapping it
    (:meth:`pieces_in`), then call ``Document.handle.save({handle.part})``.

    The reader streams the main document part (bounded memory), so handles resolve lazily
    against a tree parsed on first use; resolving costs one parse of the part.
    """

    __slots__ = ("_check", "_element", "_pieces", "_site", "ordinal")

    def __init__(self, part: str, ordinal: int, textbox: bool, fields: tuple, kind: str, resolver, table,
                 site: _HandleSite | None = None):
        # What the paragraphs of one stretch of a part have in common is one shared object (memory: a handle is
        # 5 slots, not 10; 100,000 empty paragraphs save 4 MB).
        self._site = site if site is not None else _HandleSite(part, textbox, fields, kind, resolver, table)
        self.ordinal = ordinal
        self._element = None
        self._pieces: list[Piece] | None = None
        self._check = 0  # hash of the source text read, to verify a lazy re-walk found the same paragraph

    part = property(lambda self: self._site.part, doc="package member name")
    textbox = property(lambda self: self._site.textbox, doc="True for a paragraph inside a text box")
    _fields = property(lambda self: self._site.fields)
    _kind = property(lambda self: self._site.kind)
    _resolver = property(lambda self: self._site.resolver)
    _table = property(lambda self: self._site.table)

    def __repr__(self) -> str:
        return f"ParagraphHandle(part={self.part!r}, ordinal={self.ordinal}, textbox={self.textbox})"

    @property
    def element(self):
        if self._element is None:
            self._element = self._resolver.paragraph_element(self.part, self.ordinal)
        return self._element

    @property
    def pieces(self) -> list[Piece]:
        if self._pieces is None:
            self._pieces = self._resolver.pieces(self)
        return self._pieces

    def pieces_in(self, start: int, end: int) -> list[Piece]:
        """Pieces overlapping source range ``[start, end)`` (the piece at ``start`` when empty)."""
        if start == end:
            return [p for p in self.pieces if p.src_start <= start <= p.src_end][:1]
        return [p for p in self.pieces if p.src_start < end and p.src_end > start]


@dataclass
class Mark:
    """A comment range boundary found while walking: resolved to analysis offsets later."""

    comment_id: str
    is_start: bool
    paragraph: Paragraph | None
    src: int  # source offset; -1 = end of paragraph


@dataclass
class SectionInfo:
    """What the reader keeps of a w:sectPr (the element itself may be freed while streaming)."""

    section: Section
    references: list[tuple[str, str, str]]  # (kind "header"/"footer", type default/first/even, r:id)


class StoryWalker:
    """Reads the block-level content of one part (or several comments/notes) into paragraphs.

    ``collect_pieces`` builds the :class:`Piece` source map (used when resolving a handle);
    the normal read does not, which keeps reading fast and small.
    """

    def __init__(self, n: Names, styles: Styles, part_name: str, part_kind: str, resolver=None,
                 collect_pieces: bool = False, numbering=None):
        self.n = n
        self.numbering = numbering  # tdnlint.ooxml.numbering.Numbering (own counters) or None
        self.styles = styles
        self.part_name = part_name
        self.part_kind = part_kind  # "main" | "header" | "footer" | "footnote" | "comment"
        self.resolver = resolver
        self.collect = collect_pieces
        self.out: list[Paragraph] = []
        self.sections: list[SectionInfo] = []
        self.marks: list[Mark] = []
        self.tracked = 0
        self.hidden_runs = 0
        self.highlight_runs = 0
        self.table_no = 0
        self._ordinals: dict = {}
        self._next_ordinal = 0
        # complex-field stack: True = in instructions (hidden), False = in result
        self._fields: list[bool] = []
        self._instr_text: list[list[str]] = []  # instruction text of each open field (parallel to _fields)
        self._para_fields: list[str] = []
        self._drawings: list[str] = []
        self._in_instr = 0
        self._instr_paragraphs = 0
        self._textbox = False
        self._pending_block_marks: list[Mark] = []
        # per-paragraph buffers
        self._buf: list[str] = []
        self._pos = 0
        self._pieces: list[Piece] = []
        self._runs: list[list] = []
        self._boxes: list[Any] = []
        self._pstyle: str | None = None
        self._cur_marks: list[Mark] = []
        self._base_fmt: tuple = (None, None, None, None, None, False, None, None)
        self._formats: dict[tuple, tuple] = {}
        self._style_fmt: dict[str | None, tuple] = {}
        self._layout_cache: dict[int, tuple] = {}
        self._sites: dict[tuple, _HandleSite] = {}  # shared parts of the paragraphs' handles

    def reset_fields(self) -> None:
        """Forget open complex fields (start of a new note/comment, or a damaged field)."""
        self._fields = []
        self._instr_text = []
        self._in_instr = 0
        self._instr_paragraphs = 0

    # ---- block level ---------------------------------------------------------------------
    def top_block(self, el) -> None:
        """Process one child of w:body (or of a hdr/ftr/footnote/comment), numbering its paragraphs."""
        base = self._next_ordinal
        ords = self._ordinals
        ords.clear()
        i = -1
        for i, p in enumerate(el.iter(self.n.p)):
            ords[p] = base + i
        self._next_ordinal = base + i + 1
        self.block(el, None)
        ords.clear()

    def top_blocks(self, container) -> None:
        for ch in container:
            self.top_block(ch)

    def skip(self, el) -> None:
        """Account for the paragraphs of ``el`` without reading them (e.g. footnote separators)."""
        self._next_ordinal += sum(1 for _ in el.iter(self.n.p))

    def blocks(self, container, table: tuple[int, int, int] | None = None) -> None:
        for ch in container:
            self.block(ch, table)

    def block(self, ch, table) -> None:
        n = self.n
        tag = ch.tag
        if tag == n.p:
            self._paragraph(ch, table)
        elif tag == n.tbl:
            self._table(ch)
        elif tag == n.sdt:
            content = ch.find(n.sdtContent)
            if content is not None:
                self.blocks(content, table)
        elif tag == n.customXml:
            self.blocks(ch, table)
        elif tag in (n.ins, n.moveTo):
            self.tracked += 1
            self.blocks(ch, table)
        elif tag in (n.del_, n.moveFrom):
            self.tracked += 1
        elif tag == n.mc_alternate:
            pick = _choice(ch, n)
            if pick is not None:
                self.blocks(pick, table)
        elif tag == n.sectPr:
            self._section(ch)
        elif tag == n.commentRangeStart:
            self._pending_block_marks.append(Mark(ch.get(n.id) or "", True, None, 0))
        elif tag == n.commentRangeEnd:
            prev = self.out[-1] if self.out else None
            self.marks.append(Mark(ch.get(n.id) or "", False, prev, -1))

    def _section(self, sect) -> None:
        n = self.n
        refs = []
        for ch in sect:
            if ch.tag == n.headerReference or ch.tag == n.footerReference:
                refs.append(("header" if ch.tag == n.headerReference else "footer", ch.get(n.type) or "default",
                             ch.get(n.r_id) or ""))
            elif ch.tag == n.sectPrChange:
                self.tracked += 1
        self.sections.append(SectionInfo(section_of(sect, n), refs))

    def _table(self, tbl) -> None:
        n = self.n
        self.table_no += 1
        no = self.table_no
        row_no = 0
        for tr in _children(tbl, n.tr, n):
            trpr = tr.find(n.trPr)
            deleted = False
            if trpr is not None:
                for ch in trpr:
                    if ch.tag in (n.ins, n.del_, n.trPrChange):
                        self.tracked += 1
                        deleted = deleted or ch.tag == n.del_
            if deleted:
                continue  # the row disappears once the deletion is accepted
            row_no += 1
            col = 1
            if trpr is not None:
                gb = trpr.find(n.gridBefore)
                if gb is not None:
                    col += _int(gb.get(n.val), 0)
            for tc in _children(tr, n.tc, n):
                span = 1
                tcpr = tc.find(n.tcPr)
                if tcpr is not None:
                    gs = tcpr.find(n.gridSpan)
                    if gs is not None:
                        span = max(1, _int(gs.get(n.val), 1))
                    if tcpr.find(n.tcPrChange) is not None:
                        self.tracked += 1
                self.blocks(tc, (no, row_no, col))
                col += span

    # ---- paragraph -----------------------------------------------------------------------
    def _paragraph(self, p, table, kind: str = "t") -> Paragraph:
        n = self.n
        styles = self.styles
        pstyle = jc = outline = None
        has_layout = False
        numpr = None
        fields_at_start = tuple(self._fields) if self._fields else ()
        ppr = p.find(n.pPr)
        if ppr is not None:
            # tag-filtered iteration runs in C: no proxies for the many other pPr children
            for ch in ppr.iterchildren(n.pStyle, n.jc, n.outlineLvl, n.rPr, n.sectPr, n.pPrChange, n.numberingChange,
                                       n.ind, n.spacing, n.numPr):
                tag = ch.tag
                if tag == n.ind or tag == n.spacing:
                    has_layout = True
                elif tag == n.numPr:
                    numpr = ch
                elif tag == n.pStyle:
                    pstyle = ch.get(n.val)
                elif tag == n.jc:
                    jc = ch.get(n.val)
                elif tag == n.outlineLvl:
                    outline = _int(ch.get(n.val), None)
                elif tag == n.rPr:
                    for m in ch:
                        if m.tag in (n.ins, n.del_, n.moveFrom, n.moveTo, n.rPrChange):
                            self.tracked += 1
                elif tag == n.sectPr:
                    self._section(ch)
                elif tag in (n.pPrChange, n.numberingChange):
                    self.tracked += 1
        style_name, base_jc, base_outline, layout, (num_id, ilvl) = styles.para_base(pstyle)
        if numpr is not None:
            for ch in numpr:
                if ch.tag == n.numId:
                    num_id = ch.get(n.val)
                elif ch.tag == n.ilvl:
                    ilvl = _int(ch.get(n.val), 0)
                elif ch.tag == n.ins:
                    self.tracked += 1
        label = self.numbering.label(num_id, ilvl) if num_id and self.numbering is not None else None
        if has_layout:
            values = _layout_values({**layout, **styles.ppr_layout(ppr)})
        else:
            values = self._layout_cache.get(id(layout))
            if values is None or values[0] is not layout:
                values = self._layout_cache[id(layout)] = (layout, _layout_values(layout))
            values = values[1]
        jc = jc if jc is not None else base_jc
        outline = outline if outline is not None else base_outline
        self._pstyle = pstyle if pstyle in styles.by_id else None
        base_fmt = self._style_fmt.get(self._pstyle)
        if base_fmt is None:
            base_fmt = self._style_fmt[self._pstyle] = self._fmt(styles.run_base(self._pstyle, None))
        self._base_fmt = base_fmt
        self._buf = []
        self._pos = 0
        self._pieces = []
        self._runs = []
        self._boxes = []
        self._para_fields = []
        self._drawings = []
        self._cur_marks = self._pending_block_marks
        self._pending_block_marks = []
        self._inline(p, kind)
        if self._in_instr:
            # A field's instructions do not run over several paragraphs in practice; a field left
            # open (damaged file) must not hide the rest of the document.
            self._instr_paragraphs += 1
            if self._instr_paragraphs >= MAX_INSTR_PARAGRAPHS:
                self.reset_fields()
        else:
            self._instr_paragraphs = 0
        source = "".join(self._buf)
        text, offsets = nfc_with_offsets(source)
        runs = self._make_runs(offsets, len(text))
        if self.part_kind == "main":
            part = "body" if table is None or self._textbox else "table"
        else:
            part = self.part_kind
        ordinal = self._ordinals.get(p, -1)
        site_key = (self._textbox, fields_at_start, kind, table)
        site = self._sites.get(site_key)
        if site is None:
            site = self._sites[site_key] = _HandleSite(self.part_name, self._textbox, fields_at_start, kind,
                                                       self.resolver, table)
        if values is None:
            values = _NO_LAYOUT
        para = Paragraph(
            text=text,
            part=part,  # type: ignore[arg-type]
            source=source if offsets is not None else None,
            offsets=offsets,
            style=style_name,
            runs=runs,
            alignment=normalize_jc(jc),
            table=None if self._textbox else table,
            outline_level=None if outline is None or outline >= 9 else outline + 1,
            handle=ParagraphHandle(self.part_name, ordinal, self._textbox, fields_at_start, kind, self.resolver,
                                   table, site),
            first_line_indent_mm=values[0],
            left_indent_mm=values[1],
            space_before_pt=values[2],
            space_after_pt=values[3],
            line_spacing=values[4],
            line_spacing_pt=values[5],
            fields=tuple(self._para_fields) if self._para_fields else (),
            drawings=tuple(self._drawings) if self._drawings else (),
            list_label=label,
        )
        para.handle._check = hash(source)
        if self.collect:
            para.handle._pieces = self._pieces
            para.handle._element = p
        for m in self._cur_marks:
            m.paragraph = para
        self.marks.extend(self._cur_marks)
        self._cur_marks = []
        self.out.append(para)
        boxes = self._boxes
        if boxes and not self.collect:
            self._emit_textboxes(boxes)
        return para

    def _emit_textboxes(self, boxes: list) -> None:
        saved = (self._fields, self._instr_text, self._in_instr, self._textbox)
        self._fields, self._instr_text, self._in_instr, self._textbox = [], [], 0, True
        try:
            for box in boxes:
                self.blocks(box, None)
        finally:
            self._fields, self._instr_text, self._in_instr, self._textbox = saved

    def _make_runs(self, offsets: list[int] | None, text_len: int) -> list[Run] | tuple:
        raw = self._runs
        if not raw:
            return ()  # the model's shared empty runs
        if offsets is not None:
            from bisect import bisect_left

            for r in raw:
                r[0] = min(bisect_left(offsets, r[0]), text_len)
                r[1] = min(bisect_left(offsets, r[1]), text_len)
        formatted = Run.formatted
        return [formatted(s, e, fmt) for s, e, fmt in raw if e > s]

    # ---- inline level --------------------------------------------------------------------
    def _inline(self, parent, kind: str) -> None:
        n = self.n
        r_tag = n.r
        for ch in parent:
            tag = ch.tag
            if tag == r_tag:
                self._run(ch, kind)
            elif tag == n.pPr:
                continue
            elif tag in (n.ins, n.moveTo):
                self.tracked += 1
                self._inline(ch, ("ins" if tag == n.ins else "moveTo") if kind == "t" else kind)
            elif tag in (n.del_, n.moveFrom):
                self.tracked += 1
            elif tag in (n.hyperlink, n.smartTag, n.customXml, n.bdo, n.dir):
                self._inline(ch, kind)
            elif tag == n.sdt:
                content = ch.find(n.sdtContent)
                if content is not None:
                    self._inline(content, kind)
            elif tag == n.fldSimple:
                ftype = _field_type(ch.get(n.attr("instr")))
                if ftype and not self._in_instr:
                    self._para_fields.append(ftype)
                self._inline(ch, "field")
            elif tag == n.commentRangeStart:
                self._cur_marks.append(Mark(ch.get(n.id) or "", True, None, self._pos))
            elif tag == n.commentRangeEnd:
                self._cur_marks.append(Mark(ch.get(n.id) or "", False, None, self._pos))
            elif tag == n.mc_alternate:
                pick = _choice(ch, n)
                if pick is not None:
                    self._inline(pick, kind)
            elif tag == n.oMath or tag == n.oMathPara:
                self._math(ch)

    def _add(self, text: str, node, kind: str, run) -> None:
        start = self._pos
        self._buf.append(text)
        self._pos = start + len(text)
        if self.collect:
            self._pieces.append(Piece(start, self._pos, node, 0, kind, run))

    def _run(self, r, kind: str) -> None:
        n = self.n
        t_tag = n.t
        start = self._pos
        rpr = None
        if self._fields and kind == "t":
            kind = "field"
        for ch in r:
            tag = ch.tag
            if tag == t_tag:
                if not self._in_instr:
                    text = ch.text
                    if text:
                        self._buf.append(text)
                        end = self._pos + len(text)
                        if self.collect:
                            self._pieces.append(Piece(self._pos, end, ch, 0, kind, r))
                        self._pos = end
            elif tag == n.rPr:
                rpr = ch
            elif tag == n.fldChar:
                ftype = ch.get(n.fldCharType)
                if ftype == "begin":
                    self._fields.append(True)
                    self._instr_text.append([])
                    self._in_instr += 1
                    if kind == "t":
                        kind = "field"
                elif ftype == "separate":
                    if self._fields and self._fields[-1]:
                        self._fields[-1] = False
                        self._in_instr -= 1
                        if not self._in_instr and self._instr_text:
                            name = _field_type("".join(self._instr_text[-1]))
                            if name:
                                self._para_fields.append(name)
                elif ftype == "end" and self._fields:
                    if self._instr_text:
                        self._instr_text.pop()
                    if self._fields.pop():
                        self._in_instr -= 1
            elif tag == n.instrText:
                if self._instr_text and self._fields and self._fields[-1] and ch.text:
                    self._instr_text[-1].append(ch.text)
            elif self._in_instr:
                continue
            elif tag == n.tab:
                self._add("\t", ch, "tab", r)
            elif tag == n.br or tag == n.cr:
                btype = ch.get(n.type)
                if btype is None or btype == "textWrapping":
                    self._add("\n", ch, "br" if tag == n.br else "cr", r)
            elif tag == n.noBreakHyphen:
                self._add("-", ch, "nbh", r)
            elif tag == n.sym:
                char = _sym_char(ch, n)
                if char:
                    self._add(char, ch, "sym", r)
            elif tag == n.ptab:
                self._add("\t", ch, "ptab", r)
            elif tag in (n.drawing, n.pict, n.object, n.mc_alternate):
                _find_textboxes(ch, n, self._boxes)
                kind_of = _drawing_kind(ch, n)
                if kind_of:
                    self._drawings.append(kind_of)
        end = self._pos
        if end > start:
            fmt = self._run_props(rpr) if rpr is not None else self._base_fmt
            runs = self._runs
            # adjacent runs with identical formatting are one Run (Word splits runs arbitrarily);
            # formats are interned tuples, so identity is equality
            if runs and runs[-1][1] == start and runs[-1][2] is fmt:
                runs[-1][1] = end
            else:
                runs.append([start, end, fmt])
            if fmt[5]:
                self.hidden_runs += 1
            if fmt[6]:
                self.highlight_runs += 1
        elif rpr is not None:
            self._count_rpr_changes(rpr)

    def _count_rpr_changes(self, rpr) -> None:
        n = self.n
        for ch in rpr:
            if ch.tag in (n.rPrChange, n.ins, n.del_):
                self.tracked += 1

    def _run_props(self, rpr) -> tuple:
        """Effective format tuple (Run field order: font, size, bold, italic, underline, hidden,
        highlight, color), interned so equal formats are the same object."""
        direct, rstyle, changes = self.styles.direct_props(rpr)
        if changes:
            self.tracked += changes
        base = self._base_fmt if rstyle is None else self._fmt(self.styles.run_base(self._pstyle, rstyle))
        if not direct:
            return base
        get = direct.get
        fmt = (get("font", base[0]), get("size", base[1]), get("bold", base[2]), get("italic", base[3]),
               get("underline", base[4]), bool(get("hidden", base[5])), get("highlight", base[6]),
               get("color", base[7]))
        return self._formats.setdefault(fmt, fmt)

    def _fmt(self, props: dict) -> tuple:
        get = props.get
        fmt = (get("font"), get("size"), get("bold"), get("italic"), get("underline"), bool(get("hidden")),
               get("highlight"), get("color"))
        return self._formats.setdefault(fmt, fmt)

    def _math(self, el) -> None:
        mt = self.n.m_t
        for t in el.iter(mt):
            if t.text and not self._in_instr:
                self._add(t.text, t, "math", t.getparent())


def section_of(sect, n: Names) -> Section:
    """Page size, orientation and margins (mm) of one w:sectPr."""
    s = Section()
    pg = sect.find(n.pgSz)
    if pg is not None:
        w = universal_mm(pg.get(n.attr("w")))
        h = universal_mm(pg.get(n.attr("h")))
        s.page_width_mm = _round(w)
        s.page_height_mm = _round(h)
        orient = pg.get(n.attr("orient"))
        if orient in ("portrait", "landscape"):
            s.orientation = orient
        elif w is not None and h is not None:
            s.orientation = "landscape" if w > h else "portrait"
    tp = sect.find(n.titlePg)
    if tp is not None:
        v = tp.get(n.val)
        s.title_page = v is None or v.lower() in ("1", "true", "on")
    mar = sect.find(n.pgMar)
    if mar is not None:
        for side in ("top", "bottom", "left", "right"):
            v = universal_mm(mar.get(n.attr(side)))
            setattr(s, f"margin_{side}_mm", None if v is None else _round(abs(v)))
    return s


_NO_LAYOUT = (None, None, None, None, None, None)


def _layout_values(layout: dict) -> tuple | None:
    """Paragraph layout attributes in model order, or None when nothing is set."""
    if not layout:
        return None
    get = layout.get
    return (_round(get("first")), _round(get("left")), get("before"), get("after"), get("line"), get("line_pt"))


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 1)


# ---- helpers ---------------------------------------------------------------------------------
def _choice(alt, n: Names):
    """The mc:AlternateContent branch to read: the first Choice, else the Fallback."""
    fallback = None
    for ch in alt:
        if ch.tag == n.mc_choice:
            return ch
        if ch.tag == n.mc_fallback:
            fallback = ch
    return fallback


def _find_textboxes(el, n: Names, out: list) -> None:
    """Collect outermost w:txbxContent under ``el`` (Choice preferred over Fallback)."""
    tag = el.tag
    if tag == n.txbxContent:
        out.append(el)
        return
    if tag == n.mc_alternate:
        pick = _choice(el, n)
        if pick is not None:
            _find_textboxes(pick, n, out)
        return
    for ch in el:
        if isinstance(ch.tag, str):
            _find_textboxes(ch, n, out)


_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_A_STRICT = "{http://purl.oclc.org/ooxml/drawingml/main}"
_PIC = ("{http://schemas.openxmlformats.org/drawingml/2006/picture}pic", "{http://purl.oclc.org/ooxml/drawingml/picture}pic")
_V = "{urn:schemas-microsoft-com:vml}"
_LINE_GEOMETRIES = {"line", "straightConnector1", "bentConnector2", "bentConnector3"}


def _drawing_kind(el, n: Names) -> str | None:
    """Classify a w:drawing / w:pict / w:object / mc:AlternateContent: line, textbox, picture or shape.

    For mc:AlternateContent only the chosen branch is looked at (the VML fallback would
    describe the same object again).
    """
    if el.tag == n.mc_alternate:
        el = _choice(el, n)
        if el is None:
            return None
    has_txbx = has_pic = has_line = has_shape = False
    for d in el.iter():
        tag = d.tag
        if not isinstance(tag, str):
            continue
        if tag == n.txbxContent:
            has_txbx = True
            break  # the text box's own content is not part of this object's geometry
        if tag in _PIC or tag == _V + "imagedata":
            has_pic = True
        elif tag in (_A + "prstGeom", _A_STRICT + "prstGeom"):
            if d.get("prst") in _LINE_GEOMETRIES:
                has_line = True
            else:
                has_shape = True
        elif tag == _WPS + "cNvCnPr" or tag == _V + "line" or (tag == _V + "shape" and d.get("type") == "#_x0000_t32"):
            has_line = True
        elif tag in (_WPS + "wsp", _V + "rect", _V + "roundrect", _V + "oval", _V + "shape"):
            has_shape = True
    if has_txbx:
        return "textbox"
    if has_line:
        return "line"
    if has_pic:
        return "picture"
    return "shape" if has_shape else None


def _children(el, tag: str, n: Names):
    """Children with ``tag``, looking through sdt/customXml wrappers (rows and cells can be wrapped)."""
    for ch in el:
        t = ch.tag
        if t == tag:
            yield ch
        elif t == n.sdt:
            content = ch.find(n.sdtContent)
            if content is not None:
                yield from _children(content, tag, n)
        elif t == n.customXml:
            yield from _children(ch, tag, n)


def _field_type(instr: str | None) -> str | None:
    """``" PAGE  \\* MERGEFORMAT "`` -> ``"PAGE"``."""
    if not instr:
        return None
    word = instr.strip().split(None, 1)
    return word[0].upper() if word else None


def _sym_char(el, n: Names) -> str | None:
    code = el.get(n.attr("char"))
    if not code:
        return None
    try:
        cp = int(code, 16)
    except ValueError:
        return None
    if 0xF000 <= cp <= 0xF0FF:
        font = (el.get(n.attr("font")) or "").lower()
        return _SYMBOL_MAP.get(cp - 0xF000) if font in ("symbol", "") else None
    if cp < 0x20 or 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
        return None
    return chr(cp)


def _int(v: str | None, default):
    """An integer attribute, or ``default`` when it is missing or not a sane integer (w:gridSpan="1e9")."""
    try:
        value = int(v) if v is not None else default
    except (ValueError, TypeError):
        return default
    if value is not None and not -1_000_000 <= value <= 1_000_000:
        return default
    return value


class Resolver:
    """Resolves lazy :class:`ParagraphHandle` data against the package's (re)parsed trees."""

    def __init__(self, pkg, styles: Styles):
        self.pkg = pkg
        self.styles = styles
        self._paragraphs: dict[str, list] = {}

    def paragraph_element(self, part: str, ordinal: int):
        from .names import names_for

        found = self._paragraphs.get(part)
        if found is None:
            root = self.pkg.xml(part)
            found = self._paragraphs[part] = list(root.iter(names_for(root).p))
        if not 0 <= ordinal < len(found):
            raise IndexError(f"paragraph {ordinal} not found in {part}")
        return found[ordinal]

    def pieces(self, handle: ParagraphHandle) -> list[Piece]:
        from .names import names_for

        el = handle.element
        walker = StoryWalker(names_for(el.getroottree().getroot()), self.styles, handle.part, "main",
                             self, collect_pieces=True)
        walker._fields = list(handle._fields)
        walker._instr_text = [[] for _ in handle._fields]
        walker._in_instr = sum(1 for f in handle._fields if f)
        walker._textbox = handle.textbox
        para = walker._paragraph(el, handle._table, handle._kind)
        if para.handle._check != handle._check:
            # never hand a writer the nodes of another paragraph
            raise ValueError(f"paragraph {handle.ordinal} of {handle.part} no longer matches the text that was read")
        return para.handle._pieces or []
