"""Shared tokenisation of a document's text (``ctx.tokens``), computed once per document.

``tokenize_document(doc)`` returns a :class:`DocumentTokens`: a dict
``paragraph index -> list[Token]`` for every paragraph rules read (all parts
except comments and metadata), plus document-wide facts the spelling rules
share (legacy-encoding detection, how Vietnamese each paragraph is).

Token kinds:

==========  ==================================================================
word        letters only: a Vietnamese syllable or a foreign/Telex word
            ("Việt", "ban", "cuar", "BAN" in an all-caps title)
acronym     all-caps letters that are not a syllable: MTTQ, UBND, HĐND, BCĐ
mixed       mixed case inside the word: TTg, YouTube, iPhone (brands, units)
alnum       letters and digits: F0, H5N1, COVID19, "vie65t" (VNI leftover)
letter      one ASCII letter (list markers "a)", units "m")
roman       Roman numeral used as a number: "II." "Phần IV"
number      1, 2.500, 3,5, 12%
date        04/3/2021, 4-3-2021, 04.3.2021
code        document number/symbol: 57-KL/TW, 1648/QĐ-TTg, 97/HD-MTTQ-BTT, NĐ-CP, COVID-19
url, email  protected spans (never spell-checked)
foreign     letters outside the Latin-Vietnamese alphabet (Cyrillic, ñ, ü …)
punct       any other single non-space character
==========  ==================================================================

Offsets are *analysis* offsets into ``paragraph.text``; the engine maps
them back to the original source.  The tokeniser does not load the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property

from ..model import Document
from ..vietnamese.orthography import VN_SPECIFIC, parse
from .protected import protected_matches


class Token:
    __slots__ = ("end", "kind", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int):
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.kind, self.text, self.start, self.end) == (
            other.kind, other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.kind, self.start, self.end))


_UP = "A-ZĐÀ-ỸẠ-Ỹ"
_TOKEN_RE = re.compile(
    # document codes: 57-KL/TW, 1648/QĐ-TTg, 30/2020/NĐ-CP, 97/HD-MTTQ-BTT; NĐ-CP; COVID-19
    r"(?P<code>\d+(?:/\d+)*[-/][A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ0-9][A-Za-zĐđ0-9]*)*"
    r"|[A-ZĐ][A-ZĐ]*[a-z]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)+(?![\w])"
    r"|[A-Z]{2,}-\d+)"
    r"|(?P<date>\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}\b|\d{1,2}/\d{1,2}/\d{2}\b)"
    r"|(?P<number>\d+(?:[.,]\d+)*%?)"
    r"|(?P<w>[^\W\d_][^\W_]*)"
    r"|(?P<punct>[^\w\s])"
)
_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_BEFORE = frozenset({"phần", "chương", "mục", "khóa", "khoá", "phụ", "lục", "kỳ", "lần", "thứ", "hội", "đoạn"})
_PROTECTED_HINT = re.compile(
    r"@|://|www\.|\w\.(?:vn|com|org|net|gov|edu|info|int|docx?|xlsx?|pdf|pptx?|txt|md|zip|rar|jpe?g|png)\b", re.I)
_LATIN_VN = re.compile(r"[A-Za-zĐđÀ-ỹ]+")


def _latin_vn(word: str) -> bool:
    return _LATIN_VN.fullmatch(word) is not None and all(c < "\u00c0" or c in VN_SPECIFIC or c in "ÀÁÈÉÌÍÒÓÙÚÝàáèéìíòóùúý" for c in word)


_KIND_CACHE: dict[str, str] = {}  # context-free kinds of words seen before (per process)


def classify(word: str, text: str, start: int, end: int, prev: str | None) -> str:
    """Kind of a run of letters/digits starting with a letter."""
    hit = _KIND_CACHE.get(word)
    if hit is not None:
        return hit
    kind = _classify(word, text, start, end, prev)
    # Roman numerals and single letters depend on their neighbours: never cached.
    if len(word) > 1 and _ROMAN_RE.fullmatch(word) is None:
        if len(_KIND_CACHE) > 100_000:
            _KIND_CACHE.clear()
        _KIND_CACHE[word] = kind
    return kind


def _classify(word: str, text: str, start: int, end: int, prev: str | None) -> str:
    if not word.isalpha():
        return "alnum"
    if not _latin_vn(word):
        return "foreign"
    if len(word) == 1:
        return "word" if word in VN_SPECIFIC or word in "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ" \
            else ("roman" if word in "IVX" and _roman_context(text, end, prev) else "letter")
    if word.isupper():
        if _ROMAN_RE.fullmatch(word) and (parse(word) is None or _roman_context(text, end, prev)):
            return "roman"
        return "word" if parse(word) is not None else "acronym"
    if word.islower() or (word[0].isupper() and word[1:].islower()):
        return "word"
    return "mixed"


def _roman_context(text: str, end: int, prev: str | None) -> bool:
    nxt = text[end:end + 1]
    return nxt in (".", ")", ":", "") or (prev is not None and prev.lower() in _ROMAN_BEFORE)


def tokenize(text: str) -> list[Token]:
    """Tokens of one paragraph's analysis text."""
    out: list[Token] = []
    protected = None
    if _PROTECTED_HINT.search(text):
        protected = [(m.start(), m.end(), m.group()) for m in protected_matches(text)] or None
    pos = 0
    if protected:
        for s, e, value in protected:
            while e > s and text[e - 1] in ".,;:)":
                e -= 1
            out.extend(_scan(text, pos, s))
            out.append(Token("email" if "@" in value and "://" not in value else "url", text[s:e], s, e))
            pos = e
    out.extend(_scan(text, pos, len(text)))
    return out


def _scan(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    prev: str | None = None
    for m in _TOKEN_RE.finditer(text, start, end):
        kind = m.lastgroup
        s, e = m.span()
        value = m.group()
        if kind == "w":
            kind = classify(value, text, s, e, prev)
            prev = value
        elif kind == "date" or kind == "number" or kind == "code":
            prev = None
        out.append(Token(kind, value, s, e))
    return out


class DocumentTokens(Mapping):
    """``paragraph index -> list[Token]`` (tokenised on first access) plus shared spelling facts.

    Lazy per paragraph: the spelling rules pre-filter paragraphs with set arithmetic and only
    tokenise the few that can hold a finding, which keeps them well under 1 ms per 1,000 words.
    """

    def __init__(self, doc: Document):
        self.document = doc
        self._indices = [p.index for p in doc.paragraphs if p.part not in ("comment", "metadata") and p.text]
        self._known = set(self._indices)
        self._cache: dict[int, list[Token]] = {}

    def __getitem__(self, index: int) -> list[Token]:
        hit = self._cache.get(index)
        if hit is None:
            if index not in self._known:
                raise KeyError(index)
            hit = self._cache[index] = tokenize(self.document.paragraphs[index].text)
        return hit

    def __iter__(self):
        return iter(self._indices)

    def __len__(self) -> int:
        return len(self._indices)

    def words(self, index: int) -> list[Token]:
        return [t for t in self.get(index, ()) if t.kind == "word"]

    @cached_property
    def legacy(self):
        """Legacy 8-bit encoding (TCVN3/VNI) detected in the text, or None (shared by all rules)."""
        from ..vietnamese.legacy import detect_legacy

        return detect_legacy(self.document)

    @property
    def spelling_enabled(self) -> bool:
        """False when the text is in a legacy encoding: spelling rules stay quiet."""
        return self.legacy is None


def tokenize_document(doc: Document) -> DocumentTokens:
    return DocumentTokens(doc)
