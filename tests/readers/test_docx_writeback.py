"""Write-back contract: paragraph handles map source text to XML nodes; save() rewrites only modified parts."""

from __future__ import annotations

import io
import itertools
import unicodedata
import zipfile

from docx_factory import Field, Footnote, Para, R, Table, TextBox, docx_bytes

from tdnlint.readers.docx import DocxReader

TEXT_KINDS = {"t", "ins", "moveTo", "field", "math"}
SYNTHETIC = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "nbh": "-"}


def rebuild(p) -> str:
    """The paragraph's source text reassembled from its pieces."""
    out = []
    for pc in p.handle.pieces:
        if pc.kind in TEXT_KINDS:
            out.append(pc.node.text[pc.offset : pc.offset + pc.src_end - pc.src_start])
        else:
            out.append(SYNTHETIC.get(pc.kind, p.original[pc.src_start : pc.src_end]))
    return "".join(out)


def sample() -> bytes:
    return docx_bytes(
        [
            Para([R("Quy đ", bold=True), R("ịnh chung")]),
            Para(["Đã ", R("thêm", tracked="ins"), R("xóa", tracked="del"), " xong"]),
            Para(["Trang ", Field("PAGE", "2"), "\tcuối\ndòng"]),
            Para(["Neo", TextBox(["Trong hộp"]), Footnote("Ghi chú.")]),
            unicodedata.normalize("NFD", "Tiếng Việt tổ hợp"),
            Table([["ô một", "ô hai"]]),
        ],
        header="Đầu trang",
        footer="Chân trang",
    )


def test_pieces_cover_every_paragraph_source_exactly():
    doc = DocxReader().read("a.docx", sample())
    for p in doc.paragraphs:
        pieces = p.handle.pieces
        assert rebuild(p) == p.original, (p.part, p.number)
        assert all(a.src_end == b.src_start for a, b in itertools.pairwise(pieces))
        if pieces:
            assert pieces[0].src_start == 0 and pieces[-1].src_end == len(p.original)
    kinds = {pc.kind for p in doc.paragraphs for pc in p.handle.pieces}
    assert {"t", "ins", "field", "tab", "br"} <= kinds


def test_handle_points_at_the_paragraph_element_in_its_part():
    doc = DocxReader().read("a.docx", sample())
    header = next(p for p in doc.paragraphs if p.part == "header")
    assert header.handle.part == "word/header1.xml"
    assert header.handle.element.tag.endswith("}p")
    box = next(p for p in doc.main if p.handle.textbox)
    assert box.text == "Trong hộp" and rebuild(box) == "Trong hộp"
    assert doc.main[1].handle.pieces_in(3, 5)[0].kind == "ins"


def test_save_rewrites_only_modified_parts_and_copies_the_rest_byte_identical():
    data = sample()
    doc = DocxReader().read("a.docx", data)
    p = doc.main[0]
    piece = p.handle.pieces_in(0, 1)[0]
    piece.node.text = "Các quy đ"
    out = doc.handle.save({p.handle.part})

    zin, zout = zipfile.ZipFile(io.BytesIO(data)), zipfile.ZipFile(io.BytesIO(out))
    assert zout.testzip() is None
    assert [i.filename for i in zin.infolist()] == [i.filename for i in zout.infolist()]
    for a, b in zip(zin.infolist(), zout.infolist(), strict=True):
        assert a.compress_type == b.compress_type
        if a.filename == "word/document.xml":
            continue
        raw_a = data[a.header_offset : a.header_offset + 30 + len(a.filename) + a.compress_size]
        raw_b = out[b.header_offset : b.header_offset + 30 + len(b.filename) + b.compress_size]
        assert raw_a == raw_b, a.filename  # local header + compressed bytes copied verbatim

    again = DocxReader().read("b.docx", out)
    assert again.main[0].text == "Các quy định chung"
    assert [q.text for q in again.paragraphs[1:]] == [q.text for q in doc.paragraphs[1:]]


def test_save_without_changes_round_trips_and_python_docx_opens_the_result():
    import docx

    data = sample()
    doc = DocxReader().read("a.docx", data)
    hdr = next(p for p in doc.paragraphs if p.part == "header")
    hdr.handle.pieces[0].node.text = "Trang đầu mới"
    out = doc.handle.save({hdr.handle.part})
    assert docx.Document(io.BytesIO(out)).sections[0].header.paragraphs[0].text == "Trang đầu mới"
    assert DocxReader().read("c.docx", doc.handle.save()).main[0].text == "Quy định chung"


def test_nfd_fix_maps_analysis_offsets_to_source_nodes():
    doc = DocxReader().read("a.docx", sample())
    p = next(q for q in doc.main if q.source is not None)
    a = p.text.index("Việt")
    s, e = p.source_index(a), p.source_index(a + len("Việt"))
    assert unicodedata.normalize("NFC", p.original[s:e]) == "Việt"
    [piece] = p.handle.pieces_in(s, e)
    assert piece.node.text[s:e] == p.original[s:e]


def test_streamed_main_part_is_visible_in_package_trees():
    doc = DocxReader().read("a.docx", sample())
    pkg = doc.handle
    assert "word/document.xml" in pkg.trees  # parsed again on first access (it was streamed)
    ids = {el.get(pkg.xml("word/document.xml").nsmap["w"] and
                  "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id")
           for root in pkg.trees.values() for el in root.iter() if isinstance(el.tag, str)}
    assert len(ids - {None}) >= 2  # the tracked-change ids of the main part are seen
    # and handles resolve against that same tree
    assert doc.main[0].handle.element.getroottree().getroot() is pkg.xml("word/document.xml")


def test_fallback_writer_keeps_order_and_content(monkeypatch):
    from tdnlint.ooxml.package import Package

    data = sample()
    doc = DocxReader().read("a.docx", data)
    doc.main[0].handle.pieces[0].node.text = "Điều chỉnh"

    def boom(self, *a):
        raise ValueError("zip64")

    monkeypatch.setattr(Package, "_save_raw", boom)
    out = doc.handle.save({doc.main[0].handle.part})
    zin, zout = zipfile.ZipFile(io.BytesIO(data)), zipfile.ZipFile(io.BytesIO(out))
    assert [i.filename for i in zin.infolist()] == [i.filename for i in zout.infolist()]
    assert DocxReader().read("b.docx", out).main[0].text.startswith("Điều chỉnh")


def test_a_handle_never_resolves_to_a_different_paragraph():
    import pytest

    doc = DocxReader().read("a.docx", sample())
    handle = doc.main[2].handle
    handle._check ^= 1  # as if the paragraph found at this ordinal were not the one that was read
    with pytest.raises(ValueError, match="no longer matches"):
        _ = handle.pieces
