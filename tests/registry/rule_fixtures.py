"""Builds fixtures/rules/<CODE>/*.txt|.docx: one folder per rule, a ``bad`` and a ``good`` document each.

    python tests/registry/rule_fixtures.py      # (re)write the fixture documents
    TDNLINT_UPDATE_SNAPSHOTS=1 pytest tests/registry/test_rule_fixtures.py   # then their .expected files

All text is our own (a made-up Đồng Nai plan, a made-up Party guidance, the official_docx State plan).
The .docx ones are built with tests/docx_factory.py: they are the tests of the rules whose examples
describe formatting (``examples_are_text = False``).  The .expected snapshots are written by the test.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from docx_factory import Para, R, make_docx  # noqa: E402
from official_docx import official_docx  # noqa: E402

OUT = HERE.parents[1] / "fixtures" / "rules"

STATE = """ỦY BAN NHÂN DÂN\t{national}
HUYỆN LONG THÀNH\t{motto}
{number}\tLong Thành, ngày 14 tháng 4 năm 2025

{title}
{summary}

{body}

Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
{recipients}\t{signer_title}

\t{signer}
"""
BODY = """I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng phục vụ người dân tại bộ phận một cửa năm 2025.
II. NỘI DUNG
1. Rà soát thủ tục hành chính vào quý II năm 2025.
III. TỔ CHỨC THỰC HIỆN
Giao Phòng Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch này./."""
RECIPIENTS = "- Phòng Nội vụ;\n- Lưu: VT, NV."


def state(national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto="Độc lập - Tự do - Hạnh phúc",
          number="Số: 27/KH-UBND", title="KẾ HOẠCH", summary="Cải cách thủ tục hành chính năm 2025", body=BODY,
          recipients=RECIPIENTS, signer_title="CHỦ TỊCH", signer="Trần Văn Phúc") -> str:
    return STATE.format(national=national, motto=motto, number=number, title=title, summary=summary, body=body,
                        recipients=recipients, signer_title=signer_title, signer=signer)


PARTY = """ĐẢNG BỘ HUYỆN LONG THÀNH\t{header}
BAN TUYÊN GIÁO
*
Số 12-HD/BTGHU\tLong Thành, ngày 14 tháng 4 năm 2025

HƯỚNG DẪN
{summary}

I. MỤC ĐÍCH, YÊU CẦU
1. Tuyên truyền sâu rộng kết quả đại hội đảng bộ các cấp.
II. NỘI DUNG
1. Các chi bộ tổ chức sinh hoạt chuyên đề trong quý II năm 2025.

Nơi nhận:\tT/M BAN THƯỜNG VỤ
- Các chi bộ trực thuộc,\tPHÓ BÍ THƯ
- Lưu Văn phòng Huyện ủy.

\tLê Thị Hoa
"""


def party(header="ĐẢNG CỘNG SẢN VIỆT NAM", summary="về tuyên truyền kết quả đại hội") -> str:
    return PARTY.format(header=header, summary=summary)


def swap(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


# A commune plan and a Đảng ủy xã plan (made up: xã Phú Hữu, huyện Nhơn Trạch), clean for every rule; the cases
# below break one thing each, or add a near-miss the rule must leave alone.
COMMUNE = """ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ HỮU	Độc lập - Tự do - Hạnh phúc
Số: 36/KH-UBND	Phú Hữu, ngày 18 tháng 3 năm 2025

KẾ HOẠCH
Ra quân làm sạch kênh mương nội đồng năm 2025

Căn cứ Kế hoạch số 52/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện Nhơn Trạch về bảo vệ môi trường năm 2025;
Ủy ban nhân dân xã ban hành Kế hoạch ra quân làm sạch kênh mương nội đồng như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Khơi thông dòng chảy, phục vụ tưới tiêu cho vụ lúa Hè Thu năm 2025.
2. Huy động người dân các thôn cùng tham gia, bảo đảm an toàn lao động.
II. NỘI DUNG
1. Nạo vét, phát quang các tuyến kênh nội đồng trên địa bàn xã trong tháng 4 năm 2025.
2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.
III. TỔ CHỨC THỰC HIỆN
1. Giao công chức Địa chính - Xây dựng chủ trì, phối hợp với Ban nhân dân các thôn lập danh sách tuyến kênh cần nạo vét.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động đoàn viên, hội viên tham gia ra quân.
3. Ban nhân dân các thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30 tháng 4 năm 2025./.

Nơi nhận:	TM. ỦY BAN NHÂN DÂN
- UBND huyện Nhơn Trạch (b/c);	KT. CHỦ TỊCH
- Ủy ban MTTQ Việt Nam xã;	PHÓ CHỦ TỊCH
- Ban nhân dân các thôn;
- Lưu: VT, ĐC.

	Võ Thị Thu Hà
"""

PARTY_COMMUNE = """ĐẢNG BỘ HUYỆN NHƠN TRẠCH	ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ PHÚ HỮU
*
Số 14-KH/ĐU	Phú Hữu, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
tổ chức sinh hoạt chính trị về chuyển đổi số năm 2025

I- MỤC ĐÍCH, YÊU CẦU
1- Giúp cán bộ, đảng viên hiểu rõ chủ trương chuyển đổi số của Đảng.
2- Mỗi chi bộ đề ra việc làm cụ thể, sát với thực tế của thôn.
II- NỘI DUNG
1- Các chi bộ tổ chức sinh hoạt chuyên đề trong quý II năm 2025.
2- Đảng viên cài đặt và sử dụng ứng dụng Sổ tay đảng viên điện tử.
III- TỔ CHỨC THỰC HIỆN
1- Văn phòng Đảng ủy chuẩn bị tài liệu sinh hoạt, theo dõi việc thực hiện.
2- Các chi bộ báo cáo kết quả về Văn phòng Đảng ủy trước ngày 30 tháng 6 năm 2025.

Nơi nhận:	T/M ĐẢNG ỦY
- Ban Thường vụ Huyện ủy (để b/c),	PHÓ BÍ THƯ
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.

	Huỳnh Văn Tâm
"""


def edit(text: str, *pairs: tuple[str, str]) -> str:
    """``text`` with each (old, new) replaced once; an old string that is not there is a mistake in the case."""
    for old, new in pairs:
        text = swap(text, old, new)
    return text


def commune(*pairs: tuple[str, str]) -> str:
    return edit(COMMUNE, *pairs)


def party_commune(*pairs: tuple[str, str]) -> str:
    return edit(PARTY_COMMUNE, *pairs)


TEXT: dict[str, dict[str, str]] = {
    "TDN001": {"bad": "<!-- tdnlint-disable-next-line TDN998 -->\nDòng này không có lỗi nào cần tắt.\n",
               "good": "Dòng này không có lỗi nào cần tắt.\n"},
    "TDN010": {"bad": "Minutes of the provincial coordination meeting held on the fourteenth of April\n",
               "good": "Biên bản cuộc họp phối hợp của tỉnh ngày 14 tháng 4 năm 2025\n"},
    "TDN103": {"bad": state(motto="Độc lập -Tự do- Hạnh phúc"), "bad-case": state(motto="Độc Lập - Tự Do - Hạnh Phúc"),
               "good": state()},
    "TDN104": {"bad": party(header="ĐẢNG CỘNG SẢN Việt Nam"), "good": party()},
    "TDN105": {"bad": swap(party(), "BAN TUYÊN GIÁO\n", "BAN TUYÊN GIÁO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"),
               "good": party()},
    "TDN111": {"bad": state(number="Số: 27/TB-UBND"), "good": state()},
    "TDN117": {"bad": state(summary="V/v cải cách thủ tục hành chính năm 2025"), "good": state()},
    "TDN118": {"bad": party(summary="Về tuyên truyền kết quả đại hội"), "good": party()},
    "TDN203": {"bad": state(body=swap(BODY, "Phòng Nội vụ chủ trì", "Phòng Nội vụ ( PNV ) chủ trì")),
               "good": state(body=swap(BODY, "Phòng Nội vụ chủ trì", "Phòng Nội vụ (PNV) chủ trì"))},
    "TDN330": {"bad": state(body=swap(BODY, "II. NỘI DUNG", "II. NỘI DUNG NĂM 2024")),
               "good": state(body=swap(BODY, "II. NỘI DUNG", "II. NỘI DUNG NĂM 2025"))},
    "TDN331": {"bad": state(body=swap(BODY, "vào quý II năm 2025.", "trong năm 2026.")), "good": state()},
    "TDN334": {"bad": state(summary="Cải cách thủ tục hành chính năm 2022"), "good": state()},
    "TDN421": {"bad": "Uû ban nh©n d©n huyÖn Long Thµnh\nKÕ ho¹ch c¶i c¸ch thñ tôc hµnh chÝnh n¨m 2025\n"
                      "Giao phßng Néi vô chñ tr× theo dâi\n",
               "good": "Ủy ban nhân dân huyện Long Thành\nKế hoạch cải cách thủ tục hành chính năm 2025\n"
                       "Giao phòng Nội vụ chủ trì theo dõi\n"},
    "TDN502": {"bad": state(body=BODY.replace(
        "II. NỘI DUNG\n1. Rà soát thủ tục hành chính vào quý II năm 2025.\nIII. TỔ CHỨC THỰC HIỆN\n"
        "Giao Phòng Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch này./.",
        "II. TỔ CHỨC THỰC HIỆN\nGiao Phòng Nội vụ chủ trì theo dõi.\nIII. NỘI DUNG\n"
        "1. Rà soát thủ tục hành chính vào quý II năm 2025./.")), "good": state()},
    "TDN503": {"bad": state(body=swap(BODY, "Kế hoạch này./.", "Kế hoạch này.")), "good": state()},
    "TDN514": {"bad": state(body=swap(BODY, "năm 2025.\nII.", "năm 2025:\na) Niêm yết công khai;\nc) Trả kết quả đúng hẹn.\nII.")),
               "good": state(body=swap(BODY, "năm 2025.\nII.", "năm 2025:\na) Niêm yết công khai;\nb) Trả kết quả đúng hẹn.\nII."))},
    "TDN515": {"bad": state(body=swap(BODY, "II. NỘI DUNG", "II- NỘI DUNG")), "good": state()},
    "TDN531": {"bad": swap(state(), "TM. ỦY BAN NHÂN DÂN", "T/M ỦY BAN NHÂN DÂN"), "good": state()},
    "TDN536": {"bad": state(signer="ThS. Trần Văn Phúc"), "good": state()},
    "TDN537": {"bad": state(signer="TRẦN VĂN PHÚC"), "good": state()},
    "TDN538": {"bad": swap(state(signer_title="Chủ tịch"), "TM. ỦY BAN NHÂN DÂN", "Tm. Ủy ban nhân dân"),
               "good": state()},
    "TDN540": {"bad": state().split("Nơi nhận:")[0] + "\tTM. ỦY BAN NHÂN DÂN\n\tCHỦ TỊCH\n\n\tTrần Văn Phúc\n",
               "good": state()},
    "TDN544": {"bad": state(recipients="- Phòng Nội vụ;\n- Phòng Tư pháp."),
               "bad-order": state(recipients="- Lưu: VT, NV;\n- Phòng Nội vụ."), "good": state()},
    "TDN545": {"bad": state(recipients="- Phòng Nội vụ;\n- Lưu VT, NV"), "good": state()},
    "TDN547": {"bad": state(number="Số: 27/QĐ-UBND", title="QUYẾT ĐỊNH", summary="Về việc thành lập Tổ kiểm tra",
                            body="ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ kiểm tra.\n"
                                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Trưởng Phòng Nội vụ "
                                 "và các thành viên Tổ kiểm tra chịu trách nhiệm thi hành Quyết định này./.",
                            recipients="- Như trên;\n- Lưu: VT, NV."),
               "good": state(number="Số: 27/QĐ-UBND", title="QUYẾT ĐỊNH", summary="Về việc thành lập Tổ kiểm tra",
                             body="ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ kiểm tra.\n"
                                  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Trưởng Phòng Nội vụ "
                                  "và các thành viên Tổ kiểm tra chịu trách nhiệm thi hành Quyết định này./.",
                             recipients="- Như Điều 3;\n- Lưu: VT, NV.")},
}


# Spelling (TDN401–438): the slip as a clerk types it into the commune plan, and near-misses the rules must leave
# alone (names, acronyms, units, addresses, document codes, deliberate repetition, quoted names).
_CONTACT = ("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.",
            "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước; khối lượng dự kiến 1.200 m3 bùn đất trên "
            "4,5 km kênh.\n3. Ảnh hiện trường gửi qua nhóm Zalo của từng thôn, hộp thư vanphong.phuhuu@gmail.com "
            "hoặc trang https://phuhuu.nhontrach.gov.vn/ra-quan-2025, tệp KH36-2025-UBND.docx.")
TEXT.update({
    "TDN401": {"bad": commune(("phát quang các tuyến kênh", "phát quang các tuyeens kênh"),
                              ("lập danh sách tuyến", "lập danh sáhc tuyến")),
               "good-names-units-addresses": commune(_CONTACT)},
    "TDN402": {"bad": commune(("báo cáo kết quả về", "báo cáo ket quả về"),
                              ("bảo đảm an toàn lao động", "bảo đảm an toan lao động")),
               "good-names-units-addresses": commune(_CONTACT)},
    "TDN403": {"bad": commune(("an toàn lao động", "an toàn lao đông"),
                              ("cống điều tiết nước", "cống điểu tiết nước")),
               "good-real-pairs": commune(("Thu gom rác thải", "Thu gom các bộ phận rác thải"),
                                          ("vận động đoàn viên", "vận động đoàn viên, hội viên phản đối mới"))},
    "TDN404": {"bad": commune(("các tuyến kênh nội đồng", "các tuyến kênhnội đồng"),
                              ("Ủy ban nhân dân xã trước ngày", "Ủy ban nhân dân xãtrước ngày")),
               "good-names-units-addresses": commune(_CONTACT)},
    "TDN405": {"bad": commune(("phục vụ tưới tiêu cho vụ lúa", "phục vụ tưới tiêu cho cho vụ lúa"),
                              ("Thu gom rác thải, bèo rác", "Thu gom rác thải rác thải, bèo rác")),
               "bad-line-break": commune(("cùng tham gia, bảo đảm an toàn lao động.",
                                          "cùng tham gia, bảo đảm an toàn lao động và\nvà vệ sinh môi trường.")),
               "good-deliberate": commune(("2. Huy động người dân các thôn cùng tham gia",
                                           "2. Phát động phong trào nhà nhà, người người ra quân, từng từng tuyến "
                                           "kênh sạch rác; người dân các thôn cùng tham gia"),
                                          ("3. Ban nhân dân các thôn báo cáo", "3. Thường trực trực ban phòng, "
                                           "chống thiên tai và Ban nhân dân các thôn báo cáo"))},
    "TDN406": {"bad": commune(("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban Mặt trận Tổ quốc Việt nam xã"),
                              ("bảo đảm an toàn lao động.", "bảo đảm an toàn lao động, phòng dịch Covid - 19.")),
               "good-capitals-and-common-noun": party_commune(
                   ("chủ trương chuyển đổi số của Đảng.", "chủ trương chuyển đổi số của Đảng Cộng sản Việt Nam, "
                    "kinh nghiệm của các đảng cộng sản trong khu vực."))},
    "TDN407": {"bad": commune(("trước ngày 30 tháng 4 năm 2025./.", "trước ngày 30 tháng 4 năm 2025; Thường trực HDND "
                               "xã giám sát việc thực hiện./.")),
               "good-code-and-written-d": commune(
                   ("trước ngày 30 tháng 4 năm 2025./.", "trước ngày 30 tháng 4 năm 2025; Thường trực HĐND xã giám "
                    "sát việc thực hiện theo Quyết định số 12/QD-UBND của huyện./."),
                   ("- Ủy ban MTTQ Việt Nam xã;", "- Thường trực HĐND xã;\n- Ủy ban MTTQ Việt Nam xã;"))},
    "TDN410": {"bad": commune(("phục vụ tưới tiêu", "phục vụ thuỷ lợi, tưới tiêu"),
                              ("phối hợp với Ban nhân dân", "phối hợp hoà nhịp với Ban nhân dân")),
               "good-one-style": commune(("phục vụ tưới tiêu", "phục vụ thủy lợi, tưới tiêu"),
                                         ("bảo đảm an toàn lao động", "bảo đảm an toàn lao động, quý trọng sức "
                                          "dân, hoàn thành đúng hạn"))},
    "TDN420": {"bad": unicodedata.normalize("NFD", COMMUNE), "good": COMMUNE},
    "TDN422": {"bad": commune(("Căn cứ Kế hoạch số 52/KH-UBND ngày 20/02/2025",
                               "Căn cứ Nghị định số 45/2022/NÐ-CP của Chính phủ; Kế hoạch số 52/KH-UBND ngày 20/02/2025"),
                              ("Thu gom rác thải", "Thu gом rác thải")),
               "good-cyrillic-word": commune(("Thu gom rác thải, bèo rác", "Thu gom rác thải theo mô hình "
                                              "«Чистая река» của đoàn tình nguyện, bèo rác"))},
})


# Capitalisation and acronyms (TDN430–438).
TEXT.update({
    "TDN430": {"bad": commune(("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                               "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội liên hiệp phụ nữ xã"),
                              ("trước ngày 30 tháng 4 năm 2025./.",
                               "trước ngày 30 tháng 4 năm 2025; Ủy ban Nhân dân xã tổng hợp báo cáo huyện./.")),
               "good-common-noun-and-capitals": commune(
                   ("II. NỘI DUNG", "II. NỘI DUNG PHỐI HỢP VỚI HỘI LIÊN HIỆP PHỤ NỮ XÃ"),
                   ("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ xã"),
                   ("- Ủy ban MTTQ Việt Nam xã;", "- Ủy ban MTTQ Việt Nam xã;\n- Hội Liên hiệp Phụ nữ xã;"),
                   ("trước ngày 30 tháng 4 năm 2025./.", "trước ngày 30 tháng 4 năm 2025; các ủy ban, hội đồng "
                    "của thôn phối hợp thực hiện./."))},
    "TDN431": {"bad": commune(("của Ủy ban nhân dân huyện Nhơn Trạch", "của Ủy ban nhân dân Huyện Nhơn Trạch"),
                              ("trên địa bàn xã trong tháng 4", "trên địa bàn Xã Phú Hữu trong tháng 4")),
               "good-exceptions": commune(
                   ("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.",
                    "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước; học tập mô hình của Phường 3 và "
                    "Thành phố Hồ Chí Minh, phối hợp với Huyện Đoàn Nhơn Trạch.\nXã Phú Hữu bố trí xe chở rác "
                    "tại bến đò."))},
    "TDN432": {"bad": commune(("Căn cứ Kế hoạch số 52/KH-UBND", "Căn cứ khoản 2 điều 5 Quyết định số 08/QĐ-UBND "
                               "ngày 10/01/2025 của Ủy ban nhân dân huyện Nhơn Trạch; Kế hoạch số 52/KH-UBND")),
               "good-plural-and-heading": commune(
                   ("Căn cứ Kế hoạch số 52/KH-UBND", "Căn cứ điểm a khoản 2 Điều 5 và các điều 8, 9 của Quyết "
                    "định số 08/QĐ-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện Nhơn Trạch; Kế hoạch số 52/KH-UBND"),
                   ("II. NỘI DUNG", "II. NỘI DUNG (THEO ĐIỀU 5 QUYẾT ĐỊNH SỐ 08/QĐ-UBND)"))},
    "TDN433": {"bad": commune(("1. Giao công chức Địa chính - Xây dựng chủ trì",
                               "1. Giao phó chủ tịch Võ Thị Thu Hà chỉ đạo chung; công chức Địa chính - Xây dựng "
                               "chủ trì")),
               "good-title-after-name": commune(
                   ("1. Giao công chức Địa chính - Xây dựng chủ trì",
                    "1. Bà Võ Thị Thu Hà, phó chủ tịch Ủy ban nhân dân xã, chỉ đạo chung; Phó Chủ tịch Võ Thị "
                    "Thu Hà họp giao ban hằng tuần; công chức Địa chính - Xây dựng chủ trì"))},
    "TDN434": {"bad": commune(("Nạo vét, phát quang các tuyến kênh nội đồng trên địa bàn xã",
                               "Nạo vét, phát quang các tuyến kênh nội đồng Tại các thôn, Trong đó ưu tiên thôn "
                               "trũng thấp")),
               "good-names-and-cited-titles": commune(
                   ("Căn cứ Kế hoạch số 52/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện Nhơn Trạch về",
                    "Căn cứ Kế hoạch số 52/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện Nhơn Trạch Về"),
                   ("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.",
                    "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước; người dân phản ánh qua Bộ phận "
                    "Tiếp nhận và Trả kết quả của xã."))},
    "TDN435": {"bad": commune(("vận động đoàn viên, hội viên tham gia ra quân.",
                               "vận động đoàn viên, hội viên tham gia ra quân; Ban Chấp hành DDoàn xã huy động "
                               "đoàn viên DDTN.")),
               "good-written-d-and-code": commune(
                   ("vận động đoàn viên, hội viên tham gia ra quân.",
                    "vận động đoàn viên, hội viên tham gia ra quân; Ban Chấp hành Đoàn xã huy động đoàn viên "
                    "theo Hướng dẫn số 05-HD/DDTN của Huyện Đoàn."))},
    "TDN436": {"bad": commune(("báo cáo kết quả về Ủy ban nhân dân xã", "báo cáo kết quả về UNBD xã"),
                              ),
               "good-local-acronyms": commune(
                   ("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.",
                    "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước; HTX Nông nghiệp Phú Hữu (HTX) "
                    "hỗ trợ máy bơm, BQL các công trình thủy lợi xã hỗ trợ nhân lực."))},
    "TDN437": {"bad": commune(("III. TỔ CHỨC THỰC HIỆN\n", "III. TỔ CHỨC THỰC HIỆN\nBCĐ ra quân họp vào sáng thứ "
                               "Hai hằng tuần.\n"),
                              ("1. Giao công chức Địa chính", "1. Thành lập Ban Chỉ đạo ra quân làm sạch kênh "
                               "mương (BCĐ) do Phó Chủ tịch Ủy ban nhân dân xã làm Trưởng ban. Giao công chức Địa "
                               "chính")),
               "good-defined-first": commune(
                   ("II. NỘI DUNG\n", "II. NỘI DUNG\nThành lập Ban Chỉ đạo ra quân làm sạch kênh mương (BCĐ); "
                    "khối lượng tính theo mét khối (ĐVT: m3).\n"),
                   ("III. TỔ CHỨC THỰC HIỆN\n", "III. TỔ CHỨC THỰC HIỆN\nBCĐ họp vào sáng thứ Hai hằng tuần.\n"))},
    "TDN438": {"bad": party_commune(("- Ban Thường vụ Huyện ủy (để b/c),", "- Ban Thường Huyện ủy (để b/c),")),
               "good-thuong-truc-and-thuong-vu": party_commune(
                   ("- Các chi bộ trực thuộc,", "- Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã,\n"
                    "- Các chi bộ trực thuộc,"))},
})


# Sections and numbering (TDN501–517): whole documents, since these rules judge only a recognised document form.
_REPORT = """ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ HỮU	Độc lập - Tự do - Hạnh phúc
Số: 41/BC-UBND	Phú Hữu, ngày 05 tháng 5 năm 2025

BÁO CÁO
Kết quả ra quân làm sạch kênh mương nội đồng năm 2025

I. KẾT QUẢ THỰC HIỆN
1. Đã nạo vét 4,5 km kênh nội đồng, thu gom 12 tấn rác thải và bèo rác.
2. Có 640 lượt người dân các thôn tham gia ra quân.
II. TỒN TẠI, HẠN CHẾ
Một số tuyến kênh chưa nạo vét xong do mực nước còn cao.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
Hoàn thành nạo vét các tuyến còn lại trong tháng 6 năm 2025./.

Nơi nhận:	TM. ỦY BAN NHÂN DÂN
- UBND huyện Nhơn Trạch;	CHỦ TỊCH
- Lưu: VT, ĐC.

	Đặng Văn Lộc
"""
_CONG_VAN = """ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ HỮU	Độc lập - Tự do - Hạnh phúc
Số: 118/UBND-ĐC	Phú Hữu, ngày 22 tháng 4 năm 2025
V/v bố trí máy bơm phục vụ ra quân
làm sạch kênh mương

{kinh_gui}Ủy ban nhân dân xã Phú Hữu đề nghị Hợp tác xã Nông nghiệp Phú Hữu bố trí hai máy bơm nước phục vụ đợt ra quân làm sạch kênh mương nội đồng từ ngày 26 đến ngày 27 tháng 4 năm 2025.
Đề nghị Hợp tác xã phối hợp thực hiện./.

Nơi nhận:	TM. ỦY BAN NHÂN DÂN
{recipients}	CHỦ TỊCH
- Lưu: VT, ĐC.

	Đặng Văn Lộc
"""


def cong_van(kinh_gui="Kính gửi: Hợp tác xã Nông nghiệp Phú Hữu.\n\n", recipients="- Như trên;") -> str:
    return _CONG_VAN.format(kinh_gui=kinh_gui, recipients=recipients)


_APPENDIX = """

PHỤ LỤC
DANH SÁCH TUYẾN KÊNH CẦN NẠO VÉT
(Kèm theo Kế hoạch số 36/KH-UBND ngày 18/3/2025 của Ủy ban nhân dân xã Phú Hữu)

I. THÔN 1
1. Kênh Bà Tư, dài 1,2 km.
II. THÔN 2
1. Kênh Ông Cả, dài 0,8 km.
"""

TEXT.update({
    "TDN501": {"bad": commune(("III. TỔ CHỨC THỰC HIỆN\n1. Giao", "3. Giao"), ("\n2. Đề nghị Ủy ban", "\n4. Đề nghị Ủy ban"),
                              ("\n3. Ban nhân dân các thôn", "\n5. Ban nhân dân các thôn")),
               "good-party-dash-headings": party_commune(),
               "good-report": _REPORT,
               "good-other-type": cong_van()},
    "TDN504": {"bad": cong_van(kinh_gui=""),
               "good": cong_van(),
               "good-party": party_commune(("Số 14-KH/ĐU", "Số 15-CV/ĐU"),
                                           ("KẾ HOẠCH\ntổ chức sinh hoạt chính trị về chuyển đổi số năm 2025",
                                            "V/v tổ chức sinh hoạt chính trị\nvề chuyển đổi số năm 2025"))},
    "TDN510": {"bad": commune(("III. TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN")),
               "bad-repeated": commune(("II. NỘI DUNG", "I. NỘI DUNG")),
               "good-appendix-restarts": commune() + _APPENDIX,
               "good-excerpt-without-header": "II. NỘI DUNG\n1. Nạo vét, phát quang các tuyến kênh nội đồng.\n"
                                              "IV. KINH PHÍ\nKinh phí do người dân đóng góp và ngân sách xã.\n"},
    "TDN511": {"bad": commune(("\n2. Huy động người dân", "\n3. Huy động người dân")),
               "bad-skipped-item": commune(("\n3. Ban nhân dân các thôn", "\n4. Ban nhân dân các thôn")),
               "good-list-restarts-after-paragraph": commune(
                   ("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.\n",
                    "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.\nThời gian ra quân cụ thể như sau:\n"
                    "1. Thôn 1, thôn 2: sáng thứ Bảy, ngày 26 tháng 4 năm 2025.\n"
                    "2. Thôn 3, thôn 4: sáng Chủ nhật, ngày 27 tháng 4 năm 2025.\n"))},
    "TDN512": {"bad": commune(("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.\n",
                               "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước:\n1.1. Cống Bà Tư ở thôn 1;\n"
                               "1.2. Cống Ông Cả ở thôn 2.\n")),
               "good": commune(("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.\n",
                                "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước:\n2.1. Cống Bà Tư ở thôn 1;\n"
                                "2.2. Cống Ông Cả ở thôn 2.\n"))},
    "TDN513": {"bad": commune(("\n1. Khơi thông", "\n1/ Khơi thông"), ("\n2. Huy động", "\n2/ Huy động")),
               "bad-heading": commune(("II. NỘI DUNG", "II NỘI DUNG")),
               "good-party-dash": party_commune()},
    "TDN516": {"bad": commune(("II. NỘI DUNG", "II. Nội dung")),
               "good-note-and-answer": edit(_REPORT, ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
                                                      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ (dự kiến)"),
                                            ("./.\n\nNơi nhận:", ".\nIV. KIẾN NGHỊ: Không./.\n\nNơi nhận:"))},
    "TDN517": {"bad": commune(("I. MỤC ĐÍCH, YÊU CẦU", "A. MỤC ĐÍCH, YÊU CẦU"), ("II. NỘI DUNG", "B. NỘI DUNG"),
                              ("III. TỔ CHỨC THỰC HIỆN", "C. TỔ CHỨC THỰC HIỆN")),
               "good-items-a-b-under-roman": commune(
                   ("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.\n",
                    "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước:\na) Cống Bà Tư ở thôn 1;\n"
                    "b) Cống Ông Cả ở thôn 2.\n"))},
})


# Signature block (TDN530–535).
_SIGNED = ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- UBND huyện Nhơn Trạch (b/c);\tKT. CHỦ TỊCH\n"
           "- Ủy ban MTTQ Việt Nam xã;\tPHÓ CHỦ TỊCH\n- Ban nhân dân các thôn;\n- Lưu: VT, ĐC.\n\n\tVõ Thị Thu Hà\n")
_UNSIGNED = "Nơi nhận:\n- UBND huyện Nhơn Trạch (b/c);\n- Ủy ban MTTQ Việt Nam xã;\n- Ban nhân dân các thôn;\n- Lưu: VT, ĐC.\n"
_APPENDIX_ALONE = _APPENDIX.lstrip("\n")  # the same appendix as a file of its own
_MTTQ = """ỦY BAN MTTQ VIỆT NAM	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ HỮU	Độc lập - Tự do - Hạnh phúc
BAN THƯỜNG TRỰC
Số: 09/KH-MTTQ-BTT	Phú Hữu, ngày 20 tháng 3 năm 2025

KẾ HOẠCH
Vận động nhân dân tham gia làm sạch kênh mương năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy vai trò của các tổ chức thành viên trong việc vận động hội viên tham gia.
II. NỘI DUNG
1. Mỗi tổ chức thành viên nhận phụ trách ít nhất một tuyến kênh.
III. TỔ CHỨC THỰC HIỆN
1. Các tổ chức thành viên báo cáo kết quả về Ban Thường trực trước ngày 30 tháng 4 năm 2025./.

Nơi nhận:	TM. BAN THƯỜNG TRỰC
- Các tổ chức thành viên;	PHÓ CHỦ TỊCH
- Lưu: VT.

	Trần Thị Mỹ Lệ
"""
TEXT.update({
    "TDN530": {"bad": commune((_SIGNED, _UNSIGNED)),
               "good-appendix-alone": _APPENDIX_ALONE,
               "good-signed": commune()},
    "TDN532": {"bad": party_commune(("T/M ĐẢNG ỦY", "K/T BÍ THƯ")),
               "good-deputy-of-committee": party_commune(),
               "good-deputy-of-office": edit(party(), ("T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN"),
                                             ("PHÓ BÍ THƯ", "PHÓ TRƯỞNG BAN"))},
    "TDN533": {"bad": commune(("\tKT. CHỦ TỊCH\n", "\n")),
               "good-plan-signed-for-chair": commune(("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n", "Nơi nhận:\tKT. CHỦ TỊCH\n"),
                                                     ("\tKT. CHỦ TỊCH\n", "\n")),
               "good-front": _MTTQ},
    "TDN534": {"bad": commune(("\tKT. CHỦ TỊCH\n", "\n"), ("\tPHÓ CHỦ TỊCH\n", "\n")),
               "good-acting": commune(("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n", "Nơi nhận:\tQ. CHỦ TỊCH\n"),
                                      ("\tKT. CHỦ TỊCH\n", "\n"), ("\tPHÓ CHỦ TỊCH\n", "\n"))},
    "TDN535": {"bad": commune(("\n\n\tVõ Thị Thu Hà\n", "\n")),
               "bad-copy": commune(("\n\n\tVõ Thị Thu Hà\n", "\n\n\t(Đã ký)\n")),
               "good-copy": commune(("\n\n\tVõ Thị Thu Hà\n", "\n\n\t(Đã ký)\n\n\tVõ Thị Thu Hà\n"))},
})


# Recipients (TDN541–550) and the draft mark (TDN705).
# a recipient too long for the left column, wrapped by hand beside the signature column
_WRAPPED = ("- Ủy ban MTTQ Việt Nam xã;", "- Ủy ban Mặt trận Tổ quốc Việt Nam\n  xã Phú Hữu;")
TEXT.update({
    "TDN541": {"bad": commune(("Nơi nhận:\tTM.", "NƠI NHẬN\tTM.")),
               "bad-no-colon": commune(("Nơi nhận:\tTM.", "Nơi nhận\tTM.")),
               "good": commune()},
    "TDN542": {"bad": commune(("- UBND huyện Nhơn Trạch (b/c);", "+ UBND huyện Nhơn Trạch (b/c);"),
                              ("- Ủy ban MTTQ Việt Nam xã;", "+ Ủy ban MTTQ Việt Nam xã;")),
               "good-wrapped-line": commune(_WRAPPED)},
    "TDN543": {"bad": commune(("- Ủy ban MTTQ Việt Nam xã;", "- Ủy ban MTTQ Việt Nam xã"),
                              ("- Ban nhân dân các thôn;", "- Ban nhân dân các thôn.")),
               "good-party-commas": party_commune(),
               "good-wrapped-line": commune(_WRAPPED)},
    "TDN546": {"bad": cong_van(recipients="- Hợp tác xã Nông nghiệp Phú Hữu;"),
               "good": cong_van(),
               "good-no-kinh-gui": commune()},
    "TDN550": {"bad": commune(("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động",
                               "2. Giao Công an xã bảo đảm an ninh, trật tự trong thời gian ra quân.\n"
                               "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động"),
                              ("\n3. Ban nhân dân các thôn báo cáo", "\n4. Ban nhân dân các thôn báo cáo")),
               "good-party-archive-line": party_commune(),
               "good-mentioned-and-quoted": commune(
                   ("2. Thu gom rác thải, bèo rác tại các cống điều tiết nước.",
                    "2. Thu gom rác thải, bèo rác tại các cống điều tiết nước; tiếp tục mô hình “Giao Hội Nông dân "
                    "xã quản lý tuyến kênh kiểu mẫu” do Công an xã và Trạm Y tế xã từng tham gia."))},
    "TDN705": {"bad": "DỰ THẢO lần 2\n" + COMMUNE,
               "good-mention": commune(("Ủy ban nhân dân xã ban hành Kế hoạch",
                                        "Sau khi lấy ý kiến các thôn về dự thảo, Ủy ban nhân dân xã ban hành Kế hoạch"))},
})


def _party_docx(path: Path, size: float, bold: bool) -> None:
    make_docx(path, [Para([R("HƯỚNG DẪN", bold=True, size=15)], align="center"),
                     Para([R("về tuyên truyền kết quả đại hội", bold=True, size=14)], align="center"),
                     Para([R("1. Các chi bộ tổ chức sinh hoạt chuyên đề trong quý II năm 2025.", size=14)])],
              header_table=(["ĐẢNG BỘ HUYỆN LONG THÀNH", "BAN TUYÊN GIÁO", "*", "Số 12-HD/BTGHU"],
                            [Para([R("ĐẢNG CỘNG SẢN VIỆT NAM", size=size, bold=bold)]),
                             Para([R("Long Thành, ngày 14 tháng 4 năm 2025", italic=True, size=14)])]),
              font="Times New Roman", size=14, author="", last_modified_by="")


DOCX = {
    "TDN601": {"bad": dict(body_font="Arial"), "good": {}},
    "TDN602": {"bad": dict(body_font=".VnTime"), "good": {}},
    "TDN603": {"bad": dict(body_size=12), "good": {}},
    "TDN604": {"bad": dict(page_mm=(215.9, 279.4)), "good": {}},
    "TDN605": {"bad": dict(margins_mm=(20, 20, 25, 15)), "good": {}},
    "TDN606": {"bad": dict(header_bold=False, header_size=14), "good": {}},
    "TDN607": {"bad": (_party_docx, 13, False), "good": (_party_docx, 15, True)},
    "TDN608": {"bad": dict(label_size=14, label_italic=False, list_size=13), "bad-italic-lines": dict(list_italic=True),
               "good": {}},
    "TDN701": {"bad": dict(extra=[Para(["Đã ", R("bổ sung", tracked="ins"), " và ", R("bỏ", tracked="del"),
                                        " một câu."])]), "good": {}},
    "TDN702": {"bad": dict(extra=[Para("Câu cần xem lại.", comment=("Phạm Văn C", "Viết lại câu này"))]), "good": {}},
    "TDN703": {"bad": dict(extra=[Para(["Nội dung ", R("còn ẩn", hidden=True), " trong tệp."])]), "good": {}},
    "TDN704": {"bad": dict(extra=[Para(["Thời hạn ", R("ngày … tháng …", highlight="yellow"), " báo cáo."])]),
               "good": {}},
    # the mark Word users put in the page header or in a text box at the top of page 1
    "TDN705": {"bad-page-header": dict(header="DỰ THẢO lần 2"),
               "bad-text-box": dict(draft_box=True),
               "good-page-header": dict(header="Kế hoạch số 21/KH-UBND")},
    "TDN706": {"bad": dict(author="Phạm Văn Cường", last_modified_by="Đỗ Thị Dung"), "good": {}},
}


def build() -> list[Path]:
    written = []
    for code, docs in TEXT.items():
        for stem, text in docs.items():
            path = OUT / code / f"{stem}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    for code, docs in DOCX.items():
        for stem, spec in docs.items():
            path = OUT / code / f"{stem}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(spec, tuple):
                spec[0](path, *spec[1:])
            else:
                official_docx(path, **spec)
            written.append(path)
    return written


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(OUT.parents[1]))
