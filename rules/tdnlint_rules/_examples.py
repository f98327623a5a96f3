"""Opening block shared by rule examples that need a whole document.

Numbering, section and date rules speak only when the segmentation recognises an official document (a
header-less fragment gets one info notice instead), so their `bad`/`good` examples start with this block:
`tdnlint explain` shows the whole draft and the registry test checks exactly what a user would lint.
"""

STATE_HEADER = (
    "ỦY BAN NHÂN DÂN TỈNH AN GIANG\n"
    "Số: 12/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "An Giang, ngày 05 tháng 3 năm 2024\n"
    "KẾ HOẠCH\n"
    "Triển khai công tác cải cách hành chính năm 2024\n"
)
