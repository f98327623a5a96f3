"""Each symbol-form rule reports its own defect whatever else is wrong with the same symbol; a full run
still gives one finding per symbol whose fix writes the whole corrected symbol."""

from __future__ import annotations

import pytest
from conftest import lint_text

# One symbol with four defects: Party order for a State issuer (TDN305), a space (TDN302),
# an en dash (TDN303) and a wrong case (TDN304).  Another with bad separators (TDN301) and a space.
DRAFT = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 15/KH-UBND
Hòa Bình, ngày 10 tháng 01 năm 2025

KẾ HOẠCH
Tuyên truyền năm 2025

Thực hiện Chỉ thị số 21 –CT/TTG ngày 06/8/2012 của Thủ tướng Chính phủ và Quyết định số 1648 /QĐ/TTg ngày 06/11/2018 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch.
"""


@pytest.mark.parametrize("code,text", [
    ("TDN305", "21 –CT/TTG"), ("TDN302", "21 –CT/TTG"), ("TDN303", "21 –CT/TTG"), ("TDN304", "21 –CT/TTG"),
    ("TDN301", "1648 /QĐ/TTg"), ("TDN302", "1648 /QĐ/TTg"),
])
def test_select_one_code_reports_its_own_defect(code, text):
    result = lint_text(DRAFT, select=[code])
    found = [(f.rule, f.text) for f in result.findings]
    assert (code, text) in found
    f = next(f for f in result.findings if f.text == text)
    assert f.suggestion == {"21 –CT/TTG": "21/CT-TTg", "1648 /QĐ/TTg": "1648/QĐ-TTg"}[text]
    assert f.severity.value == "error"  # central State issuer: the form is certain


def test_full_run_one_finding_per_symbol_with_the_whole_fix():
    result = lint_text(DRAFT, select=["TDN30"])
    by_text: dict[str, list] = {}
    for f in result.findings:
        by_text.setdefault(f.text, []).append(f)
    assert {t: len(fs) for t, fs in by_text.items()} == {"21 –CT/TTG": 1, "1648 /QĐ/TTg": 1}
    (f,) = by_text["21 –CT/TTG"]
    assert [e.replacement for e in f.fix.edits] == ["21/CT-TTg"]
    # the one message names every defect
    for word in ("kiểu văn bản Đảng", "dấu cách", "gạch ngang", "chữ hoa"):
        assert word in f.message
