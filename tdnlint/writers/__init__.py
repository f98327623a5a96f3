"""Writers: turn a Document plus edits (analysis offsets) back into file bytes.

* ``text_writer`` -- .txt/.md: edits mapped through ``Paragraph.offsets`` onto the
  original line; encoding, BOM, line endings and untouched markup kept.
* ``docx_writer`` -- .docx: edits applied to the ``w:t`` nodes of the runs they
  cover, as Word tracked changes (default) or in place.
* ``docx_annotate`` -- .docx: every finding as a Word comment.

Writers never write files; :mod:`tdnlint.fixer` does, atomically.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..findings import Edit


@dataclass(slots=True, frozen=True)
class SourceEdit(Edit):
    """An edit in *source* offsets of ``Paragraph.original`` (not analysis offsets).

    Needed where the analysis text has nothing to point at: a Markdown line
    that is only an HTML comment is blank in the analysis text, yet removing an
    unused ``<!-- tdnlint-disable -->`` must edit it.  ``drop_line`` removes the
    whole line when that leaves no stray blank line behind (else the line is
    emptied, so Markdown paragraphs around it do not merge).
    """

    drop_line: bool = False


class WriteRefused(Exception):
    """The writer cannot apply an edit safely (e.g. the span crosses Markdown markup)."""
