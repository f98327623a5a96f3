"""A complete, correct State document as .docx (NĐ 30 layout) for layout/hygiene tests, with knobs to break it."""

from __future__ import annotations

from docx_factory import Para, TextBox, make_docx
from docx_factory import R as _R

BODY = (
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2025 của Ủy ban nhân dân tỉnh Thanh Hóa về cải cách hành chính, "
    "Ủy ban nhân dân huyện Đông Sơn ban hành Kế hoạch thực hiện như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao chất lượng giải quyết thủ tục hành chính cho người dân và doanh nghiệp trên địa bàn huyện; "
    "bảo đảm công khai, minh bạch, đúng thời hạn theo quy định của pháp luật hiện hành.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Nội vụ huyện chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
    "2. Ủy ban nhân dân các xã, thị trấn báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Nội vụ) "
    "trước ngày 15/12/2025./.",
)
RECIPIENTS = ("Nơi nhận:", "- UBND tỉnh Thanh Hóa (b/c);", "- Phòng Nội vụ huyện;",
              "- UBND các xã, thị trấn;", "- Lưu: VT, NV.")
SIGNATURE = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Minh")


def official_docx(path, *, body_size=14, header_size=13, motto_size=14, header_bold=True, body_font=None,
                  run_font=None, draft=False, draft_box=False, extra=(), label_size=12, label_italic=True, list_size=11,
                  list_italic=False,
                  recipients=RECIPIENTS,
                  **options):
    """Write the document to ``path``; ``options`` go to ``make_docx`` (page_mm, margins_mm, author …).

    ``body_font`` is set directly on the body runs, ``run_font`` on every run (``font`` is the Normal style's).
    """
    body_font = body_font or run_font

    def R(text, **kw):
        kw.setdefault("font", run_font)
        return _R(text, **kw)

    left = [Para([R("ỦY BAN NHÂN DÂN", size=13)]), Para([R("HUYỆN ĐÔNG SƠN", size=13, bold=True)]),
            Para([R("Số: 21/KH-UBND", size=13)])]
    right = [Para([R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=header_size, bold=header_bold)]),
             Para([R("Độc lập - Tự do - Hạnh phúc", size=motto_size, bold=True)]),
             Para([R("Đông Sơn, ngày 12 tháng 3 năm 2025", size=14, italic=True)])]
    paras = []
    if draft:
        paras.append(Para([R("DỰ THẢO", bold=True, size=14)]))
    if draft_box:  # the mark in a text box anchored at the top of page 1, as Word users place it
        paras.append(Para([TextBox(["DỰ THẢO"])]))
    paras += [Para([R("KẾ HOẠCH", bold=True, size=14)], align="center"),
              Para([R("Cải cách hành chính năm 2025", bold=True, size=14)], align="center")]
    paras += [Para([R(t, size=body_size, font=body_font)], align="both") for t in BODY]
    paras += list(extra)
    paras.append(Para([R(recipients[0], size=label_size, bold=True, italic=label_italic)]))
    paras += [Para([R(t, size=list_size, italic=list_italic)]) for t in recipients[1:]]
    paras += [Para([R(t, size=14, bold=True)]) for t in SIGNATURE]
    options.setdefault("author", "")
    options.setdefault("last_modified_by", "")
    return make_docx(path, paras, header_table=(left, right), **options)
