"""Builds fixtures/rules/<CODE>/*.txt|.docx: one folder per rule, a ``bad`` and a ``good`` document each.

    python tests/registry/rule_fixtures.py      # (re)write the fixture documents
    TDNLINT_UPDATE_SNAPSHOTS=1 pytest tests/registry/test_rule_fixtures.py   # then their .expected files

All text is our own (a made-up Đồng Nai plan, a made-up Party guidance, the official_docx State plan).
The .docx ones are built with tests/docx_factory.py: they are the tests of the rules whose examples
describe formatting (``examples_are_text = False``).  The .expected snapshots are written by the test.
"""

from __future__ import annotations

import sys
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
    "TDN608": {"bad": dict(label_size=14, label_italic=False, list_size=13), "good": {}},
    "TDN701": {"bad": dict(extra=[Para(["Đã ", R("bổ sung", tracked="ins"), " và ", R("bỏ", tracked="del"),
                                        " một câu."])]), "good": {}},
    "TDN702": {"bad": dict(extra=[Para("Câu cần xem lại.", comment=("Phạm Văn C", "Viết lại câu này"))]), "good": {}},
    "TDN703": {"bad": dict(extra=[Para(["Nội dung ", R("còn ẩn", hidden=True), " trong tệp."])]), "good": {}},
    "TDN704": {"bad": dict(extra=[Para(["Thời hạn ", R("ngày … tháng …", highlight="yellow"), " báo cáo."])]),
               "good": {}},
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
