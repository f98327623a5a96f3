"""Helpers shared by the numbering rules (not rules themselves)."""

from __future__ import annotations

from tdnlint.api import VIET_LETTERS, Item, Severity, to_roman


def label_of(it: Item, values: tuple[int, ...]) -> str:
    if it.kind == "roman":
        return to_roman(values[0])
    if it.kind == "letter":
        return VIET_LETTERS[values[0] - 1] if 0 < values[0] <= len(VIET_LETTERS) else "?"
    return ".".join(str(v) for v in values)


def where(it: Item) -> str:
    """Short Vietnamese description of an item's parent for messages."""
    p = it.parent
    if p is None:
        return ""
    if p.kind == "roman":
        return f" trong mục {p.label}"
    if p.kind == "part":
        return f" trong {p.label}"
    if p.kind == "article":
        return f" trong Điều {p.label}"
    return f" trong mục {p.label}"


def applies(ctx) -> bool:
    """Numbering rules read the document's own outline; a text whose form was not recognised (a header-less
    legal text or excerpt, where articles and sections may be left out on purpose) gets TDN101's one info
    finding instead."""
    return getattr(ctx.segments, "form", "document") != "unrecognised"


def severity(ctx, sev=None):
    """``sev`` (None = the rule's default) when the segmentation is certain of the letter form; at most a
    warning otherwise (spec severity policy: error needs a [T] basis and a certain analysis)."""
    if ctx.segments.confidence == "high":
        return sev
    return Severity.WARNING if sev in (None, Severity.ERROR) else sev


def fix(it: Item, want):
    """A replacement only for a typed number: Word's automatic list label is not in the text."""
    return None if it.auto else want
