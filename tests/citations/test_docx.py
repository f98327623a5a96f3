"""Citations in .docx: symbols split across runs, in table cells, footnotes; exact positions."""

from __future__ import annotations

from conftest import SHARED, lint_path, needs_shared
from docx_factory import Footnote, Para, R, Table, make_docx

HEADER = (["ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "Số: 15/KH-UBND"],
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 10 tháng 3 năm 2025"])


def _tdn3(result):
    return [(f.rule, f.text) for f in result.findings if f.rule.startswith("TDN3")]


def test_docx_symbol_split_across_runs_and_in_table_and_footnote(tmp_path):
    path = make_docx(tmp_path / "kh.docx", [
        "KẾ HOẠCH",
        "Công tác văn thư năm 2025",
        Para(["Căn cứ Chỉ thị số 11/", R("CT-TW", bold=True), " ngày 13/6/1992 của Ban Bí thư;"]),
        Table([["Thực hiện Kết luận số 57- KL/TW của Bộ Chính trị."]]),
        Para(["Theo Nghị định số 30/2020/NĐ-CP", Footnote("Nghị định số 30/2020/NĐ-CP ngày 31/02/2020.")]),
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nội dung.",
    ], header_table=HEADER)
    found = _tdn3(lint_path(path, select=["TDN3"]))
    assert ("TDN305", "11/CT-TW") in found
    assert ("TDN302", "57- KL/TW") in found
    assert ("TDN320", "31/02/2020") in found
    assert len(found) == 3


def test_docx_clean_citations(tmp_path):
    path = make_docx(tmp_path / "clean.docx", [
        "KẾ HOẠCH",
        "Công tác văn thư năm 2025",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
        Table([["Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị", "Hướng dẫn số 108/HD-MTTW-BTT"]]),
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Thực hiện trong năm 2025, giai đoạn 2021 - 2025.",
    ], header_table=HEADER)
    assert _tdn3(lint_path(path)) == []


@needs_shared
def test_real_issued_documents():
    """Issued documents: the only findings are real flaws (116/NĐ-CP lacks its year; one
    "Phương án" cited without "số" next to one cited with it)."""
    found = []
    for path in sorted((SHARED / "real-docx").glob("vn-*.docx")):
        found += [(path.name, f.rule, f.text) for f in lint_path(path, select=["TDN3"]).findings]
    assert found == [
        ("vn-baocao-tong-ket-ma-tuy-2025-nfd.docx", "TDN309", "Phương án 3632/PA-C04-P4"),
        ("vn-baocao-tong-ket-ma-tuy-2025-nfd.docx", "TDN307", "116/NĐ-CP"),  # written so twice: one finding
    ]
    (f,) = [f for f in lint_path(SHARED / "real-docx" / "vn-baocao-tong-ket-ma-tuy-2025-nfd.docx",
                                 select=["TDN307"]).findings]
    assert len(f.related) == 1 and len(f.fix.edits) == 2
