"""The known-documents registry: ``ctx.known_documents``.

Central documents whose symbol, type, date, issuer and subject are certain,
so a citation that contradicts them can be reported (rule TDN311).  Three
sources, later ones overriding earlier ones for the same symbol:

1. the shipped data file ``tdnlint/data/known_documents.toml``
   (``[[document]]`` tables);
2. plugins: hook ``tdnlint_known_documents`` returning a list of dicts;
3. the project: ``known_documents = [{symbol = "…", type = "…", date = "…",
   issuer = "…", subject = "…"}]`` in ``[tool.tdnlint]`` / ``.tdnlint.toml``.

An entry needs ``symbol``; every other field is optional and only checked
when present.  ``date`` is ``YYYY-MM-DD``, ``dd/mm/yyyy`` or a TOML date.

``KnownDocument`` — ``symbol`` (as given), ``key`` (normalised symbol, the
same key as :attr:`tdnlint.analysis.citations.Symbol.key`), ``type``,
``date`` (:class:`datetime.date` or ``None``), ``issuer``, ``issuer_id``
(see :mod:`tdnlint.analysis.citation_issuers`), ``subject``, ``source``.

``KnownDocuments`` — ``get(key)``, ``without_year(number, comps)`` (entries
a year-less VBQPPL citation may mean), iteration, ``problems`` (entries that
could not be read, as messages).
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .citation_codes import type_word_key
from .citation_issuers import issuer_id

_DMY_RE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


@dataclass(frozen=True, slots=True)
class KnownDocument:
    symbol: str
    key: str
    number: str | None
    comps: tuple[str, ...]
    year: int | None
    type: str | None = None
    date: _dt.date | None = None
    issuer: str | None = None
    issuer_id: str | None = None
    subject: str | None = None
    source: str | None = None

    def describe(self) -> str:
        """One line naming the entry, for messages."""
        bits = [f"{self.type or 'Văn bản'} số {self.symbol}"]
        if self.date:
            from .dates import format_date

            bits.append("ngày " + format_date(self.date.day, self.date.month, self.date.year))
        if self.issuer:
            bits.append(f"của {self.issuer}")
        return " ".join(bits)


def _parse_date(value: Any) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value)
    m = _DMY_RE.match(text)
    if m:
        return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return _dt.date.fromisoformat(text.strip())


def make_entry(raw: dict) -> KnownDocument:
    """Validate and normalise one registry entry (raises ValueError with a reason)."""
    from .citations import parse_symbol

    symbol = str(raw.get("symbol", "")).strip()
    if not symbol:
        raise ValueError("mục thiếu 'symbol'")
    sym = parse_symbol(symbol)
    if sym is None:
        raise ValueError(f"'{symbol}' không phải số, ký hiệu văn bản")
    kind = raw.get("type")
    if kind:
        canon = type_word_key(str(kind))
        kind = canon or str(kind)
    try:
        date = _parse_date(raw.get("date"))
    except ValueError:
        raise ValueError(f"{symbol}: ngày '{raw.get('date')}' không hợp lệ") from None
    issuer = raw.get("issuer") or None
    return KnownDocument(
        symbol=symbol, key=sym.key, number=sym.number, comps=sym.comps, year=sym.year, type=kind, date=date,
        issuer=issuer, issuer_id=issuer_id(issuer), subject=raw.get("subject") or None,
        source=raw.get("source") or None,
    )


@lru_cache(maxsize=1)
def _shipped() -> tuple[KnownDocument, ...]:
    data = resources.files("tdnlint").joinpath("data/known_documents.toml").read_bytes()
    entries = tomllib.loads(data.decode("utf-8")).get("document", [])
    return tuple(make_entry(e) for e in entries)


@dataclass
class KnownDocuments:
    entries: dict[str, KnownDocument] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, extra_entries: Iterable[dict] = ()) -> KnownDocuments:
        reg = cls()
        for e in _shipped():
            reg.entries[e.key] = e
        for raw in extra_entries:
            try:
                e = make_entry(raw)
            except (ValueError, TypeError) as exc:
                reg.problems.append(str(exc))
                continue
            reg.entries[e.key] = e
        return reg

    def get(self, key: str) -> KnownDocument | None:
        return self.entries.get(key)

    def without_year(self, number: str | None, comps: tuple[str, ...]) -> list[KnownDocument]:
        """Entries with this number and groups whatever their year ("103/QH15" → 103/2023/QH15)."""
        return [e for e in self.entries.values() if e.number == number and e.comps == comps and e.year is not None]

    def __iter__(self) -> Iterator[KnownDocument]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)
