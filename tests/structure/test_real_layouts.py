"""Issue 9 ("trustworthy on real documents"): layouts and text classes of real issued documents that the
structure analyses used to misread.  Every fixture in fixtures/structure/layouts/ is our own correct text in
the shape of one class; none may get an error-level finding, and none may get a finding from the structure
rule families (header, numbering, signature, sections)."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, codes, lint_path, lint_text, registry
from docx_factory import Para, Table, make_docx
from structure_docx import docx_from_text

from tdnlint.analysis.segments import Span, segment
from tdnlint.config import Settings
from tdnlint.engine import Engine, RunOptions

LAYOUTS = sorted((FIXTURES / "structure" / "layouts").glob("*.txt"))
STRUCTURE = ("TDN10", "TDN11", "TDN50", "TDN51", "TDN53")


def _read(path_or_text, name="draft.txt"):
    engine = Engine(registry(), RunOptions(no_config=True))
    if isinstance(path_or_text, str) and "\n" in path_or_text:
        return engine, engine.read(name, path_or_text.encode("utf-8"))
    return engine, engine.read(str(path_or_text))


def _errors(result, layout=True):
    """Error-level findings; ``layout=False`` leaves out the .docx layout rules (TDN6xx): the test factory
    writes every line in 14 pt, recipients included."""
    return [(f.rule, f.line, f.message) for f in result.findings
            if f.severity.value == "error" and (layout or not f.rule.startswith("TDN6"))]


def _structure(result):
    return [(f.rule, f.line, f.message) for f in result.findings if f.rule.startswith(STRUCTURE)]


@pytest.mark.parametrize("path", LAYOUTS, ids=lambda p: p.stem)
def test_layout_fixture_has_no_error_and_no_structure_finding(path):
    result = lint_path(path)
    assert _errors(result) == []
    assert _structure(result) == []


@pytest.mark.parametrize("path", LAYOUTS, ids=lambda p: p.stem)
def test_layout_fixture_docx_twin_has_no_error(path, tmp_path):
    docx = docx_from_text(path.read_text(encoding="utf-8"), tmp_path / (path.stem + ".docx"))
    result = lint_path(docx)
    assert _errors(result, layout=False) == []
    assert _structure(result) == []


# ---- what the segmentation reads ------------------------------------------------------------------------


def _seg(name):
    _, doc = _read(FIXTURES / "structure" / "layouts" / name)
    return doc, segment(doc)


def test_attached_regulation_after_the_decision_is_its_own_region():
    doc, seg = _seg("qd_with_attached_quy_che.txt")
    assert seg.form == "document" and seg.confidence == "high"
    assert seg.signer_name is not None and seg.text_of(seg.signer_name) == "Đỗ Quang Vinh"
    [head] = seg.attachments
    assert doc.paragraphs[head].text == "QUY CHẾ" and head in seg.appendices
    assert all(i < head for i in seg.body)  # the attachment's articles are not the decision's


def test_standalone_attachment_has_the_attachment_form_and_no_date_line():
    _, seg = _seg("attached_quy_dinh_standalone.txt")
    assert seg.form == "attachment" and seg.date is None and seg.number is None
    assert seg.doc_type == "QUY ĐỊNH"  # the type name, not the chapter title "QUY ĐỊNH CHUNG"


def test_chapter_title_quy_dinh_chung_is_not_the_type_name():
    doc, seg = _seg("chuong_muc_restart.txt")
    assert seg.doc_type == "QUY CHẾ"
    # "Chương I" is body, not swallowed by the title block
    assert any(doc.paragraphs[i].text == "Chương I" for i in seg.body)


def test_quoted_law_text_is_an_embedded_region():
    doc, seg = _seg("quoted_article_items.txt")
    quoted = [doc.paragraphs[i].text for a, b in seg.embedded for i in range(a, b + 1)]
    assert quoted[0].startswith("“Điều 5.") and quoted[-1].endswith("quy định.”")
    assert all(seg.is_quoted(i) for a, b in seg.embedded for i in range(a, b + 1))
    assert not any(seg.is_quoted(i) for i in seg.body if doc.paragraphs[i].text.startswith("Điều 2."))


def test_cong_dien_addressees_are_read_like_kinh_gui():
    doc, seg = _seg("cong_dien.txt")
    lines = [doc.paragraphs[i].text for i in seg.kinh_gui]
    assert lines[0].endswith("điện:") and lines[1].startswith("- Chủ tịch")


def test_three_line_issuer():
    _, seg = _seg("issuer_three_lines.txt")
    assert [seg.text_of(s) for s in seg.issuer] == ["ỦY BAN NHÂN DÂN TỈNH HÒA AN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                                                    "CHI CỤC KIỂM LÂM"]
    assert seg.number is not None


def test_recipients_before_the_signature_with_footnotes_after():
    _, seg = _seg("recipients_before_signature_footnotes.txt")
    assert seg.recipients_label is not None and seg.text_of(seg.signer_name) == "Nông Văn Thái"


def test_draft_blanks_are_a_draft_not_errors():
    _, seg = _seg("draft_template_blanks.txt")
    assert seg.is_draft and seg.number.blank and seg.date.blank and seg.date.real


# ---- header-less texts: one info finding, not a cascade ------------------------------------------------

HEADERLESS = """Điều 7.2.TT.4.1. Phạm vi điều chỉnh

(Điều 1 Thông tư số 12/2019/TT-BXX ngày 05/02/2019 của Bộ XX, có hiệu lực kể từ ngày 20/3/2019)

Thông tư này quy định việc lập sổ theo dõi tài sản công.

Điều 7.2.TT.4.3. Giải thích từ ngữ

1. Tài sản công là tài sản do Nhà nước quản lý.

3. Sổ theo dõi là sổ ghi chép biến động tài sản.

Mục 3

Điều 7.2.TT.4.9. Trách nhiệm thi hành

Các bộ, cơ quan ngang bộ chịu trách nhiệm thi hành Thông tư này.
"""


def test_headerless_legal_text_gets_one_info_finding():
    result = lint_text(HEADERLESS, select=["TDN1", "TDN5"])
    assert [(f.rule, f.severity.value) for f in result.findings] == [("TDN101", "info")]


def test_one_line_note_is_not_a_document_either():
    result = lint_text("Đề nghị các đồng chí nghiên cứu trước cuộc họp.\n", select=["TDN1", "TDN5"])
    assert [(f.rule, f.severity.value) for f in result.findings] == [("TDN101", "info")]


def test_document_without_national_header_still_gets_the_missing_part_findings():
    text = (FIXTURES / "structure" / "clean" / "state_kehoach.txt").read_text(encoding="utf-8")
    text = text.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "").replace("Độc lập - Tự do - Hạnh phúc\n", "")
    result = lint_text(text, select=["TDN101"])
    assert codes(result) == ["TDN101"]


# ---- numbering --------------------------------------------------------------------------------------------

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA AN\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHòa An, ngày 03 tháng 3 năm 2026\n\nKẾ HOẠCH\nTổ chức hội thi\n\n")
TAIL = "\nNơi nhận:\n- Các xã;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Minh Tâm\n"


def _with_labels(text, labels: dict[str, str], select):
    engine, doc = _read(text)
    for p in doc.paragraphs:
        for start, label in labels.items():
            if p.text.startswith(start):
                p.list_label = label
    return engine.lint_document(doc, Settings(select=select))


def test_word_letter_labels_merge_with_a_typed_d_bar():
    body = ("I. NỘI DUNG\n1. Các phần thi:\nThi viết bài;\nThi vấn đáp;\nThi ứng xử;\nThi năng khiếu;\n"
            "đ) Thi tài năng;\nThi trình diễn.\n")
    labels = {"Thi viết": "a)", "Thi vấn": "b)", "Thi ứng": "c)", "Thi năng": "d)", "Thi trình": "e)"}
    result = _with_labels(HEAD + body + TAIL, labels, ["TDN51"])
    assert codes(result) == []
    # without Word's labels the typed "đ)" alone starts a list at đ: that is what the merge prevents
    assert "TDN514" in codes(lint_text(HEAD + body + TAIL, select=["TDN514"]))


def test_word_auto_numbered_list_in_docx(tmp_path):
    path = make_docx(tmp_path / "auto.docx", [
        "KẾ HOẠCH", "Tổ chức hội thi", "I. NỘI DUNG",
        Para("Chuẩn bị địa điểm.", style="List Number"),
        "2. Mời ban giám khảo.", "3. Tổng kết, trao giải./.",
    ], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH HÒA AN", "Số: 12/KH-UBND"],
                     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "Hòa An, ngày 03 tháng 3 năm 2026"]))
    result = lint_path(path, select=["TDN511"])
    assert codes(result) == []


def test_roman_looking_capital_words_are_not_numerals():
    doc, _ = _seg("caps_roman_like.txt")
    from tdnlint.context import Context

    ctx = Context(doc, Settings(), registry())
    labels = [it.label for it in ctx.outline.items if it.kind == "roman"]
    assert labels == ["I", "II"]


def test_mixed_letter_separator_reported_once_per_list_with_related_places():
    body = "I. NỘI DUNG\n1. Các phần thi:\na. Thi viết;\nb. Thi vấn đáp;\nc. Thi ứng xử.\n"
    result = lint_text(HEAD + body + TAIL, select=["TDN513"])
    [f] = result.findings
    assert "2 mục khác" in f.message and len(f.related) == 2
    assert len(f.fix.edits) == 3


def test_lone_jump_gets_no_renumbering_fix():
    body = "Điều 15. Thi hành\n1. Một.\n2. Hai.\n17. Quy định chuyển tiếp\n"
    result = lint_text(HEAD.replace("KẾ HOẠCH", "QUY CHẾ") + body + TAIL, select=["TDN511"])
    [f] = result.findings
    assert f.fix is None and "kiểm tra lại" in f.message


def test_confirmed_duplicate_keeps_its_fix():
    body = "I. NỘI DUNG\n1. Một\n2. Hai\n2. Ba\n4. Bốn\n"
    [f] = lint_text(HEAD + body + TAIL, select=["TDN511"]).findings
    assert f.fix is not None and f.fix.edits[0].replacement == "3"


def test_heading_case_stops_at_the_colon():
    body = "I. KẾT QUẢ\nĐã hoàn thành.\nII. KIẾN NGHỊ, ĐỀ XUẤT: Không.\n"
    assert codes(lint_text(HEAD + body + TAIL, select=["TDN516"])) == []


# ---- signature and summary fixes ----------------------------------------------------------------------


def test_deputy_with_concurrent_posts_gets_the_collective_head_not_the_second_post():
    body = "I. NỘI DUNG\n1. Một.\n"
    tail = ("\nNơi nhận:\n- Các xã;\n- Lưu: VT.\nTM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND TỈNH\n\n"
            "Hoàng Minh Tâm\n")
    [f] = lint_text(HEAD + body + tail, select=["TDN533"]).findings
    assert "KT. TRƯỞNG BAN" in f.message and "CHỦ TỊCH UBND" not in f.message and f.suggestion is None


def test_party_summary_repeating_the_type_word_drops_it():
    text = (FIXTURES / "structure" / "clean" / "party_huongdan.txt").read_text(encoding="utf-8")
    seg_title = text.split("HƯỚNG DẪN\n", 1)
    text = seg_title[0] + "HƯỚNG DẪN\nHướng dẫn " + seg_title[1]
    [f] = lint_text(text, select=["TDN118"]).findings
    assert f.fix.edits[0].replacement == "" and "bỏ đi" in f.message


# ---- DateLine, Span -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "ok"), [("29 tháng 02 năm 2024", True), ("29 tháng 02 năm 2026", False)])
def test_date_line_is_parsed_once_with_the_real_calendar(day, ok):
    text = HEAD.replace("03 tháng 3 năm 2026", day) + "I. NỘI DUNG\n1. Một./.\n" + TAIL
    _, doc = _read(text)
    seg = segment(doc)
    assert seg.date.day == 29 and seg.date.month == 2 and seg.date.real is ok
    # one finding per problem: an impossible date is the dates analysis' (TDN320), not TDN113's
    assert "TDN113" not in codes(lint_text(text, select=["TDN113"]))
    assert ("TDN320" in codes(lint_text(text, select=["TDN320"]))) is (not ok)


def test_span_is_a_tuple_with_text():
    _, doc = _read(HEAD + "I. NỘI DUNG\n1. Một./.\n" + TAIL)
    seg = segment(doc)
    assert isinstance(seg.title, Span) and seg.title.text == "KẾ HOẠCH"
    i, s, e = seg.title
    assert doc.paragraphs[i].text[s:e] == "KẾ HOẠCH" and seg.title == (i, s, e)
    assert seg.number.symbol_span.text == "/KH-UBND"


# ---- .docx layouts ------------------------------------------------------------------------------------


def test_number_line_in_the_second_row_of_the_header_table(tmp_path):
    path = make_docx(tmp_path / "row2.docx", [
        Table([["ỦY BAN NHÂN DÂN\u2028TỈNH HÒA AN", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]],
               ["Số: 88/TB-UBND", "Hòa An, ngày 03 tháng 3 năm 2026"]]),
        "THÔNG BÁO", "Lịch tiếp công dân tháng 3", "Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân vào thứ Năm./.",
        Table([[["Nơi nhận:", "- Các sở;", "- Lưu: VT."], ["CHỦ TỊCH", "", "Hoàng Minh Tâm"]]]),
    ])
    _, doc = _read(path)
    seg = segment(doc)
    assert seg.number is not None and seg.date is not None and seg.title is not None
    assert _errors(lint_path(path), layout=False) == []


def test_recipients_continued_in_the_next_table_row(tmp_path):
    path = make_docx(tmp_path / "rows.docx", [
        "THÔNG BÁO", "Lịch tiếp công dân tháng 3", "Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân vào thứ Năm./.",
        Table([[["Nơi nhận:", "- Các sở;", "- Các huyện;"], ["CHỦ TỊCH"]],
               [["- Văn phòng tỉnh;", "- Lưu: VT."], ["Hoàng Minh Tâm"]]]),
    ], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH HÒA AN", "Số: 88/TB-UBND"],
                     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "Hòa An, ngày 03 tháng 3 năm 2026"]))
    _, doc = _read(path)
    seg = segment(doc)
    got = [seg.text_of(s) for s in seg.recipient_spans]
    assert "- Văn phòng tỉnh;" in got and "- Lưu: VT." in got
    assert seg.text_of(seg.signer_name) == "Hoàng Minh Tâm"
    assert _errors(lint_path(path), layout=False) == []


def test_kinh_gui_in_a_table_cell(tmp_path):
    path = make_docx(tmp_path / "kg.docx", [
        Table([[["V/v tổ chức tiếp công dân"], ["Kính gửi:", "- Các sở, ban, ngành;", "- Ủy ban nhân dân các huyện."]]]),
        "Ủy ban nhân dân tỉnh đề nghị các cơ quan bố trí lịch tiếp công dân./.",
        Table([[["Nơi nhận:", "- Như trên;", "- Lưu: VT."], ["CHỦ TỊCH", "", "Hoàng Minh Tâm"]]]),
    ], header_table=(["ỦY BAN NHÂN DÂN", "TỈNH HÒA AN", "Số: 88/UBND-TCD"],
                     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "Hòa An, ngày 03 tháng 3 năm 2026"]))
    _, doc = _read(path)
    seg = segment(doc)
    assert seg.kinh_gui and seg.vv_line is not None
    assert _errors(lint_path(path), layout=False) == []


def test_a_stray_number_is_reported_once_not_twice():
    body = "I. NỘI DUNG\n1. Một việc cần làm.\n9. Hai việc cần làm.\n2. Ba việc cần làm.\n3. Bốn việc cần làm.\n"
    [f] = lint_text(HEAD + body + TAIL, select=["TDN511"]).findings
    assert "“9”" in f.message
