"""Every real Word file in ../shared/real-docx is read without crashing (or refused with a clear reason)."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import SHARED, cli_json, needs_shared

from tdnlint.readers.base import ReadError
from tdnlint.readers.docx import DocxReader

REAL = SHARED / "real-docx"
FILES = sorted(p.name for p in REAL.iterdir() if p.suffix in (".docx", ".doc", ".odt")) if REAL.is_dir() else []

REFUSED = {
    "vn-nd30-phuluc3-mau-van-ban_word97.doc": "tệp Word 97-2003 (.doc): hãy chuyển sang .docx",
    "fx-docx2python-word-owner-lockfile-strict.docx": "tệp khóa",
    "fx-pandoc-tracked-changes.odt": "tệp ODT: hãy lưu thành .docx",
}

pytestmark = needs_shared


def read(name: str):
    return DocxReader().read(name, (REAL / name).read_bytes())


@pytest.mark.parametrize("name", FILES)
def test_real_file_is_read_or_refused_clearly(name):
    if name in REFUSED:
        with pytest.raises(ReadError, match=REFUSED[name].replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
            read(name)
        return
    doc = read(name)
    assert doc.main, name
    for p in doc.paragraphs:
        assert unicodedata.is_normalized("NFC", p.text)
        if p.offsets is not None:
            assert len(p.offsets) == len(p.text) + 1
        for r in p.runs:
            assert 0 <= r.start < r.end <= len(p.text)
        # the write-back map reproduces the source text exactly
        pieces = p.handle.pieces
        assert (pieces[-1].src_end if pieces else 0) == len(p.original)
    lines = [p.line for p in doc.main]
    assert lines == list(range(1, len(lines) + 1))


def test_misnamed_doc_with_zip_content_is_read():
    doc = read("vn-phuluc-chi-so-cchc-docx-misnamed-as.doc")
    assert len(doc.main) > 50 and any(p.table for p in doc.main)


def test_strict_bom_ns0_and_alternate_path_packages():
    assert [p.text for p in read("fx-mammoth-strict-format.docx").main if p.text]
    assert [p.text for p in read("fx-mammoth-utf8-bom.docx").main if p.text]
    assert [p.text for p in read("fx-pandoc-ns0-reference.docx").main if p.text]
    doc = read("fx-pandoc-alternate-document-path.docx")
    assert doc.handle.main == "word/document2.xml" and any(p.text for p in doc.main)


def test_text_boxes_are_not_doubled_by_the_vml_fallback():
    doc = read("fx-pandoc-text-in-shape-format.docx")
    boxed = [p.text for p in doc.main if p.handle.textbox and p.text]
    assert boxed and len(boxed) == len(set(boxed))


def test_nested_field_instructions_are_not_read():
    doc = read("fx-pandoc-nested-instrText.docx")
    assert not any(k in p.text for p in doc.paragraphs for k in ("HYPERLINK", "CREATEDATE", "\\l"))


def test_comments_moves_and_tracked_paragraph_marks():
    comments = read("fx-pandoc-comments.docx").comments
    assert len(comments) == 5 and all(c.anchor is not None for c in comments)
    assert read("fx-pandoc-track-changes-move.docx").tracked_changes == 2
    assert read("vn-quyetdinh-thanh-lap-ban-van-dong-tracked-ins.docx").tracked_changes == 1
    scrubbed = read("fx-pandoc-track-changes-scrubbed-metadata.docx")
    assert scrubbed.tracked_changes == 2 and len(scrubbed.comments) == 1


def test_nfd_document_and_header_table():
    doc = read("vn-baocao-tong-ket-ma-tuy-2025-nfd.docx")
    assert not doc.was_nfc
    assert doc.main[0].table == (1, 1, 1)
    assert sum(1 for p in doc.paragraphs if p.source is not None) > 10
    sec = doc.sections[0]
    assert sec.page_width_mm == pytest.approx(210, abs=1) and sec.orientation == "portrait"


def test_cli_checks_all_real_files_in_one_run():
    paths = [str(REAL / name) for name in FILES]
    code, report = cli_json("--select", "TDN201", *paths)
    assert code == 2  # the refused files
    for f in report["files"]:
        name = f["path"].rsplit("/", 1)[-1]
        if name in REFUSED:
            assert REFUSED[name] in f["error"]
        else:
            assert f["error"] is None, (name, f["error"])
