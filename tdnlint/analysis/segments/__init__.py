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

Modules: ``vocabulary`` (type names, header texts, line patterns, text helpers), ``types`` (Span,
NumberLine, DateLine, Segments), ``header`` (header block), ``title`` (title, trích yếu, Kính gửi),
``closing`` (recipients, signature, appendices).  Every name stays importable from this package.
"""

from __future__ import annotations

from ...model import Document
from .closing import (
    _LOWER_AUTH_RE,
    _LOWER_TITLE_RE,
    _add_recipient,
    _add_sig,
    _is_appendix_heading,
    _is_signer_title,
    _lowercase_signature,
    _parse_tail,
    _strip_academic,
    _tail,
    _tail_kind,
    authority_chunk,
)
from .embedded import quoted_regions
from .header import (
    _is_issuer_chunk,
    _number_line,
    _overlaps_header_item,
    parse_date,
    parse_number,
)
from .header import header_and_title as _header_and_title
from .title import _detect_type_lower, _is_bold, _match_type, _summary, detect_type
from .types import DateLine, NumberLine, Segments, Span
from .vocabulary import (  # noqa: F401  (the shared vocabulary stays importable from here)
    _ACADEMIC_RE,
    _APPENDIX_RE,
    _ATTACHED_RE,
    _AUTHORITY_RE,
    _BASIS_RE,
    _CLOSING_RE,
    _DATE_RE,
    _DRAFT_RE,
    _GAP_RE,
    _KINH_GUI_RE,
    _MARKS_RE,
    _MOTTO_RE,
    _NATIONAL_LOOSE_RE,
    _NATIONAL_RE,
    _NUMBER_RE,
    _OFFICE_WORDS,
    _ORG_RE,
    _PARTY_RE,
    _RECIPIENTS_RE,
    _ROMAN_HEADING_RE,
    _SEPARATOR_RE,
    _SIGNED_RE,
    _SIGNER_TITLES,
    _STRIP,
    _VV_RE,
    AUTHORITY_RE,
    HEADER_SCAN,
    MOTTO,
    NATIONAL_HEADER,
    PARTY_HEADER,
    TYPE_NAMES,
    _norm_upper,
    _trim,
    _upper_ratio,
    chunks,
    fold,
    is_caps_name,
    is_name_like,
    split_academic,
    upper_ratio,
)

__all__ = [
    "AUTHORITY_RE", "HEADER_SCAN", "MOTTO", "NATIONAL_HEADER", "PARTY_HEADER", "TYPE_NAMES",
    "DateLine", "NumberLine", "Segments", "Span",
    "authority_chunk", "chunks", "detect_type", "fold", "is_caps_name", "is_name_like", "parse_date",
    "parse_number", "segment", "split_academic", "upper_ratio",
]

# private helpers kept importable from the old module path while callers migrate
_COMPAT = (_LOWER_AUTH_RE, _LOWER_TITLE_RE, _add_recipient, _add_sig, _is_appendix_heading, _is_signer_title,
           _lowercase_signature, _parse_tail, _strip_academic, _tail_kind, _is_issuer_chunk, _number_line,
           _overlaps_header_item, _detect_type_lower, _is_bold, _match_type)


def segment(doc: Document) -> Segments:
    seg = Segments(document=doc)
    main = [p for p in doc.paragraphs if p.part in ("body", "table")]
    seg.main = [p.index for p in main]
    nonempty = [p for p in main if p.text.strip()]
    if not nonempty:
        return seg

    seg.embedded = quoted_regions(nonempty)
    title_pos = _header_and_title(seg, nonempty)
    pos = _summary(seg, nonempty, title_pos)
    tail_start, _end = _tail(seg, nonempty, pos)
    _basis_and_body(seg, nonempty[pos:tail_start])
    for p in main:
        if len(p.text.strip()) >= 40:
            continue  # a draft mark stands on a short line: no regex scan of the running text
        m = _DRAFT_RE.search(p.text)
        if m and _upper_ratio(m.group("mark")) > 0.9:
            seg.draft_marks.append((p.index, m.start(), m.end()))
    _form_and_evidence(seg, nonempty, title_pos)
    _typed_spans(seg)
    return seg


def _form_and_evidence(seg: Segments, nonempty: list, title_pos: int | None) -> None:
    """Which form the text has (document, attachment, unrecognised) and the evidence for each part."""
    ev = seg.evidence
    if seg.national_header:
        ev["national_header"] = "national header"
    if seg.party_header:
        ev["party_header"] = "Party header"
    if seg.issuer:
        ev["issuer"] = "upper-case issuer lines in the header block"
    if seg.number:
        ev["number"] = "number line"
    if seg.date:
        ev["date"] = "place-and-date line"
    if seg.title:
        ev["title"] = "type-name line" if seg.title_upper else "type name in lower case"
    if seg.vv_line:
        ev["summary"] = "V/v line"
    elif seg.summary_lines:
        ev["summary"] = "lines under the type name"
    if seg.kinh_gui:
        ev["kinh_gui"] = "Kính gửi line"
    if seg.recipients_label is not None:
        ev["recipients"] = "Nơi nhận label"
    if seg.signer_name or seg.signature_authority or seg.signer_title:
        ev["signature"] = "authority / signer title / name lines"
    # an attached document: its caption "(Ban hành kèm theo Quyết định số …)" right under the title, or the
    # file starts as an appendix / template sheet
    caption = title_pos is not None and any(
        _ATTACHED_RE.match(p.text) for p in nonempty[title_pos + 1:title_pos + 5])
    if seg.standalone_appendix or caption:
        seg.form = "attachment"
        ev["attachment"] = "kèm theo caption" if caption or not seg.appendices else "appendix heading"
        return
    whole = ("national_header", "party_header", "issuer", "number", "date", "title", "summary", "kinh_gui",
             "recipients", "signature")
    if not any(k in ev for k in whole):
        seg.form = "unrecognised"


def _typed_spans(seg: Segments) -> None:
    """Every Span field becomes a :class:`Span` carrying its text (still a 3-tuple)."""
    doc = seg.document
    for name in ("national_header", "motto", "party_header", "number_line", "date_line", "title", "vv_line",
                 "enacting_line", "closing", "signature_authority", "signer_title", "signer_name", "signer_prefix",
                 "signed_mark", "recipients_label_span"):
        setattr(seg, name, Span.of(doc, getattr(seg, name)))
    for name in ("issuer", "issuer_lowercase", "recipient_spans", "signature_lines", "signature_authorities",
                 "draft_marks"):
        setattr(seg, name, [Span.of(doc, x) for x in getattr(seg, name)])
    for obj, names in ((seg.number, ("span", "number_span", "symbol_span")),
                       (seg.date, ("span", "place_span", "date_span"))):
        if obj is not None:
            for name in names:
                setattr(obj, name, Span.of(doc, getattr(obj, name)))


def _basis_and_body(seg: Segments, body_nonempty: list) -> None:
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
