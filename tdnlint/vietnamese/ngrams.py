"""Syllable n-gram counts of Vietnamese official text (``tdnlint/data/ngrams.bin``).

Built by ``tools/build_ngrams.py`` from the training split of a corpus of issued legal texts (the
header records the archive's SHA-256 and the build parameters; sources in NOTICE).  Loaded once per
process, on first use (``tdnlint --version`` and ``tdnlint rules`` never load it)::

    from tdnlint.vietnamese.ngrams import load_ngrams

    ng = load_ngrams()
    ng.count("chủ", "tịch")        # bigram count (any case, either tone style)
    ng.count("phó", "chủ", "tịch") # trigram count (pruned: rare trigrams count 0)
    ng.count("tịch")               # unigram count
    ng.count("<s>", "căn")         # "<s>" = a clause boundary (line break or punctuation)

Words are normalised like the build normalised the corpus: lower case, the traditional tone style
(hoà -> hòa); a token with a digit is ``<num>``; a non-syllable or rare syllable is ``<unk>``.
Trigram counts are capped at 65,535.  Lookups on ids (:meth:`NGrams.ids_of`,
:meth:`NGrams.bigram_id`, :meth:`NGrams.trigram_id`) avoid re-normalising in hot loops.

Memory: the tables stay packed in :class:`array.array` (about 8 bytes per bigram, 8 per trigram);
a lookup is a binary search in C.
"""

from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources
from itertools import repeat
from operator import lshift, or_

from .lexicon import _NEW_TO_OLD

MAGIC = b"tdnlint-ngrams 1"
BOS, UNK, NUM = 0, 1, 2


def _unplane(planes: bytes, typecode: str, lanes: range | None = None, planes_count: int = 0,
             step: int = 1 << 15) -> array:
    """Undo the byte-plane layout of the build (all low bytes first ...) with C slice copies, a slice
    of ``step`` entries at a time (a full-size scratch buffer would double the load's peak memory).
    ``lanes``: which of the ``planes_count`` byte planes make the values (default: all of them)."""
    width = array(typecode).itemsize
    lanes = lanes if lanes is not None else range(width)
    n = len(planes) // (planes_count or width)
    if len(lanes) != width:
        raise ValueError("lanes do not fit the type")
    out = array(typecode, [0]) * n
    dest = memoryview(out).cast("B")
    src = memoryview(planes)
    for start in range(0, n, step):
        end = min(n, start + step)
        buf = bytearray((end - start) * width)
        for i, lane in enumerate(lanes):
            buf[i::width] = src[lane * n + start:lane * n + end]
        dest[start * width:end * width] = buf
    return out


class NGrams:
    def __init__(self, data: bytes):
        at = data.find(b"\n@data\n")
        head = data[:at] if at >= 0 else b""
        if not head.startswith(MAGIC + b"\n"):
            raise ValueError("not a tdnlint n-gram table (bad magic)")
        self.header: dict[str, str] = dict(
            line.split("=", 1) for line in head.decode("ascii").split("\n")[1:] if "=" in line)
        sizes = [int(x) for x in self.header["blocks"].split(",")]
        if len(sizes) != 8:
            raise ValueError("not a tdnlint n-gram table (expected 8 blocks)")
        offsets = [0]
        for size in sizes:
            offsets.append(offsets[-1] + size)
        view = memoryview(data)[at + len(b"\n@data\n"):]  # no copy of the 1.3 MB body

        def block(k: int) -> bytes:
            # one block decompressed at a time: the load's peak is one table plus one block
            return zlib.decompress(view[offsets[k]:offsets[k + 1]])

        self.vocab: list[str] = block(0).decode("utf-8").split("\n")
        self.ids: dict[str, int] = dict(zip(self.vocab, range(len(self.vocab))))
        for new, old in _NEW_TO_OLD.items():  # both tone styles share one id
            hit = self.ids.get(old)
            if hit is not None:
                self.ids[new] = hit
        self.unigrams = array("I")
        self.unigrams.frombytes(block(1))
        self.bigram_keys = _unplane(block(2), "I")
        # bigram counts: the low 16 bits (planes 0-1) in an array, the few counts above 65,535 (13 in the
        # shipped table) whole in a dict: 2 bytes a bigram instead of 4
        planes = block(3)
        n = len(planes) // 4
        self._bigram_low = _unplane(planes, "H", range(0, 2), 4)
        big = {m.start() % n for m in re.finditer(rb"[^\x00]", planes[2 * n:])}  # a high byte is set
        self._bigram_big = {i: self._bigram_low[i] | planes[2 * n + i] << 16 | planes[3 * n + i] << 24 for i in big}
        del planes
        # trigram keys (a << 32 | b << 16 | c, sorted) kept as two arrays: the bigram prefix a << 16 | b
        # (byte planes 2-5) and c (planes 0-1); planes 6-7 are zero.  6 bytes a trigram instead of 8.
        planes = block(4)
        n = len(planes) // 8
        if planes.count(0, 6 * n) != 2 * n:
            raise ValueError("n-gram table: word ids above 65,535")
        self.trigram_ab = _unplane(planes, "I", range(2, 6), 8)
        self.trigram_c = _unplane(planes, "H", range(0, 2), 8)
        del planes
        self.trigram_counts = _unplane(block(5), "H")
        # bigrams seen at least ``common_min`` times, a << 16 | b, sorted; and the same as b << 16 | a
        self.common_keys = _unplane(block(6), "I")
        self.common_transposed = _unplane(block(7), "I")
        self.common_min = int(self.header.get("common_min", "0"))
        self.tokens = int(self.header.get("tokens", "0")) or sum(self.unigrams)
        self.min_bigram = int(self.header.get("min_bigram", "1"))
        self.min_trigram = int(self.header.get("min_trigram", "1"))

    # ---- ids ---------------------------------------------------------------------------------
    def id(self, word: str) -> int:
        """Id of one token (any case, either tone style); ``<s>``/``<unk>``/``<num>`` are ids too."""
        hit = self.ids.get(word)
        if hit is None:
            low = word.lower()
            hit = self.ids.get(low)
            if hit is None:
                return NUM if any(c.isdigit() for c in word) else UNK
        return hit

    def ids_of(self, words) -> list[int]:
        return [self.id(w) for w in words]

    # ---- counts ------------------------------------------------------------------------------
    def unigram_id(self, a: int) -> int:
        return self.unigrams[a]

    def bigram_id(self, a: int, b: int) -> int:
        key = a << 16 | b
        keys = self.bigram_keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            big = self._bigram_big
            return big.get(i, self._bigram_low[i]) if big else self._bigram_low[i]
        return 0

    @property
    def bigram_counts(self) -> array:
        """Every bigram's count, in key order (built on request: tools and tests)."""
        out = array("I", self._bigram_low)
        for i, c in self._bigram_big.items():
            out[i] = c
        return out

    def trigram_id(self, a: int, b: int, c: int) -> int:
        ab = a << 16 | b
        prefixes = self.trigram_ab
        lo = bisect_left(prefixes, ab)
        if lo == len(prefixes) or prefixes[lo] != ab:
            return 0
        hi = bisect_right(prefixes, ab, lo)
        third = self.trigram_c
        i = bisect_left(third, c, lo, hi)  # sorted by c within one prefix
        return self.trigram_counts[i] if i < hi and third[i] == c else 0

    @property
    def trigram_keys(self) -> array:
        """The full sorted keys a << 32 | b << 16 | c (built on request: tools and tests)."""
        return array("Q", map(or_, map(lshift, self.trigram_ab, repeat(16)), self.trigram_c))

    def count(self, *words: str) -> int:
        """Count of a 1-, 2- or 3-syllable sequence in the training text (0 if unseen, pruned, or a
        word outside the vocabulary; ask for "<unk>" explicitly to count unknown words)."""
        ids = [self.id(w) for w in words]
        if UNK in ids and "<unk>" not in words:
            return 0  # a word the table does not know
        if len(ids) == 1:
            return self.unigrams[ids[0]]
        if len(ids) == 2:
            return self.bigram_id(*ids)
        if len(ids) == 3:
            return self.trigram_id(*ids)
        raise ValueError("n-grams of 1 to 3 words only")

    def memory_bytes(self) -> int:
        """Approximate resident size of the packed tables (the vocabulary dict not included)."""
        return sum(a.itemsize * len(a) for a in (self.unigrams, self.bigram_keys, self._bigram_low,
                                                  self.trigram_ab, self.trigram_c, self.trigram_counts, self.common_keys,
                                                  self.common_transposed))


def read_ngrams(path) -> NGrams:
    with open(path, "rb") as fh:
        return NGrams(fh.read())


@lru_cache(maxsize=1)
def load_ngrams() -> NGrams:
    """The shipped table, loaded once per process."""
    return NGrams(resources.files("tdnlint").joinpath("data/ngrams.bin").read_bytes())
