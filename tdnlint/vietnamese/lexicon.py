"""The shipped Vietnamese lexicon: attested syllables, words, administrative terms.

Loaded lazily from ``tdnlint/data/lexicon.txt`` (built by tools/build_lexicon.py)
the first time a rule asks for ``ctx.lexicon``; ``tdnlint --version`` never
imports this module.  The base lexicon is read once per process and shared by
every document; user ``extra_words`` / ``ignore_words`` make a cheap derived
copy (cached per distinct configuration).

Memory (issue 10): the 65,000 multi-syllable words and the 30,000 near-miss keys are not kept as
Python strings (that cost 20 MB per process, more than the rest of tdnlint together).  Each is kept
as its 64-bit string hash in a sorted :class:`array.array` (:class:`HashedSet`, :class:`HashedMap`,
about 8 bytes an entry); a lookup hashes the query and binary-searches in C.  The hash is Python's
own ``hash(str)`` (computed while loading, in this process, so per-process hash randomisation does
not matter); two different strings share a 64-bit hash with probability ~2⁻⁶⁴, i.e. a false "known
word" once in ~10¹⁴ lookups.  Syllables (6,800) and terms (900) stay frozensets: the spelling pass
does set arithmetic with them.

All keys are lower case with tone marks in the traditional style for open
oa/oe/uy syllables (hòa, thủy); :meth:`Lexicon.canon` maps the new style
(hoà, thuỷ) onto it so both styles are known.
"""

from __future__ import annotations

import mmap
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import cached_property, lru_cache
from importlib import resources
from itertools import compress, repeat
from operator import and_, or_

from .orthography import compose, open_glide_style, parse, skeleton


def _sorted_array(values: Iterable[int]) -> array:
    """Sorted ``array('q')``: the values go to 16 buckets by their top bits (in signed order), each bucket
    is sorted on its own, so the transient Python ints are those of one bucket."""
    buckets = [array("q") for _ in range(16)]
    for v in values:
        buckets[(v >> 60) + 8].append(v)
    out = array("q")
    for b in buckets:
        out.extend(sorted(b))
        del b[:]
    return out


class HashedSet:
    """A fixed set of strings kept as sorted 64-bit hashes (see the module docstring), plus a few
    strings added by the user (``extra_words``)."""

    __slots__ = ("_extra", "_hashes")

    def __init__(self, hashes: array, extra: frozenset[str] = frozenset()):
        self._hashes = hashes
        self._extra = extra

    @classmethod
    def of(cls, chunks: Iterable[list[str]]) -> HashedSet:
        """From lists of strings (a chunk of lines at a time: each list is hashed in C and dropped)."""
        hashes = array("q")
        for chunk in chunks:
            hashes.extend(map(hash, chunk))
        return cls(_sorted_array(hashes))

    def __contains__(self, s: object) -> bool:
        h = hash(s)
        a = self._hashes
        i = bisect_left(a, h)
        if i < len(a) and a[i] == h:
            return True
        return s in self._extra if self._extra else False

    def __len__(self) -> int:
        return len(self._hashes) + len(self._extra)

    def __or__(self, other: Iterable[str]) -> HashedSet:
        return HashedSet(self._hashes, self._extra | frozenset(s for s in other if s not in self))

    def nbytes(self) -> int:
        return self._hashes.itemsize * len(self._hashes)


class HashedMap:
    """A fixed mapping string -> one of a few hundred values, kept as sorted ints: the string's hash
    with its low 16 bits replaced by the value's index (48 hash bits: a false hit once in ~10¹⁰
    lookups of a 30,000-entry map).  ``keys() & some_set`` (the spelling pass's one call per
    document) is done in C passes: a 512 KB byte map of the hashes' low bits rejects ~95% of the
    document's pairs before any binary search."""

    _FILTER_BITS = 19

    __slots__ = ("_filter", "_keys", "_values")

    def __init__(self, key_chunks: Iterable[list[str]], value_chunks: Callable[[], Iterable[list[str]]]):
        """Keys and their values, as parallel chunks of lines; ``value_chunks`` is read twice (distinct
        values first), so no list of all the values is ever made."""
        distinct: set[str] = set()
        for chunk in value_chunks():
            distinct.update(chunk)
        if len(distinct) > 0x10000:
            raise ValueError("a HashedMap holds at most 65,536 distinct values")
        self._values = sorted(distinct)
        index = {v: i for i, v in enumerate(self._values)}
        ids = array("q")
        for chunk in value_chunks():
            ids.extend(map(index.__getitem__, chunk))
        hashes = array("q")
        for chunk in key_chunks:
            hashes.extend(map(hash, chunk))
        if len(hashes) != len(ids):
            raise ValueError("keys and values differ in number")
        mask = (1 << self._FILTER_BITS) - 1
        filt = bytearray(mask + 1)
        for i in map(mask.__and__, hashes):
            filt[i] = 1
        self._filter = bytes(filt)
        self._keys = _sorted_array(map(or_, map(and_, hashes, repeat(~0xFFFF)), ids))

    def _find(self, key: object) -> int:
        h = hash(key) >> 16 << 16
        a = self._keys
        i = bisect_left(a, h)
        if i < len(a) and a[i] >> 16 << 16 == h:
            return a[i] & 0xFFFF
        return -1

    def get(self, key: object, default: str | None = None) -> str | None:
        v = self._find(key)
        return self._values[v] if v >= 0 else default

    def __getitem__(self, key: object) -> str:
        v = self._find(key)
        if v < 0:
            raise KeyError(key)
        return self._values[v]

    def __contains__(self, key: object) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self) -> HashedMap:
        return self  # ``strings & lex.nearmiss.keys()`` keeps working

    def __and__(self, other: Iterable[str]) -> set[str]:
        """The strings of ``other`` that are keys."""
        strings = list(other)
        mask = (1 << self._FILTER_BITS) - 1
        maybe = compress(strings, map(self._filter.__getitem__, map(mask.__and__, map(hash, strings))))
        return {s for s in maybe if self._find(s) >= 0}

    __rand__ = __and__

    def nbytes(self) -> int:
        return self._keys.itemsize * len(self._keys) + len(self._filter)


# Tables of the shipped file a Lexicon reads on first use (see Lexicon.__getattr__).
_LAZY = frozenset(["syllables", "words", "terms", "nearmiss", "_order_line", "_weights_line"])


class Lexicon:
    """Syllables, words, terms and near-miss pairs.  The base lexicon parses each table of
    ``lexicon.txt`` the first time it is read: a document with no words never loads the 65,000 words,
    an empty one only what its rules ask for."""

    def __init__(self, syllables: frozenset[str] | None = None, words: HashedSet | frozenset[str] | None = None,
                 terms: frozenset[str] | None = None, weights_line: str | None = None,
                 order_line: str | None = None, ignore: frozenset[str] = frozenset(),
                 nearmiss: HashedMap | dict[str, str] | None = None, source: LexiconFile | None = None):
        self._source = source
        tables = {"syllables": syllables, "words": words, "terms": terms, "nearmiss": nearmiss,
                  "_order_line": order_line, "_weights_line": weights_line}
        empty: dict[str, object] = {"syllables": frozenset(), "words": frozenset(), "terms": frozenset(),
                                    "nearmiss": {}, "_order_line": "", "_weights_line": ""}
        for name, value in tables.items():
            if value is not None:
                setattr(self, name, value)
            elif source is None:
                setattr(self, name, empty[name])
        self.ignore = ignore  # lower-cased tokens/phrases the user never wants flagged
        # syllables: frozenset; words: multi-syllable words, space-joined (membership only); terms: the
        # administrative vocabulary; nearmiss: one-slip variants of two-syllable terms ("đối mới" -> "đổi mới")
        self.syllables: frozenset[str]
        self.words: HashedSet | frozenset[str]
        self.terms: frozenset[str]
        self.nearmiss: HashedMap | dict[str, str]

    def __getattr__(self, name: str):
        # called only for an attribute not set yet: a table of the shipped file, parsed now, kept as a
        # plain attribute (no cost on later reads)
        source = self.__dict__.get("_source")
        if name in _LAZY and source is not None:
            value = getattr(source, name.lstrip("_"))
            setattr(self, name, value)
            return value
        raise AttributeError(name)

    # ---- membership ------------------------------------------------------------------------
    def canon(self, syllable: str) -> str:
        """Lower-case syllable with the traditional tone placement (hoà -> hòa)."""
        s = syllable.lower()
        hit = _NEW_TO_OLD.get(s)
        return hit if hit is not None else s

    def is_syllable(self, syllable: str) -> bool:
        s = syllable.lower()
        return s in self.syllables or _NEW_TO_OLD.get(s, "") in self.syllables

    def is_word(self, *syllables: str) -> bool:
        """True when the syllables form a known word (any length ≥ 1)."""
        if len(syllables) == 1:
            return self.is_syllable(syllables[0])
        return " ".join(self.canon(s) for s in syllables) in self.words

    def is_term(self, *syllables: str) -> bool:
        return " ".join(self.canon(s) for s in syllables) in self.terms

    def ignored(self, text: str) -> bool:
        return text.lower() in self.ignore

    # ---- ranking data (lazy) -----------------------------------------------------------------
    @cached_property
    def weight(self) -> dict[str, int]:
        """How many dictionary entries contain a syllable: a cheap frequency proxy."""
        order = self._order_line.split()
        weights = [int(x) for x in self._weights_line.split()]
        out = dict(zip(order, weights))
        for s in self.syllables:
            out.setdefault(s, 1)
        return out

    @cached_property
    def by_skeleton(self) -> dict[str, list[str]]:
        """Syllables grouped by their diacritic-less form: "dao" -> [đạo, đào, dao, …]."""
        out: dict[str, list[str]] = {}
        for s in self.syllables:
            out.setdefault(skeleton(s), []).append(s)
        return out

    @cached_property
    def terms_by_skeleton(self) -> dict[str, list[str]]:
        """Administrative terms grouped by diacritic-less form: "ket luan" -> ["kết luận"]."""
        out: dict[str, list[str]] = {}
        for t in self.terms:
            out.setdefault(skeleton(t), []).append(t)
        return out

    @cached_property
    def compounds(self) -> frozenset[str]:
        """Two-syllable administrative terms (targets for near-miss compounds)."""
        return frozenset(t for t in self.terms if t.count(" ") == 1)

    @cached_property
    def reversed_compounds(self) -> dict[str, str]:
        """"trồng cây" -> "cây trồng": the pair a doubled compound ("cây trồng cây trồng") leaves."""
        out = {}
        for t in self.compounds:
            a, b = t.split(" ")
            if a != b:
                out[f"{b} {a}"] = t
        return out

    @cached_property
    def terms_first(self) -> dict[str, set[str]]:
        """First syllable of each two-syllable term -> second syllables."""
        out: dict[str, set[str]] = {}
        for t in self.compounds:
            a, b = t.split(" ")
            out.setdefault(a, set()).add(b)
        return out

    @cached_property
    def terms_second(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for t in self.compounds:
            a, b = t.split(" ")
            out.setdefault(b, set()).add(a)
        return out

    def with_user_words(self, extra: Iterable[str], ignore: Iterable[str]) -> Lexicon:
        syl = set()
        words = set()
        for w in extra:
            w = unicodedata.normalize("NFC", w.strip()).lower().replace("-", " ")
            parts = w.split()
            syl.update(self.canon(p) for p in parts)
            if len(parts) > 1:
                words.add(" ".join(self.canon(p) for p in parts))
        ign = frozenset(unicodedata.normalize("NFC", w.strip()).lower() for w in ignore if w.strip())
        lex = Lexicon(self.syllables | syl, self.words | words, self.terms, self._weights_line,
                      self._order_line, self.ignore | ign, self.nearmiss)
        return lex


def _new_to_old() -> dict[str, str]:
    """New-style open oa/oe/uy syllables -> traditional style, for every onset and tone."""
    out = {}
    from .orthography import ONSETS

    for onset in ONSETS:
        for rhyme in ("oa", "oe", "uy"):
            for tone in range(1, 6):
                new = compose(onset, rhyme, tone, new_style=True)
                if open_glide_style(new) == "new" and parse(new):
                    out[new] = compose(onset, rhyme, tone, new_style=False)
    return out


_NEW_TO_OLD = _new_to_old()


def _chunks(data: bytes, start: int, end: int, chunk: int = 1 << 16) -> Iterator[list[str]]:
    """The non-empty lines of ``data[start:end]``, decoded ~64 KB at a time: never a list of all."""
    while start < end:
        stop = data.find(b"\n", min(start + chunk, end))
        if stop < 0 or stop > end:
            stop = end
        yield list(filter(None, data[start:stop].decode("utf-8").split("\n")))
        start = stop + 1


class LexiconFile:
    """The ``lexicon.txt`` format (the one place that reads it; tools/build_lexicon.py writes it), each
    section parsed on first use.  ``open_data`` gives the file's bytes for one parse (memory-mapped when
    it is a real file: 1.7 MB a parse that never lands on the heap)."""

    def __init__(self, open_data: Callable[[], AbstractContextManager[bytes]]):
        self._open = open_data

    @cached_property
    def _marks(self) -> dict[str, int]:
        with self._open() as data:
            def at(mark: bytes, start: int = 0) -> int:
                i = data.find(mark, start)
                if i < 0:
                    raise ValueError(f"not a tdnlint lexicon: no {mark!r}")
                return i

            head = at(b"\n@syllables\n") + len(b"\n@syllables\n")
            order_end = at(b"\n", head)
            weights_end = at(b"\n", order_end + 1)
            words = at(b"@words\n", weights_end) + len(b"@words\n")
            terms = at(b"@terms\n", words)
            nearmiss = at(b"@nearmiss\n", terms)
            return {"head": head, "order_end": order_end, "weights_end": weights_end, "words": words,
                    "terms": terms, "nearmiss": nearmiss,
                    "targets": data.find(b"\n@nearmiss-targets\n", nearmiss), "size": len(data)}

    @cached_property
    def order_line(self) -> str:
        m = self._marks
        with self._open() as data:
            return data[m["head"]:m["order_end"]].decode("utf-8")

    @cached_property
    def weights_line(self) -> str:
        m = self._marks
        with self._open() as data:
            return data[m["order_end"] + 1:m["weights_end"]].decode("ascii")

    @cached_property
    def syllables(self) -> frozenset[str]:
        return frozenset(self.order_line.split(" "))

    @cached_property
    def words(self) -> HashedSet:
        m = self._marks
        with self._open() as data:
            return HashedSet.of(_chunks(data, m["words"], m["terms"]))

    @cached_property
    def terms(self) -> frozenset[str]:
        m = self._marks
        with self._open() as data:
            return frozenset(t for chunk in _chunks(data, m["terms"] + len(b"@terms\n"), m["nearmiss"])
                             for t in chunk)

    @cached_property
    def nearmiss(self) -> HashedMap | dict[str, str]:
        m = self._marks
        if m["targets"] < 0:
            return {}
        with self._open() as data:
            keys = _chunks(data, m["nearmiss"] + len(b"@nearmiss\n"), m["targets"])
            return HashedMap(keys, lambda: _chunks(data, m["targets"] + len(b"\n@nearmiss-targets\n"), m["size"]))


@contextmanager
def _shipped_data() -> Iterator[bytes]:
    resource = resources.files("tdnlint").joinpath("data/lexicon.txt")
    try:
        fh = open(resource, "rb")  # noqa: SIM115 - closed by the with below
    except (TypeError, OSError):  # not a plain file (a zip import): read it
        yield resource.read_bytes()
        return
    with fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        yield data  # type: ignore[misc]


def parse_lexicon(data: bytes) -> Lexicon:
    """A lexicon from the bytes of a ``lexicon.txt`` (tests, tools)."""
    return Lexicon(source=LexiconFile(lambda: nullcontext(data)))


@lru_cache(maxsize=1)
def base_lexicon() -> Lexicon:
    """The shipped lexicon (shared by every document of the process; tables parsed on first use)."""
    return Lexicon(source=LexiconFile(_shipped_data))


@lru_cache(maxsize=32)
def _derived(extra: tuple[str, ...], ignore: tuple[str, ...]) -> Lexicon:
    return base_lexicon().with_user_words(extra, ignore)


def load_lexicon(extra_words: Iterable[str] = (), ignore_words: Iterable[str] = ()) -> Lexicon:
    """The lexicon for one configuration: shipped lists + the user's ``extra_words``."""
    extra, ignore = tuple(extra_words or ()), tuple(ignore_words or ())
    if not extra and not ignore:
        return base_lexicon()
    return _derived(extra, ignore)
