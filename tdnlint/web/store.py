"""Short-lived, in-memory results for the page's download buttons (never on disk).

After a page check the upload's bytes stay here under a random token for ``ttl`` seconds, so the
download forms (plain HTML forms: they work without JavaScript) can make the annotated or fixed copy
without asking the clerk to choose the file again.  Entries expire, and the store holds at most
``max_bytes`` in total (oldest dropped first).  Used only from the event loop thread.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass


@dataclass
class Entry:
    data: bytes
    display: str
    profile: str | None
    lang: str
    report: str
    format: str | None
    expires: float


class ResultStore:
    def __init__(self, ttl: float = 900.0, max_bytes: int = 512 * 1024 * 1024):
        self.ttl = ttl
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, Entry] = OrderedDict()
        self._size = 0

    def _expire(self) -> None:
        now = time.monotonic()
        for token in [t for t, e in self._items.items() if e.expires <= now]:
            self._drop(token)

    def _drop(self, token: str) -> None:
        e = self._items.pop(token, None)
        if e is not None:
            self._size -= len(e.data) + len(e.report)

    def put(self, data: bytes, display: str, profile: str | None, lang: str, report: str,
            fmt: str | None) -> str:
        self._expire()
        token = secrets.token_urlsafe(24)
        size = len(data) + len(report)
        while self._items and self._size + size > self.max_bytes:
            self._drop(next(iter(self._items)))
        self._items[token] = Entry(data, display, profile, lang, report, fmt, time.monotonic() + self.ttl)
        self._size += size
        return token

    def get(self, token: str) -> Entry | None:
        self._expire()
        return self._items.get(token)

    def __len__(self) -> int:
        self._expire()
        return len(self._items)
