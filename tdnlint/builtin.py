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


@hookimpl
def tdnlint_config_options():
    from .config import ConfigOption

    # docs/repo.md: "repository" (default) also reads the rest of the git work tree / config folder for the
    # document register when only some of its files are checked; "checked" keeps it to the checked files.
    return [ConfigOption("register_scope", str, "repository",
                         "register of documents: 'repository' (default) or 'checked'")]
