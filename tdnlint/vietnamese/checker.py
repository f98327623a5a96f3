"""One shared spelling pass per document; the spelling rules report its issues.

Computed once per document (cached on the Context, like ``ctx.protected``) so
TDN401–TDN407 and TDN410 never re-scan.  The hot path is set arithmetic in C:
the lower-cased document is split into words, ``set(words) - syllables`` gives
the unknown ones and ``set(word pairs) & near_miss_keys`` the suspicious pairs.
Only their occurrences (found with ``str.find``) are judged, with the
neighbouring words as context.

Precision first: an ASCII word is only questioned in a clearly Vietnamese
paragraph and only with strong evidence (Telex/VNI keystrokes, or a known
term it lacks the diacritics of); anything else ASCII is taken as foreign.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
import weakref
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import TYPE_CHECKING

from ..analysis.tokens import Token, classify
from .keyboard import telex_decode, vni_decode
from .orthography import LOWER_LETTERS, VN_SPECIFIC, match_case, parse, skeleton, strip_tone

if TYPE_CHECKING:
    from ..context import Context
    from ..model import Paragraph
    from .lexicon import Lexicon
    from .realword import LetterIndex

_PUNCT = re.compile(r"[^\w\s]+")  # a run of punctuation ("……", "./.") is one break
_NUMBER_WORDS = frozenset(["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "lăm", "mốt", "tư", "linh", "lẻ"])
_NUMBER_UNITS = frozenset(["mươi", "mười", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "lăm", "mốt"])
_OO_RHYME = re.compile(r"oo(?:ng|c)$")
_TELEX_SURE = re.compile(r"^dd|aa|uw|aw[bcdghklmnpqrstvx]")
_TELEX_STRONG = re.compile(r"dd|aa|aw|ee|oo|ow|uw|w$|^w")
# ASCII words that decode to a syllable but are English/Latin/units in official text.
_ENGLISH_MARKED = (  # English words with Telex-looking letter pairs
    "too see been book good food need keep free door floor soon moon cool pool tool room look took cook feel seem "
    "teen week fee bee tee tree three agree coffee now how cow low row bow tow mow vow show know new few view "
    "law saw raw draw paw jaw"
)
_ENGLISH = frozenset(_ENGLISH_MARKED.split()) | frozenset(
    ["a", "as", "is", "or", "us", "has", "was", "bar", "tax", "tour", "set", "cos", "mas", "bus", "sex", "box", "fax", "max", "mix", "gas", "pass", "bass", "boss", "loss", "kiss", "miss", "yes", "yas", "has", "his", "hers", "ours", "its", "this", "was", "les", "des", "mes", "tes", "ses", "per", "cox", "fox", "lex", "rex", "ax", "ex", "ix", "ox", "ux", "af", "if", "of", "off", "on", "in", "an", "at", "to", "so", "do", "no", "go", "he", "me", "we", "be", "by", "my", "ok", "id", "vs", "etc", "mr", "mrs", "ms", "dr", "st", "nd", "rd", "th", "km", "cm", "mm", "kg", "ha", "ml", "min", "max", "sms", "gps", "ups", "pdf", "doc", "zip", "usb", "atm", "dvd", "cd", "tv", "pc", "it", "ai", "ar", "vr", "ir"]
)
# Very common grammatical syllables: a Telex form of one of them is a confident correction.
_FUNCTION = frozenset(
    ["của", "và", "các", "được", "những", "để", "với", "cho", "là", "có", "này", "trong", "đã", "sẽ", "đang", "không", "người", "về", "theo", "tại", "từ", "đến", "khi", "thì", "mà", "nhưng", "hoặc", "cũng", "như", "một", "hai", "ba", "năm", "tháng", "ngày", "việc", "công", "tác", "tổ", "chức"]
)


# Grammatical words: "các bộ", "tại đoàn", "và trang" are ordinary syntax, not slips.
_NEAR_MISS_STOP = frozenset(
    ["các", "cho", "tại", "và", "trên", "với", "của", "có", "là", "được", "những", "để", "theo", "về", "từ", "đến", "này", "khi", "thì", "mà", "như", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "trong", "ngoài", "sau", "trước", "đã", "sẽ", "đang", "cũng", "rất", "không", "chưa", "đều", "vào", "ra", "lên", "xuống", "qua", "bằng", "nên", "nếu", "do", "bị", "hay", "hoặc", "ở", "tới", "cùng", "nhau", "cả", "mọi", "mỗi", "tên", "hàng", "đi", "làm", "lại", "rồi", "đây", "đó", "kia", "nào"]
)


# grammatical words a one-letter real-word correction never touches ("Nhà nước càng đặc biệt quan tâm")
_GRAMMATICAL = _NEAR_MISS_STOP | frozenset(
    ["càng", "vẫn", "chỉ", "luôn", "thêm", "nữa", "rằng", "thường", "cần", "phải", "nhằm", "bởi", "vì", "tuy",
     "dù", "song", "còn", "hết", "vừa", "mới", "đều", "lúc", "nơi", "ai", "gì", "sao", "thế", "vậy"])

# first words of legal terms and bodies written with a capital mid-sentence (NĐ 30, Phụ lục II) that are
# not syllables of personal or place names: next to them the corpus pair counts are evidence
_TERM_CAPITALS = frozenset(
    ["điều", "khoản", "điểm", "chương", "mục", "phụ", "luật", "bộ", "nghị", "thông", "quyết", "chỉ", "chính",
     "nhà", "ủy", "ban", "hội", "sở", "phòng", "cục", "tổng", "viện", "tòa", "đảng", "mặt", "thủ", "chủ",
     "giám", "kho", "ngân", "pháp", "kế", "báo", "tờ", "công", "hiến"])

# a capitalised neighbour forming a pair this frequent in the corpus with the correction is a known name
_NAME_PAIR = 100

_CAPS_MIN_FREQUENCY = 200  # corpus count of a correction offered for a capitalised non-syllable

# per-process memo of SpellingScan._real_words: lexicon -> (base lexicon, the user's own syllables,
# (left, word, right) -> a dictionary word there)
_DICTIONARY_NEIGHBOUR: weakref.WeakKeyDictionary[
    Lexicon, tuple[Lexicon, frozenset[str], dict[tuple[str, str, str], bool]]] = weakref.WeakKeyDictionary()
# per-process memo of SpellingScan._base_candidates: lexicon -> lower-case word -> scored candidates
_CANDIDATES: weakref.WeakKeyDictionary[Lexicon, dict[str, tuple[tuple[str, float], ...]]] = weakref.WeakKeyDictionary()
_FIND_LIST = 20_000  # SpellingScan._find: occurrences collected in a list (then sorted) up to this many
_SYLLABLE_INDEX: weakref.WeakKeyDictionary[Lexicon, LetterIndex] = weakref.WeakKeyDictionary()  # _swap_syllables
_LOWER_LETTERS = frozenset(LOWER_LETTERS)
_ASCII_INTEREST: dict[str, bool] = {}  # per-process cache: lower-case ASCII word -> worth tokenising
_TONED_CHARS = frozenset("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


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
    verdict: object = None  # real-word issues: the model's realword.Verdict (tools/spelling_recall.py reads it)


class SpellingScan:
    """Issues of TDN401–TDN404 plus cheap word statistics other spelling rules reuse.

    The whole document is lower-cased, split and turned into sets in a handful of C calls
    (paragraphs joined by NUL, which also breaks word pairs): ``words`` is the set of
    lower-cased words, ``pairs`` the set of adjacent word pairs ("đổi mới").  Rules test
    these sets first and only then look at the few paragraphs that can match
    (:meth:`paragraphs_containing`).
    """

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.issues: list[Issue] = []
        paragraphs = ctx.text_paragraphs()
        self.paragraphs = paragraphs
        joined = "\x00".join(p.text for p in paragraphs)
        low = joined.lower()
        self.lowered = True  # every paragraph lower-cased (False: some kept as written, see below)
        if len(low) != len(joined):  # a few non-Vietnamese letters lengthen when lower-cased
            low = "\x00".join(p.text.lower() if len(p.text.lower()) == len(p.text) else p.text for p in paragraphs)
            self.lowered = False
        self.joined = joined
        self.lower = low
        self.starts = []
        pos = 0
        for p in paragraphs:
            self.starts.append(pos)
            pos += len(p.text) + 1
        parts = _split_words(low)
        self.words: set[str] = set(parts)
        self.words.discard("\x00")
        self.pairs: set[str] = set(map(" ".join, itertools.pairwise(parts)))
        self._parts = parts
        if not ctx.tokens.spelling_enabled:
            return
        lex: Lexicon = ctx.lexicon
        self.lex = lex
        if not self.words:
            return  # an empty or blank document: nothing to look up, so no table is loaded (issue 10)
        unknown = {w for w in self.words - lex.syllables if self._worth_a_look(w, joined)}
        # attested but rare forms that are Telex keystrokes of a common syllable ("coong" -> "công")
        for w in filter(str.isascii, self.words):
            # ("boong", "xoong": -oong/-ooc is a real rhyme of loan words, not a Telex "oo")
            if _TELEX_STRONG.search(w) and w in lex.syllables and not _OO_RHYME.search(w) \
                    and (_TELEX_SURE.search(w) or w[-1] in "sfrxj"):
                dec = telex_decode(w)
                if dec and lex.weight.get(dec, 0) >= 5 * max(1, lex.weight.get(w, 0)):
                    unknown.add(w)
        if unknown and not self.doc_vn:
            # an English (or unaccented) document: ASCII words are never questioned there
            unknown = {w for w in unknown if not w.isascii()}
        hits = self.pairs & lex.nearmiss.keys() if self.pairs else set()
        if unknown or hits:
            self._unknown_and_pairs(unknown, hits)
        if self.doc_vn and ctx.settings.option("spelling_context", True):
            self._real_words()

    def _unknown_and_pairs(self, unknown: set[str], hits: set[str]) -> None:
        low, paragraphs = self.lower, self.paragraphs
        # one paragraph's occurrences at a time (they come sorted by paragraph)
        for k, group in itertools.groupby(self._find(low, frozenset(unknown | hits)), key=itemgetter(0)):
            base = self.starts[k]
            occurrences = [(s - base, e - base, value) for _k, s, e, value in group]
            p = paragraphs[k]
            if not self.doc_vn and p.text.isascii():
                continue
            self._paragraph(p, occurrences, hits, self.doc_vn)

    def _real_words(self) -> None:
        """Real syllables in the wrong place ("thức hiện", "hồi nghị"): see realword.py.

        The n-gram pass works on the lower-cased words of the whole document; only the few
        positions it flags are located in the paragraphs and checked for case, names and codes.
        """
        from .lexicon import base_lexicon
        from .realword import BOS, SAFE_MARGIN, UNK, real_word_model

        model = real_word_model()
        lex = self.lex
        base = base_lexicon()
        model.syllables = base.syllables
        parts = self._parts
        found = model.suspects(parts, self.words)
        if not found:
            return
        ids = model.pass_ids
        flagged: dict[tuple[str, str, str], object] = {}
        # (left word, word, right word) -> known to the dictionary with a neighbour, per lexicon and process:
        # the same suspects come back in every document of a folder
        held = _DICTIONARY_NEIGHBOUR.get(lex)
        if held is None or held[0] is not base or len(held[2]) > 100_000:
            # the user's own words (config extra-words) are never questioned; the set difference of two
            # syllable tables is taken once per lexicon, not per document
            user_words = lex.syllables - base.syllables if lex is not base else frozenset()
            held = _DICTIONARY_NEIGHBOUR[lex] = (base, user_words, {})
        _, user_words, known = held
        counts: Counter[str] | None = None
        for i, left, right in found:
            word = parts[i]
            key = (parts[i - 1] if i else "\x00", word, parts[i + 1] if i + 1 < len(parts) else "\x00")
            if key in flagged:
                continue
            prev_w, next_w = key[0], key[2]
            in_dictionary = known.get(key)
            if in_dictionary is None:
                # next to a word the dictionary attests but the corpus lacks (a loanword written as one word,
                # "thở ôxy"; a place-name syllable, "Đắk"), the pair's count is that of every rare word
                # ("<unk>"): no evidence, as next to a name
                in_dictionary = known[key] = bool(word in user_words or lex.ignored(word) or (
                    left == UNK and prev_w in lex.syllables) or (right == UNK and next_w in lex.syllables) or (
                    prev_w != "\x00" and lex.is_word(prev_w, word)) or (
                    next_w != "\x00" and lex.is_word(word, next_w)))
            if in_dictionary:
                flagged[key] = None  # a dictionary word with a neighbour ("gan dạ", "bàng quang")
                continue
            left2 = ids.get(parts[i - 2], UNK) if i > 1 and left not in (BOS, UNK) else None
            right2 = ids.get(parts[i + 2], UNK) if i + 2 < len(parts) and right not in (BOS, UNK) else None
            verdict = model.judge(word, left, right, left2, right2)
            # domain guard (realword.RealWordModel.keep): the model learned from legal codes; in other
            # prose a word may simply be absent from them ("thông tin xấu độc", "định lề trang")
            if verdict is not None:
                forms_word = (prev_w != "\x00" and lex.is_word(prev_w, verdict.best)) or (
                    next_w != "\x00" and lex.is_word(verdict.best, next_w))
                if counts is None:  # how often each word occurs in this document (rarely needed)
                    counts = Counter(parts)
                if not model.keep(verdict, word, forms_word, word in _GRAMMATICAL, counts[word]):
                    verdict = None
            flagged[key] = verdict
        todo = {k: v for k, v in flagged.items() if v is not None}
        if not todo:
            return
        # a place another check already explains (near-miss pair, unknown syllable) is not repeated
        taken = {(i.paragraph.index, i.start) for i in self.issues} | {
            (i.paragraph.index, i.end) for i in self.issues}
        by_word: dict[str, list[tuple[str, str, object]]] = {}
        for (a, w, b), v in todo.items():
            by_word.setdefault(w, []).append((a, b, v))
        for k, s, e, word in self._find(self.lower, frozenset(by_word)):
            p = self.paragraphs[k]
            base = self.starts[k]
            s, e = s - base, e - base
            text = p.text
            written = text[s:e]
            prev, nxt = _prev_word(text, s), _next_word(text, e)
            a = prev.text.lower() if prev is not None else "\x00"
            b = nxt.text.lower() if nxt is not None else "\x00"
            verdict = next((v for x, y, v in by_word[word] if x == a and y == b), None)
            if verdict is None:
                continue
            if written[:1].isupper() and (len(written) == 1 or not written.isupper()) \
                    and not _sentence_start(text, s):
                continue  # a capitalised word mid-sentence: a name ("Bác Hồ", "Vạn Gia")
            if written.isascii() and text.isascii():
                continue  # a paragraph typed without diacritics: not one word's slip
            if written.isupper() and len(written) > 1 and not (
                    (prev is not None and prev.text.isupper()) or (nxt is not None and nxt.text.isupper())):
                continue  # an all-caps word outside an all-caps line: an acronym ("36-CT/TU")
            if (s and (text[s - 1] in "/&" or text[s - 1].isdigit())) or text[e:e + 1] in ("/", "&"):
                continue  # part of a code
            if (s and text[s - 1] in "-'’") or text[e:e + 1] in ("-", "'", "’"):
                continue  # part of a hyphenated name or loan word ("Ba-na", "Khơ-me", "H'Mông")
            # next to a name ("ông K'Bình", "tỉnh Gia Lai") the corpus counts of the pair are no evidence;
            # a capitalised legal term ("tại Điều 5", "Ủy ban", "theo Luật") is not a name: the corpus
            # counts its pairs like any other word's
            # ... and neither is a name the corpus knows well with the correction ("Quốc hoi" -> "Quốc hội",
            # "Sở Lao cộng" -> "Lao động": the typo is inside the name)
            if (prev is not None and prev.text[:1].isupper() and not prev.text.isupper()
                    and not _sentence_start(text, prev.start) and a not in _TERM_CAPITALS
                    and verdict.best_left < _NAME_PAIR) or (  # type: ignore[attr-defined]
                    nxt is not None and nxt.text[:1].isupper() and (len(nxt.text) == 1 or not nxt.text.isupper())
                    and b not in _TERM_CAPITALS and verdict.best_right < _NAME_PAIR):  # type: ignore[attr-defined]
                continue
            if (p.index, s) in taken or (p.index, e) in taken or self.ctx.protected(p).overlaps(s, e):
                continue
            best = verdict.best  # type: ignore[attr-defined]
            # a safe (automatic) fix only when overwhelming: a diacritic slip, a huge margin, the written
            # form never seen next to either neighbour, and the correction a dictionary word with one
            confident = (verdict.kind == "diacritic" and verdict.margin >= SAFE_MARGIN  # type: ignore[attr-defined]
                         and verdict.written_left == 0 and verdict.written_right == 0  # type: ignore[attr-defined]
                         and prev is not None and nxt is not None
                         and (lex.is_word(a, best) or lex.is_word(best, b)))
            self.issues.append(Issue("real-word", p, s, e, written, [match_case(written, best)], confident, best,
                                     verdict))

    def ends_and_starts(self, words: set[str] | frozenset[str]) -> set[str] | None:
        """Those of ``words`` (lower case) that end a line or clause somewhere and start one somewhere: what
        a word typed at the end of one line and again at the start of the next ("… của\\ncủa …") needs.  None
        when some paragraph could not be lower-cased in place (then the split text is not all lower case)."""
        if not self.lowered:
            return None
        pairs = self.pairs
        return {w for w in self.words.intersection(words) if f"{w} \x00" in pairs and f"\x00 {w}" in pairs}

    @cached_property
    def doubled(self) -> set[str]:
        """Words typed twice in a row (lower case): the words ``w`` with "w w" in :attr:`pairs`."""
        words = self.words
        return {pair.split(" ", 1)[0] for pair in set(map(" ".join, zip(words, words))) & self.pairs}

    @cached_property
    def doc_vn(self) -> bool:
        """At least 30% of the document's words carry Vietnamese letters (computed on demand)."""
        parts = self._parts
        breaks = parts.count("\x00")
        n_all = len(parts) - breaks
        n_ascii = sum(map(str.isascii, parts)) - breaks
        return n_all > 0 and (n_all - n_ascii) / n_all >= 0.3

    def paragraphs_containing(self, strings: set[str] | frozenset[str]) -> list[tuple[Paragraph, set[str]]]:
        """Paragraphs whose lower-cased text contains some of ``strings`` as whole words, with those found."""
        out: dict[int, set[str]] = {}
        for k, _s, _e, value in self._find(self.lower, frozenset(strings)):
            out.setdefault(k, set()).add(value)
        return [(self.paragraphs[k], found) for k, found in sorted(out.items())]

    def find(self, strings: set[str] | frozenset[str]) -> list[tuple[Paragraph, int, int, str]]:
        """Whole-word, case-insensitive occurrences of lower-case ``strings`` in the original text:
        (paragraph, start, end, text as written), offsets relative to the paragraph."""
        out = []
        for k, s, e, _value in self._find(self.lower, frozenset(strings)):
            base = self.starts[k]
            out.append((self.paragraphs[k], s - base, e - base, self.joined[s:e]))
        return out

    def matches(self, pattern: re.Pattern[str]) -> list[tuple[Paragraph, int, int, str]]:
        """Matches of ``pattern`` in the original text that start and end on word boundaries,
        as (paragraph, start, end, text); one regex pass over the whole document."""
        out = []
        text = self.joined
        for m in pattern.finditer(text):
            s, e = m.span()
            if (s and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                continue
            k = bisect.bisect_right(self.starts, s) - 1
            base = self.starts[k]
            out.append((self.paragraphs[k], s - base, e - base, m.group()))
        return out

    def regex_matches(self, pattern: re.Pattern[str],
                      lower: re.Pattern[str] | None = None) -> Iterator[tuple[Paragraph, re.Match[str]]]:
        """(paragraph, match in its text) for each match of ``pattern`` in the document, in order: one regex
        pass over the joined text, each match made again at its place in the paragraph.  For patterns that
        cannot match across a paragraph break (the NUL that joins them is neither a word character nor white
        space), so these are the matches of each paragraph's own ``finditer``.  ``lower``, if given, is a
        case-sensitive pattern run on the lower-cased text instead, matching where the case-insensitive
        ``pattern`` matches the text (a case-insensitive regex cannot skip ahead to its first letters)."""
        starts, paragraphs = self.starts, self.paragraphs
        found = lower.finditer(self.lower) if lower is not None and self.lowered else pattern.finditer(self.joined)
        for m in found:
            k = bisect.bisect_right(starts, m.start()) - 1
            again = pattern.match(paragraphs[k].text, m.start() - starts[k])
            if again is not None:
                yield paragraphs[k], again

    def _find(self, haystack: str, strings: frozenset[str]) -> Iterator[tuple[int, int, int, str]]:
        """Whole-word occurrences (paragraph number, start, end, string), sorted.  Usually few: collected in
        one list by a tight ``str.find`` loop per string and sorted (C).  Past :data:`_FIND_LIST` occurrences
        they are made lazily instead: one ``str.find`` stream per string, merged in order.  A list of every
        occurrence was ~140 bytes each: 35 MB for the 250,000 occurrences of 20 common words in a 2 MB text
        (issue 10)."""
        starts = self.starts
        n = len(haystack)
        out: list[tuple[int, int, int, str]] = []
        find = haystack.find
        for word in strings:
            size = len(word)
            i = find(word)
            while i >= 0:
                e = i + size
                if not ((i and haystack[i - 1].isalnum()) or (e < n and haystack[e].isalnum())):
                    out.append((bisect.bisect_right(starts, i) - 1, i, e, word))
                i = find(word, i + 1)
            if len(out) > _FIND_LIST:
                break
        else:
            out.sort()
            return iter(out)
        del out

        def occurrences(word: str) -> Iterator[tuple[int, int, int, str]]:
            size = len(word)
            i = haystack.find(word)
            while i >= 0:
                e = i + size
                if not ((i and haystack[i - 1].isalnum()) or (e < n and haystack[e].isalnum())):
                    yield (bisect.bisect_right(starts, i) - 1, i, e, word)
                i = haystack.find(word, i + 1)

        streams = [occurrences(w) for w in strings]
        return streams[0] if len(streams) == 1 else heapq.merge(*streams)

    def _worth_a_look(self, w: str, text: str) -> bool:
        """Cheap test on a lower-cased unknown word before tokenising its paragraph."""
        if len(w) < 2 or w[0].isdigit() or self.lex.canon(w) in self.lex.syllables:
            return False  # (attested Telex look-alikes such as "coong" are added separately)
        if w.isascii():
            hit = _ASCII_INTEREST.get(w)
            if hit is None:
                if len(_ASCII_INTEREST) > 50_000:
                    _ASCII_INTEREST.clear()
                dec = telex_decode(w) if len(w) > 1 else None
                hit = _ASCII_INTEREST[w] = bool(
                    (dec and self.lex.is_syllable(dec)) or self.lex.by_skeleton.get(w)
                    or (re.search(r"[a-z][1-9]", w) is not None)
                    or bool(self._swap_syllables(w))
                )
            return hit
        # no vowel a syllable could be built on and no tone mark: an acronym (HĐND, TTĐN, UBTƯ, BCĐ)
        return not (parse(w) is None and not any(c in _TONED_CHARS for c in w) and len(w) <= 8 and w.upper() in text)

    # ---- per paragraph (slow path, rare) ----------------------------------------------------
    def _paragraph(self, p: Paragraph, occurrences: list[tuple[int, int, str]], pairs: set[str],
                   doc_vn: bool) -> None:
        """Locate the suspicious words/pairs of one paragraph and judge them (rare path)."""
        lex = self.lex
        text = p.text
        # Vietnamese = enough words that are real syllables with Vietnamese letters (so Spanish
        # "está", "Málaga" do not count); short paragraphs lean on the whole document.
        state: dict[str, object] = {}

        def vietnamese() -> bool:
            # Vietnamese = enough words that are real syllables with Vietnamese letters (so Spanish
            # "está", "Málaga" do not count); short paragraphs lean on the whole document.
            if "vn" not in state:
                # acronyms (MTTQ, UBTƯ) say nothing about the language
                plain = [w for w in _PUNCT.sub(" ", text).split() if w.isalpha() and not (w.isupper() and len(w) > 1)]
                n_vn = sum(1 for w in plain if not w.isascii() and lex.is_syllable(w))
                ratio = n_vn / len(plain) if plain else 0.0
                state["vn"] = ratio >= 0.3 if len(plain) >= 5 else (ratio >= 0.25 or (doc_vn and n_vn > 0))
            return bool(state["vn"])

        def protected(start: int, end: int) -> bool:
            if "prot" not in state:
                state["prot"] = self.ctx.protected(p)
            return state["prot"].overlaps(start, end)  # type: ignore[attr-defined]

        covered: set[int] = set()
        # pairs first: a near-miss pair explains its syllables better than the syllable alone
        for s, e, key in occurrences:
            if key not in pairs:
                continue
            first = key.split(" ", 1)[0]
            a = Token("word", text[s:s + len(first)], s, s + len(first))
            b = Token("word", text[a.end + 1:e], a.end + 1, e)
            issue = self._near_miss(p, a, b, _prev_word(text, a.start), _next_word(text, b.end),
                                    lex.nearmiss[key], vietnamese)
            if issue is not None and not protected(issue.start, issue.end):
                self.issues.append(issue)
                covered.update((a.start, b.start))
        for s, e, word in occurrences:
            if word in pairs or s in covered:
                continue
            value = text[s:e]
            if lex.ignored(value):
                continue
            before, after = text[s - 1:s], text[e:e + 1]
            if (before and before in "/@.-_\\") or (after and after in "/@_\\") or (
                    after == "." and text[e + 1:e + 2].isalnum()):
                continue  # part of a code, an address or a file name
            kind = classify(value, text, s, e, None) if value[:1].isalpha() else "number"
            if kind not in ("word", "alnum"):
                continue
            prev, nxt = _prev_word(text, s), _next_word(text, e)
            issue = self._unknown(p, Token(kind, value, s, e), prev.text if prev else None,
                                  nxt.text if nxt else None, vietnamese)
            if issue is not None and not protected(s, e):
                self.issues.append(issue)

    def _near_miss(self, p, a, b, prev, nxt, target: str, vietnamese) -> Issue | None:
        lex = self.lex
        x, y = target.split(" ")
        al, bl = lex.canon(a.text), lex.canon(b.text)
        if lex.is_word(al, bl) or lex.ignored(a.text) or lex.ignored(b.text) or lex.ignored(f"{a.text} {b.text}"):
            return None
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
            if not vietnamese():
                return None
            return Issue("missing-diacritics", p, a.start, b.end, p.text[a.start:b.end], [suggestion], True, target)
        if not (lex.is_syllable(a.text) and lex.is_syllable(b.text)):
            return None  # a non-existent syllable: TDN401 reports it with this suggestion
        if _corpus_vetoes(al, bl, x, y, prev, nxt):
            return None
        return Issue("near-miss", p, a.start, b.end, p.text[a.start:b.end], [suggestion], False, target)

    def _unknown(self, p, t, prev: str | None, nxt: str | None, vietnamese) -> Issue | None:
        lex = self.lex
        word = t.text
        low = word.lower()
        if t.kind == "alnum":
            letters = re.match(r"[^\W\d_]+", word).group()
            if len(letters) < len(word) and any(c in VN_SPECIFIC for c in letters) and word[len(letters)].isdigit():
                # "nướctăng1,06%": glued words followed by a number
                glued = self._glued(letters.lower(), letters) if not lex.is_syllable(letters) else None
                if glued is not None and vietnamese():
                    return Issue("glued", p, t.start, t.start + len(letters), letters, [glued], False, glued)
                return None
            if word[1:2].isupper() or not vietnamese() or not re.fullmatch(r"[a-zđ]{2,}[1-9][a-z1-9]*|[a-zđ][1-9]?[a-zđ]+[1-9][a-z1-9]*", low):
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
            # a well-formed capitalised syllable mid-sentence is usually a name (Hủa Phăn, Bắc Kạn);
            # it is questioned only when a slip away it makes a known word with a neighbour ("Khoa Luậy")
            if not vietnamese():
                return None
            return self._capitalised(p, t, prev, nxt)
        if not vn:
            return self._ascii(p, t, prev, nxt, vietnamese)
        if not vietnamese():
            return None  # a word of a foreign-language passage
        # Telex leftovers mixed with real diacritics: "ddoàn", "việtj"
        dec = telex_decode(low)
        if (dec and lex.is_syllable(dec) and _TELEX_STRONG.search(low)) or (dec and lex.is_syllable(dec) and low[-1] in "sfrxj"):
            return Issue("telex", p, t.start, t.end, word, [match_case(word, dec)], True, dec)
        titled = word[:1].isupper() and not word.isupper()
        # a capitalised word mid-sentence, or followed by another capitalised word ("Pờ Sì Ngài"),
        # is usually part of a name
        titled_mid = titled and (not _sentence_start(p.text, t.start)
                                 or (nxt is not None and nxt[:1].isupper() and (len(nxt) == 1 or not nxt.isupper())))
        if titled_mid:
            glued = self._glued(low, word, prev, nxt)
            if glued is not None and self.lex.is_word(*glued.lower().split(" ")):
                return Issue("glued", p, t.start, t.end, word, [glued], False, glued)  # "Kếhoạch"
            # a capitalised word mid-sentence is usually a name ("Kdăm", "Thuột"): only a
            # diacritics slip that makes a word with a neighbour is reported ("Ban Thuờng trực")
            fits = [c for c in lex.by_skeleton.get(skeleton(low), ())
                    if (prev is not None and lex.is_word(prev, c)) or (nxt is not None and lex.is_word(c, nxt))]
            if len(fits) > 1:  # "Ban thưởng" is a word too, but "Thường trực" is an administrative term
                fits = [c for c in fits
                        if (prev is not None and lex.is_term(prev, c)) or (nxt is not None and lex.is_term(c, nxt))]
            if len(fits) == 1:
                return Issue("invalid", p, t.start, t.end, word, [match_case(word, fits[0])], False, fits[0])
            return self._capitalised(p, t, prev, nxt)
        ranked = self.candidates(low, prev, nxt)
        if (not ranked or ranked[0][1] < 100) and (word.islower() or word.isupper() or word[1:].islower()):
            glued = self._glued(low, word, prev, nxt)
            if glued is not None:
                return Issue("glued", p, t.start, t.end, word, [glued], False, glued)
        if not ranked:
            return Issue("invalid", p, t.start, t.end, word, [], False)
        best, score = ranked[0]
        # a safe fix needs context evidence, a diacritics-only slip, and no close second
        confident = (score >= 100 and skeleton(best) == skeleton(low)
                     and (len(ranked) == 1 or ranked[1][1] < score - 50))
        return Issue("invalid", p, t.start, t.end, word, [match_case(word, c) for c, _ in ranked[:3]], confident, best)

    def _capitalised(self, p, t, prev: str | None, nxt: str | None) -> Issue | None:
        """A capitalised mid-sentence word that is not an attested syllable: a name, or a typo?

        Names are plausible when they look like one (a well-formed syllable, or a minority-language
        name such as "Kdăm", "Krông"); a typo is reported when the text gives evidence: a doubled
        first letter ("Ttây"), a tone a stop coda cannot take ("Bẳc"), or a frequent syllable one slip
        away (same first consonant and tone for a well-formed one) that forms a known word or a corpus bigram
        with a neighbour ("Khoa Luậy" -> "Khoa Luật").
        """
        lex = self.lex
        word = t.text
        low = word.lower()
        ranked = [c for c, _score in self.candidates(low, prev, nxt)[:8]]
        if not ranked:
            return None
        impossible = parse(low) is None
        doubled = len(low) > 2 and low[0] == low[1] and low[1:] in lex.syllables
        tone_coda = impossible and strip_tone(low) != low and parse(strip_tone(low)[:-1] + "c") is None \
            and any(parse(c) is not None and skeleton(c) == skeleton(low) for c in ranked)
        from .ngrams import load_ngrams

        ng = load_ngrams()

        def evidence(c: str) -> bool:
            # a word of the dictionary with a neighbour, or (for a word that cannot be a Vietnamese
            # syllable at all) a pair official text uses; a well-formed syllable needs the dictionary,
            # since corpus pairs such as "tỉnh Hủy" or "và A" occur by chance next to real names
            n = 0 if not impossible else 2
            return bool((prev is not None and (lex.is_word(prev, c) or (n and ng.count(prev, c) >= n)))
                        or (nxt is not None and (lex.is_word(c, nxt) or (n and ng.count(c, nxt) >= n))))

        # only a frequent syllable of official text is a plausible intended word ("Hủa" is not "Hùa")
        ranked = [c for c in ranked if ng.count(c) >= _CAPS_MIN_FREQUENCY]
        if not impossible:
            # a well-formed syllable is a plausible name ("Hủa Phăn", "Vừ A Dính"): only a slip in its
            # rhyme letters, keeping the first consonant and the tone, is questioned ("Luậy" -> "Luật")
            syl = parse(low)
            ranked = [c for c in ranked if (x := parse(c)) is not None and x.onset == syl.onset  # type: ignore[union-attr]
                      and x.tone == syl.tone]  # type: ignore[union-attr]
        fits = [c for c in ranked if evidence(c)]
        if doubled and ng.count(low[1:]) >= _CAPS_MIN_FREQUENCY:
            best = low[1:]
        elif fits:
            best = fits[0]
        elif tone_coda and any(skeleton(c) == skeleton(low) for c in ranked):
            best = next(c for c in ranked if skeleton(c) == skeleton(low))
        else:
            return None  # no evidence: a name
        return Issue("invalid", p, t.start, t.end, word, [match_case(word, best)], False, best)

    def _ascii(self, p, t, prev, nxt, vietnamese) -> Issue | None:
        """An ASCII word in a Vietnamese paragraph: Telex leftover, missing diacritics or typo?

        Anything without positive evidence is taken as a foreign word, a name or a unit.
        """
        lex = self.lex
        word = t.text
        low = word.lower()
        if t.kind != "word" or low in _ENGLISH or len(low) < 2 or not vietnamese():
            return None
        if word.isupper() and len(word) > 1:
            return None  # acronyms and all-caps foreign words
        strong = _TELEX_STRONG.search(low) is not None
        if word[:1].isupper() and not strong and not _sentence_start(p.text, t.start):
            return None  # a capitalised ASCII word mid-sentence: a name or a brand
        dec = telex_decode(low)
        if dec and lex.is_syllable(dec):
            # English has "ee", "oo", "ow" too ("been", "book", "now"): those marks alone are not
            # evidence; "dd", "aa", "uw", "aw"+consonant, or a mark plus a final tone key are
            sure = _TELEX_SURE.search(low) is not None or (strong and low[-1] in "sfrxj")
            context = (prev is not None and lex.is_word(prev, dec)) or (nxt is not None and lex.is_word(dec, nxt))
            frequent = len(low) >= 3 and lex.weight.get(dec, 0) >= 20 and low[-1] in "sfrxj"
            function = dec in _FUNCTION and (strong or low[-1] in "sfrxj")
            if sure or function or context or frequent:
                return Issue("telex", p, t.start, t.end, word, [match_case(word, dec)], True, dec)
        # impossible as typed ("cac", "nguoi", "tac"): a single reading that is a common
        # grammatical word or forms a word with a neighbour.  (An attested tone-less syllable such
        # as "ban" never gets here: only a known term can question it, see _near_miss.)
        # (only a syllable is restored: "oxy" is a spelling of its own, not "ôxy" without the hat)
        readings = [c for c in lex.by_skeleton.get(low, ()) if parse(c) is not None] if parse(low) is None else ()
        fits = [c for c in readings
                if c in _FUNCTION or (prev is not None and lex.is_word(prev, c)) or (nxt is not None and lex.is_word(c, nxt))]
        if len(fits) == 1:
            return Issue("missing-diacritics", p, t.start, t.end, word, [match_case(word, fits[0])], False, fits[0])
        if fits or readings:
            return None
        # two neighbouring letters swapped ("kihn tế" -> "kinh tế") or one letter lost
        # ("phát trin" -> "phát triển"), confirmed by a neighbour that makes a word with it
        fits = [c for c in self._swap_syllables(low)
                if (prev is not None and lex.is_word(prev, c)) or (nxt is not None and lex.is_word(c, nxt))]
        if len(fits) == 1:
            return Issue("invalid", p, t.start, t.end, word, [match_case(word, fits[0])], False, fits[0])
        return None

    def _swap_syllables(self, low: str) -> tuple[str, ...]:
        """Attested syllables ``low`` becomes with two neighbouring letters swapped or one letter inserted
        (``_swaps_and_insertions(low) & syllables``, looked up in a deletion index of the syllables: ~1.4 MB
        per lexicon, built on the first ASCII word that needs it, instead of building ~700 strings a word)."""
        return tuple(self._syllable_index().swaps_and_insertions(low, _LOWER_LETTERS))

    def _syllable_index(self) -> LetterIndex:
        """The lexicon's syllables by each of them with one letter deleted (one per lexicon, ~1.1 MB)."""
        index = _SYLLABLE_INDEX.get(self.lex)
        if index is None:
            from .realword import LetterIndex

            index = _SYLLABLE_INDEX[self.lex] = LetterIndex(self.lex.syllables)
        return index

    def _glued(self, low: str, word: str, prev: str | None = None, nxt: str | None = None) -> str | None:
        """"tỉnhvề" -> "tỉnh về" when exactly one split gives two attested syllables
        (or exactly one whose halves make words with the neighbours: "vụ ánhành chính")."""
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
        if len(found) > 1 and (prev or nxt):
            found = [(a, b) for a, b in found
                     if (prev is not None and lex.is_word(prev, a)) or (nxt is not None and lex.is_word(b, nxt))]
        if len(found) != 1:
            return None
        a, b = found[0]
        return f"{word[:len(a)]} {word[len(a):]}"

    def candidates(self, low: str, prev: str | None, nxt: str | None) -> list[tuple[str, float]]:
        """Attested syllables one slip away from ``low``, best first, with a score."""
        lex = self.lex
        memo = _CANDIDATES.get(lex)
        if memo is None:
            memo = _CANDIDATES[lex] = {}
        base_scores = memo.get(low)
        if base_scores is None:
            if len(memo) > 20_000:
                memo.clear()
            base_scores = memo[low] = self._base_candidates(low)
        scored = []
        for c, score in base_scores:
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
            if c in _NUMBER_UNITS and prev is not None and (prev.lower() in _NUMBER_WORDS or prev[:1].isdigit()):
                score += 120  # "ba triêu" -> "ba triệu", not the dictionary's "ba tiêu"
            scored.append((c, score))
        scored.sort(key=lambda x: (-x[1], x[0]))
        return scored

    def _base_candidates(self, low: str) -> tuple[tuple[str, float], ...]:
        """The context-free part of :meth:`candidates`: every attested syllable one slip away with its score
        before the neighbours are looked at (memoised per lexicon and word: generating the edits of a word
        costs ~0.1 ms, and the same unknown words recur from document to document)."""
        lex = self.lex
        by_skel = lex.by_skeleton
        skel = skeleton(low)
        cands: dict[str, float] = {}
        bare = strip_tone(low)
        for c in by_skel.get(skel, ()):
            # slips of the input method (tone, hat, horn) are far more common than letter slips
            cands[c] = 6.0 if strip_tone(c) == bare else 3.0
        # the attested syllables one letter away (inserted, substituted, dropped, two swapped), looked up in a
        # deletion index of the syllables instead of building ~1,500 strings
        edits = self._syllable_index().letter_slips(low, False, _LOWER_LETTERS)
        for c in edits:
            cands.setdefault(c, 0.0)
        m = len(skel)
        for i in range(m - 1):
            sk = skel[:i] + skel[i + 1] + skel[i] + skel[i + 2:]
            for c in by_skel.get(sk, ()):
                cands.setdefault(c, -1.0)
        weight = lex.weight
        from .ngrams import load_ngrams

        corpus = load_ngrams()
        # how common the syllable is in official text (issue 9: "a rare or rude word" must not
        # win over the frequent one), then how many dictionary words use it
        return tuple((c, base + 0.3 * math.log(1 + corpus.count(c)) + 0.2 * math.log(1 + weight.get(c, 1)))
                     for c, base in cands.items())


def _split_words(low: str, chunk: int = 1 << 16) -> list[str]:
    """``_PUNCT.sub(" \x00 ", low).split()`` (punctuation runs are NUL breaks), made ~64K characters at a
    time and with one shared string per distinct word: a 2 MB text has 400,000 words but a few thousand
    distinct ones, and 400,000 separate strings cost ~25 MB (issue 10).  Chunks end at a space, which no
    punctuation run or word crosses, so the words are exactly those of the one-pass version.  A text of one
    chunk or less (the usual draft) is split in one call: its few thousand strings are not worth sharing."""
    out: list[str] = []
    seen: dict[str, str] = {}
    share = seen.setdefault
    n = len(low)
    if n <= chunk:  # one chunk: a few thousand words, sharing their strings would save little
        return _PUNCT.sub(" \x00 ", low).split()
    start = 0
    while start < n:
        stop = low.find(" ", start + chunk) if start + chunk < n else n
        if stop < 0:
            stop = n
        part = _PUNCT.sub(" \x00 ", low[start:stop]).split()
        out.extend(map(share, part, part))
        start = stop
    return out


def _corpus_vetoes(a: str, b: str, x: str, y: str, prev: Token | None, nxt: Token | None) -> bool:
    """:func:`_corpus_veto` on the neighbours' text."""
    return _corpus_veto(a, b, x, y, prev.text if prev is not None else None, nxt.text if nxt is not None else None)


def _corpus_veto(a: str, b: str, x: str, y: str, prev: str | None, nxt: str | None) -> bool:
    """The n-gram model of official text does not prefer the term here: the typed pair is ordinary
    in its context ("giao cho bên mua": "cho bên" and "bên mua" are common, "nên mua" is not;
    "mưa có nơi trên 100 mm": "có nơi" is common, "có nói" is not)."""
    from .realword import real_word_model

    model = real_word_model()
    # the typed pair is ordinary in this very context: the corpus has it with a neighbouring word at least a
    # quarter as often as the term ("của khóa học", "theo niên chế", "đường bờ biển", "hành không quá");
    # an OCR typo the corpus repeats stays far below ("theo yêu câu" 24 against "theo yêu cầu" 2,971)
    ng = model.ng
    before = prev if prev is not None else "<s>"  # no single-spaced word: a clause edge, as in prefers()
    after = nxt if nxt is not None else "<s>"
    for typed, term in (((before, a, b), (before, x, y)), ((a, b, after), (x, y, after))):
        seen = ng.count(*typed)
        if seen and seen >= _CONTEXT_SHARE * ng.count(*term):
            return True
    if a != x and model.prefers(a, x, prev, y) < _NEAR_MISS_MARGIN:
        return True
    return b != y and model.prefers(b, y, x, nxt) < _NEAR_MISS_MARGIN


#: log-odds the model must give a curated near-miss term over the typed pair (the list is a strong prior)
_NEAR_MISS_MARGIN = 2.0
#: a curated pair is ordinary when the corpus has it next to the same word at least this share as often as the term
_CONTEXT_SHARE = 0.25


_LIST_MARKER = re.compile(r"^\s*(?:[-+*•–]|\(?[0-9a-zđ]{1,3}[.)]|[IVXLC]+\.)?\s*$")


def _sentence_start(text: str, start: int) -> bool:
    """True when a capital at ``start`` is expected: paragraph/list-item start or after . ! ? : …"""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:…;\"“(" or _LIST_MARKER.match(text[:start]) is not None


def _swaps_and_insertions(w: str) -> set[str]:
    """``w`` with two neighbouring letters swapped or one letter (any Vietnamese letter) inserted."""
    out = {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(len(w) - 1)}
    for i in range(len(w) + 1):
        for c in LOWER_LETTERS:
            out.add(w[:i] + c + w[i:])
    return out


def _prev_word(text: str, start: int) -> Token | None:
    """The word right before ``start`` when only one space separates them."""
    if start < 2 or text[start - 1] != " ":
        return None
    j = start - 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if k == j or (k > 0 and (text[k - 1].isalnum() or text[k - 1] in "-/")):
        return None
    return Token("word", text[k:j], k, j)


def _next_word(text: str, end: int) -> Token | None:
    """The word right after ``end`` when only one space separates them."""
    if end + 1 >= len(text) or text[end] != " ":
        return None
    k = end + 1
    j = k
    while j < len(text) and text[j].isalpha():
        j += 1
    if j == k or (j < len(text) and (text[j].isalnum() or text[j] in "-/")):
        return None
    return Token("word", text[k:j], k, j)


def spelling_scan(ctx: Context) -> SpellingScan:
    """The document's shared spelling pass (computed on first use)."""
    return ctx.spelling  # registered as the "spelling" analysis: one cache on the Context
