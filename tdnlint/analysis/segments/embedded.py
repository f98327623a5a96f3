"""Quoted and embedded text: not the document's own structure.

A decision that amends a law quotes the new wording between quotation marks, often across several
paragraphs (“Điều 49. …⏎1. …⏎2. …”); a guide quotes sample wording.  Their numbered lines, "Nơi nhận"
and signature lines belong to the quoted text.  :func:`quoted_regions` finds them once; the outline,
numbering, signature and recipients analyses skip them (``Segments.is_quoted``).
"""

from __future__ import annotations

from ...model import Paragraph

_OPEN = "“«"
_CLOSE = "”»"
_LEAD = " \t\u00a0*"
MAX_QUOTED = 150  # paragraphs: a quotation longer than this is an unbalanced quotation mark, not a quote


def quoted_regions(paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """(first, last) paragraph indices of quoted text among ``paragraphs`` (non-empty, reading order).

    A paragraph belongs to a quotation when it starts with an opening quotation mark, or when a quotation
    opened in an earlier paragraph is still open at its start.  The quotation ends with the paragraph that
    closes it.  A quotation that never closes (a stray mark) is dropped: nothing is excluded on a guess.
    """
    out: list[tuple[int, int]] = []
    depth = 0  # curly quotes open
    ascii_open = False  # an ASCII '"' quotation open
    start: int | None = None
    count = 0
    for p in paragraphs:
        t = p.text.lstrip(_LEAD)
        inside = depth > 0 or ascii_open
        if not inside and not (t[:1] in _OPEN or t[:1] == '"'):
            # the document's own sentence; a quotation it opens ("… như sau: “1. …") starts below
            depth = max(0, _balance(t))
            ascii_open = t.count('"') % 2 == 1
            start, count = None, 0
            continue
        if start is None:
            start, count = p.index, 0
        count += 1
        depth = max(0, depth + _balance(t))
        if t.count('"') % 2 == 1:
            ascii_open = not ascii_open
        if count > MAX_QUOTED:
            depth, ascii_open, start = 0, False, None
            continue
        if depth == 0 and not ascii_open:
            out.append((start, p.index))
            start = None
    return out


def _balance(t: str) -> int:
    """Opening minus closing curly quotation marks (“ « against ” »): four C-level counts, no generator
    (this runs on every paragraph of every document)."""
    return t.count("“") + t.count("«") - t.count("”") - t.count("»")
