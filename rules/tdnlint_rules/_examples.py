"""Whole documents shared by rule examples.

Header, numbering, section, signature and date rules speak only when the segmentation recognises an
official document (a header-less fragment gets one info notice instead), so their `bad`/`good` examples are
whole drafts: `tdnlint explain` shows what a user would lint and the registry test checks exactly that.
Most are one correct plan, `PLAN`, with the one line a rule is about changed: `plan((old, new), …)`.
"""

PLAN = (
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 15/KH-UBND\tĐồng Nai, ngày 10 tháng 3 năm 2025\n"
    "\n"
    "KẾ HOẠCH\n"
    "Tổ chức hội nghị tổng kết công tác năm 2025\n"
    "\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Đánh giá kết quả thực hiện nhiệm vụ năm 2025.\n"
    "II. NỘI DUNG\n"
    "1. Tổ chức hội nghị vào tháng 12 năm 2025.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Giao Sở Nội vụ chủ trì thực hiện Kế hoạch này./.\n"
    "\n"
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
    "- Sở Nội vụ;\n"
    "- Lưu: VT, NC.\tCHỦ TỊCH\n"
    "\n"
    "\tNguyễn Văn An"
)

# A Party guidance (HD 36-HD/VPTW form) for the Party header and trích yếu rules.
PARTY_PLAN = (
    "ĐẢNG BỘ TỈNH ĐỒNG NAI\tĐẢNG CỘNG SẢN VIỆT NAM\n"
    "BAN TUYÊN GIÁO\n"
    "*\n"
    "Số 45-HD/BTGTU\tĐồng Nai, ngày 10 tháng 3 năm 2025\n"
    "\n"
    "HƯỚNG DẪN\n"
    "về công tác tuyên truyền năm 2025\n"
    "\n"
    "1. Các cấp ủy tổ chức tuyên truyền kết quả đại hội.\n"
    "2. Báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 30/6/2025.\n"
    "\n"
    "Nơi nhận:\tK/T TRƯỞNG BAN\n"
    "- Các huyện ủy, thành ủy,\tPHÓ TRƯỞNG BAN\n"
    "- Lưu Văn phòng Ban.\n"
    "\n"
    "\tNguyễn Văn Bình"
)

# The plan's opening block (header, type name, trích yếu): examples whose point is in the body add their own.
STATE_HEADER = PLAN[: PLAN.index("I. MỤC ĐÍCH")]


def plan(*replacements: tuple[str, str], base: str = PLAN) -> str:
    """``base`` (the State plan by default) with each (old, new) applied; ``old`` must occur exactly once, so an
    example cannot drift silently when the document changes."""
    text = base
    for old, new in replacements:
        if text.count(old) != 1:
            raise ValueError(f"example replacement {old!r} does not occur exactly once in the plan")
        text = text.replace(old, new)
    return text
