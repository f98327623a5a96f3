"""Real-word errors: a real syllable in the wrong place ("thức hiện", "hồi nghị", "Phó Chủ tích").

A syllable is judged with its left and right neighbours against the n-gram counts of official text
(:mod:`tdnlint.vietnamese.ngrams`).  Two stages, so the cost stays near zero on correct text:

1. **Cheap filter** (per document, a few C-level passes): a position is a *suspect* only when
   neither of its two bigrams (left word + it, it + right word) is common in the corpus
   (count ≥ :data:`COMMON`).  In correct official text almost every syllable forms a common bigram
   with at least one neighbour, so suspects are rare.
2. **Scoring** (suspects only): candidates one slip away (tone, vowel mark, d/đ, one letter
   substituted, inserted, dropped or two swapped) are scored with a smoothed bigram model in both
   directions, log P(c | left) + log P(right | c), plus a trigram term when the corpus has one.
   A candidate is reported when it beats the written form by a wide margin *and* the written form
   is rare in that context (the attested check is what protects correct phrases).

Thresholds were calibrated on held-out corpus text with injected typos (tools/spelling_recall.py
--corpus; docs/spelling.md has the figures).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress, count, groupby, islice, repeat
from operator import lshift, not_, or_

from .ngrams import BOS, NUM, UNK, NGrams, load_ngrams
from .orthography import LOWER_LETTERS, build, is_new_style, parse, strip_tone, tone_of

#: a bigram seen at least this often in the corpus protects both of its syllables
COMMON = 20
#: bigram keys are made this many at a time in RealWordModel.suspects (a list of all: 40 bytes a word)
_KEY_SLICE = 1 << 15
#: rare bigrams remembered by RealWordModel.suspects before the memo is emptied (~70 bytes each)
_RARE_MEMO = 100_000
#: smoothing strength (Dirichlet prior towards the unigram distribution)
MU = 20.0
#: candidates rarer than this in the corpus are never suggested
MIN_CANDIDATE = 30
#: log-odds a candidate must win by (natural log) ...
MARGIN = 7.0
#: ... and by how much more for a one-letter slip than for a diacritic slip
LETTER_PENALTY = 2.0
#: the written form is "rare in context" when its two bigrams together are below this share of the candidate's
RARE_SHARE = 0.05
#: "common with a neighbour" for the final evidence test (see RealWordModel.judge)
BOTH_SIDES = 10
#: safe (automatic) fix only when the margin is overwhelming
SAFE_MARGIN = 14.0
#: a diacritic correction that forms no dictionary word needs this many corpus pairs on each side
BOTH_SIDES_NO_WORD = 100
#: the relaxed guard (RealWordModel.keep): the margin a verdict needs without the strict evidence ...
GUARD_MARGIN = 12.0
#: ... for a diacritic slip whose correction the corpus knows next to both neighbouring words
TWO_SIDED_MARGIN = 10.0
#: ... and when the correction is not known on both sides (and forms no dictionary word)
GUARD_MARGIN_LETTER = 16.0
#: a diacritic slip with two-sided corpus evidence this wide is corrected even in an everyday word
OVERWHELMING_MARGIN = 18.0
#: without a dictionary word, the correction must occur this often next to each neighbour (or clause edge)
CORRECTION_BOTH_SIDES = 10
#: the margin (before the letter penalty) a letter slip of a word the codes under-represent needs
UNDER_REPRESENTED_LETTER = 15.0
#: a slip of an under-represented word needs the correction's pairs this much above chance on each side
MIN_LIFT = 0.1
#: a one-letter slip of a grammatical word needs the correction this common next to both neighbours
GRAMMATICAL_EVIDENCE = 1000
#: a written word this much more common (Zipf) in general Vietnamese than in the codes is under-represented
DOMAIN_SHIFT = 0.3
#: ... and is an everyday word when general Vietnamese uses it at least as often as the correction, less this
EVERYDAY_GAP = 0.5


@dataclass(slots=True)
class Verdict:
    best: str
    margin: float
    kind: str  # "diacritic" | "letter"
    written_left: int
    written_right: int
    best_left: int = 0
    best_right: int = 0
    both_sides: bool = False  # the candidate is common with both neighbouring words
    one_side: bool = False  # ... with at least one of them
    lift: float = 1e9  # the weaker lift of the candidate's pairs with the neighbouring words (see judge)
    final_lift: float = 1e9  # at the end of a clause: the lift of the candidate there (see judge)


class RealWordModel:
    """The n-gram model plus per-process caches (candidate sets, common-bigram set)."""

    def __init__(self, ng: NGrams):
        self.ng = ng
        self.ids = ng.ids
        self.vocab = ng.vocab
        self.uni = ng.unigrams
        self.n = max(1, ng.tokens)
        self.v = len(ng.vocab)
        # ids for the cheap pass: the NUL break of the spelling scan is a clause boundary
        self.pass_ids = dict(ng.ids)
        self.pass_ids["\x00"] = BOS
        if ng.common_min != COMMON:
            raise ValueError(f"n-gram table built with common_min={ng.common_min}, the model needs {COMMON}")
        self.common = frozenset(ng.common_keys)
        self._candidate_ids: dict[str, frozenset[int]] = {}
        self._verdicts: dict[tuple, Verdict | None] = {}
        self.syllables: frozenset[str] = frozenset()  # attested syllables (set by the checker)
        self._cands: dict[str, tuple[tuple[int, bool], ...]] = {}
        self._letters: LetterIndex | None = None  # built on the first candidates() call
        # suspects(): rare bigram key -> can a candidate of its right word (1) / of its left word (2) make it
        # common (bounded: _RARE_MEMO)
        self._rare: dict[int, int] = {}
        # words sharing the id of their other tone style ("hoà" -> "hòa"): their candidates differ
        self._variants = frozenset(w for w, i in ng.ids.items() if ng.vocab[i] != w)

    # ---- stage 1 -----------------------------------------------------------------------------
    def suspects(self, parts: list[str], words: set[str] | None = None) -> list[tuple[int, int, int]]:
        """Positions of ``parts`` (lower-cased words, "\\x00" = break) worth scoring, with the ids of
        their left and right neighbours: (index, left id, right id).

        A position is worth scoring when one of its two bigrams is not common and some candidate one
        slip away from the word would make that bigram common.  That test depends only on the bigram
        (its key ``left << 16 | right``; a word's candidates depend on its id, except for the other tone
        style of a word, tested apart), so it is made once per process for each rare bigram
        (:meth:`_rare_bigram`) and the per-position work is C-level ``map``/``compress`` over the keys.
        tests/spelling/test_ngrams.py checks the positions against a plain loop over every position."""
        get = self.pass_ids.get
        ids = [BOS, *map(get, parts, repeat(UNK)), BOS]
        unknown = []  # attested syllables the corpus lacks ("dăn", "hợi"): always worth a look
        syllables = self.syllables
        j = 0
        index = ids.index
        try:
            while True:  # the few words outside the corpus vocabulary, found by a C-level search
                j = index(UNK, j + 1)
                word = parts[j - 1]
                if word[0].isdigit():
                    ids[j] = NUM
                elif word in syllables and (len(word) > 2 or not word.isascii()) and parse(word) is not None:
                    unknown.append(j)  # (a listed token that is no syllable, "ôtô", "nitơ", is a word as a whole)
        except ValueError:
            pass
        # words in the other tone style ("hoà" shares the id of "hòa" but has other slips): tested one by one
        apart = [] if words is not None and self._variants.isdisjoint(words) else \
            list(compress(count(1), map(self._variants.__contains__, parts)))
        common = self.common
        status = self._rare
        if len(status) > _RARE_MEMO:
            status.clear()
        known = status.get
        decide = self._rare_bigram
        hits: list[int] = []
        step = _KEY_SLICE
        for c in range(0, len(ids) - 1, step):
            # keys c .. c + step: the positions c + 1 .. c + step need their left and right bigrams
            keys = list(map(or_, map(lshift, islice(ids, c, c + step + 1), repeat(16)),
                            islice(ids, c + 1, c + step + 2)))
            last = len(keys) - 1
            # the rare bigrams: position j is a suspect when its left bigram (key j - 1) can be made common by
            # changing the word (the bigram's right word) or its right bigram (key j) by changing the word
            for i in compress(count(), map(not_, map(common.__contains__, keys))):
                key = keys[i]
                fix = known(key)
                if fix is None:
                    fix = decide(key)
                if fix:
                    if fix & 1 and i < last:
                        hits.append(c + i + 1)
                    if fix & 2 and i:
                        hits.append(c + i)
        hits.sort()  # (sorted and de-duplicated without a set: a set of 170,000 hits was 8 MB for a 2 MB text)
        hits = [j for j, _ in groupby(hits)]
        if apart or unknown:
            skip = frozenset(apart)
            hits = [j for j in hits if j not in skip]
            for j in apart:
                if ids[j] > NUM:
                    left, right = ids[j - 1], ids[j + 1]
                    if self._fixable(parts[j - 1], left, right, (left << 16 | ids[j]) not in common,
                                     (ids[j] << 16 | right) not in common):
                        hits.append(j)
            for j in unknown:  # their "<unk>" bigrams say nothing: both sides count as rare
                if self._fixable(parts[j - 1], ids[j - 1], ids[j + 1], True, True):
                    hits.append(j)
            hits.sort()
        return [(j - 1, ids[j - 1], ids[j + 1]) for j in hits]

    def _fixable(self, word: str, left: int, right: int, rare_left: bool, rare_right: bool) -> bool:
        """Some candidate of ``word`` makes a rare side common with a known neighbour."""
        cset = self._candidate_set(word)
        return bool(cset) and ((rare_left and left != UNK and self._fixes_after(left, cset))
                               or (rare_right and right != UNK and self._fixes_before(right, cset)))

    def _rare_bigram(self, key: int) -> int:
        """Decide, once per process, a rare bigram ``a << 16 | b``: 1 when a candidate of ``b`` makes it
        common (``b`` is a suspect after ``a``), 2 when a candidate of ``a`` does (``a`` before ``b``), 3 both.
        A number, a clause break or an unknown word is never changed, and an unknown neighbour is no
        evidence."""
        a, b = key >> 16, key & 0xFFFF
        vocab = self.vocab
        fix = 0
        if b > NUM and a != UNK:
            cset = self._candidate_set(vocab[b])
            if cset and self._fixes_after(a, cset):
                fix = 1
        if a > NUM and b != UNK:
            cset = self._candidate_set(vocab[a])
            if cset and self._fixes_before(b, cset):
                fix |= 2
        self._rare[key] = fix
        return fix

    def _candidate_set(self, word: str) -> frozenset[int]:
        cset = self._candidate_ids.get(word)
        if cset is None:
            cset = frozenset(c for c, _ in self.candidates(word))
            self._candidate_ids[word] = cset
        return cset

    def _fixes_after(self, a: int, cset: frozenset[int]) -> bool:
        """Some id of ``cset`` commonly follows ``a`` (``cset`` & :meth:`follows`, without building that set:
        the sets of every word met were ~8 MB after 150 documents)."""
        return not self.common.isdisjoint(map(or_, repeat(a << 16), cset))

    def _fixes_before(self, b: int, cset: frozenset[int]) -> bool:
        """Some id of ``cset`` commonly precedes ``b``."""
        return not self.common.isdisjoint(map(or_, map(lshift, cset, repeat(16)), repeat(b)))

    def follows(self, a: int) -> frozenset[int]:
        """Ids that commonly follow word id ``a`` (a range of the sorted common keys; tests and tools)."""
        keys = self.ng.common_keys
        lo, hi = bisect_left(keys, a << 16), bisect_left(keys, (a + 1) << 16)
        return frozenset(k & 0xFFFF for k in keys[lo:hi])

    def precedes(self, b: int) -> frozenset[int]:
        """Ids that commonly precede word id ``b`` (tests and tools)."""
        keys = self.ng.common_transposed
        lo, hi = bisect_left(keys, b << 16), bisect_left(keys, (b + 1) << 16)
        return frozenset(k & 0xFFFF for k in keys[lo:hi])

    # ---- stage 2 -----------------------------------------------------------------------------
    def candidates(self, word: str) -> tuple[tuple[int, bool], ...]:
        """Common syllables one slip away from ``word`` (lower case): (id, is_letter_slip)."""
        hit = self._cands.get(word)
        if hit is not None:
            return hit
        ids = self.ids
        uni = self.uni
        out = []
        if self._letters is None:  # the corpus words a candidate may be: common enough, not a number or break
            self._letters = LetterIndex(w for w, c in ids.items() if c > NUM and uni[c] >= MIN_CANDIDATE)
        for e, letter in _slips(word, self._letters).items():
            c = ids.get(e)
            if c is not None and c > NUM and uni[c] >= MIN_CANDIDATE and not _iy_variant(word, e):
                out.append((c, letter))
        res = tuple(out)
        if len(self._cands) > 20_000:
            self._cands.clear()
            self._candidate_ids.clear()
        self._cands[word] = res
        return res

    def _p1(self, c: int) -> float:
        return (self.uni[c] + 0.5) / (self.n + 0.5 * self.v)

    def score(self, c: int, left: int, right: int, left2: int | None = None, right2: int | None = None) -> float:
        """log P(c | left[, left2]) + log P(right | c) (+ log P(right2 | c, right)); ``c`` = -1 for a
        syllable the corpus never had."""
        ng = self.ng
        uni = self.uni
        if c < 0:
            p_c = 0.5 / (self.n + 0.5 * self.v)
            return math.log(MU * p_c / (uni[left] + MU)) + math.log(self._p1(right))
        p_c = self._p1(c)
        b_lc = ng.bigram_id(left, c)
        p_left = (b_lc + MU * p_c) / (uni[left] + MU)
        if left2 is not None and left2 != BOS and left > NUM:
            ctx = ng.bigram_id(left2, left)
            if ctx >= 5:
                p_left = (ng.trigram_id(left2, left, c) + MU * p_left) / (ctx + MU)
        b_cr = ng.bigram_id(c, right)
        p_right = (b_cr + MU * self._p1(right)) / (uni[c] + MU)
        s = math.log(p_left) + math.log(p_right)
        if right2 is not None and right > NUM and b_cr >= 5:
            p_r2 = (ng.bigram_id(right, right2) + MU * self._p1(right2)) / (uni[right] + MU)
            s += math.log((ng.trigram_id(c, right, right2) + MU * p_r2) / (b_cr + MU)) - math.log(p_r2)
        return s

    def judge(self, word: str, left: int, right: int, left2: int | None = None,
              right2: int | None = None) -> Verdict | None:
        """A better syllable for lower-case ``word`` between ``left`` and ``right`` (ids; BOS at a
        boundary; ``left2``/``right2`` the next ones out), or None.  Memoised per process."""
        key = (word, left, right, left2, right2)
        hit = self._verdicts.get(key, False)
        if hit is not False:
            return hit  # type: ignore[return-value]
        if len(self._verdicts) > 50_000:
            self._verdicts.clear()
        out = self._verdicts[key] = self._judge(word, left, right, left2, right2)
        return out

    def _judge(self, word: str, left: int, right: int, left2: int | None, right2: int | None) -> Verdict | None:
        ng = self.ng
        w = self.ids.get(word, -1)
        if 0 <= w <= NUM:
            return None
        wl = ng.bigram_id(left, w) if w >= 0 else 0
        wr = ng.bigram_id(w, right) if w >= 0 else 0
        # the written trigram is attested (seen at least min_trigram times): a real phrase
        if w >= 0 and ((left > NUM and right > NUM and ng.trigram_id(left, w, right))
                       or (left2 is not None and left2 > NUM and left > NUM and ng.trigram_id(left2, left, w))
                       or (right2 is not None and right > NUM and right2 > NUM and ng.trigram_id(w, right, right2))):
            return None
        base = self.score(w, left, right, left2, right2)
        best = None
        best_margin = -1e9
        best_letter = False
        for c, letter in self.candidates(word):
            cl = ng.bigram_id(left, c) if left != UNK else 0
            cr = ng.bigram_id(c, right) if right != UNK else 0
            if not ((left >= NUM and cl) or (right >= NUM and cr)):
                continue  # no evidence from a neighbouring word (a clause edge alone is not enough)
            margin = self.score(c, left, right, left2, right2) - base - (LETTER_PENALTY if letter else 0.0)
            if margin > best_margin:
                best, best_margin, best_letter = c, margin, letter
        if best is None or best_margin < MARGIN:
            return None
        cl = ng.bigram_id(left, best) if left != UNK else 0
        cr = ng.bigram_id(best, right) if right != UNK else 0
        # rare in context: the written bigrams are a tiny share of the candidate's on the same sides
        if (wl if left != UNK else 0) + (wr if right != UNK else 0) > RARE_SHARE * (cl + cr):
            return None
        # evidence from both neighbouring words, unless the caller confirms a dictionary word
        both = left >= NUM and right >= NUM and cl >= BOTH_SIDES and cr >= BOTH_SIDES
        # lift of the correction's pair with each neighbouring word (observed / expected if independent):
        # a very frequent correction ("công") meets any word now and then, which is no evidence
        n, u_c = self.n, max(1, self.uni[best])
        lifts = []
        if left > NUM:
            lifts.append(cl * n / (u_c * max(1, self.uni[left])))
        if right > NUM:
            lifts.append(cr * n / (u_c * max(1, self.uni[right])))
        lift = min(lifts, default=1e9)
        # at the end of a clause: how much more (or less) often than chance the candidate ends one ("phải",
        # "của" almost never do: "mực không phai." is no slip of "không phải")
        final_lift = cr * n / (u_c * max(1, self.uni[BOS])) if right == BOS else 1e9
        return Verdict(self.vocab[best], best_margin, "letter" if best_letter else "diacritic", wl, wr, cl, cr,
                       both, (left >= NUM and cl >= BOTH_SIDES) or (right >= NUM and cr >= BOTH_SIDES), lift,
                       final_lift)


    def keep(self, v: Verdict, word: str, forms_word: bool, grammatical: bool, repeats: int = 1) -> bool:
        """The domain guard: is the model's verdict on lower-case ``word`` trustworthy outside legal
        codes?  ``forms_word``: the correction makes a dictionary word with a neighbour;
        ``grammatical``: ``word`` is a grammatical word; ``repeats``: how often ``word`` occurs in the
        document.

        The model learned from legal codes; reports and plans use everyday words the codes rarely
        contain ("là bạn", "thông tin xấu độc", "định lề trang", "các ấp"), and there the absence of
        a pair from the corpus says little.  A verdict is trusted when

        * the correction makes a dictionary word with a neighbour the corpus confirms (a letter slip:
          not of a grammatical word, and the corpus knows the correction on both sides, a clause edge
          counting as a side); or
        * a diacritic slip is overwhelming: the corpus knows the correction next to both neighbouring
          words (:data:`BOTH_SIDES_NO_WORD`), the written form next to neither, and the margin is
          :data:`OVERWHELMING_MARGIN` ("trại tam giam"); or
        * the margin is wide (:data:`GUARD_MARGIN` before the letter penalty, :data:`TWO_SIDED_MARGIN`
          for a diacritic slip with that two-sided evidence); the correction occurs next to each
          neighbour (:data:`CORRECTION_BOTH_SIDES`) unless it forms a dictionary word or the margin is
          :data:`GUARD_MARGIN_LETTER`; a grammatical word's letter slip has :data:`GRAMMATICAL_EVIDENCE`
          on both sides; and the written word is not *under-represented* in the codes (general
          Vietnamese, ``data/general_freq.txt``, uses it more by :data:`DOMAIN_SHIFT` on the Zipf scale)
          while being an *everyday word* (general Vietnamese uses it about as often as the correction,
          :data:`EVERYDAY_GAP`) or *the document's own word* (it occurs again in the document).  A letter
          slip of an under-represented word needs :data:`UNDER_REPRESENTED_LETTER`.

        Never trusted: a correction at the end of a clause that the corpus almost never ends a clause with
        (lift below :data:`MIN_LIFT`: "Ghi bằng bút mực không phai." is not "không phải").
        """
        if v.final_lift < MIN_LIFT:
            return False  # a correction that (almost) never ends a clause, at the end of one
        weaker = min(v.best_left, v.best_right)
        two_sided = v.both_sides and v.written_left + v.written_right == 0 and weaker >= BOTH_SIDES_NO_WORD
        letter = v.kind == "letter"
        if letter:
            if forms_word and not grammatical and (v.both_sides or weaker >= CORRECTION_BOTH_SIDES):
                return True
        elif (forms_word and v.one_side) or (two_sided and v.margin >= OVERWHELMING_MARGIN):
            return True
        raw = v.margin + (LETTER_PENALTY if letter else 0.0)  # a letter slip's margin has the penalty off
        if raw < (TWO_SIDED_MARGIN if not letter and two_sided else GUARD_MARGIN):
            return False
        if weaker < CORRECTION_BOTH_SIDES and not forms_word and v.margin < GUARD_MARGIN_LETTER:
            return False  # the correction must be known next to both neighbours ("hệ thống trục chân vịt")
        if letter and grammatical and weaker < GRAMMATICAL_EVIDENCE:
            return False  # "Nhà nước càng đặc biệt" is not "hàng"
        general = general_frequencies()
        w = self.ids.get(word, -1)
        z_written = general.get(self.vocab[w] if w >= 0 else word, 0.0)
        shift = z_written - self.legal_zipf(w)  # > 0: more common in general text than in the codes
        if shift < DOMAIN_SHIFT:
            return True
        if letter and raw < UNDER_REPRESENTED_LETTER:
            return False  # an under-represented word's letter slip needs a wider margin ("định lề trang")
        if v.lift < MIN_LIFT:
            return False  # ... and a correction that goes with both neighbours ("các cống điều tiết": "công điều" is chance)
        if z_written >= general.get(v.best, 0.0) - EVERYDAY_GAP:
            return False  # an everyday word ("là bạn đồng hành" against "bản", "xấu" against "đấu")
        return repeats < 2  # used again in this document ("lề" in a chapter on margins, "các ấp")

    def legal_zipf(self, w: int) -> float:
        """How common word id ``w`` is in the codes, on the Zipf scale of general_freq.txt."""
        count = self.uni[w] if w >= 0 else 0
        return math.log10((count + 0.5) / self.n * 1e9)

    def prefers(self, written: str, wanted: str, left: str | None, right: str | None) -> float:
        """How much more likely (log-odds) ``wanted`` is than ``written`` between two words
        (None = clause boundary)."""
        ids = self.ids
        lid = BOS if left is None else self.ng.id(left)
        rid = BOS if right is None else self.ng.id(right)
        w, c = ids.get(written.lower(), -1), ids.get(wanted.lower(), -1)
        if c < 0:
            return -1e9
        return self.score(c, lid, rid) - self.score(w, lid, rid)


_MARKS = {"a": "ăâ", "ă": "aâ", "â": "aă", "e": "ê", "ê": "e", "o": "ôơ", "ô": "oơ", "ơ": "oô", "u": "ư", "ư": "u"}
_PLAIN = "abcdeghiklmnopqrstuvxyđăâêôơư"
_TONED_LOWER = "".join(c for c in LOWER_LETTERS if tone_of(c))  # vowels with a tone mark
_PLAIN_SET = frozenset(_PLAIN)
_TONED_OR_PLAIN = frozenset(_PLAIN + _TONED_LOWER)


def _iy_variant(a: str, b: str) -> bool:
    """``a`` and ``b`` differ only by i/y with the same tone ("qui"/"quy", "sĩ"/"sỹ"): two spellings of
    one syllable (a style choice, not a slip)."""
    if len(a) != len(b) or a[:-1] != b[:-1] or tone_of(a[-1]) != tone_of(b[-1]):
        return False
    onset = a[:-1]  # the i/y must be the whole rhyme: "lí"/"lý", "qui"/"quy", never "hai"/"hay"
    return {strip_tone(a[-1]), strip_tone(b[-1])} == {"i", "y"} and (
        onset == "qu" or not any(strip_tone(ch) in "aăâeêioôơuưy" for ch in onset))


# The letter variants of a word are one-off strings, mostly not syllables: parsed without the shared ``parse``
# memo, which they would fill and flush of the document's words (issue 10: memory).
_parse_variant = parse.__wrapped__


@lru_cache(maxsize=65536)
def slips(word: str) -> dict[str, bool]:
    """Well-formed syllables one slip away from lower-case ``word``: variant -> True for a letter slip,
    False for a diacritic slip (tone, vowel mark, d/đ)."""
    return _slips(word)


class LetterIndex:
    """The words a letter slip can lead to (RealWordModel.candidates' only targets: the corpus words it may
    suggest), indexed by each word with one letter deleted, so the letter slips of a word are found with
    ~2 lookups per letter instead of building its ~1,000 variants (the CPU of every new word of a document).
    About 2,300 words and 3,800 keys: ~0.5 MB, built in ~10 ms on the first new word."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)
        index: dict[str, list[str]] = {}
        for v in self.words:
            for i in range(len(v)):
                index.setdefault(v[:i] + v[i + 1:], []).append(v)
        # (a key of one word, most of them, keeps the word itself: no tuple)
        self.index: dict[str, str | tuple[str, ...]] = {k: vs[0] if len(vs) == 1 else tuple(vs)
                                                        for k, vs in index.items()}

    def _get(self, key: str) -> tuple[str, ...]:
        hit = self.index.get(key, ())
        return (hit,) if type(hit) is str else hit

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def letter_slips(self, word: str, toned_too: bool, allowed: frozenset[str] | None = None) -> set[str]:
        """The words one letter slip from ``word``: a letter dropped, two neighbouring letters swapped, or a
        letter of :data:`_PLAIN` (also a toned vowel when ``toned_too``; any of ``allowed`` if given)
        substituted or inserted — exactly the letter variants :func:`_slips` builds that are in the index."""
        words = self.words
        if allowed is None:
            allowed = _TONED_OR_PLAIN if toned_too else _PLAIN_SET
        n = len(word)
        out = set()
        for i in range(n):
            d = word[:i] + word[i + 1:]
            if d in words:
                out.add(d)  # a letter dropped
            if i < n - 1:
                t = word[:i] + word[i + 1] + word[i] + word[i + 2:]
                if t in words:
                    out.add(t)  # two letters swapped
            for v in self._get(d):  # one letter substituted at i: v and word agree elsewhere
                if len(v) == n and v[i] != word[i] and v[i] in allowed and v[:i] == word[:i] and v[i + 1:] == word[i + 1:]:
                    out.add(v)
        for v in self._get(word):  # one letter inserted: v without one of its letters is word
            k = next((j for j in range(n) if v[j] != word[j]), n)  # (the inserted letter is v[k])
            if v[k] in allowed:
                out.add(v)
        out.discard(word)
        return out

    def swaps_and_insertions(self, word: str, alphabet: frozenset[str]) -> set[str]:
        """The words ``word`` becomes with two neighbouring letters swapped or one letter of ``alphabet``
        inserted (as ``_swaps_and_insertions(word) & words`` in the spelling checker, without building them)."""
        words = self.words
        n = len(word)
        out = {t for i in range(n - 1) if (t := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in words}
        for v in self._get(word):
            if len(v) == n + 1 and v[next((j for j in range(n) if v[j] != word[j]), n)] in alphabet:
                out.add(v)
        return out


def _slips(word: str, known: Container[str] | LetterIndex | None = None) -> dict[str, bool]:
    """:func:`slips`, or only the slips in ``known`` (the corpus vocabulary): a letter variant outside it is
    not parsed at all (a word has ~300 letter variants; parsing all of them was most of the first
    document's CPU); with a :class:`LetterIndex`, the letter variants are not even built."""
    syl = parse(word)
    out: dict[str, bool] = {}
    if syl is not None:
        base = strip_tone(word)
        tone = syl.tone
        new_style = is_new_style(word)
        bases = {base}
        for i, ch in enumerate(base):
            for m in _MARKS.get(ch, ""):
                bases.add(base[:i] + m + base[i + 1:])
        if base[:1] == "d":
            bases.add("đ" + base[1:])
        elif base[:1] == "đ":
            bases.add("d" + base[1:])
        for b in bases:
            for t in range(6):
                if b == base and t == tone:
                    continue
                v = build(b, t, new_style)
                if v is not None and v != word:
                    out[v] = False
    if isinstance(known, LetterIndex):
        letters = known.letter_slips(word, syl is not None and syl.tone == 0)
        for v in letters:
            if v not in out and _parse_variant(v) is not None:
                out[v] = True
        return out
    n = len(word)
    letters = set()
    for i in range(n):
        letters.add(word[:i] + word[i + 1:])
        for ch in _PLAIN:
            letters.add(word[:i] + ch + word[i + 1:])
        if i < n - 1:
            letters.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    for i in range(n + 1):
        for ch in _PLAIN:
            letters.add(word[:i] + ch + word[i:])
    if syl is not None and syl.tone == 0:
        # the lost or replaced letter may have been the one carrying the tone ("điều" -> "điu",
        # "bị" -> "be", "thời" -> "thai"): a toned vowel in its place is one slip too
        for i in range(n):
            for ch in _TONED_LOWER:
                letters.add(word[:i] + ch + word[i + 1:])
        for i in range(n + 1):
            for ch in _TONED_LOWER:
                letters.add(word[:i] + ch + word[i:])
    if known is not None:
        letters = [v for v in letters if v in known]
    for v in letters:
        if v not in out and v != word and _parse_variant(v) is not None:
            out[v] = True
    return out


@lru_cache(maxsize=1)
def general_frequencies() -> dict[str, float]:
    """Syllable -> Zipf frequency in general Vietnamese (``data/general_freq.txt``, built by
    tools/build_general_freq.py from wordfreq's Vietnamese list; CC BY-SA 4.0 data, see NOTICE).
    Loaded once per process, on the first verdict that needs it."""
    text = resources.files("tdnlint").joinpath("data/general_freq.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            word, _, zipf = line.partition("\t")
            out[word] = float(zipf)
    return out


@lru_cache(maxsize=1)
def real_word_model() -> RealWordModel:
    return RealWordModel(load_ngrams())
