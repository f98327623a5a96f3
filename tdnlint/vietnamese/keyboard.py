"""Undo Telex / VNI typing leftovers: "cuar" -> "của", "ddoàn" -> "đoàn", "vie65t" -> "việt".

Clerks type with an input method (Unikey, EVKey).  When it is off or in the
wrong mode, the keystrokes stay in the text.  Decoding them back is exact, so
a decoded form that is an attested syllable is a confident correction.
"""

from __future__ import annotations

from functools import lru_cache

from .orthography import _TONED, build

_TELEX_TONES = {"s": 2, "f": 1, "r": 3, "x": 4, "j": 5}
_HAT = {"a": "â", "e": "ê", "o": "ô"}
_HORN = {"a": "ă", "o": "ơ", "u": "ư"}
_BASE_VOWELS = set("aăâeêioôơuưy")


def _split_tones(word: str) -> tuple[list[str], int]:
    """Lower-case letters with tone marks removed, and the tone found (0 if none)."""
    tone = 0
    out = []
    for c in word.lower():
        hit = _TONED.get(c)
        if hit is not None:
            out.append(hit[0])
            if hit[1]:
                tone = hit[1]
        else:
            out.append(c)
    return out, tone


@lru_cache(maxsize=32768)
def telex_decode(word: str, new_style: bool = False) -> str | None:
    """The syllable a Telex keystroke sequence produces, or None if it is not one (memoised per process:
    the same unknown words recur in every document of a folder)."""
    chars, tone = _split_tones(word)
    out: list[str] = []
    changed = False
    for c in chars:
        has_vowel = any(x in _BASE_VOWELS for x in out)
        if c in _TELEX_TONES and has_vowel:
            tone = _TELEX_TONES[c]
            changed = True
        elif c == "z" and has_vowel:
            tone = 0
            changed = True
        elif c == "d" and out and out[-1] == "d" and len(out) == 1:
            out[-1] = "đ"
            changed = True
        elif c in _HAT and out and _last_vowel(out) is not None and out[_last_vowel(out)] == c:
            out[_last_vowel(out)] = _HAT[c]
            changed = True
        elif c == "w":
            i = _last_vowel(out)
            if i is None:
                out.append("ư")
            elif out[i] in _HORN:
                out[i] = _HORN[out[i]]
                if out[i] == "ơ" and i > 0 and out[i - 1] == "u":
                    out[i - 1] = "ư"  # uow -> ươ
            else:
                return None
            changed = True
        else:
            out.append(c)
    if not changed:
        return None
    return build("".join(out), tone, new_style)


@lru_cache(maxsize=32768)
def vni_decode(word: str, new_style: bool = False) -> str | None:
    """The syllable a VNI keystroke sequence ("vie65t", "d9uo7ng2") produces, or None."""
    chars, tone = _split_tones(word)
    out: list[str] = []
    changed = False
    for c in chars:
        if c.isdigit():
            changed = True
            i = _last_vowel(out)
            if c in "12345":
                if i is None:
                    return None
                tone = {"1": 2, "2": 1, "3": 3, "4": 4, "5": 5}[c]
            elif c == "6":
                j = _last_of(out, "aeo")
                if j is None:
                    return None
                out[j] = _HAT[out[j]]
            elif c == "7":
                j = _last_of(out, "ou")
                if j is None:
                    return None
                out[j] = "ơ" if out[j] == "o" else "ư"
                if out[j] == "ơ" and j > 0 and out[j - 1] == "u":
                    out[j - 1] = "ư"
            elif c == "8":
                j = _last_of(out, "a")
                if j is None:
                    return None
                out[j] = "ă"
            elif c == "9":
                if not out or out[0] != "d":
                    return None
                out[0] = "đ"
            else:
                return None
        else:
            out.append(c)
    if not changed:
        return None
    return build("".join(out), tone, new_style)


def _last_vowel(out: list[str]) -> int | None:
    for i in range(len(out) - 1, -1, -1):
        if out[i] in _BASE_VOWELS:
            return i
    return None


def _last_of(out: list[str], letters: str) -> int | None:
    for i in range(len(out) - 1, -1, -1):
        if out[i] in letters:
            return i
    return None
