"""Build small .docx files for tests (python-docx skeleton + raw OOXML where python-docx has no API).

Quick start::

    from tests.docx_factory import make_docx, Para, R, Field, Footnote, TextBox, Table

    make_docx(
        tmp_path / "a.docx",
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương;",        # plain paragraph (one run)
            "",                                                   # empty paragraph (still counted)
            Para([R("Quy đ", bold=True), R("ịnh chung")]),         # one word split across runs mid-word
            Para(["Đã ", R("thêm", tracked="ins"), R("xóa", tracked="del"), " xong"]),
            Para(["Trang ", Field("PAGE", "1")]),                  # complex field: result shown, instrText hidden
            Para(["Văn bản", Footnote("Chú thích cuối trang.")]),
            Para(["Neo", TextBox(["Dòng trong hộp văn bản"])]),
            Para("Đoạn có góp ý", comment=("Nguyễn Văn A", "Sửa lại câu này")),
            Table([["ô 1", "ô 2"], [["dòng 1", "dòng 2"], Table([["lồng"]])]]),
        ],
        header_table=(["ỦY BAN NHÂN DÂN", "TỈNH X", "Số: 12/KH-UBND"],
                      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                       "X, ngày 05 tháng 01 năm 2025"]),
        font="Times New Roman", size=14,
        page_mm=(210, 297), margins_mm=(20, 20, 30, 15),   # top, bottom, left, right
        header="Trang đầu", footer="Chân trang",
        author="Nguyễn Văn A", last_modified_by="Trần Thị B", title="Kế hoạch",
    )

Building blocks
---------------
``str``
    A paragraph with one run.  Inside any text, ``"\\t"`` becomes ``w:tab`` and ``"\\n"`` becomes ``w:br``.
``Para(runs, style=None, align=None, comment=None, inserted_mark=False, first_line_mm=None, left_mm=None,
space_before_pt=None, space_after_pt=None, line_spacing=None)``
    ``runs`` is a string or a list of ``str | R | Field | Footnote | TextBox``.  ``align`` is one of
    ``left center right both``.  ``comment=(author, text)`` anchors a comment on the whole paragraph.
    ``inserted_mark=True`` adds a tracked paragraph-mark insertion (``w:pPr/w:rPr/w:ins``).
``R(text, bold, italic, underline, size, font, hidden, highlight, color, tracked, comment)``
    One run with direct formatting (``None`` = inherit).  ``tracked="ins"|"del"|"moveFrom"|"moveTo"``
    wraps it in a revision; ``comment=(author, text)`` anchors a comment on this run only.
``Field(instr, result, simple=False)``
    A complex field (``fldChar`` begin/separate/end) or, with ``simple=True``, a ``w:fldSimple``.
``Footnote(text)``
    A footnote reference here, its text in ``word/footnotes.xml``.
``Line(width_mm=60)``
    A drawn horizontal line anchored here (DrawingML connector + VML ``v:line`` fallback), like the
    rule Word users draw under the motto or the issuer.
``TextBox(lines, fallback=True)``
    A DrawingML text box (``mc:AlternateContent`` Choice) plus, by default, the VML Fallback copy of the
    same text, as Word writes it.
``Table(rows, borders=False)``
    ``rows`` is a list of rows; a cell is a string, a ``Para``, a ``Table`` (nested) or a list of those.

``make_docx(path, paragraphs, header_table=None, ...) -> Path`` writes the file; ``docx_bytes(...)`` returns
the bytes.  ``header_table=(left_lines, right_lines)`` puts a borderless 2-column table first (the usual
issuer / national-header block).  Keyword options: ``font``/``size`` (Normal style), ``page_mm=(w, h)``,
``landscape``, ``margins_mm=(top, bottom, left, right)``, ``header``/``footer`` (text, first section),
``author``, ``last_modified_by``, ``title``, ``title_page`` (different first page), ``first_header`` (text of the
first-page header; implies ``title_page``).

Import it as ``from docx_factory import ...`` (pytest puts ``tests/`` on ``sys.path`` because
``tests/conftest.py`` lives there).

Raw helpers for error tests: ``zip_bytes(members: dict[str, bytes])`` and ``replace_member(data, name, blob)``.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"
_NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_DATE = "2025-01-05T08:00:00Z"


@dataclass
class R:
    text: str
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    size: float | None = None
    font: str | None = None
    hidden: bool = False
    highlight: str | None = None
    color: str | None = None
    tracked: str | None = None  # ins | del | moveFrom | moveTo
    comment: tuple[str, str] | None = None  # (author, text)


@dataclass
class Field:
    instr: str
    result: str
    simple: bool = False


@dataclass
class Footnote:
    text: str


@dataclass
class Line:
    """A horizontal drawn line (the rule under the motto / issuer), DrawingML + VML fallback."""

    width_mm: float = 60


@dataclass
class TextBox:
    lines: list[str]
    fallback: bool = True


Inline = str | R | Field | Footnote | TextBox | Line


@dataclass
class Para:
    runs: str | list[Inline] = ""
    style: str | None = None
    align: str | None = None
    comment: tuple[str, str] | None = None
    inserted_mark: bool = False
    first_line_mm: float | None = None  # negative = hanging indent
    left_mm: float | None = None
    space_before_pt: float | None = None
    space_after_pt: float | None = None
    line_spacing: float | None = None  # multiple of single spacing


@dataclass
class Table:
    rows: list[list]
    borders: bool = False


Block = str | Para | Table


@dataclass
class _State:
    doc: object
    next_id: int = 1
    footnotes: list[tuple[int, str]] = field(default_factory=list)

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id


def _el(tag: str, **attrs: str):
    # python-docx's element factory, so runs get its custom classes (needed by add_comment)
    from docx.oxml import OxmlElement

    e = OxmlElement("w:" + tag)
    for k, v in attrs.items():
        e.set(W + k, v)
    return e


def _add_text(r_el, text: str, deleted: bool = False) -> None:
    """Append w:t / w:tab / w:br children for ``text`` to run element ``r_el``."""
    tag = "delText" if deleted else "t"
    buf = ""

    def flush():
        nonlocal buf
        if buf:
            t = _el(tag)
            t.text = buf
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r_el.append(t)
            buf = ""

    for ch in text:
        if ch == "\t":
            flush()
            r_el.append(_el("tab"))
        elif ch == "\n":
            flush()
            r_el.append(_el("br"))
        else:
            buf += ch
    flush()


def _rpr(r: R):
    rpr = _el("rPr")
    if r.font:
        rpr.append(_el("rFonts", ascii=r.font, hAnsi=r.font, cs=r.font))
    if r.bold is not None:
        rpr.append(_el("b", val="1" if r.bold else "0"))
    if r.italic is not None:
        rpr.append(_el("i", val="1" if r.italic else "0"))
    if r.hidden:
        rpr.append(_el("vanish"))
    if r.color:
        rpr.append(_el("color", val=r.color))
    if r.size is not None:
        rpr.append(_el("sz", val=str(round(r.size * 2))))
    if r.highlight:
        rpr.append(_el("highlight", val=r.highlight))
    if r.underline is not None:
        rpr.append(_el("u", val="single" if r.underline else "none"))
    return rpr


def _run(r: R):
    el = _el("r")
    rpr = _rpr(r)
    if len(rpr):
        el.append(rpr)
    _add_text(el, r.text, deleted=r.tracked in ("del", "moveFrom"))
    return el


def _xml(fragment: str):
    from docx.oxml import parse_xml

    return parse_xml(fragment)


def _textbox_run(tb: TextBox):
    from xml.sax.saxutils import escape

    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(s)}</w:t></w:r></w:p>" for s in tb.lines)
    fallback = (
        f"<mc:Fallback><w:pict><v:shape style=\"width:200pt;height:50pt\"><v:textbox><w:txbxContent>{paras}"
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        if tb.fallback
        else ""
    )
    return _xml(
        f"<w:r {_NSDECL}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" "
        "behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
        "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
        "<wp:extent cx=\"2540000\" cy=\"635000\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Text Box 1\"/>"
        "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        f"<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/><wps:txbx><w:txbxContent>{paras}</w:txbxContent>"
        "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"{fallback}</mc:AlternateContent></w:r>"
    )


def _line_run(line: Line):
    cx = int(line.width_mm * 36000)
    return _xml(
        f"<w:r {_NSDECL}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"2\" "
        "behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
        "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
        f"<wp:extent cx=\"{cx}\" cy=\"0\"/><wp:wrapNone/><wp:docPr id=\"2\" name=\"Straight Connector 2\"/>"
        "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        f"<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"0\"/></a:xfrm>"
        "<a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f"<v:line from=\"0,0\" to=\"{line.width_mm * 2.835:.0f}pt,0\"/></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def _field_elements(f: Field) -> list:
    if f.simple:
        fs = _el("fldSimple", instr=f" {f.instr} ")
        r = _el("r")
        _add_text(r, f.result)
        fs.append(r)
        return [fs]
    out = []
    r = _el("r")
    r.append(_el("fldChar", fldCharType="begin"))
    out.append(r)
    r = _el("r")
    it = _el("instrText")
    it.text = f" {f.instr} "
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(it)
    out.append(r)
    r = _el("r")
    r.append(_el("fldChar", fldCharType="separate"))
    out.append(r)
    r = _el("r")
    _add_text(r, f.result)
    out.append(r)
    r = _el("r")
    r.append(_el("fldChar", fldCharType="end"))
    out.append(r)
    return out


def _fill_paragraph(st: _State, p, spec: str | Para) -> None:
    """Fill python-docx paragraph ``p`` from ``spec``."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if isinstance(spec, str):
        spec = Para(spec)
    if spec.style:
        p.style = spec.style
    if spec.align:
        p.alignment = {
            "left": WD_ALIGN_PARAGRAPH.LEFT,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }[spec.align]
    pf = p.paragraph_format
    if spec.first_line_mm is not None:
        from docx.shared import Mm

        pf.first_line_indent = Mm(spec.first_line_mm)
    if spec.left_mm is not None:
        from docx.shared import Mm

        pf.left_indent = Mm(spec.left_mm)
    if spec.space_before_pt is not None:
        from docx.shared import Pt

        pf.space_before = Pt(spec.space_before_pt)
    if spec.space_after_pt is not None:
        from docx.shared import Pt

        pf.space_after = Pt(spec.space_after_pt)
    if spec.line_spacing is not None:
        pf.line_spacing = spec.line_spacing
    if spec.inserted_mark:
        ppr = p._p.get_or_add_pPr()
        rpr = _el("rPr")
        rpr.append(_el("ins", id=str(st.new_id()), author="Tester", date=_DATE))
        ppr.append(rpr)
    items = [spec.runs] if isinstance(spec.runs, str) else list(spec.runs)
    p_el = p._p
    for item in items:
        if isinstance(item, str):
            item = R(item)
        if isinstance(item, R):
            if not item.text and not item.tracked:
                continue
            run_el = _run(item)
            if item.tracked:
                wrap = _el(item.tracked, id=str(st.new_id()), author="Tester", date=_DATE)
                wrap.append(run_el)
                p_el.append(wrap)
            else:
                p_el.append(run_el)
            if item.comment:
                from docx.text.run import Run

                st.doc.add_comment(Run(run_el, p), text=item.comment[1], author=item.comment[0])
        elif isinstance(item, Field):
            for e in _field_elements(item):
                p_el.append(e)
        elif isinstance(item, Footnote):
            fid = len(st.footnotes) + 1
            st.footnotes.append((fid, item.text))
            r = _el("r")
            rpr = _el("rPr")
            rpr.append(_el("vertAlign", val="superscript"))
            r.append(rpr)
            r.append(_el("footnoteReference", id=str(fid)))
            p_el.append(r)
        elif isinstance(item, TextBox):
            p_el.append(_textbox_run(item))
        elif isinstance(item, Line):
            p_el.append(_line_run(item))
        else:  # pragma: no cover - programming error in a test
            raise TypeError(f"unsupported inline {item!r}")
    if spec.comment:
        runs = p.runs
        if runs:
            st.doc.add_comment(runs, text=spec.comment[1], author=spec.comment[0])


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = _el("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(side, val="nil"))
    # schema order: tblBorders comes before tblLook (Word rejects out-of-order children)
    look = tbl_pr.find(W + "tblLook")
    if look is not None:
        look.addprevious(borders)
    else:
        tbl_pr.append(borders)


def _fill_cell(st: _State, cell, content) -> None:
    items = content if isinstance(content, list) else [content]
    first = True
    for k, item in enumerate(items):
        if isinstance(item, Table):
            # python-docx appends an empty paragraph after a nested table (a cell must end with one)
            _add_table(st, cell, item)
            if first:
                cell._tc.remove(cell.paragraphs[0]._p)
            first = False
            continue
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        if not first and p._p.getprevious() is not None and p._p.getprevious().tag == W + "p" \
                and not len(p._p.getprevious()) and isinstance(items[k - 1], Table):
            # reuse the trailing empty paragraph python-docx left after the previous nested table
            p._p.getparent().remove(p._p)
            from docx.text.paragraph import Paragraph

            p = Paragraph(cell._tc.findall(W + "p")[-1], cell)
        first = False
        _fill_paragraph(st, p, item)


def _add_table(st: _State, container, spec: Table):
    """Add a table to the document body or to a cell (both have add_table(rows, cols))."""
    nrows = len(spec.rows)
    ncols = max((len(r) for r in spec.rows), default=1)
    table = container.add_table(nrows, ncols)
    if spec.borders:
        table.style = "Table Grid"
    else:
        _no_borders(table)
    for ri, row in enumerate(spec.rows):
        for ci, content in enumerate(row):
            _fill_cell(st, table.cell(ri, ci), content)
    return table


def _footnotes_part(st: _State) -> None:
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    notes = "".join(
        f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for fid, text in st.footnotes
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        f"</w:p></w:footnote>{notes}</w:footnotes>"
    )
    doc_part = st.doc.part
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        doc_part.package,
    )
    doc_part.relate_to(part, RT.FOOTNOTES)


def build(
    paragraphs: list[Block],
    header_table: tuple[list, list] | None = None,
    *,
    font: str | None = "Times New Roman",
    size: float | None = 14,
    page_mm: tuple[float, float] | None = (210, 297),
    landscape: bool = False,
    margins_mm: tuple[float, float, float, float] | None = (20, 20, 30, 15),
    header: str | None = None,
    footer: str | None = None,
    author: str | None = None,
    last_modified_by: str | None = None,
    title: str | None = None,
    title_page: bool = False,
    first_header: str | None = None,
):
    """Return the python-docx Document (not saved) for the given spec."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    d = docx.Document()
    st = _State(doc=d)
    normal = d.styles["Normal"]
    if font:
        normal.font.name = font
    if size:
        normal.font.size = Pt(size)
    if header_table is not None:
        left, right = header_table
        _add_table(st, d, Table([[list(left), list(right)]]))
    for block in paragraphs:
        if isinstance(block, Table):
            _add_table(st, d, block)
        else:
            _fill_paragraph(st, d.add_paragraph(), block)
    sec = d.sections[0]
    if page_mm:
        w, h = page_mm
        if landscape:
            w, h = max(w, h), min(w, h)
            sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(w), Mm(h)
    if margins_mm:
        top, bottom, left_m, right_m = margins_mm
        sec.top_margin, sec.bottom_margin = Mm(top), Mm(bottom)
        sec.left_margin, sec.right_margin = Mm(left_m), Mm(right_m)
    if title_page or first_header is not None:
        sec.different_first_page_header_footer = True
    if first_header is not None:
        sec.first_page_header.is_linked_to_previous = False
        sec.first_page_header.paragraphs[0].text = first_header
    if header is not None:
        sec.header.is_linked_to_previous = False
        sec.header.paragraphs[0].text = header
    if footer is not None:
        sec.footer.is_linked_to_previous = False
        sec.footer.paragraphs[0].text = footer
    cp = d.core_properties
    if author is not None:
        cp.author = author
    if last_modified_by is not None:
        cp.last_modified_by = last_modified_by
    if title is not None:
        cp.title = title
    if st.footnotes:
        _footnotes_part(st)
    return d


def docx_bytes(paragraphs: list[Block], header_table: tuple[list, list] | None = None, **options) -> bytes:
    buf = io.BytesIO()
    build(paragraphs, header_table, **options).save(buf)
    return buf.getvalue()


def make_docx(path, paragraphs: list[Block], header_table: tuple[list, list] | None = None, **options) -> Path:
    """Write a .docx built from ``paragraphs`` (see the module docstring) to ``path``; return the Path."""
    path = Path(path)
    path.write_bytes(docx_bytes(paragraphs, header_table, **options))
    return path


def zip_bytes(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip with the given members (str values are UTF-8 encoded), in order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, blob in members.items():
            z.writestr(name, blob.encode("utf-8") if isinstance(blob, str) else blob)
    return buf.getvalue()


def replace_member(data: bytes, name: str, blob: bytes | str) -> bytes:
    """Return a copy of zip ``data`` with member ``name`` replaced (or added)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = {i.filename: src.read(i.filename) for i in src.infolist()}
    members[name] = blob.encode("utf-8") if isinstance(blob, str) else blob
    return zip_bytes(members)
