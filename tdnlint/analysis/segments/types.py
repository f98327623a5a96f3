"""The result types of segmentation: Span, NumberLine, DateLine, Segments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Document, Paragraph
from .vocabulary import TYPE_NAMES

Span = tuple[int, int, int]  # (paragraph index, start, end) in analysis text


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


