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


def protected_matches(text: str) -> list[re.Match[str]]:
    r"""The matches of ``_PROTECTED_RE.finditer(text)``, found without running the pattern over plain prose.

    No match holds whitespace, so the matches of the whole text are those of its whitespace-free tokens, each
    scanned on its own (``finditer(text, start, end)``: ``\b`` sees the token's ends like the spaces around
    it).  Only a token that holds "@", "://" or a "." followed by another character of the token can hold a
    match (every alternative needs one of them), so only those tokens are scanned: the pattern (re.I, a
    back-tracking ``[\w.+-]+@`` tried at every word character) cost ~0.1 us per character of running text.
    """
    find = text.find
    anchors = []
    i = find(".")
    while i != -1:
        if i + 1 < len(text) and not text[i + 1].isspace():
            anchors.append(i)
        i = find(".", i + 1)
    if "@" in text or "://" in text:
        for needle in ("@", "://"):
            i = find(needle)
            while i != -1:
                anchors.append(i)
                i = find(needle, i + 1)
        anchors.sort()
    out: list[re.Match[str]] = []
    end = -1
    for a in anchors:
        if a < end:
            continue  # same token as the previous anchor
        start = a
        while start and not text[start - 1].isspace():
            start -= 1
        end = a + 1
        n = len(text)
        while end < n and not text[end].isspace():
            end += 1
        out += _PROTECTED_RE.finditer(text, start, end)
    return out


class Protected:
    """Sorted, non-overlapping protected spans of one text, with a fast overlap test."""

    __slots__ = ("ends", "starts")

    def __init__(self, text: str):
        spans = [(m.start(), m.end()) for m in protected_matches(text)]
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
