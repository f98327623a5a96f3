"""`tdnlint check --fix` repairs citations: the fixed draft has no TDN3 finding left."""

from __future__ import annotations

from conftest import run_cli

DRAFT = """ĐẢNG BỘ TỈNH HÒA BÌNH
BAN TUYÊN GIÁO TỈNH ỦY
*
Số 69 -HD/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày 15 tháng 01 năm 2024

HƯỚNG DẪN
công tác thông tin đối ngoại năm 2024

Thực hiện Hướng dẫn số 61/HD/MTTQ-BTT ngày 04/03/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Tuyên truyền Kết luận số 16-KH/TW, ngày 14/02/2012 của Bộ Chính trị; Chỉ thị số 21-CT/TTg, ngày 6/8/2012 của Thủ tướng Chính phủ; Quyết định số 1648/QĐ/TTg ngày 06/11/2018 của Thủ tướng Chính phủ; Chỉ thị số 11/CT-TW ngày 13/6/1992 của Ban Bí thư; Kết luận số 57– KL/TW ngày 15/6/2023 của Bộ Chính trị; Nghị quyết số 103/QH15 của Quốc hội; Nghị định số 30/2020/Nđ-CP ngày 05/3/2020 của Chính phủ; Chỉ thị số 25-CT/TW ngày 08/8/2018 của Ban Bí thư.
II. MỘT SỐ NỘI DUNG NĂM 2025
1. Tuyên truyền giai đoạn 2021 – 2030 và nhiệm kỳ 2023-2025 các sự kiện trong năm 2025.
III. TỔ CHỨC THỰC HIỆN
Các cấp ủy tổ chức thực hiện.
"""


def test_fix_and_unsafe_fixes_leave_no_citation_finding(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    run_cli("check", "--no-config", "--select", "TDN3", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    # a local body's symbol is quoted as issued: reported (info) but never rewritten
    assert "61/HD/MTTQ-BTT" in fixed
    for good in ("Số 69-HD/BTGTU", "04/3/2021", "Kết luận số 16-KL/TW", "21/CT-TTg", "06/8/2012",
                 "1648/QĐ-TTg", "11-CT/TW", "57-KL/TW", "103/2023/QH15", "30/2020/NĐ-CP", "NĂM 2024",
                 "nhiệm kỳ 2023 – 2025", "trong năm 2024"):
        assert good in fixed, good
    proc = run_cli("check", "--no-config", "--select", "TDN3", str(path))
    assert proc.returncode == 0, proc.stdout_text
