"""Segmentation of a document into its official parts.

header block (parent body, issuer, number line, national/Party header, motto,
place-and-date line) → title (type name + summary, or "V/v …" for công văn)
→ opening basis ("Căn cứ …", "Thực hiện …") → body → closing ("./.") →
recipients ("Nơi nhận:") and signature block → appendices.

Works on the main story only (body paragraphs and table cells in reading
order), so header blocks laid out in borderless two-column tables are seen
cell by cell, and header lines laid out with tabs and spaces on one line are
found by searching inside the line, not only at its start.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

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

_WS = r"[ \t\u00a0]"
_NATIONAL_RE = re.compile(r"C[ỘÔO]NG\s+H[ÒOÓ]A\s+X[ÃA]\s+H[ỘÔO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆÊE]T\s+NAM", re.I)
_NATIONAL_LOOSE_RE = re.compile(
    r"\b[CcĆ][ỘộÔôOoỐốỒồ][NnM][Gg]\s+[Hh][ÒòOoÓóỎỏÕõỌọ]{1,2}[Aa]?\s+[XxK][ÃãAaÁá]\s+[Hh][ỘộÔôOo][Ii]\s+"
    r"[Cc][Hh][ỦủUuÙù]\s+[Nn][Gg][Hh][ĨĩIiÍí][Aa]\s+[Vv][Ii][ỆệÊêEe][Tt]\s+[Nn][Aa][Mm]"
)
_MOTTO_RE = re.compile(r"Độc\s*lập\s*[-–—‑]+\s*Tự\s*do\s*[-–—‑]+\s*Hạnh\s*phúc", re.I)
_PARTY_RE = re.compile(r"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", re.I)
_NUMBER_RE = re.compile(r"^\s*(Số|SỐ|số)\s*[:.]?\s*\S*[/-]")
_NUMBER_IN_LINE_RE = re.compile(r"(?:^|[\t ]{2,}|\t)(Số|SỐ)\s*[:.]?\s*[\d ]*\s*[-/][^\t]*")
_DATE_LINE_RE = re.compile(
    r"(?P<place>[^\t,]{2,60}?),?\s+ngày\s+[\d.…\s]{1,6}\s*tháng\s+[\d.…\s]{1,6}\s*năm\s+\d{4}", re.I
)
_VV_RE = re.compile(r"^\s*(V/v|V/V|v/v)\b")
_BASIS_RE = re.compile(r"^\s*(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Triển khai|Thi hành)\b")
_RECIPIENTS_RE = re.compile(r"^\s*(Nơi\s+nhận|NƠI\s+NHẬN)\s*:?", re.I)
_KINH_GUI_RE = re.compile(r"^\s*Kính\s+gửi\s*:?", re.I)
_AUTHORITY_RE = re.compile(r"^\s*(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|T/L|TM |KT |TL |T\.M|K\.T)\s*\S")
_SIGNER_TITLES = re.compile(
    r"^\s*(PHÓ\s+)?(CHỦ\s+TỊCH|BÍ\s+THƯ|TRƯỞNG\s+BAN|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|"
    r"TRƯỞNG\s+PHÒNG|VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|TỔNG\s+GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|THỦ\s+TRƯỞNG|"
    r"TRƯỞNG\s+BAN\s+THƯỜNG\s+TRỰC|PHÓ\s+TRƯỞNG\s+BAN\s+THƯỜNG\s+TRỰC|PHÓ\s+CHỦ\s+TỊCH\s+THƯỜNG\s+TRỰC|"
    r"TRƯỞNG\s+ĐOÀN|CHÁNH\s+ÁN|VIỆN\s+TRƯỞNG|TỔNG\s+BIÊN\s+TẬP|NGƯỜI\s+KÝ)\b"
)
_APPENDIX_RE = re.compile(r"^\s*(PHỤ\s+LỤC|Phụ\s+lục|TÀI\s+LIỆU|DANH\s+MỤC)\b")
_CLOSING_RE = re.compile(r"\./\.\s*$")
_ROMAN_HEADING_RE = re.compile(r"^\s*[IVXLC]+\s*[.\-–/)]\s*\S")
_SIGNED_RE = re.compile(r"^\s*\((Đã\s+ký|đã\s+ký)[^)]*\)")
_DRAFT_RE = re.compile(r"\bD[ỰU]\s+TH[ẢA]O\b", re.I)

HEADER_SCAN = 16  # main-story paragraphs searched for the header block


@dataclass
class Segments:
    document: Document
    main: list[int] = field(default_factory=list)  # indices of main-story paragraphs
    header: list[int] = field(default_factory=list)
    national_header: Span | None = None
    motto: Span | None = None
    party_header: Span | None = None
    issuer: list[Span] = field(default_factory=list)
    number_line: Span | None = None
    date_line: Span | None = None
    title: Span | None = None  # the type-name line (e.g. "HƯỚNG DẪN")
    doc_type: str | None = None  # normalised upper-case type name
    summary_lines: list[int] = field(default_factory=list)  # trích yếu paragraphs
    vv_line: Span | None = None  # công văn "V/v …"
    kinh_gui: list[int] = field(default_factory=list)
    basis: list[int] = field(default_factory=list)
    body: list[int] = field(default_factory=list)
    closing: Span | None = None
    recipients_label: int | None = None
    recipients: list[int] = field(default_factory=list)
    signature: list[int] = field(default_factory=list)
    signature_authority: Span | None = None
    appendices: list[int] = field(default_factory=list)
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

    def summary(self) -> dict:
        """JSON-friendly view of the detected parts (paragraph numbers, 1-based lines)."""

        def line(i: int | None) -> int | None:
            if i is None:
                return None
            return self.document.paragraphs[i].line

        def span_line(s: Span | None) -> int | None:
            return line(s[0]) if s else None

        return {
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
            "basis": [line(i) for i in self.basis],
            "body": [line(self.body[0]), line(self.body[-1])] if self.body else None,
            "closing": span_line(self.closing),
            "recipients": line(self.recipients_label),
            "recipient_lines": len(self.recipients),
            "signature": [line(i) for i in self.signature],
            "appendices": [line(i) for i in self.appendices],
        }


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


def _norm_upper(text: str) -> str:
    t = unicodedata.normalize("NFC", " ".join(text.split())).upper()
    return t.replace("THOẢ", "THỎA").replace("UỶ", "ỦY")


def detect_type(text: str) -> str | None:
    """The document type if ``text`` is a type-name line ("HƯỚNG DẪN", "KẾ HOẠCH" …)."""
    t = _norm_upper(text.strip().strip("*").strip())
    if not t or len(t) > 40:
        return None
    if _upper_ratio(text) < 0.9:
        return None
    for name in sorted(TYPE_NAMES, key=len, reverse=True):
        norm = _norm_upper(name)
        if t == norm or (t.startswith(norm + " ") and len(t) <= len(norm) + 12):
            return name.replace("THOẢ", "THỎA").replace("UỶ", "ỦY")
    return None


def segment(doc: Document) -> Segments:
    seg = Segments(document=doc)
    main = [p for p in doc.paragraphs if p.part in ("body", "table")]
    seg.main = [p.index for p in main]
    nonempty = [p for p in main if p.text.strip()]
    if not nonempty:
        return seg

    # ---- header block and title ------------------------------------------------------------
    title_pos = None
    for k, p in enumerate(nonempty[: HEADER_SCAN + 8]):
        text = p.text
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
            if m and k < HEADER_SCAN:
                seg.party_header = (p.index, m.start(), m.end())
        if seg.number_line is None and k < HEADER_SCAN:
            m = _NUMBER_RE.match(text)
            if m:
                seg.number_line = (p.index, len(text) - len(text.lstrip()), len(text.rstrip()))
            else:
                m2 = _NUMBER_IN_LINE_RE.search(text)
                if m2:
                    s = m2.start(1)
                    e = m2.end()
                    seg.number_line = (p.index, s, len(text[:e].rstrip()))
        if seg.date_line is None and k < HEADER_SCAN + 4:
            m = _DATE_LINE_RE.search(text)
            if m and not _BASIS_RE.match(text) and len(text.strip()) < 140:
                place_start = m.start("place")
                # skip tabs/runs of spaces before the place (header laid out with spaces)
                while place_start < m.end() and text[place_start] in " \t\u00a0":
                    place_start += 1
                seg.date_line = (p.index, place_start, m.end())
        if title_pos is None and k < HEADER_SCAN + 6:
            dtype = detect_type(text)
            if dtype:
                s = len(text) - len(text.lstrip())
                seg.title = (p.index, s, len(text.rstrip()))
                seg.doc_type = dtype
                title_pos = k
                break
        if _VV_RE.match(text) and seg.vv_line is None and k < HEADER_SCAN:
            s = len(text) - len(text.lstrip())
            seg.vv_line = (p.index, s, len(text.rstrip()))

    header_end = title_pos if title_pos is not None else 0
    if title_pos is None:
        # No type name: công văn or a headless draft.  The header block ends at the last header item.
        marks = [x[0] for x in (seg.national_header, seg.motto, seg.party_header, seg.number_line,
                                seg.date_line, seg.vv_line) if x]
        if marks:
            last = max(marks)
            header_end = next((k + 1 for k, p in enumerate(nonempty) if p.index == last), 0)
            # "V/v" continuation lines and "Kính gửi" follow
    seg.header = [p.index for p in nonempty[:header_end]]
    for p in nonempty[:header_end]:
        if _is_issuer_line(p.text, seg):
            s = len(p.text) - len(p.text.lstrip())
            seg.issuer.append((p.index, s, len(p.text.rstrip())))

    # ---- summary (trích yếu) ---------------------------------------------------------------
    pos = header_end
    if title_pos is not None:
        pos = title_pos + 1
        while pos < len(nonempty) and len(seg.summary_lines) < 6:
            t = nonempty[pos].text.strip()
            if _BASIS_RE.match(t) or _ROMAN_HEADING_RE.match(t) or _KINH_GUI_RE.match(t) or t in ("*", "-----"):
                if t in ("*", "-----"):
                    pos += 1
                break
            if set(t) <= set("-_–—*. "):
                pos += 1
                break
            if len(seg.summary_lines) >= 1 and (t.endswith(":") or len(t) > 260):
                break
            seg.summary_lines.append(nonempty[pos].index)
            pos += 1
            if t.endswith((".", ";", ":")):
                break
    else:
        # công văn: V/v line may continue on the next lines until "Kính gửi"
        while pos < len(nonempty) and _KINH_GUI_RE.match(nonempty[pos].text) is None and pos < header_end + 3:
            if _VV_RE.match(nonempty[pos].text) and seg.vv_line is None:
                t = nonempty[pos].text
                seg.vv_line = (nonempty[pos].index, len(t) - len(t.lstrip()), len(t.rstrip()))
            break

    # Kính gửi block
    while pos < len(nonempty) and _KINH_GUI_RE.match(nonempty[pos].text):
        seg.kinh_gui.append(nonempty[pos].index)
        pos += 1
        while pos < len(nonempty) and nonempty[pos].text.strip().startswith(("-", "+")) and len(nonempty[pos].text) < 160:
            seg.kinh_gui.append(nonempty[pos].index)
            pos += 1

    # ---- tail: recipients, signature, appendices -------------------------------------------
    tail_start = len(nonempty)
    appendix_start = None
    for k in range(pos, len(nonempty)):
        p = nonempty[k]
        if _RECIPIENTS_RE.match(p.text) and seg.recipients_label is None:
            seg.recipients_label = p.index
            tail_start = min(tail_start, k)
        elif _AUTHORITY_RE.match(p.text) and _upper_ratio(p.text) > 0.8 and k > pos:
            if seg.signature_authority is None:
                s = len(p.text) - len(p.text.lstrip())
                seg.signature_authority = (p.index, s, len(p.text.rstrip()))
                tail_start = min(tail_start, k)
        elif (
            appendix_start is None
            and k > pos + 3
            and _APPENDIX_RE.match(p.text)
            and _upper_ratio(p.text.split(":")[0]) > 0.8
            and (seg.recipients_label is not None or seg.signature_authority is not None)
        ):
            appendix_start = k
            break
    end = appendix_start if appendix_start is not None else len(nonempty)
    if seg.recipients_label is not None:
        k0 = next(k for k, p in enumerate(nonempty) if p.index == seg.recipients_label)
        k = k0 + 1
        while k < end:
            t = nonempty[k].text.strip()
            if _AUTHORITY_RE.match(t) or (_upper_ratio(t) > 0.9 and len(t) > 3 and not t.startswith(("-", "+"))):
                break
            if not t.startswith(("-", "+", "•")) and seg.recipients and not nonempty[k - 1].text.rstrip().endswith((";", ".")):
                # continuation of the previous recipient line
                seg.recipients.append(nonempty[k].index)
                k += 1
                continue
            if not t.startswith(("-", "+", "•")) and len(t) > 80:
                break
            seg.recipients.append(nonempty[k].index)
            k += 1
            if t.startswith("- Lưu") or t.startswith("-Lưu") or t.startswith("Lưu"):
                break
    if seg.signature_authority is not None:
        k0 = next(k for k, p in enumerate(nonempty) if p.index == seg.signature_authority[0])
        sig = [nonempty[k0].index]
        k = k0 + 1
        while k < end and len(sig) < 8:
            t = nonempty[k].text.strip()
            if _RECIPIENTS_RE.match(t) or t.startswith("- "):
                if nonempty[k].index in seg.recipients or _RECIPIENTS_RE.match(t):
                    k += 1
                    continue
                break
            if len(t) > 80:
                break
            sig.append(nonempty[k].index)
            k += 1
        seg.signature = sig
    elif not seg.signature:
        # No authority line: a signer title line near the end (e.g. "CHỦ TỊCH") + name
        for k in range(max(pos, end - 12), end):
            t = nonempty[k].text.strip()
            if _SIGNER_TITLES.match(t) and _upper_ratio(t) > 0.9 and len(t) < 60:
                seg.signature = [nonempty[j].index for j in range(k, min(end, k + 5))
                                 if nonempty[j].index not in seg.recipients and nonempty[j].index != seg.recipients_label]
                tail_start = min(tail_start, k)
                break
    if appendix_start is not None:
        seg.appendices = [nonempty[k].index for k in range(appendix_start, len(nonempty))
                          if _APPENDIX_RE.match(nonempty[k].text)]

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
        if p.text.strip():
            break
    for p in main:
        m = _DRAFT_RE.search(p.text)
        if m and _upper_ratio(m.group(0)) > 0.9 and len(p.text.strip()) < 40:
            seg.draft_marks.append((p.index, m.start(), m.end()))
    return seg


def _is_issuer_line(text: str, seg: Segments) -> bool:
    t = text.strip()
    if not t or t in ("*", "-----") or _NUMBER_RE.match(t) or _DATE_LINE_RE.search(t):
        return False
    if _NATIONAL_RE.search(t) or _MOTTO_RE.search(t) or _PARTY_RE.search(t) or _NATIONAL_LOOSE_RE.search(t):
        return False
    return _upper_ratio(t) > 0.85 and len(t) > 2
