"""The .docx reader: what text, positions and formatting it exposes (fixtures built with docx_factory)."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import lint_path
from docx_factory import Field, Footnote, Para, R, Table, TextBox, docx_bytes, make_docx, replace_member

from tdnlint.readers.docx import DocxReader

HEADER = (
    ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 05 tháng 01 năm 2025"],
)


def read(blocks, header_table=None, **options):
    data = docx_bytes(blocks, header_table, **options)
    return DocxReader().read("t.docx", data)


def texts(doc, part=None):
    return [p.text for p in doc.paragraphs if part is None or p.part == part]


def test_header_table_is_read_cell_by_cell_then_body_with_paragraph_numbers():
    doc = read(["KẾ HOẠCH", "", "Triển khai nhiệm vụ năm 2025."], HEADER)
    main = doc.main
    assert [p.text for p in main] == [*HEADER[0], *HEADER[1], "KẾ HOẠCH", "", "Triển khai nhiệm vụ năm 2025."]
    assert [p.table for p in main[:6]] == [(1, 1, 1)] * 3 + [(1, 1, 2)] * 3
    assert {p.part for p in main[:6]} == {"table"} and {p.part for p in main[6:]} == {"body"}
    # empty paragraphs are counted: line = 1-based main-story paragraph number
    assert [p.line for p in main] == list(range(1, 10))
    assert [p.number for p in main] == list(range(1, 10))


def test_nested_tables_are_numbered_in_document_order_with_grid_columns():
    doc = read([Table([["a", [Table([["lồng 1", "lồng 2"]]), "sau"]], ["c", "d"]])])
    got = [(p.text, p.table) for p in doc.main if p.text]
    assert got == [
        ("a", (1, 1, 1)),
        ("lồng 1", (2, 1, 1)),
        ("lồng 2", (2, 1, 2)),
        ("sau", (1, 1, 2)),
        ("c", (1, 2, 1)),
        ("d", (1, 2, 2)),
    ]


def test_word_split_across_runs_is_one_word_with_exact_run_boundaries():
    doc = read([Para([R("Quy đ", bold=True, size=13), R("ịnh chung", italic=True, font="Arial")])])
    [p] = doc.main
    assert p.text == "Quy định chung"
    assert [(r.start, r.end) for r in p.runs] == [(0, 5), (5, 14)]
    first, second = p.runs
    assert (first.bold, first.size, first.font) == (True, 13.0, "Times New Roman")
    assert (second.bold, second.italic, second.size, second.font) == (None, True, 14.0, "Arial")
    assert p.runs_at(4, 6) == [first, second]


def test_runs_with_identical_formatting_are_merged():
    [p] = read([Para(["Căn ", "cứ ", R("Luật", bold=True)])]).main
    assert [(r.start, r.end, r.bold) for r in p.runs] == [(0, 7, None), (7, 11, True)]


def test_formatting_comes_from_style_chain_and_doc_defaults():
    doc = read(["Nội dung"], font="Times New Roman", size=13)
    assert (doc.default_font, doc.default_size) == ("Times New Roman", 13.0)
    [p] = doc.main
    assert p.style == "Normal"
    assert (p.runs[0].font, p.runs[0].size) == ("Times New Roman", 13.0)
    assert "Times New Roman" in doc.declared_fonts


def test_paragraph_style_alignment_and_outline_level():
    doc = read([Para("I. MỤC ĐÍCH", style="Heading 1"), Para("Nội dung", align="both"), Para("Tên", align="center")])
    h, body, centre = doc.main
    assert h.style == "Heading 1" and h.outline_level == 1
    assert body.alignment == "both" and centre.alignment == "center"
    assert body.outline_level is None


def test_tracked_insertion_is_read_deletion_is_not_and_both_are_counted():
    doc = read([Para(["Đã ", R("bổ sung", tracked="ins"), R("xóa bỏ", tracked="del"), " nội dung."])])
    assert doc.main[0].text == "Đã bổ sung nội dung."
    assert doc.tracked_changes == 2


def test_moves_and_paragraph_mark_insertions_count_as_tracked_changes():
    doc = read([Para([R("cũ", tracked="moveFrom"), R("mới", tracked="moveTo")], inserted_mark=True)])
    assert doc.main[0].text == "mới"
    assert doc.tracked_changes == 3


def test_field_result_is_read_and_instruction_text_is_not():
    doc = read([Para(["Trang ", Field("PAGE", "3")]), Para(["Ngày ", Field("DATE", "05/01/2025", simple=True)])])
    assert texts(doc) == ["Trang 3", "Ngày 05/01/2025"]
    assert "PAGE" not in doc.main[0].text


def test_tabs_and_line_breaks_keep_one_paragraph():
    [p] = read(["ỦY BAN NHÂN DÂN\tCỘNG HÒA\nTỈNH X"]).main
    assert p.text == "ỦY BAN NHÂN DÂN\tCỘNG HÒA\nTỈNH X"


def test_text_box_is_read_once_right_after_its_anchor_paragraph():
    doc = read(["Trước", Para(["Neo", TextBox(["Dòng 1 trong hộp", "Dòng 2"])]), "Sau"])
    assert texts(doc) == ["Trước", "Neo", "Dòng 1 trong hộp", "Dòng 2", "Sau"]
    assert [p.line for p in doc.main] == [1, 2, 3, 4, 5]
    assert [p.handle.textbox for p in doc.main] == [False, False, True, True, False]
    assert doc.main[2].part == "body"


def test_nfd_text_is_normalised_and_positions_point_into_the_original(tmp_path):
    nfd = unicodedata.normalize("NFD", "Thực hiện chỉ đạo năm 2021,Ban Thường trực")
    path = make_docx(tmp_path / "nfd.docx", ["Mở đầu", nfd])
    doc = DocxReader().read(str(path), path.read_bytes())
    p = doc.main[1]
    assert not doc.was_nfc
    assert p.text == unicodedata.normalize("NFC", nfd) and p.original == nfd
    [f] = lint_path(path, select=["TDN201"]).findings
    assert (f.line, f.column, f.text) == (2, nfd.index(",") + 1, ",")
    assert nfd.index(",") != p.text.index(",")  # the column really is the source (NFD) one


def test_headers_footers_footnotes_and_comments_are_separate_parts():
    doc = read(
        [Para(["Văn bản chính", Footnote("Chú thích số một.")]), Para("Câu cần sửa.", comment=("Nguyễn Văn A", "Xem lại"))],
        header="Đầu trang",
        footer="Chân trang",
    )
    assert texts(doc, "body") == ["Văn bản chính", "Câu cần sửa."]
    assert texts(doc, "header") == ["Đầu trang"]
    assert texts(doc, "footer") == ["Chân trang"]
    assert [t.strip() for t in texts(doc, "footnote")] == ["Chú thích số một."]
    assert texts(doc, "comment") == ["Xem lại"]
    for part in ("header", "footer", "footnote", "comment"):
        [p] = [p for p in doc.paragraphs if p.part == part]
        assert (p.line, p.number) == (None, 1)
    [c] = doc.comments
    assert (c.author, c.text) == ("Nguyễn Văn A", "Xem lại")
    target = doc.main[1]
    assert c.anchor == (target.index, 0, len(target.text)) and c.anchor_end is None


def test_comment_on_part_of_a_paragraph_has_exact_anchor():
    doc = read([Para(["Trong kế hoạch ", R("năm 2021", comment=("B", "Sai năm")), " có lỗi."])])
    [c] = doc.comments
    p = doc.main[0]
    assert p.text[c.anchor[1] : c.anchor[2]] == "năm 2021"


def test_hidden_text_and_highlights_are_counted_and_flagged_on_runs():
    doc = read([Para(["Hiện ", R("ẩn", hidden=True), " và ", R("tô vàng", highlight="yellow")])])
    assert (doc.hidden_text, doc.highlights) == (1, 1)
    runs = doc.main[0].runs
    assert [r.hidden for r in runs if r.hidden] == [True]
    assert [r.highlight for r in runs if r.highlight] == ["yellow"]


def test_sections_are_in_millimetres_with_orientation():
    doc = read(["x"], page_mm=(210, 297), margins_mm=(20, 25, 30, 15))
    [s] = doc.sections
    assert (s.page_width_mm, s.page_height_mm, s.orientation) == (210.0, 297.0, "portrait")
    assert (s.margin_top_mm, s.margin_bottom_mm, s.margin_left_mm, s.margin_right_mm) == (20.0, 25.0, 30.0, 15.0)
    [land] = read(["x"], landscape=True).sections
    assert land.orientation == "landscape" and land.page_width_mm == 297.0


def test_core_properties():
    doc = read(["x"], author="Nguyễn Văn A", last_modified_by="Trần Thị B", title="Kế hoạch")
    assert doc.properties["author"] == "Nguyễn Văn A"
    assert doc.properties["last_modified_by"] == "Trần Thị B"
    assert doc.properties["title"] == "Kế hoạch"
    assert "created" in doc.properties and "modified" in doc.properties


def test_strict_namespaces_and_nonstandard_prefixes_are_read():
    data = docx_bytes(["Nội dung chính", Para("Căn giữa", align="center")])
    import io
    import zipfile

    z = zipfile.ZipFile(io.BytesIO(data))
    strict = data
    for name in ("word/document.xml", "word/styles.xml", "_rels/.rels", "word/_rels/document.xml.rels"):
        xml = z.read(name).decode("utf-8")
        xml = xml.replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                          "http://purl.oclc.org/ooxml/wordprocessingml/main")
        xml = xml.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                          "http://purl.oclc.org/ooxml/officeDocument/relationships")
        # package relationships keep their own namespace in Strict
        xml = xml.replace('xmlns="http://purl.oclc.org/ooxml/officeDocument/relationships"',
                          'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"')
        strict = replace_member(strict, name, xml)
    doc = DocxReader().read("s.docx", strict)
    assert texts(doc) == ["Nội dung chính", "Căn giữa"]
    assert doc.main[1].alignment == "center" and doc.sections[0].page_width_mm == 210.0

    ns0 = (
        '\ufeff<?xml version="1.0" encoding="UTF-8"?>'
        '<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body>'
        "<ns0:p><ns0:r><ns0:t>Tiền tố lạ</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"
    )
    doc = DocxReader().read("n.docx", replace_member(data, "word/document.xml", ns0))
    assert texts(doc) == ["Tiền tố lạ"]


def test_main_part_is_found_through_package_relationships():
    import io
    import zipfile

    data = docx_bytes(["Ở đường dẫn khác"])
    z = zipfile.ZipFile(io.BytesIO(data))
    members = {i.filename: z.read(i.filename) for i in z.infolist()}
    members["word/main2.xml"] = members.pop("word/document.xml")
    members["word/_rels/main2.xml.rels"] = members.pop("word/_rels/document.xml.rels")
    members["_rels/.rels"] = members["_rels/.rels"].replace(b"word/document.xml", b"word/main2.xml")
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(b"/word/document.xml", b"/word/main2.xml")
    from docx_factory import zip_bytes

    doc = DocxReader().read("a.docx", zip_bytes(members))
    assert texts(doc) == ["Ở đường dẫn khác"]
    assert doc.handle.main == "word/main2.xml"


@pytest.mark.parametrize("name", ["misnamed.doc", "draft.DOCX", "template.dotx"])
def test_zip_content_is_read_whatever_the_extension(tmp_path, name):
    from conftest import registry

    from tdnlint.engine import Engine, RunOptions

    path = make_docx(tmp_path / name, ["Nội dung"])
    doc = Engine(registry(), RunOptions(no_config=True)).read(str(path))
    assert doc.format == "docx" and doc.main[0].text == "Nội dung"


def test_unterminated_field_does_not_hide_the_rest_of_the_document():
    import io
    import zipfile

    data = docx_bytes([Para(["Trang ", Field("PAGE", "1")]), "Đoạn hai", "Đoạn ba", "Đoạn bốn", "Đoạn năm"])
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    xml = xml.replace('<w:r><w:fldChar w:fldCharType="separate"/></w:r>', "")
    xml = xml.replace('<w:r><w:fldChar w:fldCharType="end"/></w:r>', "")
    assert "separate" not in xml and '"end"' not in xml
    doc = DocxReader().read("f.docx", replace_member(data, "word/document.xml", xml))
    assert "PAGE" not in doc.main[0].text
    assert doc.main[-1].text == "Đoạn năm"


def test_paragraph_layout_is_exposed_in_mm_and_points():
    doc = read([Para("Thân bài", first_line_mm=10, space_before_pt=6, space_after_pt=3, line_spacing=1.5),
                Para("Treo", first_line_mm=-5, left_mm=20), "Mặc định"])
    body, hanging, plain = doc.main
    assert (body.first_line_indent_mm, body.space_before_pt, body.space_after_pt) == (10.0, 6.0, 3.0)
    assert (body.line_spacing, body.line_spacing_pt) == (1.5, None)
    assert (hanging.first_line_indent_mm, hanging.left_indent_mm) == (-5.0, 20.0)
    assert plain.first_line_indent_mm is None


def test_field_types_title_page_and_header_scope():
    doc = read([Para(["Trang ", Field("PAGE", "1")]), Para(["Ngày ", Field("DATE \\@ dd/MM/yyyy", "05/01")])],
               header="Đầu trang", title_page=True)
    assert [p.fields for p in doc.main] == [("PAGE",), ("DATE",)]
    assert doc.sections[0].title_page is True
    [h] = [p for p in doc.paragraphs if p.part == "header"]
    assert h.shown_on == "default"


def test_drawn_lines_and_text_boxes_are_reported_on_their_anchor_paragraph():
    from docx_factory import Line

    doc = read([Para(["Độc lập - Tự do - Hạnh phúc", Line()]), Para(["Neo", TextBox(["Hộp"])]), "Thường"])
    assert [p.drawings for p in doc.main] == [("line",), ("textbox",), (), ()]


def test_automatic_list_numbers_are_exposed_as_labels_not_text():
    doc = read([Para("Mục đích", style="List Number"), Para("Yêu cầu", style="List Number"), "Thường",
                Para("Ý một", style="List Bullet")])
    assert [p.list_label for p in doc.main] == ["1.", "2.", None, "•"]
    assert doc.main[0].text == "Mục đích"


def test_numbering_formats():
    from tdnlint.ooxml.numbering import format_number

    assert [format_number(v, f) for v, f in [(4, "upperRoman"), (9, "lowerRoman"), (2, "lowerLetter"),
                                              (27, "upperLetter"), (3, "decimalZero"), (7, "decimal")]] == \
        ["IV", "ix", "b", "AA", "03", "7"]


def test_multilevel_numbering_restarts_and_overrides():
    from lxml import etree

    from tdnlint.ooxml.names import TRANSITIONAL
    from tdnlint.ooxml.numbering import Numbering

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    root = etree.fromstring(
        f"<w:numbering {w}><w:abstractNum w:abstractNumId=\"0\">"
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>'
    )
    num = Numbering(root, TRANSITIONAL)
    seq = [("1", 0), ("1", 1), ("1", 2), ("1", 2), ("1", 1), ("1", 2), ("1", 0), ("1", 1), ("2", 0), ("0", 0)]
    assert [num.label(a, b) for a, b in seq] == ["I.", "I.1.", "a)", "b)", "I.2.", "a)", "II.", "II.1.", "I.", None]


def test_first_page_header_is_marked():
    doc = read(["x"], header="Trang sau", first_header="")
    got = sorted((p.shown_on, p.text) for p in doc.paragraphs if p.part == "header")
    assert got == [("default", "Trang sau"), ("first", "")]
    assert doc.sections[0].title_page
