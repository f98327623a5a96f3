"""The shipped Vietnamese lexicon: attested syllables, words, administrative terms.

Loaded lazily from ``tdnlint/data/lexicon.txt`` (built by tools/build_lexicon.py)
the first time a rule asks for ``ctx.lexicon``; ``tdnlint --version`` never
imports this module.  The base lexicon is read once per process and shared by
every document; user ``extra_words`` / ``ignore_words`` make a cheap derived
copy (cached per distinct configuration).

All keys are lower case with tone marks in the traditional style for open
oa/oe/uy syllables (hòa, thủy); :meth:`Lexicon.canon` maps the new style
(hoà, thuỷ) onto it so both styles are known.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cached_property, lru_cache
from importlib import resources

from .orthography import compose, open_glide_style, parse, skeleton


class Lexicon:
    def __init__(self, syllables: frozenset[str], words: frozenset[str], terms: frozenset[str],
                 weights_line: str = "", order_line: str = "", ignore: frozenset[str] = frozenset(),
                 nearmiss_text: str = ""):
        self.syllables = syllables
        self.words = words  # multi-syllable words, space-joined
        self.terms = terms  # administrative vocabulary: targets of near-miss checks
        self.ignore = ignore  # lower-cased tokens/phrases the user never wants flagged
        self._weights_line = weights_line
        self._order_line = order_line
        self._nearmiss_text = nearmiss_text

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
    def nearmiss(self) -> dict[str, str]:
        """One-slip variants of administrative two-syllable words: "đối mới" -> "đổi mới"."""
        keys, _, targets = self._nearmiss_text.partition("\n@nearmiss-targets\n")
        return dict(zip(keys.split("\n"), targets.rstrip("\n").split("\n"))) if keys else {}

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
                      self._order_line, self.ignore | ign, self._nearmiss_text)
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


@lru_cache(maxsize=1)
def base_lexicon() -> Lexicon:
    text = resources.files("tdnlint").joinpath("data/lexicon.txt").read_text(encoding="utf-8")
    _head, _, rest = text.partition("\n@syllables\n")
    order_line, weights_line, rest = rest.split("\n", 2)
    words_part, _, rest = rest.partition("@terms\n")
    terms_part, _, nearmiss_part = rest.partition("@nearmiss\n")
    words_part = words_part.removeprefix("@words\n")
    syllables = frozenset(order_line.split(" "))
    words = frozenset(words_part.split("\n"))
    terms = frozenset(t for t in terms_part.split("\n") if t)
    return Lexicon(syllables, words, terms, weights_line, order_line, nearmiss_text=nearmiss_part)


@lru_cache(maxsize=32)
def _derived(extra: tuple[str, ...], ignore: tuple[str, ...]) -> Lexicon:
    return base_lexicon().with_user_words(extra, ignore)


def load_lexicon(extra_words: Iterable[str] = (), ignore_words: Iterable[str] = ()) -> Lexicon:
    """The lexicon for one configuration: shipped lists + the user's ``extra_words``."""
    extra, ignore = tuple(extra_words or ()), tuple(ignore_words or ())
    if not extra and not ignore:
        return base_lexicon()
    return _derived(extra, ignore)
