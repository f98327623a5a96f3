"""Unreadable .docx inputs: one clear Vietnamese line each, exit code 2, other files still checked."""

from __future__ import annotations

import io
import zipfile

import pytest
from conftest import cli_json, registry, run_cli
from docx_factory import docx_bytes, make_docx, replace_member, zip_bytes

from tdnlint.engine import Engine, RunOptions
from tdnlint.ooxml import package
from tdnlint.readers.base import ReadError
from tdnlint.readers.docx import DocxReader

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole(stream_name: str) -> bytes:
    """A minimal OLE2-looking blob whose directory mentions ``stream_name`` (UTF-16LE, as in CFB)."""
    return OLE + b"\x00" * 504 + stream_name.encode("utf-16-le") + b"\x00" * 1024


def lock_file(owner: str = "Nguyen Van A") -> bytes:
    name = owner.encode("cp1252")
    head = bytes([len(name)]) + name
    return head + b"\x00" * (54 - len(head)) + owner.encode("utf-16-le") + b"\x00" * (162 - 54 - 2 * len(owner))


def bomb(size: int) -> bytes:
    """A zip whose document.xml expands to ``size`` bytes of zeros (compresses ~1000:1)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=False) as fh:
            chunk = b"\x00" * (1 << 20)
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    return buf.getvalue()


GOOD = ["Thực hiện năm 2021,Ban Thường trực."]

CASES = {
    "word97.doc": (lambda: ole("WordDocument"), "tệp Word 97-2003 (.doc): hãy chuyển sang .docx"),
    "word97-renamed.docx": (lambda: ole("WordDocument"), "tệp Word 97-2003 (.doc)"),
    "protected.docx": (lambda: ole("EncryptedPackage"), "mật khẩu"),
    "protected-zip.docx": (lambda: zip_bytes({"EncryptionInfo": b"\x04\x00", "EncryptedPackage": b"\x00" * 64}),
                           "mật khẩu"),
    "zero.docx": (lambda: b"", "tệp rỗng (0 byte)"),
    "truncated.docx": (lambda: docx_bytes(GOOD)[:3000], "bị hỏng hoặc bị cắt cụt"),
    "random.docx": (lambda: bytes(range(7, 250)) * 8, "không phải tệp .docx"),
    "owner.docx": (lambda: lock_file(), "tệp khóa"),
    "no-main.docx": (lambda: zip_bytes({"hello.txt": "xin chào"}), "không chứa văn bản Word"),
    "spreadsheet.docx": (lambda: zip_bytes({"xl/workbook.xml": "<workbook/>"}), "Excel"),
    "text.odt": (
        lambda: zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
        "tệp ODT: hãy lưu thành .docx",
    ),
    "rtf.docx": (lambda: b"{\\rtf1\\ansi Noi dung}", "tệp RTF"),
    "entity.docx": (
        lambda: replace_member(
            docx_bytes(GOOD),
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
            "<w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>",
        ),
        "DOCTYPE",
    ),
    "broken-xml.docx": (
        lambda: replace_member(docx_bytes(GOOD), "word/document.xml", "<w:document><w:body>"),
        "XML không hợp lệ",
    ),
}


def engine() -> Engine:
    return Engine(registry(), RunOptions(no_config=True))


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_unreadable_input_gets_a_clear_one_line_reason(tmp_path, name):
    make, expected = CASES[name]
    path = tmp_path / name
    path.write_bytes(make())
    result = engine().lint_path(str(path))
    assert result.error is not None and expected in result.error
    assert "\n" not in result.error
    assert not result.error.startswith("lỗi nội bộ")


def test_cli_reports_every_bad_file_and_still_checks_the_good_one(tmp_path):
    paths = []
    for name, (make, _expected) in sorted(CASES.items()):
        (tmp_path / name).write_bytes(make())
        paths.append(str(tmp_path / name))
    good = make_docx(tmp_path / "good.docx", GOOD)
    code, report = cli_json("--select", "TDN201", *paths, str(good))
    assert code == 2
    by_path = {f["path"]: f for f in report["files"]}
    for name, (_make, expected) in CASES.items():
        assert expected in by_path[str(tmp_path / name)]["error"], name
    assert [f["rule"] for f in by_path[str(good)]["findings"]] == ["TDN201"]
    # text output names the file and the reason on one line
    proc = run_cli("check", "--select", "TDN201", str(tmp_path / "word97.doc"), str(good))
    out = proc.stdout_text + proc.stderr_text
    assert f"{tmp_path / 'word97.doc'}: lỗi: tệp Word 97-2003 (.doc)" in out
    assert proc.returncode == 2


def test_declared_zip_bomb_is_rejected_before_decompressing(tmp_path):
    data = bomb(package.MAX_MEMBER_BYTES + (1 << 20))
    assert len(data) < 1_000_000
    with pytest.raises(ReadError, match="bom zip"):
        DocxReader().read("bomb.docx", data)


def test_lying_zip_bomb_is_stopped_while_reading(monkeypatch):
    # Declared sizes say "small" but the stream expands beyond the limit: the bounded read catches it.
    data = docx_bytes(GOOD)
    monkeypatch.setattr(package, "MAX_RATIO", 10**9)
    monkeypatch.setattr(package, "MAX_MEMBER_BYTES", 10**9)
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 10**9)
    pkg = package.Package(data)
    monkeypatch.setattr(package, "MAX_MEMBER_BYTES", 100)
    with pytest.raises(ReadError, match="vượt giới hạn"):
        pkg.read("word/document.xml")


def test_compression_ratio_limit(monkeypatch):
    monkeypatch.setattr(package, "RATIO_MIN_BYTES", 1000)
    monkeypatch.setattr(package, "MAX_RATIO", 5)
    data = replace_member(docx_bytes(GOOD), "word/padding.xml", b" " * 200_000)
    with pytest.raises(ReadError, match="tỷ lệ nén"):
        DocxReader().read("ratio.docx", data)


def test_word_lock_file_by_name_is_skipped_with_a_clear_message(tmp_path):
    path = tmp_path / "~$bao-cao.docx"
    path.write_bytes(lock_file("Tran Thi B"))
    result = engine().lint_path(str(path))
    assert "tệp khóa" in result.error


def test_docx_reader_claims_ole_and_zip_content_only():
    r = DocxReader()
    assert r.sniff(OLE) and r.sniff(b"PK\x03\x04\x14\x00\x06\x00")
    assert not r.sniff(b"Thong bao")
    assert ".doc" in r.extensions
