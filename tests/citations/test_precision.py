"""Correct citations of every family produce no citation, date or year finding."""

from __future__ import annotations

import pytest
from citation_docs import state_text
from conftest import codes, lint_text

CORRECT = [
    # Party
    "Căn cứ Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới;",
    "Thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy;",
    "Thực hiện Quyết định số 171-QĐ/TW, ngày 16/01/2019 của Bộ Chính trị khóa XII;",
    "Căn cứ Hướng dẫn số 36-HD/VPTW ngày 03 tháng 4 năm 2018 của Văn phòng Trung ương Đảng;",
    "Thực hiện Chỉ thị số 25-CT/TW, ngày 08/8/2018 của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương đến năm 2030;",
    "Thực hiện Kế hoạch số 07-KH/BCĐ-TTĐN ngày 17/02/2023 của Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh;",
    "Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương; Quy định số 24-QĐ/TW;",
    "Thực hiện Hướng dẫn số 05-HD/BTGDVTW và Công văn số 357-CV/HNDTW; Kế hoạch số 123-KH/TWĐTN;",
    "Căn cứ Kế hoạch số 101-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy; Thông tri số 03-TT/TU;",
    "Thực hiện Quy chế số 05-QC/BTCTU-BDVTU ngày 10/3/2022; Báo cáo số 76-BC/HU; Chương trình số 15-CTr/TU;",
    "Thực hiện Công văn số 2587-CV/VPTW/nb, ngày 25/5/2010 của Văn phòng Trung ương Đảng;",
    # State
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
    "Căn cứ Luật số 80/2015/QH13 của Quốc hội; Nghị quyết số 351/2017/UBTVQH14 của Ủy ban Thường vụ Quốc hội;",
    "Thực hiện Quyết định số 1648/QĐ-TTg ngày 06/11/2018 của Thủ tướng Chính phủ về Kế hoạch thông tin đối ngoại;",
    "Thực hiện Kế hoạch số 120/KH-UBND ngày 28/02/2024 của Ủy ban nhân dân tỉnh;",
    "Thực hiện Thông tư số 30/2018/TT-BYT ngày 30/10/2018 của Bộ Y tế; Thông tư liên tịch số 10/2014/TTLT-BNV-BTC;",
    "Thực hiện Chỉ thị số 10/2000/CT-TTg ngày 26/4/2000 của Thủ tướng Chính phủ; Chỉ thị số 21/CT-TTg ngày 06/8/2012;",
    "Thực hiện Nghị quyết số 103/2023/QH15 của Quốc hội về Kế hoạch phát triển kinh tế - xã hội năm 2024;",
    "Thực hiện Quyết định số 18/2020/QĐ-TTg; Quyết định số 666/2015/QĐ-UBND; Nghị quyết số 420/2025/NQ-HĐND;",
    "Thực hiện Công văn số 1911/BNV-TCPCP ngày 29/4/2024 của Bộ Nội vụ; Công văn số 12/UBND-VX;",
    "Thực hiện Tờ trình số 599/TTr-SNV ngày 04/11/2024 của Sở Nội vụ; Phương án số 3632/PA-C04-P4;",
    "Thực hiện Kế hoạch số 13/KH-CAT-PC04 ngày 14/7/2024 của Công an tỉnh; Quyết định số 7619/QĐ-BCA; Quyết định số 1234/QĐ-BCT của Bộ Công Thương;",
    "Thực hiện Quy định số 03/QyĐ-UBND ngày 10/3/2024 của Ủy ban nhân dân tỉnh; Chương trình số 05/CTr-UBND;",
    # MTTQ
    "Thực hiện Hướng dẫn số 108/HD-MTTW-BTT, ngày 06/8/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;",
    "Căn cứ Hướng dẫn số 91/HD-MTTW-BTT ngày 08/4/2013; Đề án số 04/ĐA-MTTW-BTT; Thông tri số 25/TT-MTTW-BTT;",
    "Căn cứ Nghị quyết số 01/NQ-MTTW; Quy định số 02/QĐi-MTTQ-BTT; Công văn số 1234/MTTW-BTT;",
    "Thực hiện Thông báo kết luận số 45-TB/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy; thông báo Kết luận số 57-KL/TW;",
    "Theo Nghị định số 64-CP ngày 27/9/1993 của Chính phủ và Quyết định số 406-TTg; Nghị định số 43-CP;",
    "Thực hiện Công văn số 12/UBND-VX của Ủy ban nhân dân tỉnh, ngày 15/01/2025 Sở Nội vụ đã tổ chức hội nghị;",
    # years and periods
    "Mục tiêu đến năm 2030, tầm nhìn 2045; giai đoạn 2021 - 2025 và nhiệm kỳ 2026 - 2031; kết quả năm 2023.",
]


def _doc(body: str) -> str:
    return state_text(line1=body)


@pytest.mark.parametrize("line", CORRECT, ids=range(len(CORRECT)))
def test_correct_citation_is_not_flagged(line: str):
    result = lint_text(_doc(line))
    assert [c for c in codes(result) if c.startswith("TDN3")] == []


def test_all_correct_citations_together():
    result = lint_text(_doc("\n".join(CORRECT)))
    found = [(f.rule, f.text) for f in result.findings if f.rule.startswith("TDN3")]
    assert found == []


def test_same_symbol_in_another_year_is_another_document():
    body = ("Kết quả thực hiện Kế hoạch số 01/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính "
            "và Kế hoạch số 01/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính.")
    assert [c for c in codes(lint_text(_doc(body))) if c.startswith("TDN3")] == []


def test_same_subject_with_two_dates_is_two_documents():
    body = ("Kế hoạch số 10/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh về công tác cải cách hành chính; "
            "Kế hoạch số 12/KH-UBND ngày 06/01/2024 của Ủy ban nhân dân tỉnh về công tác cải cách hành chính.")
    assert [c for c in codes(lint_text(_doc(body))) if c.startswith("TDN3")] == []


def test_horizon_years_in_title_and_headings_are_not_the_plan_year():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 15/KH-UBND\nHòa Bình, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
            "Thực hiện chương trình chuyển đổi số năm 2025, định hướng đến năm 2030\n\n"
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
            "I. MỤC TIÊU ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045\nNội dung.\n"
            "II. NHIỆM VỤ NĂM 2025\nThực hiện trong năm 2025.\n"
            "III. KẾT QUẢ GIAI ĐOẠN TỪ NĂM 2021\nNội dung.\n")
    assert [c for c in codes(lint_text(text)) if c.startswith("TDN3")] == []


def test_a_cited_documents_date_is_never_the_own_date():
    # an amending text without a header: its first line cites the amended decree with its date
    text = ("Điều 1. Sửa đổi một số điều của Nghị định số 41/2011/NĐ-CP ngày 02 tháng 6 năm 2011 của Chính phủ "
            "về quản lý chợ như sau:\n1. Bổ sung khoản 3 theo Nghị định số 12/2015/NĐ-CP ngày 05 tháng 02 năm 2015 "
            "của Chính phủ.\n")
    assert "TDN321" not in codes(lint_text(text, select=["TDN3"]))
