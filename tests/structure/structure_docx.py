"""Build a .docx twin of a plain-text structure fixture with tests/docx_factory.py.

The header block (lines before the first blank line) goes into a borderless two-column table, read cell by
cell: national header, motto and the place-and-date line on the right, everything else on the left.  The
closing part ("Nơi nhận:" to the end) goes into a second two-column table: recipients left, signature right.
Headings are bold and every longer line is split into two runs in the middle of a word, as Word does.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx_factory import Para, R, Table, make_docx

_RIGHT = re.compile(r"CỘNG HÒA XÃ HỘI|Độc lập - Tự do|ĐẢNG CỘNG SẢN VIỆT NAM|, ngày|\bngày\b.*\bnăm\b")
_HEADING = re.compile(r"^([IVX]+[.\-]|\d+\.(\d+\.)* [A-ZĐ][^.;]{0,80}$)")


def _para(line: str) -> Para | str:
    if not line.strip():
        return ""
    bold = bool(_HEADING.match(line)) and len(line) < 90
    if len(line) < 12:
        return Para([R(line, bold=bold)])
    # split inside a word: find a letter with letters on both sides near the middle
    k = len(line) // 2
    while k < len(line) - 1 and not (line[k - 1].isalpha() and line[k].isalpha()):
        k += 1
    return Para([R(line[:k], bold=bold), R(line[k:], bold=bold)])


def docx_from_text(text: str, path: Path) -> Path:
    lines = text.split("\n")
    try:
        blank = lines.index("")
    except ValueError:
        blank = 0
    head, rest = lines[:blank], lines[blank:]
    left = [ln for ln in head if not _RIGHT.search(ln)]
    right = [ln for ln in head if _RIGHT.search(ln)]
    tail_at = next((k for k, ln in enumerate(rest) if ln.startswith("Nơi nhận")), None)
    body = rest if tail_at is None else rest[:tail_at]
    blocks: list = [_para(ln) for ln in body]
    if tail_at is not None:
        tail = [ln for ln in rest[tail_at:]]
        rec = [ln for ln in tail if ln.startswith(("Nơi nhận", "-"))]
        sig = [ln for ln in tail if ln not in rec]
        blocks.append(Table([[[Para([R(x)]) for x in rec] or [""], [_para(x) for x in sig] or [""]]]))
    header_table = (left, right) if (left or right) else None
    return make_docx(path, blocks, header_table=header_table, font="Times New Roman", size=14)
