"""Shared helpers for spacing rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tdnlint.context import Context
from tdnlint.model import Paragraph

VI_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VI_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
VI_LETTER = VI_LOWER + VI_UPPER
VI_DIACRITIC = re.compile(r"[^\x00-\x7f]")


def scan(
    ctx: Context, pattern: re.Pattern[str], need: re.Pattern[str] | None = None
) -> Iterator[tuple[Paragraph, re.Match[str]]]:
    """Matches of ``pattern`` in every text paragraph, skipping URLs, e-mails and file names.

    ``need``, when given, is a cheap pattern that every match of ``pattern`` implies (it starts with a
    literal or a character class, so the regex engine skips ahead in C): paragraphs without it are not
    scanned with ``pattern`` at all.  ``pattern``s that start with a look-behind are tried at every
    position, which made these rules a hot spot.
    """
    for p in ctx.text_paragraphs():
        if need is not None and need.search(p.text) is None:
            continue
        it = pattern.finditer(p.text)
        prot = None
        for m in it:
            if prot is None:
                prot = ctx.protected(p)
            if prot.overlaps(m.start(), m.end()) or in_header_span(ctx, p, m.start(), m.end()):
                continue
            yield p, m


def layout_paragraph(ctx: Context, p: Paragraph) -> bool:
    """Header-block lines laid out with spaces/tabs: spacing there is layout, not typing."""
    return p.index in set(ctx.segments.header) or "\t" in p.text


def around(text: str, start: int, end: int, replacement: str) -> str:
    """The corrected text with the neighbouring words, for a readable suggestion: "2021, Ban"."""
    left = start
    while left > 0 and text[left - 1] not in " \t":
        left -= 1
    if left == start and left > 0:  # the span starts at a space: take the previous word too
        left -= 1
        while left > 0 and text[left - 1] not in " \t":
            left -= 1
    right = end
    while right < len(text) and text[right] not in " \t":
        right += 1
    if right == end and right < len(text):
        right += 1
        while right < len(text) and text[right] not in " \t":
            right += 1
    return (text[left:start] + replacement + text[end:right]).strip()


def header_spans(ctx: Context) -> list[tuple[int, int, int]]:
    seg = ctx.segments
    return [s for s in (seg.national_header, seg.motto, seg.party_header) if s]


def in_header_span(ctx: Context, p: Paragraph, start: int, end: int) -> bool:
    return any(i == p.index and s < end and start < e for i, s, e in header_spans(ctx))
