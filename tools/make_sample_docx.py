"""Rebuild fixtures/samples/ke-hoach-loi.docx, the sample draft the README's quick start checks.

Our own text (no copied document): a district plan with one error of each common kind.
Run: python tools/make_sample_docx.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from docx_factory import Para, R, make_docx  # noqa: E402

PARAGRAPHS = [
    "KẾ HOẠCH",
    Para([R("Tổ chức Ngày hội đọc sách năm 2024", bold=True)], align="center"),
    "",
    Para([R("Thực hiện Chỉ thị số 11/CT-TW ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 20/KH-UBND "
            "ngày 10/01/2024của Ủy ban nhân dân tỉnh về phát triển văn hóa đọc,Ủy ban nhân dân huyện ban hành kế hoạch "
            "như sau:", italic=False)]),
    Para([R("I.  MỤC ĐÍCH, YÊU CẦU", bold=True)]),
    "1. Mục đích",
    "Khuyến khích học sinh và người dân đọc sách , nâng cao hiểu biết; Tăng cuông văn hóa đọc trong cộng đồng.",
    "2. Yêu cầu",
    "Tổ chức an toàn, tiết kiệm, hiệu quả.",
    Para([R("II. NỘI DUNG", bold=True)]),
    "1. Thời gian: ngày 21/4/2024.",
    "2. Địa điểm: Nhà văn hóa huyện.",
    Para([R("III. TỔ CHỨC THỰC HIỆN", bold=True)]),
    "1. Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với các đơn vị tổ chức Ngày hội.",
    "2. Đề nghị Huyện đoàn vận động đoàn viên, thanh niên tham gia và báo cáo kết quả về Ủy ban nhân dân huyện./.",
    "",
    Para([R("Nơi nhận:", bold=True, italic=True, size=12)]),
    Para([R("- UBND tỉnh (để b/c);", size=11)]),
    Para([R("- Phòng Văn hóa và Thông tin huyện;", size=11)]),
    Para([R("- Lưu: VT, VHTT.", size=11)]),
    Para([R("TM. ỦY BAN NHÂN DÂN", bold=True)]),
    Para([R("KT. CHỦ TỊCH", bold=True)]),
    Para([R("PHÓ CHỦ TỊCH", bold=True)]),
    "",
    Para([R("Trần Văn Bình", bold=True)]),
]


def main() -> None:
    out = ROOT / "fixtures" / "samples" / "ke-hoach-loi.docx"
    make_docx(
        out,
        PARAGRAPHS,
        header_table=(
            ["ỦY BAN NHÂN DÂN", "HUYỆN HÒA AN", "Số: 15 /KH-UBND"],
            ["CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập -Tự do - Hạnh phúc", "Hòa An, ngày 5 tháng 3 năm 2024"],
        ),
        font="Times New Roman", size=14, page_mm=(210, 297), margins_mm=(20, 20, 30, 15),
        author="Nguyễn Văn Soạn", last_modified_by="Nguyễn Văn Soạn",
    )
    print(out)


if __name__ == "__main__":
    main()
