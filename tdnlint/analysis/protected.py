"""Spans that text rules must not touch: URLs, e-mail addresses, file names, domain names."""

from __future__ import annotations

import bisect
import re

_PROTECTED_RE = re.compile(
    r"(?:https?|ftp)://\S+"
    r"|www\.[^\s,;()]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net|gov|edu|info|int)(?:\.vn)?(?:/[^\s,;()]*)?"
    r"|\b[\w-]+\.(?:docx?|xlsx?|pdf|pptx?|txt|md|zip|rar|jpe?g|png)\b",
    re.I,
)


class Protected:
    """Sorted, non-overlapping protected spans of one text, with a fast overlap test."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str):
        spans = [(m.start(), m.end()) for m in _PROTECTED_RE.finditer(text)]
        # strip trailing sentence punctuation the greedy URL pattern swallowed
        cleaned = []
        for s, e in spans:
            while e > s and text[e - 1] in ".,;:)":
                e -= 1
            cleaned.append((s, e))
        self.starts = [s for s, _ in cleaned]
        self.ends = [e for _, e in cleaned]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1 if end > start else start) - 1
        while i >= 0:
            if self.ends[i] > start and self.starts[i] < max(end, start + 1):
                return True
            if self.ends[i] <= start:
                break
            i -= 1
        return False
