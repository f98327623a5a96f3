"""Apply edits to a .txt/.md Document and return the new file bytes.

Edits come in analysis offsets (NFC text with Markdown markers removed).  Each
is mapped through ``Paragraph.offsets`` onto the physical line:

* a span ``[s, e)`` becomes ``[source_index(s), end of the source cluster of
  e-1)`` -- so emphasis markers right after the span are *not* swallowed, and a
  decomposed (NFD) letter is replaced with all its combining marks;
* an insertion at ``s`` goes right after the previous character (so
  ``năm 2021,**Ban**`` becomes ``năm 2021, **Ban**``, keeping the emphasis
  valid);
* the mapped source span must normalise back to exactly the analysis text of
  the edit; if markup hides inside it the edit is refused rather than
  deleting markup.

The replacement is written in the normalisation form of the line (NFD lines
stay NFD).  Encoding, BOM (UTF-8/UTF-16 LE/BE) and each line's terminator are
preserved byte for byte outside the edited spans.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections import defaultdict

from ..findings import Edit
from ..model import Document, Paragraph
from ..readers.text import decode
from . import SourceEdit


def apply_text_edits(doc: Document, edits: list[Edit]) -> tuple[bytes, list[Edit]]:
    """Return (new bytes, edits that were refused).  ``doc.raw`` must be the bytes read."""
    if doc.raw is None:
        raise ValueError("document has no source bytes")
    text, enc = decode(doc.raw, doc.path)
    lines = text.split("\n")
    by_par: dict[int, list[Edit]] = defaultdict(list)
    for e in edits:
        by_par[e.paragraph].append(e)
    refused: list[Edit] = []
    drop: set[int] = set()
    for pi, pedits in by_par.items():
        p = doc.paragraphs[pi] if 0 <= pi < len(doc.paragraphs) else None
        row = _line_of(p, lines)
        if row is None:
            refused.extend(pedits)
            continue
        line = lines[row]
        cr = "\r" if line.endswith("\r") else ""
        body = line[:-1] if cr else line
        spans: list[tuple[int, int, str, Edit]] = []
        for e in pedits:
            span = _source_span(p, body, e)  # type: ignore[arg-type]
            if span is None:
                refused.append(e)
            else:
                spans.append((*span, e))
        # Right to left so earlier offsets stay valid; refuse anything overlapping a kept span.
        spans.sort(key=lambda t: (t[0], t[1]), reverse=True)
        kept_start = None
        nfd = not unicodedata.is_normalized("NFC", body)
        for ss, se, repl, e in spans:
            if kept_start is not None and (se > kept_start or (ss == se == kept_start)):
                refused.append(e)
                continue
            if isinstance(e, SourceEdit) and e.drop_line:
                drop.add(row)
            if nfd:
                repl = unicodedata.normalize("NFD", repl)
            body = body[:ss] + repl + body[se:]
            kept_start = ss
        lines[row] = body + cr
    if drop:
        lines = _drop_lines(lines, drop)
    return _encode("\n".join(lines), enc, doc.raw), refused


def _line_of(p: Paragraph | None, lines: list[str]) -> int | None:
    """Row of ``p`` in ``lines`` -- only when the line really is that paragraph's source."""
    if p is None or p.line is None or p.source_line_starts:
        return None
    row = p.line - 1
    if not 0 <= row < len(lines):
        return None
    body = lines[row][:-1] if lines[row].endswith("\r") else lines[row]
    return row if body == p.original else None


def _cluster_end(body: str, src: int) -> int:
    """End of the source character at ``src`` with its combining marks."""
    j = src + 1
    while j < len(body) and unicodedata.combining(body[j]):
        j += 1
    return j


def _source_span(p: Paragraph, body: str, e: Edit) -> tuple[int, int, str] | None:
    if isinstance(e, SourceEdit):
        if not 0 <= e.start <= e.end <= len(body):
            return None
        return e.start, e.end, e.replacement
    n = len(p.text)
    if not 0 <= e.start <= e.end <= n:
        return None
    if e.start == e.end:
        pos = _cluster_end(body, p.source_index(e.start - 1)) if e.start > 0 else p.source_index(0)
        return pos, pos, e.replacement
    ss = p.source_index(e.start)
    se = _cluster_end(body, p.source_index(e.end - 1))
    if unicodedata.normalize("NFC", body[ss:se]) != p.text[e.start:e.end]:
        return None  # markup (or something unexpected) inside the span: do not guess
    return ss, se, e.replacement


def _drop_lines(lines: list[str], drop: set[int]) -> list[str]:
    """Remove emptied directive lines unless that would glue two text lines into one paragraph."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in drop:
            nxt = next((j for j in range(i + 1, len(lines)) if j not in drop), None)
            if out and out[-1].strip() and nxt is not None and lines[nxt].strip():
                out.append(line)  # keep the (now empty) line as the paragraph break it was
            continue
        out.append(line)
    return out or [""]


def _encode(text: str, enc: str, raw: bytes) -> bytes:
    if enc == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if enc == "utf-16":
        if raw.startswith(codecs.BOM_UTF16_BE):
            return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode("utf-8")
