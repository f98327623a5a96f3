"""Build tdnlint/data/ngrams.bin: syllable unigram, bigram and trigram counts of official text.

Input: ../shared/corpus/legal-text.tar.xz, **training split only** (tools/corpus.py holds out ~10 %
of the documents by name hash for measurement).  Read in place with ``tarfile``.

Normalisation (the loader applies the same one at run time, see tdnlint/vietnamese/ngrams.py):

* NFC, lower case, tone marks of open oa/oe/uy syllables in the traditional style (hoà -> hòa);
* a line break or any punctuation ends a clause: n-grams never cross it, and the clause edges are
  the boundary symbol ``<s>`` (so "<s> căn" = a clause starting with "căn");
* a token that is a Vietnamese syllable (orthography.parse) is itself; a token with a digit is
  ``<num>``; anything else (acronyms, foreign words) is ``<unk>``.

Corpus typos: a bigram one slip away from a bigram ``--clean-ratio`` (200) times more frequent is
dropped ("sử đụng" 55 times next to "sử dụng" 24,000 times): the corpus is real text with real typos,
and a typo the model has seen would otherwise look attested.

Pruning: syllables seen fewer than ``--min-unigram`` times become ``<unk>``; bigrams below
``--min-bigram`` and trigrams below ``--min-trigram`` are dropped.  Trigram counts above 65,535 are capped.

Format (all integers little-endian; the loader checks the magic and the version)::

    tdnlint-ngrams 1\\n
    key=value lines (archive sha256, parameters, sizes)\\n
    @data\\n
    zlib( vocab as \\n-joined UTF-8 )                       -- id = line number; 0 <s>, 1 <unk>, 2 <num>
    zlib( unigram counts, uint32 )
    zlib( bigram keys, uint32 = a << 16 | b, sorted, stored as 4 byte planes )
    zlib( bigram counts, uint32, 4 byte planes )
    zlib( trigram keys, uint64 = a << 32 | b << 16 | c, sorted, 8 byte planes ), zlib( counts, 2 planes )
    zlib( common bigram keys (count >= common_min), uint32, 4 planes ), zlib( the same transposed, b << 16 | a )

The sizes of the compressed blocks are in the header (``blocks=``).  Byte planes (all low bytes,
then all second bytes, ...) make sorted keys compress well and are interleaved back with slice
assignment in C, so loading needs no per-entry Python loop.

    python tools/build_ngrams.py                      # writes tdnlint/data/ngrams.bin
    python tools/build_ngrams.py --archive x.tar.xz --out /tmp/n.bin --split all
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import tarfile
import time
import unicodedata
import zlib
from array import array
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from corpus import ARCHIVE, archive_sha256, is_heldout  # noqa: E402

from tdnlint.vietnamese.lexicon import _NEW_TO_OLD  # noqa: E402
from tdnlint.vietnamese.orthography import parse  # noqa: E402
from tdnlint.vietnamese.realword import slips  # noqa: E402

OUT = ROOT / "tdnlint" / "data" / "ngrams.bin"
MAGIC = "tdnlint-ngrams 1"
BOS, UNK, NUM = 0, 1, 2
SPECIAL = ("<s>", "<unk>", "<num>")
_CLAUSE = re.compile(r"[^\w\s]+|\n|_")  # punctuation, line breaks (and word-segmentation underscores)
_MAXC = 65535


def clauses(text: str):
    """Lower-cased NFC clauses of ``text``, each a list of word tokens."""
    text = unicodedata.normalize("NFC", text).lower()
    for clause in _CLAUSE.split(text):
        words = clause.split()
        if words:
            yield words


def normalise(word: str) -> str | None:
    """The counted form of a lower-cased token: a syllable in traditional tone style, or None."""
    w = _NEW_TO_OLD.get(word, word)
    return w if parse(w) is not None else None


def iter_texts(archive: Path, split: str):
    with tarfile.open(archive, "r:xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            name = member.name.removeprefix("./")
            held = is_heldout(name)
            if (split == "train" and held) or (split == "heldout" and not held):
                continue
            fh = tar.extractfile(member)
            if fh is not None:
                yield name, fh.read().decode("utf-8", "replace")


def _planes(raw: bytes, width: int) -> bytes:
    return b"".join(raw[i::width] for i in range(width))


def build(archive: Path, out: Path, split: str = "train", min_unigram: int = 2, min_bigram: int = 1,
          min_trigram: int = 3, clean_ratio: int = 200, common_min: int = 20, sha: str | None = None, quiet: bool = False) -> dict[str, int]:
    t0 = time.time()
    forms: Counter[str] = Counter()
    docs = 0
    cache: dict[str, str | None] = {}
    sentences: list[list[str]] = []
    for _name, text in iter_texts(archive, split):
        docs += 1
        for words in clauses(text):
            toks = []
            for w in words:
                v = cache.get(w, "")
                if v == "":
                    v = cache[w] = normalise(w) if not any(c.isdigit() for c in w) else "<num>"
                toks.append(v)
            sentences.append(toks)
            forms.update(t for t in toks if t is not None)
    del cache
    vocab = list(SPECIAL) + sorted((w for w, c in forms.items() if c >= min_unigram and w not in SPECIAL),
                                   key=lambda w: (-forms[w], w))
    if len(vocab) >= 1 << 16:
        raise SystemExit(f"vocabulary of {len(vocab)} syllables does not fit 16 bits: raise --min-unigram")
    ids = {w: i for i, w in enumerate(vocab)}
    uni = [0] * len(vocab)
    bi: Counter[int] = Counter()
    tri: Counter[int] = Counter()
    tokens = 0
    for toks in sentences:
        seq = [BOS] + [ids.get(t, UNK) if t is not None else UNK for t in toks] + [BOS]
        tokens += len(seq) - 2
        for i in seq[1:-1]:
            uni[i] += 1
        pairs = [a << 16 | b for a, b in itertools.pairwise(seq)]
        bi.update(pairs)
        tri.update(p << 16 | c for p, c in zip(pairs, seq[2:]))
    uni[BOS] = len(sentences)  # one opening boundary per clause
    del sentences
    typos = _corpus_typos(bi, vocab, ids, clean_ratio) if clean_ratio else set()
    bkeys = sorted(k for k, c in bi.items() if c >= min_bigram and k not in typos)
    tkeys = sorted(k for k, c in tri.items() if c >= min_trigram
                   and (k >> 16) not in typos and (k & 0xFFFFFFFF) not in typos)
    stats = {"docs": docs, "tokens": tokens, "vocab": len(vocab), "bigrams": len(bkeys), "trigrams": len(tkeys),
             "bigrams_seen": len(bi), "trigrams_seen": len(tri), "bigrams_cleaned": len(typos)}
    blocks = [
        "\n".join(vocab).encode("utf-8"),
        array("I", [min(c, 0xFFFFFFFF) for c in uni]).tobytes(),
        _planes(array("I", bkeys).tobytes(), 4),
        _planes(array("I", [min(bi[k], 0xFFFFFFFF) for k in bkeys]).tobytes(), 4),
        _planes(array("Q", tkeys).tobytes(), 8),
        _planes(array("H", [min(tri[k], _MAXC) for k in tkeys]).tobytes(), 2),
        # the common bigrams (count >= common_min) twice: as keys, and transposed (b << 16 | a), so
        # the loader gets "what commonly follows / precedes a word" without a Python loop
        _planes(array("I", [k for k in bkeys if bi[k] >= common_min]).tobytes(), 4),
        _planes(array("I", sorted((k & 0xFFFF) << 16 | k >> 16 for k in bkeys if bi[k] >= common_min)).tobytes(), 4),
    ]
    if sys.byteorder != "little":
        raise SystemExit("build on a little-endian machine")
    packed = [zlib.compress(b, 9) for b in blocks]
    header = [MAGIC, f"archive_sha256={sha or archive_sha256(archive)}", f"split={split}",
              f"min_unigram={min_unigram}", f"min_bigram={min_bigram}", f"min_trigram={min_trigram}", f"clean_ratio={clean_ratio}", f"common_min={common_min}",
              "normalisation=NFC lower traditional-tone-style clause-boundaries <s> <unk> <num>"]
    header += [f"{k}={v}" for k, v in stats.items()]
    header.append("blocks=" + ",".join(str(len(p)) for p in packed))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        fh.write(("\n".join(header) + "\n@data\n").encode("ascii"))
        for p in packed:
            fh.write(p)
    tmp.replace(out)
    if not quiet:
        size = out.stat().st_size
        print(f"{out}: {size / 1e6:.2f} MB; " + ", ".join(f"{k} {v:,}" for k, v in stats.items())
              + f"; {time.time() - t0:.0f} s")
    return stats


def _corpus_typos(bi: Counter[int], vocab: list[str], ids: dict[str, int], ratio: int) -> set[int]:
    """Bigrams that are typos *of the corpus* ("sử đụng" next to "sử dụng"): one syllable is one slip
    (tone, mark, d/đ, one letter) from a variant whose bigram is ``ratio`` times more frequent.
    Keeping them would teach the model that the typo is attested."""
    variants = [[ids[v] for v in slips(w) if v in ids] if i > NUM else [] for i, w in enumerate(vocab)]
    out = set()
    for key, n in bi.items():
        a, b = key >> 16, key & 0xFFFF
        limit = ratio * n
        if any(bi.get(a << 16 | v, 0) >= limit for v in variants[b]) or \
                any(bi.get(v << 16 | b, 0) >= limit for v in variants[a]):
            out.add(key)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--split", default="train", choices=("train", "all", "heldout"))
    ap.add_argument("--min-unigram", type=int, default=2)
    ap.add_argument("--min-bigram", type=int, default=1)
    ap.add_argument("--min-trigram", type=int, default=3)
    ap.add_argument("--clean-ratio", type=int, default=200,
                    help="drop a bigram one slip away from one this many times more frequent (0: keep all)")
    a = ap.parse_args(argv)
    if not a.archive.exists():
        raise SystemExit(f"{a.archive}: corpus archive not found")
    build(a.archive, a.out, a.split, a.min_unigram, a.min_bigram, a.min_trigram, a.clean_ratio)


if __name__ == "__main__":
    main()
