"""Plain text and Markdown reader.

Accepts UTF-8 (with or without BOM) and UTF-16 with BOM.  Anything else is a
clear error rather than mojibake.  One line = one paragraph; columns are code
points of the original line, so NFD input still reports exact positions.
Markdown emphasis markers and heading hashes are removed from the analysis
text (their positions are kept through the offset map).
"""

from __future__ import annotations

import codecs
import re

from ..limits import MAX_PARAGRAPHS, too_many_paragraphs
from ..model import Document, Paragraph, compose_offsets, nfc_with_offsets
from .base import ReadError

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_MD_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
_MD_INLINE_COMMENT = re.compile(r"<!--.*?-->")
# A suppression directive is an instruction to tdnlint, not text: never checked, never rewritten by a fix
# (suppress.py reads it from Paragraph.original).  In .txt only these comments are hidden.
_DIRECTIVE_COMMENT = re.compile(r"<!--\s*tdnlint-.*?-->")
# LF, CRLF and CR alone (classic Mac OS, some exports) all end a line; a file may mix them.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> tuple[list[str], list[str]]:
    """Lines and their terminators ("\n", "\r\n", "\r"; "" after the last line)."""
    parts = LINE_BREAK.split(text)
    terms = LINE_BREAK.findall(text)
    terms.append("")
    return parts, terms


def _without(text: str, offsets: list[int] | None, spans: list[tuple[int, int]]) -> tuple[str, list[int] | None]:
    """``text`` minus ``spans`` (with the spaces before each), keeping the offset map to the source."""
    removed: set[int] = set()
    for s, e in spans:
        while s > 0 and text[s - 1] in " \t":
            s -= 1
        removed.update(range(s, e))
    keep = [i for i in range(len(text)) if i not in removed]
    return "".join(text[i] for i in keep), compose_offsets([*keep, len(text)], offsets)


def decode(data: bytes, path: str) -> tuple[str, str]:
    if not data:
        raise ReadError("tệp rỗng (0 byte)")
    if data.startswith(codecs.BOM_UTF8):
        enc, body = "utf-8-sig", data[3:]
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        enc, body = "utf-16", data
    else:
        enc, body = "utf-8", data
    try:
        text = body.decode("utf-16") if enc == "utf-16" else body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"không phải văn bản UTF-8/UTF-16 (byte lỗi ở vị trí {exc.start}); "
            "hãy lưu lại tệp với mã hóa UTF-8"
        ) from None
    if "\x00" in text:
        raise ReadError("tệp nhị phân, không phải văn bản (có byte NUL)")
    return text, enc


class TextReader:
    name = "txt"
    extensions = (".txt", ".text")

    def sniff(self, head: bytes) -> bool:
        return False  # never claim a file by content: text has no signature

    def read(self, path: str, data: bytes) -> Document:
        text, enc = decode(data, path)
        # Counted before any paragraph is built: a flood of blank lines must not cost gigabytes.
        # (LINE_BREAK matches CRLF once, CR and LF alone once each: counted in C, without the list of
        # every match that findall made, 16 MB for 2,000,000 blank lines)
        lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
        if lines > MAX_PARAGRAPHS:
            raise ReadError(too_many_paragraphs(lines))
        paragraphs, was_nfc = self._paragraphs(text)
        doc = Document(path=path, format=self.name, paragraphs=paragraphs, was_nfc=was_nfc, encoding=enc)
        doc.raw = data
        return doc

    def _paragraphs(self, text: str) -> tuple[list[Paragraph], bool]:
        paragraphs = []
        was_nfc = True
        in_fence = False
        for lineno, line in enumerate(LINE_BREAK.split(text), start=1):
            analysis, offsets = nfc_with_offsets(line)
            if offsets is not None:
                was_nfc = False
            analysis, offsets, in_fence = self.strip_markup(analysis, offsets, in_fence)
            source = line if (offsets is not None or analysis != line) else None
            paragraphs.append(
                Paragraph(text=analysis, part="body", line=lineno, number=lineno, source=source, offsets=offsets)
            )
        return paragraphs, was_nfc

    def strip_markup(
        self, text: str, offsets: list[int] | None, in_fence: bool
    ) -> tuple[str, list[int] | None, bool]:
        if "<!--" in text:
            spans = [m.span() for m in _DIRECTIVE_COMMENT.finditer(text)]
            if spans:
                text, offsets = _without(text, offsets, spans)
        return text, offsets, in_fence


class MarkdownReader(TextReader):
    name = "md"
    extensions = (".md", ".markdown")

    def strip_markup(
        self, text: str, offsets: list[int] | None, in_fence: bool
    ) -> tuple[str, list[int] | None, bool]:
        # Fences, code and comment-only lines are blanked: the empty analysis text maps to column 1.
        if _MD_FENCE.match(text):
            return "", [0], not in_fence
        if in_fence or _MD_COMMENT.match(text):
            return "", [0], in_fence
        if "<!--" in text:  # an HTML comment after text ("## Heading <!-- tdnlint-disable-line … -->")
            spans = [m.span() for m in _MD_INLINE_COMMENT.finditer(text)]
            if spans:
                text, offsets = _without(text, offsets, spans)
        keep: list[int] = []
        m = _MD_HEADING.match(text)
        start = m.end() if m else 0
        removed = set()
        for em in _MD_EMPHASIS.finditer(text, start):
            removed.update(range(em.start(), em.end()))
        if not m and not removed:
            return text, offsets, in_fence
        keep = [i for i in range(start, len(text)) if i not in removed]
        new_text = "".join(text[i] for i in keep)
        local = [*keep, len(text)]
        return new_text, compose_offsets(local, offsets), in_fence

