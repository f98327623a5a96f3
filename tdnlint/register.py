"""The register of the documents in the checked tree: ``ctx.register``.

A drafting repository holds the office's earlier plans, reports and letters beside the new draft,
and the draft cites them.  Before the files are linted, one cheap pass reads every document of
the tree (the checked files, plus the rest of the repository when only some of its files are
checked) and keeps one :class:`Entry` per official document: its own symbol, date, type, trích
yếu, issuer, path, whether it is a draft, and the citations it makes.  Cross-document rules read
the register through ``ctx.register`` (a :class:`RegisterView`), which also records which symbols
a file looked up, so the incremental cache (:mod:`tdnlint.cache`) re-checks a file only when one
of those symbols changed elsewhere.

Entries are plain data (JSON round-trip: :meth:`Entry.to_json` / :meth:`Entry.from_json`) so they
are cached per file and shipped to Dask workers.  Only files with a header block (national or
Party header, number line or date line) are entries: a README that quotes a symbol is no document.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

try:  # BLAKE2 alone: ``import hashlib`` also loads OpenSSL's libcrypto, 3.4 MB of every run's memory floor
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python without the _blake2 module
    from hashlib import blake2b

ENTRY_VERSION = 1
# Bounds of the "rest of the repository" scan that backs a check of a few files (pre-commit).
MAX_REPOSITORY_FILES = 5000
REPOSITORY_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class CitedRef:
    """A citation made by a register entry (what other files need to know about it)."""

    key: str
    symbol: str  # as written, spaces removed (Symbol.compact)
    type_word: str | None
    date: str | None  # ISO date as written (None: no date, blank or impossible)
    date_text: str | None
    issuer: str | None
    subject: str | None
    line: int | None
    column: int | None
    relation: str | None = None  # "thay thế", "triển khai", "thực hiện", "sửa đổi" when written just before


@dataclass(frozen=True, slots=True)
class Entry:
    path: str
    key: str | None  # own symbol key (None: no number line)
    symbol: str | None  # own symbol as written ("12/KH-UBND", "/KH-UBND" for a blank draft)
    number: str | None
    type_code: str | None  # from the symbol ("KH")
    issuer_code: str | None  # first issuer group of the symbol ("UBND")
    type_word: str | None  # from the type-name line ("Kế hoạch"); "Công văn" for a V/v letter
    date: str | None  # own date, ISO
    year: int | None  # year of the own date, else of the symbol
    subject: str | None  # trích yếu
    issuer: str | None  # issuing-body lines of the header, joined ("ỦY BAN NHÂN DÂN XÃ AN BÌNH")
    draft: bool
    number_line: int | None
    date_line: int | None
    citations: tuple[CitedRef, ...] = ()

    @property
    def issued(self) -> bool:
        """A document with its own number (drafts with a blank number are not issued)."""
        return self.key is not None and self.number is not None

    @property
    def identity(self) -> tuple:
        """What makes two entries one document (a .docx and its .txt export, a copy in another folder)."""
        return (self.key, self.date, tuple(fold_words(self.issuer)), tuple(fold_words(self.subject)))

    def same_document(self, other: Entry) -> bool:
        return self.identity == other.identity

    def describe(self) -> str:
        bits = [f"{self.type_word or 'Văn bản'} số {self.symbol}" if self.symbol else (self.type_word or "Văn bản")]
        if self.date:
            bits.append("ngày " + format_iso(self.date))
        return " ".join(bits)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Entry:
        data = dict(data)
        data["citations"] = tuple(CitedRef(**c) for c in data.get("citations", ()))
        return cls(**data)


def format_iso(iso: str) -> str:
    from .analysis.dates import format_date

    y, m, d = (int(x) for x in iso.split("-"))
    return format_date(d, m, y)


# ---- building one entry ----------------------------------------------------------------------

_RELATION_RE = re.compile(
    r"(thay\s+thế|triển\s+khai(?:\s+thực\s+hiện)?|thực\s+hiện|sửa\s+đổi(?:,?\s+bổ\s+sung)?|bãi\s+bỏ)"
    r"[\s,:]*(?:(?:các|nội\s+dung|một\s+số\s+điều\s+của)\s+)?$",
    re.I,
)


def entry_from_context(ctx: Any) -> Entry | None:
    """The register entry of one document (None when it has no header block: not an official document)."""
    seg = ctx.segments
    if not (seg.number_line or seg.national_header or seg.party_header):
        return None  # no own number and no header: a note or a README that quotes documents
    doc = ctx.document
    cits = ctx.citations
    own = cits.own
    sym = own.symbol if own is not None else None
    own_date = ctx.dates.own
    date = own_date.date if own_date is not None else None
    from .analysis.citation_codes import type_word_key

    type_word = type_word_key(seg.doc_type) if seg.doc_type else None
    if type_word is None and seg.vv_line is not None:
        type_word = "Công văn"
    subject_paras = list(seg.summary_lines)
    subject = " ".join(doc.paragraphs[i].text.strip() for i in subject_paras) or None
    if subject is None and seg.vv_line is not None:
        subject = seg.text_of(seg.vv_line)
    if subject:
        subject = re.sub(r"^\s*V/v\s*", "", " ".join(subject.split()))
    issuer = " ".join(" ".join((seg.text_of(s) or "").split()) for s in seg.issuer) or None
    refs = []
    starts: dict[int, list[int]] = {}
    for c in cits.references():
        starts.setdefault(c.paragraph, []).append(c.start)
    for c in cits.references():
        p = doc.paragraphs[c.paragraph]
        line, column = p.position(c.start)
        d = c.date
        rel = None
        m = _RELATION_RE.search(p.text, max(0, c.start - 48), c.start)
        if m and c.role == "citation":
            rel = " ".join(m.group(1).lower().split())
        refs.append(CitedRef(
            key=c.symbol.key, symbol=c.symbol.compact, type_word=c.type_word,
            date=(d.date.isoformat() if d is not None and d.date is not None else None),
            date_text=d.text if d is not None else None, issuer=c.issuer,
            subject=clipped_subject(c, p.text, starts.get(c.paragraph, ())),
            line=line, column=column, relation=rel,
        ))

    def line_of(span) -> int | None:
        if span is None:
            return None
        p = doc.paragraphs[span[0]]
        return p.line if p.line is not None else p.number

    return Entry(
        path=doc.path,
        key=sym.key if sym is not None else None,
        symbol=sym.compact if sym is not None else None,
        number=sym.number if sym is not None else None,
        type_code=sym.type_code if sym is not None else None,
        issuer_code=sym.issuer if sym is not None else None,
        type_word=type_word,
        date=date.isoformat() if date else None,
        year=(date.year if date else (sym.year if sym is not None else None)),
        subject=subject,
        issuer=issuer,
        draft=bool(seg.is_draft),
        number_line=line_of(seg.number_line),
        date_line=line_of(seg.date_line),
        citations=tuple(refs),
    )


_TAIL_RE = re.compile(r"(?:[\s,;]+(?:và|cùng|với|,))*[\s,;]*$")


def clipped_subject(cit: Any, text: str, starts: Iterable[int]) -> str | None:
    """The citation's subject ("về …") cut where the next citation of the paragraph begins:
    "về phòng, chống thiên tai và Quyết định số 30/QĐ-UBND …" → "phòng, chống thiên tai"."""
    if not cit.subject or cit.subject_span is None:
        return cit.subject
    _, s, e = cit.subject_span
    cut = min((x for x in starts if s < x < e), default=e)
    out = _TAIL_RE.sub("", text[s:cut])
    return out or None


# ---- comparing issuers and subjects ----------------------------------------------------------

_ABBREV = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "ub": "ủy ban", "mttq": "mặt trận tổ quốc",
    "bch": "ban chấp hành", "btv": "ban thường vụ", "ubmttq": "ủy ban mặt trận tổ quốc",
}
_WORD_RE = re.compile(r"\w+")


def fold_words(text: str | None) -> list[str]:
    """Lower-case words, "uỷ" → "ủy" (old/new tone placement), abbreviations of bodies expanded."""
    if not text:
        return []
    t = unicodedata.normalize("NFC", text).lower()
    t = t.replace("uỷ", "ủy").replace("oà", "òa").replace("oá", "óa").replace("oạ", "ọa").replace("hoà", "hòa")
    out: list[str] = []
    for w in _WORD_RE.findall(t):
        out.extend(_ABBREV.get(w, w).split())
    return out


def issuer_compatible(cited: str | None, entry_issuer: str | None) -> bool | None:
    """True when the words of a cited issuer ("UBND xã An Bình") all appear in the entry's header
    lines ("ỦY BAN NHÂN DÂN / XÃ AN BÌNH"); None when either side is unknown."""
    a, b = fold_words(cited), fold_words(entry_issuer)
    if not a or not b:
        return None
    return set(a) <= set(b)


_STOP = frozenset(["của", "và", "về", "việc", "các", "cho", "năm", "trên", "địa", "bàn", "xã", "huyện", "tỉnh", "thực", "hiện", "triển", "khai"])


def subject_overlap(a: str | None, b: str | None) -> float | None:
    """Share of the shorter trích yếu's content words found in the other (None: too short to judge)."""
    wa = {w for w in fold_words(a) if w not in _STOP and not w.isdigit()}
    wb = {w for w in fold_words(b) if w not in _STOP and not w.isdigit()}
    if len(wa) < 3 or len(wb) < 3:
        return None
    return len(wa & wb) / min(len(wa), len(wb))


# ---- the register -----------------------------------------------------------------------------


@dataclass
class Register:
    """Every document entry of the tree, indexed by symbol key."""

    entries: dict[str, Entry] = field(default_factory=dict)  # path -> entry
    root: str | None = None  # folder of the repository scan, when there was one
    truncated: bool = False  # the repository scan hit its file or time bound

    def __post_init__(self) -> None:
        self._by_key: dict[str, list[Entry]] | None = None
        self._cited: dict[str, list[tuple[Entry, CitedRef]]] | None = None
        # Digests memoised for the run: every file's cache check hashes the keys it looked up, and a
        # popular key ("@2025-03-05", a decree every plan cites) has thousands of entries.  Hashing
        # them again per file made a warm run quadratic in the tree size.
        self._key_digests: dict[str, bytes] = {}
        self._entry_digests: dict[str, bytes] = {}
        self._all_digest: str | None = None

    def __getstate__(self) -> dict:
        # Indexes and digests are rebuilt where needed: ship only the entries (Dask, --jobs workers).
        return {"entries": self.entries, "root": self.root, "truncated": self.truncated}

    def __setstate__(self, state: dict) -> None:
        self.entries, self.root, self.truncated = state["entries"], state["root"], state["truncated"]
        self.__post_init__()

    def add(self, entry: Entry) -> None:
        self.entries[entry.path] = entry
        if self._by_key is not None or self._key_digests or self._all_digest is not None:
            self.__post_init__()

    def merge(self, other: Register) -> None:
        """Add every entry of ``other`` (the reduce step of a distributed register pass)."""
        for e in other.entries.values():
            self.add(e)
        self.truncated = self.truncated or other.truncated
        self.root = self.root or other.root

    def _index(self) -> None:
        by_key: dict[str, list[Entry]] = {}
        cited: dict[str, list[tuple[Entry, CitedRef]]] = {}
        for e in sorted(self.entries.values(), key=lambda x: x.path):
            if e.key is not None:
                by_key.setdefault(e.key, []).append(e)
            if e.date is not None:  # "@2025-03-05": the documents of one day (a citation with a wrong number)
                by_key.setdefault("@" + e.date, []).append(e)
            for c in e.citations:
                cited.setdefault(c.key, []).append((e, c))
                if c.date is not None:  # "@2025-04-02": citations of one day (one document, two numbers)
                    cited.setdefault("@" + c.date, []).append((e, c))
        self._by_key, self._cited = by_key, cited

    def by_key(self, key: str) -> list[Entry]:
        if self._by_key is None:
            self._index()
        assert self._by_key is not None
        return self._by_key.get(key, [])

    def cited(self, key: str) -> list[tuple[Entry, CitedRef]]:
        """(citing entry, citation) pairs of every file that cites ``key``."""
        if self._cited is None:
            self._index()
        assert self._cited is not None
        return self._cited.get(key, [])

    def get(self, path: str) -> Entry | None:
        return self.entries.get(_norm(path))

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    def _entry_digest(self, e: Entry) -> bytes:
        hit = self._entry_digests.get(e.path)
        if hit is None:
            hit = self._entry_digests[e.path] = blake2b(
                json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True).encode(), digest_size=16).digest()
        return hit

    def key_digest(self, key: str) -> bytes:
        """Hash of what ``by_key(key)`` and ``cited(key)`` return; computed once per key and run."""
        hit = self._key_digests.get(key)
        if hit is None:
            h = blake2b(key.encode() + b"\0", digest_size=16)
            for e in self.by_key(key):
                h.update(self._entry_digest(e))
            for e, c in self.cited(key):
                h.update(e.path.encode() + b"\0"
                         + json.dumps(asdict(c), ensure_ascii=False, sort_keys=True).encode())
            hit = self._key_digests[key] = h.digest()
        return hit

    def digest(self, keys: Iterable[str] | None = None) -> str:
        """Hash of what lookups of ``keys`` return (every entry when None): the part of the register
        a file's cross-document findings depend on.  O(len(keys)) once each key's digest is known."""
        if keys is None:
            if self._all_digest is None:
                h = blake2b(digest_size=16)
                for p in sorted(self.entries):
                    h.update(self._entry_digest(self.entries[p]))
                self._all_digest = h.hexdigest()
            return self._all_digest
        h = blake2b(digest_size=16)
        for k in sorted(set(keys)):
            h.update(self.key_digest(k))
        return h.hexdigest()

    def to_json(self) -> dict:
        return {"root": self.root, "truncated": self.truncated,
                "entries": [e.to_json() for e in self.entries.values()]}

    @classmethod
    def from_json(cls, data: dict) -> Register:
        reg = cls(root=data.get("root"), truncated=bool(data.get("truncated")))
        for e in data.get("entries", ()):
            reg.add(Entry.from_json(e))
        return reg


_YEAR_IN_KEY = re.compile(r"/(?:19|20)\d\d/")


def _norm(path: str) -> str:
    return os.path.normpath(path)


class RegisterView:
    """``ctx.register``: the register as one file sees it.

    ``self_entry`` is this file's own entry; lookups exclude it.  ``by_key``/``cited`` record the keys
    looked up (``used_keys``), iterating the whole register records ``"*"``: the cache keys the
    file's findings on the digest of exactly those keys.
    """

    def __init__(self, register: Register | None, path: str, ctx: Any = None):
        self._register = register if register is not None else Register()
        self.path = _norm(path)
        self._ctx = ctx
        self.used_keys: set[str] = set()
        self.used_all = False

    @property
    def known_documents(self) -> Any:
        """The known central documents (``ctx.known_documents``: shipped, plugins, config)."""
        return self._ctx.known_documents if self._ctx is not None else None

    @property
    def available(self) -> bool:
        """A register was built for this run (cross-document checks can say something)."""
        return len(self._register) > 0

    @property
    def self_entry(self) -> Entry | None:
        e = self._register.get(self.path)
        if e is not None and e.key is not None:
            self.used_keys.add(e.key)
        return e

    def by_key(self, key: str) -> list[Entry]:
        self.used_keys.add(key)
        return [e for e in self._register.by_key(key) if e.path != self.path]

    def cited(self, key: str) -> list[tuple[Entry, CitedRef]]:
        self.used_keys.add(key)
        return [(e, c) for e, c in self._register.cited(key) if e.path != self.path]

    def __iter__(self) -> Iterator[Entry]:
        self.used_all = True
        return (e for e in self._register if e.path != self.path)

    def __len__(self) -> int:
        return len(self._register)

    @staticmethod
    def same_number(a: str, b: str) -> bool:
        """Two symbol keys of one number once the VBQPPL year is set aside ("30/NĐ-CP", "30/2020/NĐ-CP"):
        a year-less citation is TDN307's question, not a second number."""
        return _YEAR_IN_KEY.sub("/", a) == _YEAR_IN_KEY.sub("/", b)

    def dependencies(self) -> list[str] | None:
        """Keys this file's findings depend on; None when they depend on the whole register."""
        return None if self.used_all else sorted(self.used_keys)

    def resolve(self, key: str, *, year: int | None, issuer: str | None, own_issuer: str | None) -> Entry | None:
        """The one issued document of the tree a citation means, or None when none or ambiguous.

        Administrative symbols carry no year and every UBND numbers its own documents, so "12/KH-UBND"
        is one document only with the year of its date and its issuer: candidates must have the cited
        year (when the citation gives one) and an issuer compatible with the cited one; without a
        cited issuer, the citing office's own documents are preferred, and more than one candidate is
        ambiguous."""
        cands = [e for e in self.by_key(key) if e.issued and not e.draft]
        if year is not None:
            cands = [e for e in cands if e.year == year]
        if issuer:
            cands = [e for e in cands if issuer_compatible(issuer, e.issuer) is not False]
        elif len(cands) > 1 and own_issuer:
            same = [e for e in cands if fold_words(e.issuer) == fold_words(own_issuer)]
            cands = same
        # copies of one document (a .docx and its .txt, a copy in another folder) count once
        distinct = {e.identity: e for e in cands}
        return next(iter(distinct.values())) if len(distinct) == 1 else None


# ---- building a register for a run -----------------------------------------------------------


def repository_root(path: str) -> str | None:
    """The enclosing git work tree of ``path`` (without running git when there is no .git upward)."""
    p = Path(path).resolve()
    d = p if p.is_dir() else p.parent
    for cand in (d, *d.parents):
        if (cand / ".git").exists():
            try:
                out = subprocess.run(["git", "-C", str(cand), "rev-parse", "--show-toplevel"],
                                     capture_output=True, text=True, timeout=10)
                if out.returncode == 0 and out.stdout.strip():
                    return out.stdout.strip()
            except (OSError, subprocess.SubprocessError):
                pass
            return str(cand)
    return None


def scope_files(files: list[str], settings: Any, collect: Any = None) -> tuple[list[str], str | None]:
    """Files of the register: the checked files plus the rest of their repository.

    The repository is the enclosing git work tree of the first checked file, else the folder of the
    config that applies to it; ``register-scope = "checked"`` in the config keeps the register to the
    checked files.  Bounded by MAX_REPOSITORY_FILES.  ``collect``: the plugins' ``tdnlint_collect_file``
    (claim or skip a file found in a folder), as for the checked folders."""
    from .engine import STDIN, discover

    real = [f for f in files if f != STDIN]
    if not real:
        return list(files), None
    scope = settings.option("register_scope", "repository") if settings is not None else "repository"
    if scope == "checked":
        return list(files), None
    root = repository_root(real[0])
    if root is None and settings is not None and settings.root:
        root = settings.root
    if root is None:
        return list(files), None
    out = list(files)
    seen = {os.path.abspath(f) for f in real}
    n = 0
    for f in discover([root], collect=collect):
        if os.path.abspath(f) in seen:
            continue
        out.append(os.path.relpath(f) if not os.path.isabs(real[0]) else os.path.abspath(f))
        n += 1
        if n >= MAX_REPOSITORY_FILES:
            break
    return out, root


# A process pool pays for itself from about this many files (fork + one engine per worker ≈ 0.5 s).
PARALLEL_MIN_FILES = 16
_CHUNK = 8


# ---- handing the register pass's documents to the lint pass ----------------------------------

# Estimated memory of the documents the register pass keeps for the lint pass (see ReadAhead).
READ_AHEAD_BYTES = 64 * 1024 * 1024


class ReadAhead:
    """Documents the register pass read and segmented, kept for the lint pass of the same run.

    The register pass reads every checked file and computes its segments (and, for an official
    document, its citations and dates) to build its entry; the lint pass needs exactly that
    again.  Within a memory budget (an estimate from the text size, READ_AHEAD_BYTES) the pass's
    ``Context`` — the Document and the analyses computed so far — is kept here and the lint pass
    of the file takes it instead of reading and analysing the file a second time.  It is used only
    when the file's bytes, read again by the lint pass, are the bytes the register pass read, and
    the settings object is the same: a Document and its analyses are functions of those (and of the
    plugins, which do not change within a run), so the findings are the ones a fresh read gives.
    ``take`` removes the item, so the memory is given back as the lint pass goes; files kept are
    the first ones in file order, which the lint pass reaches first.  Only for a lint pass in this
    process (``--jobs 1``, or a single file); never when a plugin implements
    ``tdnlint_document_read`` (it runs on the document before the rules and might change it).
    """

    def __init__(self, budget: int | None = None):
        self.budget = READ_AHEAD_BYTES if budget is None else budget
        self.used = 0
        self.kept = self.taken = 0
        self._items: dict[str, tuple[bytes, Any, int]] = {}

    @staticmethod
    def estimate(data: bytes, doc: Any) -> int:
        """Bytes a kept Context holds, roughly: the file's bytes, ~5 per character of text and ~600 per
        paragraph for a text file (measured with tracemalloc on the seed drafts), 2.5 times that for a
        .docx (runs, styles, offsets back into the XML)."""
        paras = doc.paragraphs
        chars = sum(len(p.text) for p in paras)
        cost = 5 * chars + 600 * len(paras)
        if doc.format not in ("txt", "md"):
            cost = cost * 5 // 2
        return len(data) + cost

    def offer(self, path: str, data: bytes, ctx: Any) -> None:
        if path in self._items:
            return
        cost = self.estimate(data, ctx.document)
        if self.used + cost > self.budget:
            return
        self._items[path] = (data, ctx, cost)
        self.used += cost
        self.kept += 1

    def __contains__(self, path: str) -> bool:
        return path in self._items

    def take(self, path: str, data: bytes, settings: Any) -> Any:
        """The kept Context of ``path`` (removed from the store), or None: not kept, the file's bytes
        changed since the register pass, or other settings."""
        item = self._items.pop(path, None)
        if item is None:
            return None
        self.used -= item[2]
        kept_data, ctx, _ = item
        if kept_data != data or ctx.settings is not settings:
            return None
        self.taken += 1
        return ctx

    def clear(self) -> None:
        self._items.clear()
        self.used = 0

    @property
    def pending(self) -> int:
        """Documents kept and not taken yet."""
        return len(self._items)


def build_register(engine: Any, files: list[str], *, cache: Any = None, root: str | None = None,
                   deadline: float | None = None, jobs: int = 1, keep: ReadAhead | None = None) -> Register:
    """Read every file of ``files`` (from the cache when unchanged) and keep the document entries.

    Unreadable files are skipped here (the lint pass reports them).  Files past ``deadline`` (a
    ``time.monotonic()`` value) are left out and the register is marked ``truncated``.  With
    ``jobs`` > 1 and at least PARALLEL_MIN_FILES files, the entries are read by a process pool
    (the map step; the reduce is adding them here, in file order).  ``keep``: a ReadAhead that
    receives the documents read here for the lint pass (serial pass only)."""
    if jobs > 1 and len(files) >= PARALLEL_MIN_FILES and hasattr(os, "fork"):
        return _build_parallel(engine, files, cache=cache, root=root, deadline=deadline, jobs=jobs)
    reg = Register(root=root)
    for i, path in enumerate(files):
        if deadline is not None and time.monotonic() > deadline and i:
            reg.truncated = True
            break
        entry = entry_for_path(engine, path, cache=cache, keep=keep)
        if entry is not None:
            reg.add(entry)
    return reg


_POOL_ENGINE: dict[str, Any] = {}


def _pool_init(engine: Any, cache: Any) -> None:
    # fork: the parent's engine (registry, settings memo) is inherited, nothing is pickled
    _POOL_ENGINE["engine"], _POOL_ENGINE["cache"] = engine, cache


def _pool_entries(paths: list[str]) -> list[dict | None]:
    engine, cache = _POOL_ENGINE["engine"], _POOL_ENGINE["cache"]
    out = []
    for p in paths:
        e = entry_for_path(engine, p, cache=cache)
        out.append(e.to_json() if e is not None else None)
    return out


def _build_parallel(engine: Any, files: list[str], *, cache: Any, root: str | None, deadline: float | None,
                    jobs: int) -> Register:
    import concurrent.futures as cf
    import multiprocessing as mp

    reg = Register(root=root)
    chunks = [files[i:i + _CHUNK] for i in range(0, len(files), _CHUNK)]
    ctx = mp.get_context("fork")
    with cf.ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=ctx, initializer=_pool_init,
                                initargs=(engine, cache)) as pool:
        futures = [pool.submit(_pool_entries, c) for c in chunks]
        for i, fut in enumerate(futures):
            if deadline is not None and time.monotonic() > deadline and i:
                reg.truncated = True
                for f in futures[i:]:
                    f.cancel()
                break
            for e in fut.result():
                if e is not None:
                    reg.add(Entry.from_json(e))
    return reg


def entry_for_path(engine: Any, path: str, *, cache: Any = None, data: bytes | None = None,
                   keep: ReadAhead | None = None) -> Entry | None:
    """The register entry of ``path`` (from the cache when unchanged).  ``keep``: a ReadAhead offered the
    document and analyses read here (only when they were computed without error)."""
    from .context import Context
    from .engine import STDIN, _read_bytes

    if path == STDIN:
        return None
    try:
        if data is None:
            data = _read_bytes(path)
        settings = engine.settings_for(path)
    except Exception:
        return None
    key = cache.entry_key(data, settings) if cache is not None else None
    if key is not None:
        hit = cache.load_entry(key, path)
        if hit is not False:
            return hit
    ctx = None
    try:
        doc = engine.read(path, data)
        doc.path = path
        if keep is not None:
            # the lint pass runs tdnlint_configure before its first document: the analyses it may
            # take over from here are computed after it too
            engine.registry.configure(settings)
        ctx = Context(doc, settings, engine.registry)
        entry = entry_from_context(ctx)
    except Exception:
        entry = ctx = None
    if entry is not None:
        entry = replace(entry, path=_norm(path))
    if key is not None:
        cache.store_entry(key, entry)
    if keep is not None and ctx is not None:
        keep.offer(path, data, ctx)
    return entry
