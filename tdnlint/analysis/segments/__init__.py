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

    title_pos = _header_and_title(seg, nonempty)
    pos = _summary(seg, nonempty, title_pos)
    tail_start, _end = _tail(seg, nonempty, pos)
    _basis_and_body(seg, nonempty[pos:tail_start])
    for p in main:
        m = _DRAFT_RE.search(p.text)
        if m and _upper_ratio(m.group(0)) > 0.9 and len(p.text.strip()) < 40:
            seg.draft_marks.append((p.index, m.start(), m.end()))
    return seg


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
