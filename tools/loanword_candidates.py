"""Print candidates for tools/wordlists/loanwords.txt: Vietnamised loanwords the corpus writes as one word.

    python tools/loanword_candidates.py [--min-uses 5] [--min-docs 3]

Reads the *training* split of ../shared/corpus/legal-text.tar.xz (tools/corpus.py).  A candidate is a token
with a Vietnamese letter that is not one syllable ("nitơ", "kilôgam"), used at least ``--min-uses`` times in
``--min-docs`` documents, that splits into attested syllables, and that the corpus writes joined more often
than split (the split's rarest bigram in data/ngrams.bin is below the joined count: "tổchức" is a glued
typo, "tổ chức" is common).  Columns: token, uses, documents, split, split count, and "near" when the token
is one slip from an attested syllable (a typo such as "quyét", never listed).  The list itself is reviewed by
hand: names and OCR noise are left out.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from corpus import iter_corpus  # noqa: E402

from tdnlint.vietnamese.lexicon import load_lexicon  # noqa: E402
from tdnlint.vietnamese.ngrams import load_ngrams  # noqa: E402
from tdnlint.vietnamese.orthography import LOWER_LETTERS, VN_SPECIFIC, parse, skeleton  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")


def splits(word: str, syllables, parts: int = 4) -> list[list[str]]:
    out: list[list[str]] = []

    def rec(rest: str, acc: list[str]) -> None:
        if not rest:
            if len(acc) > 1:
                out.append(acc)
            return
        if len(acc) < parts:
            for k in range(1, len(rest) + 1):
                if rest[:k] in syllables:
                    rec(rest[k:], [*acc, rest[:k]])

    rec(word, [])
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-uses", type=int, default=5)
    ap.add_argument("--min-docs", type=int, default=3)
    args = ap.parse_args(argv)
    lex = load_lexicon()
    syllables = lex.syllables
    ng = load_ngrams()
    uses: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    for _name, text in iter_corpus("train"):
        seen = set()
        for w in _WORD.findall(unicodedata.normalize("NFC", text).lower()):
            if len(w) >= 3 and w not in syllables and parse(w) is None and any(c in VN_SPECIFIC for c in w):
                uses[w] += 1
                seen.add(w)
        docs.update(seen)

    def near(w: str) -> bool:
        return bool(lex.by_skeleton.get(skeleton(w))) or any(
            w[:i] + c + w[i + 1:] in syllables for i in range(len(w)) for c in LOWER_LETTERS)

    for w, n in uses.most_common():
        if n < args.min_uses or docs[w] < args.min_docs:
            continue
        options = splits(w, syllables)
        if not options:
            continue
        best = max(options, key=lambda s: sum(ng.count(a, b) for a, b in pairwise(s)))
        split_count = min(ng.count(a, b) for a, b in pairwise(best))
        if split_count < n:
            print(f"{w}\t{n}\t{docs[w]}\t{' '.join(best)}\t{split_count}\t{'near' if near(w) else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
