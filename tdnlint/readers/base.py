"""Reader interface and the error every reader raises for a bad input."""

from __future__ import annotations

from typing import Protocol

from ..model import Document


class ReadError(Exception):
    """An input that cannot be read.  The message is shown to the user after the path."""


class Reader(Protocol):
    #: short name, e.g. "docx"
    name: str
    #: lower-case file extensions handled, with the dot
    extensions: tuple[str, ...]

    def sniff(self, head: bytes) -> bool:
        """True when the first bytes of a file look like this format (content wins over extension)."""

    def read(self, path: str, data: bytes) -> Document:
        """Parse ``data`` (the file's bytes) into a Document; raise ReadError on bad input."""
