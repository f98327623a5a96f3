"""Shared vocabulary of official documents: type names, header texts, and the patterns that recognise
header, title and closing-block lines, plus small text helpers.  ``tdnlint.api`` exports the public names."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Document type names (upper case) → State type code (NĐ 30 Phụ lục III).
TYPE_NAMES: dict[str, str | None] = {
    "NGHỊ QUYẾT": "NQ",
    "QUYẾT ĐỊNH": "QĐ",
    "CHỈ THỊ": "CT",
    "QUY CHẾ": "QC",
    "QUY ĐỊNH": "QyĐ",
    "THÔNG CÁO": "TC",
    "THÔNG BÁO": "TB",
    "HƯỚNG DẪN": "HD",
    "CHƯƠNG TRÌNH": "CTr",
    "KẾ HOẠCH": "KH",
    "PHƯƠNG ÁN": "PA",
    "ĐỀ ÁN": "ĐA",
    "DỰ ÁN": "DA",
    "BÁO CÁO": "BC",
    "BIÊN BẢN": "BB",
    "TỜ TRÌNH": "TTr",
    "HỢP ĐỒNG": "HĐ",
    "CÔNG ĐIỆN": "CĐ",
    "BẢN GHI NHỚ": "BGN",
    "BẢN THỎA THUẬN": "BTT",
    "BẢN THOẢ THUẬN": "BTT",
    "GIẤY ỦY QUYỀN": "GUQ",
    "GIẤY UỶ QUYỀN": "GUQ",
    "GIẤY MỜI": "GM",
    "GIẤY GIỚI THIỆU": "GGT",
    "GIẤY NGHỈ PHÉP": "GNP",
    "PHIẾU GỬI": "PG",
    "PHIẾU CHUYỂN": "PC",
    "PHIẾU BÁO": "PB",
    "PHIẾU TRÌNH": None,
    "KẾT LUẬN": "KL",
    "THÔNG TRI": "TT",
    "CÔNG VĂN": None,
    "THƯ": None,
    # attached to a decision, never issued alone (no type code of their own)
    "ĐIỀU LỆ": None,
    # legal normative documents (Luật Ban hành văn bản quy phạm pháp luật, not NĐ 30's list): recognised so
    # their header is read; no NĐ 30 type code is checked for them
    "HIẾN PHÁP": None,
    "BỘ LUẬT": None,
    "LUẬT": None,
    "PHÁP LỆNH": None,
    "NGHỊ ĐỊNH": None,
    "THÔNG TƯ LIÊN TỊCH": None,
    "THÔNG TƯ": None,
    "LỆNH": None,
}

NATIONAL_HEADER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_HEADER = "ĐẢNG CỘNG SẢN VIỆT NAM"

# "HÒA" (old tone placement) and "HOÀ" (new placement, NĐ 30's own sample table) are both the national
# header (spec ND30-QH-01, ENC-05): without the "O[ÀÁ]" branch a "CỘNG HOÀ …" header was not seen at all.
_NATIONAL_RE = re.compile(r"C[ỘÔO]NG\s+H(?:[ÒOÓ]A|O[ÀÁ])\s+X[ÃA]\s+H[ỘÔO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆÊE]T\s+NAM",
                          re.I)
_NATIONAL_LOOSE_RE = re.compile(
    r"\b[CcĆ][ỘộÔôOoỐốỒồ][NnM][Gg]\s+[Hh](?:[ÒòOoÓóỎỏÕõỌọ]{1,2}[Aa]?|[Oo][ÀàÁáẢảÃãẠạ])\s+[XxK][ÃãAaÁá]\s+[Hh][ỘộÔôOo][Ii]\s+"
    r"[Cc][Hh][ỦủUuÙù]\s+[Nn][Gg][Hh][ĨĩIiÍí][Aa]\s+[Vv][Ii][ỆệÊêEe][Tt]\s+[Nn][Aa][Mm]"
)
_MOTTO_RE = re.compile(r"Độc\s*lập\s*[-–—‑]+\s*Tự\s*do\s*[-–—‑]+\s*Hạnh\s*phúc", re.I)
_PARTY_RE = re.compile(r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", re.I)

# The own number line: "Số: 97/HD-MTTQ-BTT", "Số 69-HD/BTGTU", "Số:      /KH-UBND" (blank for the văn thư),
# "SỐ 05 / KH - UBND" (badly spaced, still the number line so the format rule can flag it).  It may also follow a
# line break (w:br) inside a header cell typed as one paragraph: "ỦY BAN NHÂN DÂN⏎TỈNH A⏎Số: 12/KH-UBND".
_NUMBER_RE = re.compile(
    r"(?:^|(?<=[\t ]{2})|(?<=[\t\n\v\u2028]))(?P<label>Số|SỐ|số)(?P<colon>[ \t]*[:.])?[ \t]*(?P<num>[0-9.…_]*(?:-[0-9]+(?=[ \t]*/))?)"
    r"(?P<sym>[ \t]*[-/–][ \t]*[A-ZĐa-zđ0-9…][A-Za-zĐđ0-9.…]*(?:[ \t]?[-/–][ \t]?[A-ZĐa-zđ0-9…][A-Za-zĐđ0-9.…]*)*)"
)
# Place-and-date line.  The place is a run of words without tabs / double spaces; the date part accepts
# blanks left for the văn thư ("ngày      tháng 12 năm 2025") and bad forms ("ngày 05/01/2023") so the
# format rule can see them.
_DATE_RE = re.compile(
    r"(?:(?P<place>[^\s,;:\d(](?:[^\t\s,;:]| (?! ))*?)\s*(?P<comma>,)?[ \t]*)?"
    r"(?P<ngay>[Nn]gày)(?P<rest>[ \t\d.…_]*(?:tháng[ \t\d.…_]*năm[ \t\d.…_]*|[/.\-][ \t]*\d{1,2}[ \t]*[/.\-][ \t]*\d{2,4}"
    r"|[ \t.…_]*/[ \t.…_\d]*/[ \t]*\d{2,4}))"
)
_VV_RE = re.compile(r"^\s*(V/v|V/V|v/v|V\.v)(?=\s|$)")
_BASIS_RE = re.compile(r"^\s*(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Triển khai|Thi hành|Trên cơ sở)\b")
_RECIPIENTS_RE = re.compile(r"^\s*\**\s*(Nơi\s+nhận|NƠI\s+NHẬN)\s*:?", re.I)
_KINH_GUI_RE = re.compile(r"^\s*Kính\s+gửi\s*:?", re.I)
AUTHORITY_RE = re.compile(
    r"^(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|T/L|T\.M\.?|K\.T\.?|T\.L\.?|TM|KT|TL|TUQ)(?:(?<=\.)|(?=[\s.]|$))\s*\S"
)
_AUTHORITY_RE = AUTHORITY_RE  # backwards-compatible alias
_OFFICE_WORDS = (
    r"(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|TRƯỞNG\s+BAN|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|"
    r"CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+PHÒNG|VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|THỦ\s+TRƯỞNG|"
    r"TRƯỞNG\s+ĐOÀN|CHÁNH\s+ÁN|TỔNG\s+BIÊN\s+TẬP|CHÁNH\s+THANH\s+TRA|TRƯỞNG\s+TIỂU\s+BAN|TRƯỞNG\s+KHOA|"
    r"GIÁM\s+ĐỐC\s+SỞ|TRƯỞNG\s+CÔNG\s+AN|CHỈ\s+HUY\s+TRƯỞNG|NGƯỜI\s+KÝ|TM\b|CHỦ\s+NHIỆM|TỔNG\s+THƯ\s+KÝ|THƯ\s+KÝ)"
)
_SIGNER_TITLES = re.compile(r"^\s*" + _OFFICE_WORDS + r"(?=\s|$)")
_APPENDIX_RE = re.compile(r"^\s*(PHỤ\s+LỤC|Phụ\s+lục|TÀI\s+LIỆU|DANH\s+MỤC|DANH\s+SÁCH|BIỂU\s+MẪU|Mẫu\s+số)\b")
# a part / chapter / section / article heading: the body has begun ("Chương I", "Điều 1.", "Phần thứ nhất")
_PART_HEAD_RE = re.compile(r"^\s*\**\s*(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s+(?:\d|[IVXLC]+\b|thứ\s|THỨ\s)")
_CLOSING_RE = re.compile(r"\./\.\s*$")
_ROMAN_HEADING_RE = re.compile(r"^\s*(?!V/v|V/V)[IVXLC]+\s*[.\-–/)]\s*\S")
_SIGNED_RE = re.compile(r"^\s*\((Đã\s+ký|đã\s+ký|Ký|ký|Chữ\s+ký|Đã\s+ký\s+và\s+đóng\s+dấu)[^)]*\)\s*$")
# The draft mark and its round ("DỰ THẢO lần 2", "DỰ THẢO 3"): the whole mark is the span a finding shows.
_DRAFT_RE = re.compile(r"\b(?P<mark>D[ỰU]\s+TH[ẢA]O)\b(?:\s+LẦN\s*\d+|\s*\d+)?", re.I)
_SEPARATOR_RE = re.compile(r"^[\s*\-_–—=.~]+$")
_MARKS_RE = re.compile(
    r"^(KHẨN|THƯỢNG\s+KHẨN|HỎA\s+TỐC|HOẢ\s+TỐC|MẬT|TỐI\s+MẬT|TUYỆT\s+MẬT|DỰ\s+THẢO|LƯU\s+HÀNH\s+NỘI\s+BỘ|"
    r"XEM\s+XONG\s+TRẢ\s+LẠI|BẢN\s+SAO|SAO\s+Y|TRÍCH\s+SAO|SAO\s+LỤC)\b.*$",
    re.I,
)
_ACADEMIC_RE = re.compile(
    r"^(?:(?:GS|PGS|TS|ThS|Ths|TSKH|BS|BSCKI{1,2}|KS|CN|NCS|Thạc\s+sĩ|Tiến\s+sĩ|Giáo\s+sư|Phó\s+Giáo\s+sư|"
    r"Kỹ\s+sư|Bác\s+sĩ|Luật\s+sư|Nhà\s+giáo|Đại\s+tá|Thượng\s+tá|Trung\s+tá|Thiếu\s+tá)\.?\s*[,.\-]?\s*)+"
)
# "(Ban hành kèm theo Quyết định số …)": a regulation, appendix or form attached to another document
_ATTACHED_RE = re.compile(r"^[\s*_]*\(?[\s*_]*(Ban\s+hành\s+)?[Kk]èm\s+theo\b")
_ORG_RE = re.compile(
    r"^(Ủy|Uỷ)\s+ban\b|^UBND\b|^Hội\s+đồng\b|^HĐND\b|^Ban\s|^Sở\s|^Phòng\s|^Văn\s+phòng\b|^Bộ\s|^Cục\s|"
    r"^(Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(ủy|uỷ)\b|^Chi\s+bộ\b|^Đảng\s+bộ\b|^Mặt\s+trận\b|^Hội\s|^Trường\s|"
    r"^Công\s+an\b|^Trung\s+tâm\b|^Chi\s+cục\b|^Tổng\s+cục\b|^Viện\s"
)
# tabs, line breaks (w:br), runs of spaces: [\t\n\v\u2028]+|[ \u00a0]{3,}, written to start with one character
# class so the regex engine skips ahead in C (same matches)
_GAP_RE = re.compile(r"[\t\n\v\u2028 \u00a0](?:(?<=[\t\n\v\u2028])[\t\n\v\u2028]*|(?<=[ \u00a0])[ \u00a0]{2,})")
_STRIP = " \t\u00a0*"

HEADER_SCAN = 18  # main-story paragraphs searched for the header block


# ---- small text helpers --------------------------------------------------------------------


def _upper_ratio(text: str) -> float:
    letters = list(filter(str.isalpha, text))  # filter/map over str methods: the loop runs in C
    if not letters:
        return 0.0
    return sum(map(str.isupper, letters)) / len(letters)


upper_ratio = _upper_ratio


@lru_cache(maxsize=4096)
def _norm_upper(text: str) -> str:
    t = unicodedata.normalize("NFC", " ".join(text.split())).upper()
    return t.replace("THOẢ", "THỎA").replace("UỶ", "ỦY")


# The combining marks of U+0300–U+036F (every Vietnamese tone and vowel mark after NFD), taken from unicodedata
# itself (U+034F, the grapheme joiner, is not one).
_COMBINING_LATIN_RE = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]")
_NOT_WORD_RE = re.compile(r"[^\w\s]")


def fold(text: str) -> str:
    """Accent-insensitive, upper-case, single-spaced form for matching headings ("Tổ chức" → "TO CHUC")."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = _COMBINING_LATIN_RE.sub("", t)
    # What the per-character unicodedata.combining filter gives: the common marks are gone; any other
    # combining character is among the few distinct non-ASCII characters left (quotes, dashes in Vietnamese).
    if not t.isascii():
        odd = [c for c in set(t) if c > "\x7f" and unicodedata.combining(c)]
        if odd:
            t = t.translate(dict.fromkeys(map(ord, odd)))
    return " ".join(_NOT_WORD_RE.sub(" ", t).split()).upper()


def chunks(text: str) -> list[tuple[int, int]]:
    """Cut a line at tabs and runs of 3+ spaces; each chunk trimmed of spaces and Markdown '*'."""
    out = []
    pos = 0
    for m in [*list(_GAP_RE.finditer(text)), None]:
        end = m.start() if m else len(text)
        s, e = pos, end
        while s < e and text[s] in _STRIP:
            s += 1
        while e > s and text[e - 1] in _STRIP:
            e -= 1
        if e > s:
            out.append((s, e))
        if m:
            pos = m.end()
    return out


def _trim(text: str) -> tuple[int, int]:
    s, e = 0, len(text)
    while s < e and text[s] in _STRIP:
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    return s, e


def is_name_like(text: str) -> bool:
    """A signer's name: 2–6 words, each capitalised then lower case ("Nguyễn Văn A", "Trần Lạc", "Lê V. Nam")."""
    words = text.split()
    if not 2 <= len(words) <= 6 or len(text) > 50:
        return False
    for w in words:
        if len(w) == 2 and w[1] == "." and w[0].isupper():
            continue  # an initial
        if not w[0].isupper() or not w.replace("-", "").isalpha():
            return False
        if len(w) > 1 and not w.replace("-", "")[1:].islower() and "-" not in w:
            return False
    return True


def is_caps_name(text: str) -> bool:
    """A signer's name typed in capitals ("NGUYỄN VĂN A"): 2–5 alphabetic words and no office word."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 45 or _upper_ratio(text) < 0.95:
        return False
    if _SIGNER_TITLES.search(text) or re.search(_OFFICE_WORDS + r"|\b(BAN|ỦY|UỶ|HỘI|ĐẢNG|SỞ|PHÒNG|VIỆN|CỤC|VỤ)\b", text):
        return False
    return all(w.replace("-", "").isalpha() for w in words)


def split_academic(text: str) -> tuple[int, str]:
    """(length of an academic/honorific prefix, rest) — "TS. Nguyễn Văn A" → (4, "Nguyễn Văn A")."""
    m = _ACADEMIC_RE.match(text)
    if not m or m.end() == 0:
        return 0, text
    return m.end(), text[m.end():]



def kinh_gui_chunk(text: str) -> int | None:
    """Start of a "Kính gửi:" column after the first chunk of ``text`` (cut at tabs or wide gaps), if any."""
    for s, e in chunks(text)[1:]:
        if _KINH_GUI_RE.match(text[s:e]):
            return s
    return None
