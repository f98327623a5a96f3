"""Hygiene rules (TDN701–TDN706)."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, codes, lint_path, lint_text
from docx_factory import Para, R
from official_docx import official_docx

SELECT = ["TDN7"]


def lint(tmp_path, **kw):
    return lint_path(official_docx(tmp_path / "a.docx", **kw), select=SELECT)


def test_clean_docx(tmp_path):
    result = lint(tmp_path)
    assert result.findings == [], [f.message for f in result.findings]


def test_clean_txt():
    result = lint_path(FIXTURES / "recipients" / "ke-hoach-mttq-clean.txt", select=SELECT)
    assert result.findings == []


def test_tracked_changes_counted_once(tmp_path):
    extra = [Para(["Đã ", R("thêm", tracked="ins"), " và ", R("xóa", tracked="del"), " xong."])]
    result = lint(tmp_path, extra=extra)
    (f,) = result.findings
    assert f.rule == "TDN701" and "2 thay đổi" in f.message and f.severity.value == "warning"


def test_comments_but_not_suppressions(tmp_path):
    extra = [Para("Câu cần sửa.", comment=("Nguyễn Văn A", "Sửa lại câu này")),
             Para("Câu khác.", comment=("Nguyễn Văn A", "Góp ý thứ hai")),
             Para("Câu có chỉ thị.", comment=("Trần B", "tdnlint-disable TDN201"))]
    result = lint(tmp_path, extra=extra)
    (f,) = result.findings
    assert f.rule == "TDN702" and "2 chú thích" in f.message and "Nguyễn Văn A" in f.message
    assert f.line is not None
    only_directive = lint(tmp_path, extra=[Para("X.", comment=("B", "tdnlint-disable-next TDN201"))])
    assert only_directive.findings == []


def test_hidden_and_highlight(tmp_path):
    extra = [Para(["Hiện ", R("chữ ẩn", hidden=True), " và ", R("tô vàng", highlight="yellow"), " hết."])]
    result = lint(tmp_path, extra=extra)
    assert sorted(codes(result)) == ["TDN703", "TDN704"]
    hl = next(f for f in result.findings if f.rule == "TDN704")
    assert hl.text == "tô vàng"


def test_draft_mark_docx_and_txt(tmp_path):
    assert codes(lint(tmp_path, draft=True)) == ["TDN705"]
    result = lint_text("DỰ THẢO\nKẾ HOẠCH\nCải cách hành chính\nNội dung./.\n", select=SELECT)
    assert codes(result) == ["TDN705"] and result.findings[0].line == 1


def test_personal_metadata(tmp_path):
    result = lint(tmp_path, author="Nguyễn Văn A", last_modified_by="Trần Thị B")
    (f,) = result.findings
    assert f.rule == "TDN706" and "2 mục" in f.message and "Nguyễn Văn A" in f.message
    assert lint(tmp_path, author="Admin", last_modified_by="Windows User").findings == []
    assert f.severity.value == "info"  # no regulation requires it: not counted by the default fail-on


@pytest.mark.parametrize("value", ["Un-named", "CamScanner", "Công ty TNHH Giải pháp ABC", "Microsoft Office User",
                                   "nguyenvana", "hoa.nt", "Phòng Hành chính", "Foxit Reader", "User01", "HP PC"])
def test_metadata_that_is_not_a_person(tmp_path, value):
    assert lint(tmp_path, author=value, last_modified_by=value).findings == []


@pytest.mark.parametrize("value", ["Tran Thi Hoa", "NGUYỄN VĂN AN", "Lê Hoa", "John Smith"])
def test_metadata_personal_names(tmp_path, value):
    assert codes(lint(tmp_path, author=value)) == ["TDN706"]


def test_metadata_does_not_fail_the_default_gate(tmp_path):
    from click.testing import CliRunner

    from tdnlint.cli import main

    path = official_docx(tmp_path / "a.docx", author="Nguyễn Văn A")
    run = CliRunner().invoke(main, ["check", "--no-config", "--select", "TDN706", str(path)])
    assert "TDN706" in run.output and run.exit_code == 0


def test_ci_gate_can_raise_to_error(tmp_path):
    path = official_docx(tmp_path / "a.docx", draft=True)
    result = lint_path(path, select=SELECT, severity={"TDN7": "error"})
    assert [f.severity.value for f in result.findings] == ["error"]


def test_committed_fixture():
    result = lint_path(FIXTURES / "layout" / "bad-hygiene.docx", select=SELECT)
    assert sorted(codes(result)) == ["TDN701", "TDN702", "TDN703", "TDN704", "TDN705", "TDN706"]
    assert lint_path(FIXTURES / "layout" / "clean.docx", select=SELECT).findings == []


def test_draft_mark_variants_but_not_sentences():
    assert codes(lint_text("(Dự thảo lần 2)\nKẾ HOẠCH\nNội dung./.\n", select=SELECT)) == ["TDN705"]
    text = "KẾ HOẠCH\nCơ quan soạn thảo lấy ý kiến về dự thảo Kế hoạch này trước ngày 15/3./.\n"
    assert lint_text(text, select=SELECT).findings == []


def test_draft_mark_in_page_header(tmp_path):
    path = official_docx(tmp_path / "a.docx", header="DỰ THẢO")
    assert codes(lint_path(path, select=SELECT)) == ["TDN705"]


def test_hidden_whitespace_only_is_harmless(tmp_path):
    assert lint(tmp_path, extra=[Para(["Câu", R(" ", hidden=True), "đủ."])]).findings == []
