"""Segmentation of a document into its official parts.

header block (parent body, issuer, number line, national/Party header, motto,
place-and-date line) → title (type name + summary, or "V/v …" for công văn)
→ opening basis ("Căn cứ …", "Thực hiện …") → body → closing ("./.") →
recipients ("Nơi nhận:") and signature block → appendices.

Works on the main story only (body paragraphs and table cells in reading
order), so header blocks laid out in borderless two-column tables are seen
cell by cell.  Header and tail lines laid out with tabs and runs of spaces on
one line ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI …", "Nơi nhận:   TL. CHỦ
TỊCH") are cut into *chunks* at each tab or run of 3+ spaces and every chunk
is classified on its own, so positions are exact inside the line.

Field names are a contract: the recipients/layout/hygiene rules and
third-party plugins read ``recipients_label``, ``recipients``, ``signature``,
``body``, ``header`` … — add fields freely, never rename without telling them
here.  New in this version (additive): ``chunks`` helpers, ``recipient_spans``,
``signature_lines``, ``signer_title``, ``signer_name``, ``signer_prefix``,
``signed_mark``, ``signature_authorities``, ``enacting_line``, ``title_upper``,
``standalone_appendix``, ``is_draft``, ``number``/``date`` parsed views, ``issuer_lowercase``,
``appendix_start``.  Rules about *missing* parts (Nơi nhận, signature, header) should skip a document
whose ``standalone_appendix`` is True: it is an appendix, template sheet or attached regulation
("(Ban hành kèm theo Quyết định …)") that carries none of them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Document, Paragraph

Span = tuple[int, int, int]  # (paragraph index, start, end) in analysis text

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
_CLOSING_RE = re.compile(r"\./\.\s*$")
_ROMAN_HEADING_RE = re.compile(r"^\s*(?!V/v|V/V)[IVXLC]+\s*[.\-–/)]\s*\S")
_SIGNED_RE = re.compile(r"^\s*\((Đã\s+ký|đã\s+ký|Ký|ký|Chữ\s+ký|Đã\s+ký\s+và\s+đóng\s+dấu)[^)]*\)\s*$")
_DRAFT_RE = re.compile(r"\bD[ỰU]\s+TH[ẢA]O\b", re.I)
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
_ATTACHED_RE = re.compile(r"^\s*\(?\s*\*?\s*(Ban\s+hành\s+)?[Kk]èm\s+theo\b")
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


@dataclass
class NumberLine:
    """The parsed own number line ("Số: 97/HD-MTTQ-BTT"): every part is a Span into the paragraph."""

    span: Span
    label: str  # "Số", "SỐ", "số"
    colon: str | None  # ":" or "." or None (with any spaces before it)
    number: str  # "97", "05", "" (blank draft), "…"
    symbol: str  # "/HD-MTTQ-BTT", "-HD/BTGTU", " / KH - UBND" (leading separator kept)
    number_span: Span
    symbol_span: Span

    @property
    def blank(self) -> bool:
        """Number left for the văn thư to fill in ("Số:      /KH-UBND")."""
        return not self.number.strip("…._ ")

    @property
    def groups(self) -> list[str]:
        """Symbol groups without spaces: "/HD-MTTQ-BTT" → ["HD", "MTTQ", "BTT"]."""
        return [g for g in re.split(r"[-/–]", re.sub(r"\s+", "", self.symbol)) if g]

    @property
    def party_style(self) -> bool:
        """``NN-TYPE/ISSUER`` (Party) rather than ``NN/TYPE-ISSUER`` (State, MTTQ)."""
        s = self.symbol.strip()
        return s.startswith(("-", "–"))

    @property
    def type_code(self) -> str | None:
        """The first symbol group: a type code in typed documents, the issuer code in a State công văn."""
        g = self.groups
        return g[0] if g else None


@dataclass
class DateLine:
    """The parsed place-and-date line."""

    span: Span
    place: str | None
    place_span: Span | None
    comma: bool
    date_text: str  # from "ngày" to the end of the date
    date_span: Span


@dataclass
class Segments:
    """The official parts of one document, as paragraph indices and Spans.

    Paragraph indices refer to ``document.paragraphs``; a Span is
    ``(paragraph index, start, end)`` in that paragraph's analysis ``text``.
    """

    document: Document
    main: list[int] = field(default_factory=list)  # indices of main-story paragraphs
    header: list[int] = field(default_factory=list)  # every paragraph of the header block
    national_header: Span | None = None
    motto: Span | None = None
    party_header: Span | None = None
    issuer: list[Span] = field(default_factory=list)  # parent body + issuing body lines, top to bottom
    issuer_lowercase: list[Span] = field(default_factory=list)  # issuer lines typed in lower case (no upper one)
    number_line: Span | None = None
    number: NumberLine | None = None
    date_line: Span | None = None
    date: DateLine | None = None
    title: Span | None = None  # the type-name line (e.g. "HƯỚNG DẪN")
    title_upper: bool = True  # False when the type name was written in lower case ("Kế hoạch")
    doc_type: str | None = None  # normalised upper-case type name
    summary_lines: list[int] = field(default_factory=list)  # trích yếu paragraphs (V/v continuation for công văn)
    vv_line: Span | None = None  # công văn "V/v …"
    enacting_line: Span | None = None  # QĐ: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" between trích yếu and căn cứ
    kinh_gui: list[int] = field(default_factory=list)
    basis: list[int] = field(default_factory=list)
    body: list[int] = field(default_factory=list)
    closing: Span | None = None
    recipients_label: int | None = None
    recipients: list[int] = field(default_factory=list)
    recipient_spans: list[Span] = field(default_factory=list)  # exact recipient text (left chunk of 2-column lines)
    signature: list[int] = field(default_factory=list)  # paragraphs holding signature lines
    signature_lines: list[Span] = field(default_factory=list)  # exact signature chunks, top to bottom
    signature_authority: Span | None = None  # first authority line (TM./KT./T/M …)
    signature_authorities: list[Span] = field(default_factory=list)  # all of them ("TL. CHỦ TỊCH", "KT. CHÁNH …")
    signer_title: Span | None = None  # "PHÓ CHỦ TỊCH" (last upper-case line above the name)
    signer_name: Span | None = None  # "Nguyễn Văn A" (without an academic prefix)
    signer_prefix: Span | None = None  # "TS." before the name, if any
    signed_mark: Span | None = None  # "(Đã ký)"
    appendices: list[int] = field(default_factory=list)  # appendix heading paragraphs
    appendix_start: int | None = None  # paragraph index where the appendices begin
    standalone_appendix: bool = False  # the file is an appendix/template sheet, not a whole document
    draft_marks: list[Span] = field(default_factory=list)

    def para(self, index: int) -> Paragraph:
        return self.document.paragraphs[index]

    def text_of(self, span: Span | None) -> str | None:
        if span is None:
            return None
        i, s, e = span
        return self.document.paragraphs[i].text[s:e]

    @property
    def type_code(self) -> str | None:
        return TYPE_NAMES.get(self.doc_type) if self.doc_type else None

    @property
    def is_cong_van(self) -> bool:
        return self.doc_type in (None, "CÔNG VĂN") and self.vv_line is not None

    @property
    def is_draft(self) -> bool:
        """A draft: marked "DỰ THẢO", or number/date left blank for the văn thư."""
        if self.draft_marks:
            return True
        if self.number is not None and self.number.blank:
            return True
        return bool(self.date is not None and not re.search(r"ngày\s*\d", self.date.date_text))

    @property
    def has_header_block(self) -> bool:
        return bool(self.national_header or self.party_header or self.issuer or self.number_line or self.date_line)

    def first_text_paragraph(self) -> Paragraph | None:
        for i in self.main:
            p = self.document.paragraphs[i]
            if p.text.strip():
                return p
        return None

    def summary(self) -> dict:
        """JSON-friendly view of the detected parts (1-based lines; null when absent)."""

        def line(i: int | None) -> int | None:
            if i is None:
                return None
            p = self.document.paragraphs[i]
            return p.line if p.line is not None else p.number

        def span_line(s: Span | None) -> int | None:
            return line(s[0]) if s else None

        return {
            "header": [line(self.header[0]), line(self.header[-1])] if self.header else None,
            "national_header": span_line(self.national_header),
            "motto": span_line(self.motto),
            "party_header": span_line(self.party_header),
            "issuer": [line(s[0]) for s in self.issuer],
            "number_line": span_line(self.number_line),
            "date_line": span_line(self.date_line),
            "title": span_line(self.title),
            "doc_type": self.doc_type,
            "summary": [line(i) for i in self.summary_lines],
            "vv": span_line(self.vv_line),
            "kinh_gui": [line(i) for i in self.kinh_gui],
            "basis": [line(i) for i in self.basis],
            "body": [line(self.body[0]), line(self.body[-1])] if self.body else None,
            "closing": span_line(self.closing),
            "recipients": line(self.recipients_label),
            "recipient_lines": len(self.recipient_spans or self.recipients),
            "signature": sorted({line(s[0]) for s in self.signature_lines} or {line(i) for i in self.signature}),
            "signer_name": span_line(self.signer_name),
            "appendices": [line(i) for i in self.appendices],
            "standalone_appendix": self.standalone_appendix,
            "draft": self.is_draft,
        }


# ---- small text helpers --------------------------------------------------------------------


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


upper_ratio = _upper_ratio


@lru_cache(maxsize=4096)
def _norm_upper(text: str) -> str:
    t = unicodedata.normalize("NFC", " ".join(text.split())).upper()
    return t.replace("THOẢ", "THỎA").replace("UỶ", "ỦY")


def fold(text: str) -> str:
    """Accent-insensitive, upper-case, single-spaced form for matching headings ("Tổ chức" → "TO CHUC")."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", t).split()).upper()


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


def detect_type(text: str) -> str | None:
    """The document type if ``text`` is an upper-case type-name line ("HƯỚNG DẪN", "KẾ HOẠCH" …)."""
    t = _norm_upper(text.strip().strip("*").strip())
    if not t or len(t) > 40:
        return None
    if _upper_ratio(text) < 0.9:
        return None
    return _match_type(t)


def _match_type(t: str) -> str | None:
    for name in sorted(TYPE_NAMES, key=len, reverse=True):
        norm = _norm_upper(name)
        if t == norm or t == norm + ":" or (t.startswith(norm + " ") and len(t) <= len(norm) + 12):
            return name.replace("THOẢ", "THỎA").replace("UỶ", "ỦY")
    return None


def _detect_type_lower(text: str) -> str | None:
    """A type name written in lower/title case on its own line ("Kế hoạch"): a title-case error."""
    t = text.strip().strip("*").strip()
    if not t or len(t) > 20 or _upper_ratio(t) >= 0.9:
        return None
    u = _norm_upper(t)
    for name in TYPE_NAMES:
        if u == _norm_upper(name) and name not in ("THƯ",):
            return name.replace("THOẢ", "THỎA").replace("UỶ", "ỦY")
    return None


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


def parse_number(p: Paragraph) -> NumberLine | None:
    starts = {s for s, _ in chunks(p.text)}
    for m in _NUMBER_RE.finditer(p.text):
        # only at the start of a line or of a tab/space-separated chunk ("(Kèm theo Quyết định số …)" is prose),
        # and the symbol must look like a code (capital letters), not prose ("số 5 - 7 người")
        if m.start() in starts and re.search(r"[A-ZĐ]{2,}|…", m.group("sym")):
            return _number_line(p, m)
    return None


def _number_line(p: Paragraph, m: re.Match) -> NumberLine:
    s, e = m.start(), m.end()
    i = p.index
    return NumberLine(
        span=(i, s, e),
        label=m.group("label"),
        colon=m.group("colon"),
        number=m.group("num"),
        symbol=m.group("sym"),
        number_span=(i, m.start("num"), m.end("num")),
        symbol_span=(i, m.start("sym"), m.end("sym")),
    )


def parse_date(p: Paragraph, start: int = 0) -> DateLine | None:
    text = p.text
    for m in _DATE_RE.finditer(text, start):
        rest = m.group("rest")
        if "tháng" not in rest and not re.search(r"\d", rest):
            continue
        place = m.group("place")
        if place is not None:
            place = place.strip()
        i = p.index
        s = m.start("place") if m.group("place") else m.start("ngay")
        end = m.end()
        while end > s and text[end - 1] in " \t_":
            end -= 1
        place_span = (i, m.start("place"), m.start("place") + len(m.group("place").rstrip())) if m.group("place") else None
        return DateLine(
            span=(i, s, end),
            place=place or None,
            place_span=place_span,
            comma=m.group("comma") is not None,
            date_text=text[m.start("ngay"):end],
            date_span=(i, m.start("ngay"), end),
        )
    return None


def authority_chunk(text: str) -> tuple[int, int] | None:
    """The (start, end) of a signature-authority chunk in ``text`` (start of line or after a gap)."""
    for s, e in chunks(text):
        c = text[s:e]
        if AUTHORITY_RE.match(c) and _upper_ratio(c) > 0.8 and len(c) < 90:
            return s, e
    return None


# ---- segmentation --------------------------------------------------------------------------


def segment(doc: Document) -> Segments:
    seg = Segments(document=doc)
    main = [p for p in doc.paragraphs if p.part in ("body", "table")]
    seg.main = [p.index for p in main]
    nonempty = [p for p in main if p.text.strip()]
    if not nonempty:
        return seg

    title_pos = _header_and_title(seg, nonempty)
    pos = _summary(seg, nonempty, title_pos)
    tail_start, _end = _tail(seg, nonempty, pos)

    # ---- basis and body --------------------------------------------------------------------
    body_nonempty = nonempty[pos:tail_start]
    k = 0
    while k < len(body_nonempty) and _BASIS_RE.match(body_nonempty[k].text) and len(seg.basis) < 12:
        seg.basis.append(body_nonempty[k].index)
        k += 1
    seg.body = [p.index for p in body_nonempty[k:]] or [p.index for p in body_nonempty]
    for p in reversed(body_nonempty):
        m = _CLOSING_RE.search(p.text)
        if m:
            seg.closing = (p.index, m.start(), m.end())
        break
    for p in main[: len(main)]:
        m = _DRAFT_RE.search(p.text)
        if m and _upper_ratio(m.group(0)) > 0.9 and len(p.text.strip()) < 40:
            seg.draft_marks.append((p.index, m.start(), m.end()))
    return seg


def _header_and_title(seg: Segments, nonempty: list[Paragraph]) -> int | None:
    """Find header items and the title; returns the position of the title in ``nonempty``."""
    first = nonempty[0].text.strip().strip("*").strip()
    title_pos = None
    lower_title: tuple[int, str] | None = None
    limit = min(len(nonempty), HEADER_SCAN + 8)
    for k in range(limit):
        p = nonempty[k]
        text = p.text
        if k < HEADER_SCAN:
            if seg.national_header is None:
                m = _NATIONAL_RE.search(text) or _NATIONAL_LOOSE_RE.search(text)
                if m:
                    seg.national_header = (p.index, m.start(), m.end())
            if seg.motto is None:
                m = _MOTTO_RE.search(text)
                if m:
                    seg.motto = (p.index, m.start(), m.end())
            if seg.party_header is None:
                m = _PARTY_RE.search(text)
                if m and _upper_ratio(m.group(0)) > 0.5 and len(text.strip()) < 80:
                    seg.party_header = (p.index, m.start(), m.end())
            if seg.number is None and not _BASIS_RE.match(text) and len(text.strip()) < 200:
                n = parse_number(p)
                if n is not None:
                    seg.number = n
                    seg.number_line = n.span
            if seg.date is None and not _BASIS_RE.match(text) and len(text.strip()) < 200:
                start = seg.number.span[2] if seg.number and seg.number.span[0] == p.index else 0
                d = parse_date(p, start)
                if d is not None:
                    seg.date = d
                    seg.date_line = d.span
        head = text.split("\n")[0]  # "KẾ HOẠCH\nVề …" typed with a line break (w:br) in one paragraph
        dtype = detect_type(head)
        if dtype and (k == 0 or not _BASIS_RE.match(text)):
            s, e = _trim(head)
            seg.title = (p.index, s, e)
            seg.doc_type = dtype
            title_pos = k
            break
        if lower_title is None and k < HEADER_SCAN:
            lt = _detect_type_lower(text)
            if lt:
                lower_title = (k, lt)
        if seg.vv_line is None and k < HEADER_SCAN:
            # the V/v line may also be a chunk of a header cell typed as one paragraph with line breaks
            # ("ỦY BAN NHÂN DÂN⏎TỈNH A⏎Số: 12/UBND-VX⏎V/v …"): a false TDN117 on a correct công văn otherwise
            for s, e in ([_trim(text)] if _VV_RE.match(text) else
                         [c for c in chunks(text) if "\n" in text and _VV_RE.match(text[c[0]:c[1]])][:1]):
                seg.vv_line = (p.index, s, e)
        if _BASIS_RE.match(text) or _ROMAN_HEADING_RE.match(text) or _KINH_GUI_RE.match(text):
            break
        if len(text.strip()) > 200:
            break
    if title_pos is None and lower_title is not None:
        k, lt = lower_title
        p = nonempty[k]
        s, e = _trim(p.text)
        seg.title = (p.index, s, e)
        seg.doc_type = lt
        seg.title_upper = False
        title_pos = k

    header_end = title_pos if title_pos is not None else 0
    if title_pos is None:
        marks = [x[0] for x in (seg.national_header, seg.motto, seg.party_header, seg.number_line, seg.date_line) if x]
        if seg.vv_line:
            marks.append(seg.vv_line[0])
        if marks:
            last = max(marks)
            header_end = next((k + 1 for k, p in enumerate(nonempty) if p.index == last), 0)
            if seg.vv_line and seg.vv_line[0] == last:
                header_end -= 1  # the V/v line itself is the summary, not the header
    seg.header = [p.index for p in nonempty[:header_end]]
    for p in nonempty[:header_end]:
        for s, e in chunks(p.text):
            if _is_issuer_chunk(p, s, e, seg):
                seg.issuer.append((p.index, s, e))
    if not seg.issuer:
        # an issuer typed in lower case ("Ủy ban nhân dân xã A") is there, only badly written
        follow = False
        for p in nonempty[:header_end]:
            for s, e in chunks(p.text):
                t = p.text[s:e]
                if _overlaps_header_item(seg, p, s, e) or len(t) > 80 or _SEPARATOR_RE.match(t):
                    follow = False
                    continue
                if _ORG_RE.match(t) or (follow and re.match(r"^(xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|"
                                                            r"tỉnh|Xã|Phường|Huyện|Quận|Tỉnh|Thành\s+phố)\b", t)):
                    seg.issuer_lowercase.append((p.index, s, e))
                    follow = True
                else:
                    follow = False
    # A file that starts with "Phụ lục …" and has no header of its own is an appendix / template sheet.
    attached = any(_ATTACHED_RE.match(p.text) for p in nonempty[:6])
    if not (seg.national_header or seg.party_header) and (attached or re.match(r"^(Phụ\s+lục|PHỤ\s+LỤC|Mẫu\s+số|MẪU\s+SỐ)\b", first)):
        seg.standalone_appendix = True
        # "(Kèm theo Quyết định số …/QĐ-UBND ngày …)" and the appendix title are not a header block;
        # an attached regulation ("QUY CHẾ … (Ban hành kèm theo Quyết định …)") keeps its title
        seg.number = seg.number_line = seg.date = seg.date_line = None
        seg.issuer = []
        seg.issuer_lowercase = []
    return title_pos


def _overlaps_header_item(seg: Segments, p: Paragraph, s: int, e: int) -> bool:
    for sp in (seg.national_header, seg.motto, seg.party_header, seg.number_line, seg.date_line, seg.vv_line):
        if sp and sp[0] == p.index and sp[1] < e and s < sp[2]:
            return True
    return False


def _is_issuer_chunk(p: Paragraph, s: int, e: int, seg: Segments) -> bool:
    t = p.text[s:e]
    if not t or _SEPARATOR_RE.match(t) or len(t) < 3:
        return False
    if _overlaps_header_item(seg, p, s, e):
        return False
    if _NATIONAL_LOOSE_RE.search(t) or _MOTTO_RE.search(t) or _MARKS_RE.match(t) or detect_type(t):
        return False
    return _upper_ratio(t) > 0.85


def _summary(seg: Segments, nonempty: list[Paragraph], title_pos: int | None) -> int:
    """Trích yếu (or V/v continuation) and the "Kính gửi" block; returns where the body may start."""
    pos = len(seg.header)
    if title_pos is not None:
        pos = title_pos + 1
        first_upper = None
        tp = nonempty[title_pos]
        if "\n" in tp.text and tp.text.split("\n", 1)[1].strip():
            seg.summary_lines.append(tp.index)  # the trích yếu shares the title's paragraph
            first_upper = False
        while pos < len(nonempty) and len(seg.summary_lines) < 6:
            p = nonempty[pos]
            t = p.text.strip().strip("*").strip()
            # the first line under the title is the trích yếu even when it opens like a basis line
            # ("Triển khai công tác …", "Thực hiện Nghị quyết …") unless it reads as one (Căn cứ, ends with ;/:)
            basis_like = _BASIS_RE.match(t) and (seg.summary_lines or t.startswith("Căn cứ")
                                                   or t.endswith((";", ":")) or len(t) > 200)
            if basis_like or _ROMAN_HEADING_RE.match(t) or _KINH_GUI_RE.match(t) \
                    or re.match(r"^(Phần|PHẦN|Chương|CHƯƠNG|Điều|Mục)\s", t):
                break
            if _SEPARATOR_RE.match(t) or _ATTACHED_RE.match(t):
                pos += 1  # rules, and "(Ban hành kèm theo …)" under an attached regulation's title
                if seg.summary_lines:
                    break
                continue
            upper = _upper_ratio(t) > 0.9
            if seg.summary_lines:
                if first_upper is False and upper:
                    # QĐ: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" after a sentence-case trích yếu
                    if len(t) < 120 and not t.endswith(":") and seg.doc_type in ("QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ"):
                        s, e = _trim(p.text)
                        seg.enacting_line = (p.index, s, e)
                        pos += 1
                    break
                if t.endswith(":") or len(t) > 150 or (_is_bold(p) is False and _is_bold(nonempty[pos - 1])):
                    break
            elif len(t) > 260:
                break
            seg.summary_lines.append(p.index)
            if first_upper is None:
                first_upper = upper
            pos += 1
            if t.endswith((".", ";", ":")):
                break
    elif seg.vv_line is not None:
        k0 = next(k for k, p in enumerate(nonempty) if p.index == seg.vv_line[0])
        seg.summary_lines.append(nonempty[k0].index)
        marks = {x[0] for x in (seg.national_header, seg.motto, seg.party_header, seg.number_line, seg.date_line) if x}
        k = k0 + 1
        while k < len(nonempty) and k <= k0 + 3:
            p = nonempty[k]
            t = p.text.strip()
            if p.index in marks or _KINH_GUI_RE.match(t) or _BASIS_RE.match(t) or len(t) > 90 \
                    or _SEPARATOR_RE.match(t) or _upper_ratio(t) > 0.8:
                break
            seg.summary_lines.append(p.index)
            k += 1
        pos = max(k, len(seg.header))
        while pos < len(nonempty) and _SEPARATOR_RE.match(nonempty[pos].text.strip()):
            pos += 1
    # An urgency / circulation stamp ("KHẨN", "HỎA TỐC", "LƯU HÀNH NỘI BỘ") typed on its own line between the
    # header and "Kính gửi:" is not body text: without this skip a correct công văn lost its Kính gửi block.
    # (_MARKS_RE ignores case: only an all-capitals stamp is skipped, never a sentence such as "Mật độ …")
    while pos < len(nonempty) and len(nonempty[pos].text.strip()) < 40 \
            and _MARKS_RE.match(nonempty[pos].text.strip()) and _upper_ratio(nonempty[pos].text) > 0.9:
        pos += 1
    # Kính gửi block
    while pos < len(nonempty) and _KINH_GUI_RE.match(nonempty[pos].text):
        seg.kinh_gui.append(nonempty[pos].index)
        pos += 1
        while pos < len(nonempty) and len(nonempty[pos].text) < 160 and (
            nonempty[pos].text.strip().startswith(("-", "+", "•"))
            or (len(seg.kinh_gui) == 1 and not nonempty[pos - 1].text.split(":", 1)[-1].strip()
                and len(nonempty[pos].text.strip()) < 100)
        ):
            seg.kinh_gui.append(nonempty[pos].index)
            pos += 1
    return pos


def _is_bold(p: Paragraph) -> bool | None:
    runs = [r for r in p.runs if p.text[r.start:r.end].strip()]
    if not runs or all(r.bold is None for r in runs):
        return None
    return all(bool(r.bold) for r in runs)


def _is_signer_title(text: str) -> bool:
    return bool(_SIGNER_TITLES.match(text)) and _upper_ratio(text) > 0.9 and len(text) < 70


def _tail_kind(p: Paragraph) -> str | None:
    """'recipients' / 'authority' / 'title' when ``p`` can start the closing part of a document."""
    t = p.text
    if _RECIPIENTS_RE.match(t):
        ch = chunks(t)
        if ch and ch[0][1] - ch[0][0] < 20:
            return "recipients"
    if authority_chunk(t):
        return "authority"
    s, e = _trim(t)
    if _is_signer_title(t[s:e]):
        return "title"
    return None


def _is_appendix_heading(p: Paragraph) -> bool:
    t = p.text.strip().strip("*").strip()
    if not _APPENDIX_RE.match(t) or len(t) > 160:
        return False
    head = t.split(":")[0].split("(")[0]
    if re.match(r"^(Phụ\s+lục|Mẫu\s+số)\b", head):
        return len(t) < 40 or bool(re.match(r"^Phụ\s+lục\s+([IVXLC]+|\d+|số)\b", t))
    return _upper_ratio(head) > 0.8


def _tail(seg: Segments, nonempty: list[Paragraph], pos: int) -> tuple[int, int]:
    """Find recipients, signature and appendices; returns (tail start, tail end) positions."""
    n = len(nonempty)
    appendix_heads = [k for k in range(pos, n) if _is_appendix_heading(nonempty[k])]
    tail_start = n
    end = n
    for k in range(pos, n):
        kind = _tail_kind(nonempty[k])
        if kind is None:
            continue
        limit = next((a for a in appendix_heads if a > k), n)
        window = nonempty[k:limit]
        # The real closing part is short lines only: no running text between it and the appendices/end.
        long_lines = [p for p in window[1:] if len(p.text.strip()) > 160 and not _RECIPIENTS_RE.match(p.text)]
        if long_lines or len(window) > 40:
            continue
        # a bare signer title ("CHỦ TỊCH") counts only when a name follows soon
        if kind == "title" and not any(is_name_like(_strip_academic(q.text)) for q in window[1:8]):
            continue
        tail_start, end = k, limit
        break
    if tail_start == n:
        tail_start = _lowercase_signature(seg, nonempty, pos)
    elif tail_start < n:
        _parse_tail(seg, nonempty[tail_start:end])
    if end < n:
        seg.appendix_start = nonempty[end].index
        seg.appendices = [nonempty[a].index for a in appendix_heads if a >= end]
    return tail_start, end


_LOWER_AUTH_RE = re.compile(r"^(Tm|Kt|Tl|Tuq|T/m|K/t|T/l)\.?\s+\S")
_LOWER_TITLE_RE = re.compile(_OFFICE_WORDS + r"(?=\s|$)", re.I)


def _lowercase_signature(seg: Segments, nonempty: list[Paragraph], pos: int) -> int:
    """A signature block typed in lower case ("Tm. Ủy ban nhân dân" / "Chủ tịch" / name) at the very end.

    Upper-case forms are the rule and are found by :func:`_tail`; this fallback only keeps a present but
    badly typed block from being reported missing.  Returns where the closing part starts.
    """
    n = len(nonempty)
    for k in range(n - 1, max(pos, n - 4) - 1, -1):
        name = _strip_academic(nonempty[k].text)
        if not is_name_like(name):
            continue
        lines = [q for q in nonempty[max(pos, k - 3):k] if len(q.text.strip()) < 60]
        heads = [q for q in lines if _LOWER_AUTH_RE.match(q.text.strip()) or _LOWER_TITLE_RE.match(q.text.strip())]
        if not heads:
            return n
        first = heads[0]
        for q in lines[lines.index(first):]:
            s, e = _trim(q.text)
            span = (q.index, s, e)
            _add_sig(seg, q, span)
            if _LOWER_AUTH_RE.match(q.text.strip()):
                seg.signature_authorities.append(span)
                seg.signature_authority = seg.signature_authority or span
            else:
                seg.signer_title = span
        s, e = _trim(nonempty[k].text)
        plen = len(nonempty[k].text[s:e]) - len(name)
        seg.signer_name = (nonempty[k].index, s + plen, e)
        _add_sig(seg, nonempty[k], (nonempty[k].index, s, e))
        return next(j for j, q in enumerate(nonempty) if q.index == first.index)
    return n


def _strip_academic(text: str) -> str:
    t = text.strip().strip("*").strip()
    return split_academic(t)[1]


def _parse_tail(seg: Segments, lines: list[Paragraph]) -> None:
    """Assign every chunk of the closing part to recipients or the signature block."""
    in_recipients = False
    sig_started = False
    last_recipient_open = False  # previous recipient line did not end with ";" or "."
    for p in lines:
        text = p.text
        for s, e in chunks(text):
            c = text[s:e]
            span = (p.index, s, e)
            if _RECIPIENTS_RE.match(c) and seg.recipients_label is None:
                seg.recipients_label = p.index
                in_recipients = True
                rest = re.sub(r"^\s*\**\s*(Nơi\s+nhận|NƠI\s+NHẬN)\s*:?\s*", "", c, flags=re.I)
                if rest.startswith(("-", "+", "•")):
                    off = e - len(rest)
                    _add_recipient(seg, p, (p.index, off, e))
                continue
            lower_auth = bool(_LOWER_AUTH_RE.match(c)) and len(c) < 90 and not c.startswith(("-", "+"))
            if (AUTHORITY_RE.match(c) and _upper_ratio(c) > 0.8 and len(c) < 90) or lower_auth:
                seg.signature_authorities.append(span)
                if seg.signature_authority is None:
                    seg.signature_authority = span
                _add_sig(seg, p, span)
                sig_started = True
                continue
            is_item = c.startswith(("-", "+", "•"))
            continuation = last_recipient_open and not sig_started and _upper_ratio(c) < 0.9
            if in_recipients and (is_item or continuation):
                _add_recipient(seg, p, span)
                last_recipient_open = not c.rstrip().endswith((";", ".", ",")) and not re.match(r"^-?\s*Lưu\b", c)
                if re.match(r"^[-+•]?\s*Lưu\b", c) and c.rstrip().endswith("."):
                    in_recipients = False  # "- Lưu: VT, …." closes the list
                continue
            if _SIGNED_RE.match(c):
                seg.signed_mark = span
                _add_sig(seg, p, span)
                continue
            upper_line = _upper_ratio(c) > 0.9 and len(c) < 90 and not _SEPARATOR_RE.match(c)
            if upper_line and seg.signer_name is None and seg.signer_title is not None and is_caps_name(c):
                seg.signer_name = span  # the name typed in capitals, under the title
                _add_sig(seg, p, span)
                continue
            lower_title = len(c) < 60 and bool(_LOWER_TITLE_RE.match(c)) and not in_recipients
            if seg.signer_name is None and ((upper_line and (sig_started or _is_signer_title(c))) or lower_title):
                seg.signer_title = span
                _add_sig(seg, p, span)
                sig_started = True
                continue
            if (sig_started or seg.recipients_label is not None) and seg.signer_name is None:
                plen, rest = split_academic(c)
                if is_name_like(rest):
                    if plen:
                        seg.signer_prefix = (p.index, s, s + plen)
                    seg.signer_name = (p.index, s + plen, e)
                    _add_sig(seg, p, span)
                    sig_started = True
                    continue
            if in_recipients and not sig_started:
                _add_recipient(seg, p, span)
                continue


def _add_recipient(seg: Segments, p: Paragraph, span: Span) -> None:
    seg.recipient_spans.append(span)
    if p.index not in seg.recipients:
        seg.recipients.append(p.index)


def _add_sig(seg: Segments, p: Paragraph, span: Span) -> None:
    seg.signature_lines.append(span)
    if p.index not in seg.signature:
        seg.signature.append(p.index)
