"""One shared spelling pass per document; the spelling rules report its issues.

Computed once per document (cached on the Context, like ``ctx.protected``) so
TDN401–TDN404 never re-scan.  The hot path is set arithmetic in C: the lower-
cased paragraph is split into tokens, ``set(tokens) - syllables`` gives the
unknown ones and ``set(bigrams) & near_miss_keys`` the suspicious pairs.  Only
paragraphs with a hit are tokenised with positions (``ctx.tokens``).

Precision first: an ASCII word is only questioned in a clearly Vietnamese
paragraph and only with strong evidence (Telex/VNI keystrokes, or a known
term it lacks the diacritics of); anything else ASCII is taken as foreign.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .keyboard import telex_decode, vni_decode
from .orthography import LOWER_LETTERS, VN_SPECIFIC, match_case, parse, skeleton, strip_tone

if TYPE_CHECKING:
    from ..context import Context
    from ..model import Paragraph
    from .lexicon import Lexicon

_PUNCT = re.compile(r"[^\w\s]")
_PUNCT_MAP = {ord(c): " \x00 " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~“”‘’…–—•«»"}
_TELEX_STRONG = re.compile(r"dd|aa|aw|ee|oo|ow|uw|w$|^w")
# ASCII words that decode to a syllable but are English/Latin/units in official text.
_ENGLISH = frozenset(
    ["a", "as", "is", "or", "us", "has", "was", "bar", "tax", "tour", "set", "cos", "mas", "bus", "sex", "box", "fax", "max", "mix", "gas", "pass", "bass", "boss", "loss", "kiss", "miss", "yes", "yas", "has", "his", "hers", "ours", "its", "this", "was", "les", "des", "mes", "tes", "ses", "per", "cox", "fox", "lex", "rex", "ax", "ex", "ix", "ox", "ux", "af", "if", "of", "off", "on", "in", "an", "at", "to", "so", "do", "no", "go", "he", "me", "we", "be", "by", "my", "ok", "id", "vs", "etc", "mr", "mrs", "ms", "dr", "st", "nd", "rd", "th", "km", "cm", "mm", "kg", "ha", "ml", "min", "max", "sms", "gps", "ups", "pdf", "doc", "zip", "usb", "atm", "dvd", "cd", "tv", "pc", "it", "ai", "ar", "vr", "ir"]
)
# Very common grammatical syllables: a Telex form of one of them is a confident correction.
_FUNCTION = frozenset(
    ["của", "và", "các", "được", "những", "để", "với", "cho", "là", "có", "này", "trong", "đã", "sẽ", "đang", "không", "người", "về", "theo", "tại", "từ", "đến", "khi", "thì", "mà", "nhưng", "hoặc", "cũng", "như", "một", "hai", "ba", "năm", "tháng", "ngày", "việc", "công", "tác", "tổ", "chức"]
)


# Grammatical words: "các bộ", "tại đoàn", "và trang" are ordinary syntax, not slips.
_NEAR_MISS_STOP = frozenset(
    ["các", "cho", "tại", "và", "trên", "với", "của", "có", "là", "được", "những", "để", "theo", "về", "từ", "đến", "này", "khi", "thì", "mà", "như", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "trong", "ngoài", "sau", "trước", "đã", "sẽ", "đang", "cũng", "rất", "không", "chưa", "đều", "vào", "ra", "lên", "xuống", "qua", "bằng", "nên", "nếu", "do", "bị", "hay", "hoặc", "ở", "tới", "cùng", "nhau", "các", "cả", "mọi", "mỗi", "tên", "hàng"]
)


@dataclass(slots=True)
class Issue:
    kind: str  # invalid | telex | vni | missing-diacritics | near-miss | glued
    paragraph: Paragraph
    start: int
    end: int
    text: str
    suggestions: list[str] = field(default_factory=list)
    confident: bool = False
    target: str = ""  # the word/term the suggestion completes, for messages


class SpellingScan:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.issues: list[Issue] = []
        tokens = ctx.tokens
        if not tokens.spelling_enabled:
            return
        lex: Lexicon = ctx.lexicon
        self.lex = lex
        syllables = lex.syllables
        nearmiss = lex.nearmiss
        doc_vn = tokens.document_ratio >= 0.3
        for p in ctx.text_paragraphs():
            text = p.text
            if text.isascii() and not doc_vn:
                continue
            low = text.lower().translate(_PUNCT_MAP)
            parts = low.split()
            unknown = set(parts) - syllables
            unknown.discard("\x00")
            pairs = set(map(" ".join, itertools.pairwise(parts))) & nearmiss.keys()
            unknown = {w for w in unknown if not w[0].isdigit() and lex.canon(w) not in syllables}
            if not unknown and not pairs:
                continue
            self._paragraph(p, unknown, pairs, doc_vn)

    # ---- per paragraph (slow path, rare) ----------------------------------------------------
    def _paragraph(self, p: Paragraph, unknown: set[str], pairs: set[str], doc_vn: bool) -> None:
        lex = self.lex
        toks = [t for t in self.ctx.tokens[p.index] if t.kind not in ("punct",)]
        words = toks
        # Vietnamese = enough words that are real syllables with Vietnamese letters (so Spanish
        # "está", "Málaga" do not count); short paragraphs lean on the whole document.
        n_words = sum(1 for t in words if t.kind == "word")
        n_vn = sum(1 for t in words if t.kind == "word" and not t.text.isascii() and lex.is_syllable(t.text))
        ratio = n_vn / n_words if n_words else 0.0
        vietnamese = ratio >= 0.3 if n_words >= 5 else (ratio >= 0.25 or (doc_vn and n_vn > 0))
        prot = self.ctx.protected(p)
        covered: set[int] = set()
        text = p.text

        def adjacent(a, b) -> bool:
            return text[a.end:b.start] == " "

        if pairs:
            for i in range(len(words) - 1):
                a, b = words[i], words[i + 1]
                if a.kind != "word" or b.kind != "word" or not adjacent(a, b):
                    continue
                key = f"{a.text.lower()} {b.text.lower()}"
                if key not in pairs:
                    continue
                issue = self._near_miss(p, words, i, lex.nearmiss[key], vietnamese)
                if issue is not None and not prot.overlaps(issue.start, issue.end):
                    self.issues.append(issue)
                    covered.update((a.start, b.start))
        if not unknown:
            return
        for i, t in enumerate(words):
            if t.start in covered or t.kind not in ("word", "alnum"):
                continue
            low = t.text.lower()
            if low not in unknown or lex.ignored(t.text):
                continue
            if prot.overlaps(t.start, t.end):
                continue
            prev = words[i - 1].text if i > 0 and words[i - 1].kind == "word" and adjacent(words[i - 1], t) else None
            nxt = words[i + 1].text if i + 1 < len(words) and words[i + 1].kind == "word" and adjacent(t, words[i + 1]) else None
            issue = self._unknown(p, t, prev, nxt, vietnamese)
            if issue is not None:
                self.issues.append(issue)

    def _near_miss(self, p, words, i, target: str, vietnamese: bool) -> Issue | None:
        lex = self.lex
        a, b = words[i], words[i + 1]
        x, y = target.split(" ")
        al, bl = lex.canon(a.text), lex.canon(b.text)
        if lex.is_word(al, bl) or lex.ignored(a.text) or lex.ignored(b.text) or lex.ignored(f"{a.text} {b.text}"):
            return None
        prev = words[i - 1] if i > 0 and words[i - 1].kind == "word" and p.text[words[i - 1].end:a.start] == " " else None
        nxt = words[i + 2] if i + 2 < len(words) and words[i + 2].kind == "word" and p.text[b.end:words[i + 2].start] == " " else None
        # context: the typed syllable belongs with its other neighbour ("phản đối mới")
        if prev is not None and (lex.is_word(prev.text, a.text) or lex.is_word(prev.text, a.text, b.text)):
            return None
        if nxt is not None and (lex.is_word(b.text, nxt.text) or lex.is_word(a.text, b.text, nxt.text)):
            return None
        changed = [t for t, want in ((a, x), (b, y)) if lex.canon(t.text) != want]
        if any(t.text.lower() in _NEAR_MISS_STOP for t in changed):
            return None
        if b.text[:1].isupper() and not b.text.isupper() and (prev is not None or a.text[:1].isupper()):
            return None  # "Gia Bình", "Văn Kiệt": a proper name
        suggestion = f"{match_case(a.text, x)} {match_case(b.text, y)}"
        ascii_only = (al != x and a.text.isascii()) or (bl != y and b.text.isascii())
        if ascii_only and skeleton(a.text + " " + b.text) == skeleton(target):
            if not vietnamese:
                return None
            return Issue("missing-diacritics", p, a.start, b.end, p.text[a.start:b.end], [suggestion], True, target)
        if not (lex.is_syllable(a.text) and lex.is_syllable(b.text)):
            return None  # a non-existent syllable: TDN401 reports it with this suggestion
        return Issue("near-miss", p, a.start, b.end, p.text[a.start:b.end], [suggestion], False, target)

    def _unknown(self, p, t, prev: str | None, nxt: str | None, vietnamese: bool) -> Issue | None:
        lex = self.lex
        word = t.text
        low = word.lower()
        if t.kind == "alnum":
            if not vietnamese or word[1:2].isupper() or not re.fullmatch(r"[a-zđ]{2,}[1-9][a-z1-9]*|[a-zđ][1-9]?[a-zđ]+[1-9][a-z1-9]*", low):
                return None
            dec = vni_decode(low)
            if dec and lex.is_syllable(dec):
                return Issue("vni", p, t.start, t.end, word, [match_case(word, dec)], True, dec)
            return None
        if len(word) == 1:
            return None  # "đ" (đồng), list letters
        vn = any(c in VN_SPECIFIC for c in word)
        if vn and word[:1].isupper() and not word.isupper() and parse(word) is not None \
                and not _sentence_start(p.text, t.start):
            return None  # a well-formed capitalised syllable mid-sentence: a name (Hủa Phăn, Bắc Kạn)
        if not vn:
            return self._ascii(p, t, prev, nxt, vietnamese)
        if not vietnamese:
            return None  # a word of a foreign-language passage
        # Telex leftovers mixed with real diacritics: "ddoàn", "việtj"
        dec = telex_decode(low)
        if (dec and lex.is_syllable(dec) and _TELEX_STRONG.search(low)) or (dec and lex.is_syllable(dec) and low[-1] in "sfrxj"):
            return Issue("telex", p, t.start, t.end, word, [match_case(word, dec)], True, dec)
        ranked = self.candidates(low, prev, nxt)
        if (not ranked or ranked[0][1] < 100) and (word.islower() or word.isupper()):
            glued = self._glued(low, word)
            if glued is not None:
                return Issue("glued", p, t.start, t.end, word, [glued], False, glued)
        titled_mid = word[:1].isupper() and not word.isupper() and not _sentence_start(p.text, t.start)
        if not ranked:
            return None if titled_mid else Issue("invalid", p, t.start, t.end, word, [], False)
        best, score = ranked[0]
        if titled_mid and score < 100:
            return None  # capitalised mid-sentence with no context evidence: a (foreign) name, e.g. "Lênin"
        # a safe fix needs context evidence, a diacritics-only slip, and no close second
        confident = (score >= 100 and skeleton(best) == skeleton(low)
                     and (len(ranked) == 1 or ranked[1][1] < score - 50))
        return Issue("invalid", p, t.start, t.end, word, [match_case(word, c) for c, _ in ranked[:3]], confident, best)

    def _ascii(self, p, t, prev, nxt, vietnamese: bool) -> Issue | None:
        lex = self.lex
        word = t.text
        low = word.lower()
        if not vietnamese or t.kind != "word" or low in _ENGLISH or len(low) < 2:
            return None
        if word.isupper() and len(word) > 1:
            return None  # acronyms and all-caps foreign words
        dec = telex_decode(low)
        if dec and lex.is_syllable(dec):
            strong = _TELEX_STRONG.search(low) is not None
            context = (prev is not None and lex.is_word(prev, dec)) or (nxt is not None and lex.is_word(dec, nxt))
            if strong or dec in _FUNCTION or context:
                return Issue("telex", p, t.start, t.end, word, [match_case(word, dec)], True, dec)
        if parse(low) is not None:
            return None  # a valid tone-less syllable ("ban", "can"): only a known term can say otherwise
        # shaped like Vietnamese but impossible as typed ("tac", "ket"): one reading fits the context?
        stripped = skeleton(low)
        if parse(stripped) is None and not any(parse(c) for c in lex.by_skeleton.get(stripped, ())):
            return None
        fits = [c for c in lex.by_skeleton.get(stripped, ())
                if (prev is not None and lex.is_term(prev, c)) or (nxt is not None and lex.is_term(c, nxt))]
        if len(fits) == 1:
            return Issue("missing-diacritics", p, t.start, t.end, word, [match_case(word, fits[0])], False, fits[0])
        return None

    def _glued(self, low: str, word: str) -> str | None:
        """"tỉnhvề" -> "tỉnh về" when exactly one split gives two attested syllables."""
        lex = self.lex
        if len(low) < 4:
            return None
        found = []
        for k in range(1, len(low)):
            a, b = low[:k], low[k:]
            if lex.is_syllable(a) and lex.is_syllable(b):
                found.append((a, b))
        # a real glued pair: the halves form a word, or the second starts with a consonant
        found = [(a, b) for a, b in found if lex.is_word(a, b) or b[0] not in "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"]
        if len(found) != 1:
            return None
        a, b = found[0]
        return f"{word[:len(a)]} {word[len(a):]}"

    def candidates(self, low: str, prev: str | None, nxt: str | None) -> list[tuple[str, float]]:
        """Attested syllables one slip away from ``low``, best first, with a score."""
        lex = self.lex
        syl = lex.syllables
        by_skel = lex.by_skeleton
        skel = skeleton(low)
        cands: dict[str, float] = {}
        bare = strip_tone(low)
        for c in by_skel.get(skel, ()):
            cands[c] = 3.0 if strip_tone(c) == bare else -1.0  # only the tone slipped: most likely
        n = len(low)
        edits = set()
        for i in range(n + 1):
            for ch in LOWER_LETTERS:
                edits.add(low[:i] + ch + low[i:])
                if i < n:
                    edits.add(low[:i] + ch + low[i + 1:])
            if i < n:
                edits.add(low[:i] + low[i + 1:])
            if i < n - 1:
                edits.add(low[:i] + low[i + 1] + low[i] + low[i + 2:])
        for c in edits & syl:
            cands.setdefault(c, -2.0)
        m = len(skel)
        for i in range(m - 1):
            sk = skel[:i] + skel[i + 1] + skel[i] + skel[i + 2:]
            for c in by_skel.get(sk, ()):
                cands.setdefault(c, -3.0)
        weight = lex.weight
        scored = []
        for c, base in cands.items():
            score = base + math.log(1 + weight.get(c, 1))
            if prev is not None:
                if lex.is_term(prev, c):
                    score += 150
                elif lex.is_word(prev, c):
                    score += 100
            if nxt is not None:
                if lex.is_term(c, nxt):
                    score += 150
                elif lex.is_word(c, nxt):
                    score += 100
            scored.append((c, score))
        scored.sort(key=lambda x: (-x[1], x[0]))
        return scored


_LIST_MARKER = re.compile(r"^\s*(?:[-+*•–]|\(?[0-9a-zđ]{1,3}[.)]|[IVXLC]+\.)?\s*$")


def _sentence_start(text: str, start: int) -> bool:
    """True when a capital at ``start`` is expected: paragraph/list-item start or after . ! ? : …"""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:…;\"“(" or _LIST_MARKER.match(text[:start]) is not None


def spelling_scan(ctx: Context) -> SpellingScan:
    """The document's shared spelling pass (computed on first use)."""
    hit = ctx._extra.get("__spelling__")
    if hit is None:
        hit = ctx._extra["__spelling__"] = SpellingScan(ctx)
    return hit
