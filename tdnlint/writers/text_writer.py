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
from ..readers.text import decode, split_lines
from . import SourceEdit


def apply_text_edits(doc: Document, edits: list[Edit]) -> tuple[bytes, list[Edit]]:
    """Return (new bytes, edits that were refused).  ``doc.raw`` must be the bytes read."""
    if doc.raw is None:
        raise ValueError("document has no source bytes")
    text, enc = decode(doc.raw, doc.path)
    lines, terms = split_lines(text)
    # A line a replacement adds takes the file's own line ending (LF, CRLF or CR alone).
    default_term = next((t for t in terms if t), "\n")
    # chunks[row]: what replaces physical line ``row`` with its terminator (a multi-line paragraph lives
    # in its first row)
    chunks: list[list[str]] = [[line + term] for line, term in zip(lines, terms, strict=True)]
    by_par: dict[int, list[Edit]] = defaultdict(list)
    for e in edits:
        by_par[e.paragraph].append(e)
    refused: list[Edit] = []
    drop: set[int] = set()
    for pi, pedits in by_par.items():
        p = doc.paragraphs[pi] if 0 <= pi < len(doc.paragraphs) else None
        where = _rows_of(p, lines)
        if where is None:
            refused.extend(pedits)
            continue
        row, count = where
        own = terms[row:row + count]
        body = p.original  # type: ignore[union-attr]
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
            if isinstance(e, SourceEdit) and e.drop_line and count == 1:
                drop.add(row)
            if nfd:
                repl = unicodedata.normalize("NFD", repl)
            body = body[:ss] + repl + body[se:]
            kept_start = ss
        new_lines = body.split("\n")
        # each line keeps its own terminator, the last one the paragraph's last (possibly none, at the end
        # of the file); lines a replacement added take the file's line ending
        last = len(new_lines) - 1
        chunks[row] = [ln + (own[-1] if k == last else own[k] if k < count - 1 else default_term)
                       for k, ln in enumerate(new_lines)]
        for r in range(row + 1, row + count):
            chunks[r] = []
    out = _drop_lines(chunks, drop)
    return _encode("".join(out), enc, doc.raw), refused


def _rows_of(p: Paragraph | None, lines: list[str]) -> tuple[int, int] | None:
    """(first row, number of rows) of ``p`` in ``lines`` -- only if those rows really are its source."""
    if p is None or p.line is None:
        return None
    row = p.line - 1
    count = len(p.source_line_starts) if p.source_line_starts else 1
    if row < 0 or row + count > len(lines):
        return None
    body = "\n".join(lines[row:row + count])
    return (row, count) if body == p.original else None


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


def _drop_lines(chunks: list[list[str]], drop: set[int]) -> list[str]:
    """Flatten ``chunks``, removing emptied directive lines unless that would glue two text lines together."""
    out: list[str] = []
    for i, chunk in enumerate(chunks):
        if i in drop:
            nxt = next((c[0] for j, c in enumerate(chunks[i + 1:], i + 1) if j not in drop and c), None)
            if out and out[-1].strip() and nxt is not None and nxt.strip():
                out.extend(chunk)  # keep the (now empty) line as the paragraph break it was
            continue
        out.extend(chunk)
    return out or [""]


def _encode(text: str, enc: str, raw: bytes) -> bytes:
    if enc == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if enc == "utf-16":
        if raw.startswith(codecs.BOM_UTF16_BE):
            return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode("utf-8")
