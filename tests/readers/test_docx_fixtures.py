"""The committed sample .docx files (fixtures/docx, rebuilt by fixtures/docx/build.py) read as documented."""

from __future__ import annotations

from conftest import FIXTURES

from tdnlint.readers.docx import DocxReader

DIR = FIXTURES / "docx"


def read(name: str):
    return DocxReader().read(name, (DIR / name).read_bytes())


def test_sample_plan_header_table():
    doc = read("ke-hoach-mau.docx")
    assert doc.main[0].table == (1, 1, 1) and doc.was_nfc and doc.tracked_changes == 0


def test_sample_with_reader_traps():
    doc = read("ke-hoach-nhieu-loi.docx")
    assert not doc.was_nfc
    assert doc.tracked_changes == 2 and doc.hidden_text == 1 and doc.highlights == 1
    assert len(doc.comments) == 1 and doc.comments[0].author == "Cán bộ văn hóa"
    texts = [p.text for p in doc.main]
    assert "Khuyến khích phong trào đọc sách trong toàn thể nhân dân và học sinh" in texts
    assert any(t.endswith("ngày hội đọc sách như sau:") for t in texts)
    assert "Bản dự thảo lần 2" in texts
    [header] = [p for p in doc.paragraphs if p.part == "header"]
    assert header.fields == ("PAGE",) and header.text == "1"
    assert [p.text.strip() for p in doc.paragraphs if p.part == "footnote"] == ["Theo chương trình năm 2025."]
    lines = [p for p in doc.main if "line" in p.drawings]
    assert [p.text for p in lines] == ["XÃ AN PHÚ", "Độc lập - Tự do - Hạnh phúc"]
