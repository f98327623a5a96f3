"""Helpers shared by the numbering rules (not rules themselves)."""

from __future__ import annotations

from tdnlint.api import VIET_LETTERS, Item, to_roman


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
