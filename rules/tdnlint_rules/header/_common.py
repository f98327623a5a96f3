"""Helpers shared by the header-block and title rules (not rules themselves)."""

from __future__ import annotations

from tdnlint.api import TYPE_NAMES

# Internal forms that are not NĐ 30 document types: no trích yếu / date line / signature requirements.
FORM_TYPES = frozenset({"PHIẾU TRÌNH"})

ALL_STATE_CODES = frozenset(c for c in TYPE_NAMES.values() if c) | {"SY", "TrS", "SL"}


def allowed_type_codes(doc_type: str | None, profile: str) -> set[str] | None:
    """Type codes accepted for ``doc_type`` in ``profile`` (None = no code to check).

    State: NĐ 30 Phụ lục III [T].  Party: spec table 2.3 (Quy định QĐ/QĐi, công văn CV).
    MTTQ: State codes plus TT (thông tri) and QĐi (quy định), spec MTTQ-ABB-01 [O].
    """
    if not doc_type:
        return None
    code = TYPE_NAMES.get(doc_type)
    if profile == "party":
        if doc_type == "QUY ĐỊNH":
            return {"QĐ", "QĐi"}
        if doc_type == "CÔNG VĂN":
            return {"CV"}
    if profile == "mttq" and doc_type == "QUY ĐỊNH":
        return {"QyĐ", "QĐi"}
    if code is None:
        return None
    return {code}


def first_paragraph(ctx):
    """Anchor for a finding about a part that is missing: the first line with text."""
    return ctx.segments.first_text_paragraph()


def report_missing(rule, ctx, message: str, message_en: str, suggestion: str | None = None, severity=None):
    p = first_paragraph(ctx)
    if p is None:
        return ctx.report(rule, message=message, message_en=message_en, suggestion=suggestion, severity=severity)
    s = len(p.text) - len(p.text.lstrip())
    return ctx.report(rule, p, s, s, message=message, message_en=message_en, suggestion=suggestion,
                      severity=severity)


def applies(ctx) -> bool:
    """Header-block rules apply to whole documents, not to an appendix or template sheet on its own."""
    seg = ctx.segments
    return not seg.standalone_appendix and bool(seg.main)
