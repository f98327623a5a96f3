"""Suppressions in .docx: a Word comment starting with ``tdnlint-disable CODES`` silences its range."""

from __future__ import annotations

from conftest import registry
from docx_factory import Para, R, docx_bytes

from tdnlint.config import Settings
from tdnlint.engine import Engine, RunOptions

BAD = "năm 2021,Ban  Thường trực"  # TDN201 + TDN204


def _lint(blocks, select=("TDN201", "TDN204", "TDN001")):
    engine = Engine(registry(), RunOptions(no_config=True))
    doc = engine.read("a.docx", docx_bytes(blocks))
    return engine.lint_document(doc, Settings(select=list(select)))


def _codes(result):
    return [(f.rule, f.line) for f in result.findings]


def test_comment_on_paragraph_silences_listed_code_there_only():
    r = _lint([Para(BAD, comment=("Văn thư", "tdnlint-disable TDN204")), BAD])
    assert _codes(r) == [("TDN201", 1), ("TDN201", 2), ("TDN204", 2)]


def test_comment_without_codes_silences_everything_in_range():
    r = _lint([Para(BAD, comment=("Văn thư", "tdnlint-disable")), BAD])
    assert _codes(r) == [("TDN201", 2), ("TDN204", 2)]


def test_comment_on_a_run_silences_only_findings_inside_it():
    r = _lint([Para([R("năm 2021,Ban", comment=("Văn thư", "tdnlint-disable TDN2")), R("  Thường trực")])])
    assert _codes(r) == [("TDN204", 1)]


def test_several_codes_and_a_reason_on_further_lines():
    text = "tdnlint-disable TDN201, TDN204\nBảng căn lề bằng dấu cách, giữ nguyên."
    assert _codes(_lint([Para(BAD, comment=("Văn thư", text))])) == []


def test_disable_file_comment_silences_the_whole_document():
    r = _lint([Para("Mở đầu.", comment=("Văn thư", "tdnlint-disable-file TDN204")), BAD, BAD])
    assert _codes(r) == [("TDN201", 2), ("TDN201", 3)]


def test_ordinary_comments_are_not_directives():
    r = _lint([Para(BAD, comment=("Văn thư", "Xem lại tdnlint-disable TDN204"))])
    assert _codes(r) == [("TDN201", 1), ("TDN204", 1)]


def test_unused_comment_is_reported_at_its_anchor_without_fix():
    r = _lint([Para("Câu sạch.", comment=("Văn thư", "tdnlint-disable TDN204"))])
    [f] = r.findings
    assert (f.rule, f.line, f.column) == ("TDN001", 1, 1)
    assert "xóa chú thích" in f.message and f.fix is None


def test_word_autocapitalised_keyword_and_colon_are_accepted():
    r = _lint([Para(BAD, comment=("Văn thư", "Tdnlint-disable: TDN204; TDN201"))])
    assert _codes(r) == []
