"""The engine's own plugin: built-in readers and reporters (never rules)."""

from __future__ import annotations

from .hookspecs import hookimpl


@hookimpl
def tdnlint_readers():
    from .readers.docx import DocxReader
    from .readers.text import MarkdownReader, TextReader

    return [DocxReader(), TextReader(), MarkdownReader()]


@hookimpl
def tdnlint_reporters():
    from .reporters import REPORTERS

    return dict(REPORTERS)
