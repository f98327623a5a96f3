"""Vietnamese orthography: letters, tones, and the structure of a written syllable.

A syllable is ``onset + rhyme`` with one tone mark; the rhyme is an optional
glide (o/u), a nucleus and an optional coda.  Instead of encoding the
phonology rule by rule we list the rhymes the writing system allows (about
160, tone-less) and the few spelling constraints that bind onset, rhyme and
tone:

* codas ``p t c ch`` take only sắc or nặng;
* ``k``, ``gh``, ``ngh`` only before ``i e ê y``; ``c``, ``g``, ``ng`` never there;
* ``q`` only as ``qu`` (``qu`` is an onset: ``quý`` has nucleus ``y``).

This is enough to reject "đạon", "ket", "ngha" or "kan"; well-formed
non-words ("triến", "cuông") are caught by the attested-syllable inventory in
:mod:`tdnlint.vietnamese.lexicon`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Tone numbers: 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.
TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
TONE_NAMES = ("ngang", "huyền", "sắc", "hỏi", "ngã", "nặng")
BASE_VOWELS = "aăâeêioôơuưy"

# toned vowel -> (tone-less vowel, tone), for lower and upper case
_TONED: dict[str, tuple[str, int]] = {}
# (tone-less vowel, tone) -> toned vowel
_COMPOSE: dict[tuple[str, int], str] = {}
for _v in BASE_VOWELS + BASE_VOWELS.upper():
    for _t, _mark in enumerate(TONE_MARKS):
        _c = unicodedata.normalize("NFC", _v + _mark)
        _TONED[_c] = (_v, _t)
        _COMPOSE[(_v, _t)] = _c

VOWELS = frozenset(_TONED)  # every vowel letter with or without tone, both cases
LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyzđ" + "".join(c for c in _TONED if c.islower() and c not in "aeiouy")
#: Characters that only occur in Vietnamese (among Latin text): any toned or hatted vowel, đ.
VN_SPECIFIC = frozenset(c for c in _TONED if c not in "aeiouyAEIOUY") | {"đ", "Đ"}

_STRIP_TONE = str.maketrans({c: v for c, (v, t) in _TONED.items() if t})
_SKELETON = str.maketrans(
    {c: unicodedata.normalize("NFD", v)[0] for c, (v, t) in _TONED.items()} | {"đ": "d", "Đ": "D"}
)


def strip_tone(s: str) -> str:
    """Remove tone marks, keep vowel hats/horns: "Việt" -> "Viêt"."""
    return s.translate(_STRIP_TONE)


def skeleton(s: str) -> str:
    """Remove every diacritic and lower-case: "Đổi mới" -> "doi moi"."""
    return s.translate(_SKELETON).lower()


def tone_of(s: str) -> int:
    for c in s:
        hit = _TONED.get(c)
        if hit and hit[1]:
            return hit[1]
    return 0


def has_vn_specific(s: str) -> bool:
    return any(c in VN_SPECIFIC for c in s)


# ---- syllable structure -------------------------------------------------------------------

ONSETS = (
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)
_FRONT = ("i", "e", "ê", "y")
# ONSETS by length, longest first: a syllable has at most one onset of each length as a prefix, so trying
# base[:3], base[:2], base[:1], "" visits the matching onsets in the order of ONSETS with 4 set lookups
# instead of up to 28 startswith calls (parse runs on every candidate of the real-word pass).
_ONSETS_BY_LEN = tuple((n, frozenset(o for o in ONSETS if len(o) == n)) for n in (3, 2, 1, 0))

# Tone-less rhymes (glide + nucleus + coda) the writing system allows.
_RHYMES_TEXT = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu
iêc iêm iên iêng iêp iêt iêu
yêm yên yêng yêt yêu y
o oc oi om on ong op ot oong ooc
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u uc ui um un ung up ut
ua uôc uôi uôm uôn uông uôp uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu
ươc ươi ươm ươn ương ươp ươt ươu
oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt
oe oen oeo oet
uâ uân uâng uât uây
uê uêch uênh uêt
uy uych uyn uynh uyp uyt uyu uya uyên uyêt
uơ
"""
RHYMES = frozenset(_RHYMES_TEXT.split())
# After "qu" the u is part of the onset: the rhyme starts with the nucleus (quý = qu + y).
_QU_RHYMES = frozenset(r for r in RHYMES if not r.startswith(("u", "o", "ư")) or r in ("ôc", "ông")) | {
    "ơ", "ơn", "yên", "yêt", "ynh", "yt", "ych", "ya", "yn", "i", "in", "inh", "it",
}
_STOP_CODAS = ("p", "t", "c", "ch")


class Syllable(NamedTuple):
    onset: str
    rhyme: str  # tone-less, lower case
    tone: int


@lru_cache(maxsize=8192)
def parse(word: str) -> Syllable | None:
    """Parse one written syllable (any case); None if Vietnamese spelling cannot produce it."""
    w = word.lower()
    if not w or len(w) > 8:
        return None
    tone = 0
    chars = []
    for c in w:
        hit = _TONED.get(c)
        if hit is not None:
            v, t = hit
            if t:
                if tone:
                    return None  # two tone marks
                tone = t
            chars.append(v)
        elif c in "bcdđghklmnpqrstvx":
            chars.append(c)
        else:
            return None
    base = "".join(chars)
    for n, onsets in _ONSETS_BY_LEN:
        onset = base[:n]
        if onset not in onsets:
            continue
        rhyme = base[n:]
        if onset == "gi" and not rhyme:
            rhyme, onset = "i", "g"  # "gì"
        if _valid(onset, rhyme, tone):
            return Syllable(onset, rhyme, tone)
        if onset == "gi" and _valid("g", "i" + rhyme, tone):  # "gìn", "gịt"
            return Syllable("g", "i" + rhyme, tone)
    return None


def _valid(onset: str, rhyme: str, tone: int) -> bool:
    if onset == "qu":
        if rhyme not in _QU_RHYMES:
            return False
    elif rhyme not in RHYMES:
        return False
    if rhyme.endswith(_STOP_CODAS) and tone not in (2, 5):
        return False
    first = rhyme[:1]
    if onset in ("k", "gh", "ngh"):
        return first in _FRONT
    if onset in ("c", "ng") and first in _FRONT:
        return False
    if onset == "g" and first in ("e", "ê"):
        return False
    if onset == "gi" and first in ("i", "y"):
        return False
    return not (rhyme.startswith("yê") and onset not in ("", "qu"))


def is_valid(word: str) -> bool:
    return parse(word) is not None


# ---- tone placement -------------------------------------------------------------------------

def tone_position(onset: str, rhyme: str, new_style: bool = False) -> int:
    """Index (in ``rhyme``) of the vowel that carries the tone mark."""
    vowels = [i for i, c in enumerate(rhyme) if c in BASE_VOWELS]
    if not vowels:
        return 0
    if len(vowels) == 1:
        return vowels[0]
    # a hatted/horned vowel wins (ươ -> ơ, uô -> ô, iê/yê -> ê, uâ -> â)
    hatted = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    if hatted:
        return hatted[-1]
    closed = vowels[-1] != len(rhyme) - 1
    if closed:
        return vowels[-1]
    if len(vowels) == 3:
        return vowels[1]
    pair = rhyme[vowels[0]] + rhyme[vowels[1]]
    if pair in ("oa", "oe", "uy"):
        return vowels[1] if new_style else vowels[0]
    if onset == "qu":
        return vowels[-1]
    return vowels[0]


def compose(onset: str, rhyme: str, tone: int, new_style: bool = False) -> str:
    """Write a syllable with its tone on the right vowel."""
    if not tone:
        return onset + rhyme
    i = tone_position(onset, rhyme, new_style)
    return onset + rhyme[:i] + _COMPOSE[(rhyme[i], tone)] + rhyme[i + 1:]


def with_tone(word: str, tone: int, new_style: bool | None = None) -> str | None:
    """``word`` with its tone replaced by ``tone`` (lower case), None if not a valid syllable."""
    syl = parse(word)
    if syl is None:
        return None
    if new_style is None:
        new_style = is_new_style(word)
    return compose(syl.onset, syl.rhyme, tone, new_style)


def open_glide_style(word: str) -> str | None:
    """"old"/"new" for a toned open syllable ending in oa/oe/uy (hòa/hoà, thủy/thuỷ); else None.

    ``qu`` is an onset, so quý/quỳ are neutral; closed syllables (hoàn, toán) are identical
    in both styles and also neutral.
    """
    w = word.lower()
    if len(w) < 2:
        return None
    a, b = _TONED.get(w[-2]), _TONED.get(w[-1])
    if a is None or b is None or (a[0] + b[0]) not in ("oa", "oe", "uy"):
        return None
    if a[0] == "u" and len(w) >= 3 and w[-3] == "q":
        return None
    if a[1]:
        return "old"
    if b[1]:
        return "new"
    return None


def is_new_style(word: str) -> bool:
    return open_glide_style(word) == "new"


def match_case(template: str, word: str) -> str:
    """Give ``word`` the capitalisation pattern of ``template`` (lower, Title or UPPER)."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def build(base: str, tone: int, new_style: bool = False) -> str | None:
    """Compose a tone-less lower-case ``base`` ("viêt") with ``tone``; None if not a valid syllable."""
    for n, onsets in _ONSETS_BY_LEN:
        onset = base[:n]
        if onset not in onsets:
            continue
        rhyme = base[n:]
        if onset == "gi" and not rhyme:
            onset, rhyme = "g", "i"
        if _valid(onset, rhyme, tone):
            return compose(onset, rhyme, tone, new_style)
        if onset == "gi" and _valid("g", "i" + rhyme, tone):
            return compose("g", "i" + rhyme, tone, new_style)
    return None
