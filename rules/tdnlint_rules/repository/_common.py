"""Helpers shared by the cross-document rules."""

from __future__ import annotations

import datetime as _dt

from tdnlint.api import Citation, Entry, clipped_subject, format_iso


def where(entry: Entry, line: int | None) -> str:
    """"tệp fixtures/x.txt, dòng 6" (the line left out when unknown)."""
    return f"tệp {entry.path}" + (f", dòng {line}" if line else "")


def where_en(entry: Entry, line: int | None) -> str:
    return f"{entry.path}" + (f":{line}" if line else "")


def cited_year(cit: Citation) -> int | None:
    d = cit.date
    if d is not None and not d.blank:
        return d.year
    return cit.symbol.year


def resolve(ctx, cit: Citation) -> Entry | None:
    """The issued document of the tree ``cit`` means (None: not in the tree, or ambiguous)."""
    if cit.role != "citation" or cit.symbol.number is None:
        return None
    reg = ctx.register
    me = reg.self_entry
    if me is not None and me.key == cit.symbol.key:
        return None  # the document citing its own number (a header repeated in the text)
    return reg.resolve(cit.symbol.key, year=cited_year(cit), issuer=cit.issuer,
                       own_issuer=me.issuer if me is not None else None)


def subject(ctx, cit: Citation) -> str | None:
    """The citation's subject, without the next citation of the paragraph glued to it."""
    if not cit.subject or cit.subject_span is None:
        return cit.subject  # what clipped_subject returns without looking at the other citations
    starts = ctx.citations.reference_starts(cit.paragraph)  # indexed once, not a pass over every citation
    return clipped_subject(cit, ctx.document.paragraphs[cit.paragraph].text, starts)


def iso_date(iso: str | None) -> _dt.date | None:
    return _dt.date.fromisoformat(iso) if iso else None


def show(iso: str) -> str:
    return format_iso(iso)
