"""Placeholder: replaced by the full .docx reader."""

from __future__ import annotations

from .base import ReadError


class DocxReader:
    name = "docx"
    extensions = (".docx", ".docm", ".dotx", ".doc")

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"PK\x03\x04")

    def read(self, path, data):
        raise ReadError("docx reader not implemented yet")
