"""Capitalisation, acronyms and doubled/dropped words: one shared pass per document.

The rules TDN430–TDN439 read :func:`capitals_scan` (cached on the Context like the spelling
pass) and only report what it found.  The statistics come from ``data/capitals.txt``, built by
``tools/build_capitals.py`` from the training split of the legal-text corpus (counts only), plus
the explicit list ``data/capitals-names.txt`` of organisation names the corpus has too few of
(Party and MTTQ bodies of a province).  The table is read once per process on first use.

Precision first.  A capital says nothing in an all-capitals or title-cased line (headings, table
cells), at a sentence start, after "1.", ":" or an opening quote; the checks below only look at
words in the middle of running text, right after a lower-case word, and compare them with a form
the corpus writes the same way (almost) every time.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .orthography import parse as parse_syllable

if TYPE_CHECKING:
    from ..context import Context
    from ..model import Paragraph

UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LO = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_WORD = "[^\\W\\d_]+"
_WORDS_AFTER = re.compile(_WORD + "(?: " + _WORD + "){0,6}")
# the same for at most n words (n = 1 .. 7; the longest name with a given head is known)
_WORDS_AFTER_N = [_WORDS_AFTER, *(re.compile(_WORD + "(?: " + _WORD + "){0," + str(n - 1) + "}") for n in range(1, 8))]
# (the capital first, then the lower-case word before it checked behind: the regex engine skips to capitals;
# a pattern starting with the space tried every word boundary and was twice as slow, same matches)
_LOWER_THEN_CAP = re.compile(f"([{UP}](?:(?<=[{LO}] [{UP}])|(?<=[{LO}], [{UP}]))[{LO}]*)(?![\\w-])")
# Administrative units (NĐ 30/2020 Phụ lục II, mục III.1.a): the common noun stays lower case before
# the unit's own name, except a unit named by a number or a person (III.1.b) and the special cases (III.1.c).
# (each unit word checks the lower-case word before it after matching: a pattern that starts with the
# words lets the regex engine skip to their first letters; a lookbehind first was 3x slower)
_UNIT = re.compile("(" + "|".join(f"{u}(?<=[{LO}] {u})" for u in ("Tỉnh", "Huyện", "Thị xã", "Thị trấn", "Thành phố",
                                                                  "Xã", "Quận", "Phường"))
                   + f") ([{UP}][{LO}]*(?: [{UP}][{LO}]*)*)")
# "khoản 2 điều 7": article and chapter references (Phụ lục II, mục V.7)
_ARTICLE = re.compile(r"điều (?<![\w.]điều )(\d{1,3}[a-z]?|[IVXL]{1,6})(?![\w/.]\w)"
                      r"|chương (?<![\w.]chương )(\d{1,3}[a-z]?|[IVXL]{1,6})(?![\w/.]\w)")
_CLAUSE_CAP = re.compile(r"(Khoản|Điểm) (\d{1,3}|[a-zđ])(?=[ ,])[^.;:\n]{0,40}?Điều \d+")
_PLURAL = frozenset(["các", "những", "hai", "ba", "bốn", "năm", "mấy", "mọi", "một"])
# Positions (mục V.3): capitalised when directly before a person's name.
_POSITIONS = [
    "phó chủ tịch", "chủ tịch", "phó bí thư", "tổng bí thư", "bí thư", "phó thủ tướng", "thủ tướng",
    "bộ trưởng", "thứ trưởng", "tổng giám đốc", "phó giám đốc", "giám đốc", "phó trưởng ban", "trưởng ban",
    "phó chánh văn phòng", "chánh văn phòng", "chánh án", "phó chánh án", "viện trưởng", "phó viện trưởng",
    "cục trưởng", "phó cục trưởng", "vụ trưởng", "phó vụ trưởng", "trưởng phòng", "phó trưởng phòng",
    "chủ nhiệm", "phó chủ nhiệm", "chánh thanh tra", "phó chánh thanh tra", "giáo sư", "phó giáo sư",
    "tiến sĩ", "thạc sĩ", "chủ tịch nước", "phó chủ tịch nước",
]
_SURNAMES = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Trịnh", "Tạ", "Lưu", "Nông", "Kiều", "Chu", "Triệu", "Quách", "Hứa", "Doãn", "Âu", "Khổng", "Thân", "Vi", "Lò"])
@lru_cache(maxsize=256)
def _position_re(titles: frozenset[str]) -> re.Pattern[str]:
    """The positions a document can hold, each followed by a person's name (compiled once per set)."""
    return re.compile(
        r"(" + "|".join(sorted(titles, key=len, reverse=True)) + r") "
        r"((?:" + "|".join(sorted(_SURNAMES)) + f")(?: [{UP}][{LO}]+){{1,3}})(?![\\w])")


_POSITION_PAIRS_ALL = {t: " ".join(t.split(" ")[:2]) for t in _POSITIONS}
_ALL_POSITIONS = frozenset(_POSITIONS)
def _position_form(title: str) -> str:
    """"phó chủ tịch" -> "Phó Chủ tịch", "chánh văn phòng" -> "Chánh Văn phòng", "giám đốc" -> "Giám đốc"."""
    words = title.split(" ")
    out = [words[0].capitalize()]
    rest = words[1:]
    if words[0] in ("phó", "tổng") and rest:
        out.append(rest[0].capitalize())
        rest = rest[1:]
    if title.endswith("văn phòng") or title.endswith("thanh tra"):
        rest = [rest[0].capitalize(), *rest[1:]] if rest else rest
    return " ".join(out + rest)


_UNIT_WORDS = frozenset(["tỉnh", "huyện", "xã", "phường", "quận", "thị", "trấn", "phố"])
_ORG_AFTER_UNIT = frozenset(["Đoàn", "Đội", "Hội", "Ủy", "Uỷ", "Đảng", "Ban", "Bộ", "Cục", "Sở", "Ủy ban"])


def _upper_heavy(text: str) -> bool:
    """All capitals or title case (headings, table cells, addresses): capitals carry no signal."""
    words = text.split()
    if len(words) < 4:
        return sum(1 for w in words if w[:1].isupper()) == len(words) and len(words) > 1
    caps = sum(1 for w in words if w[:1].isupper())
    return caps >= 0.6 * len(words)


@dataclass(slots=True)
class Hit:
    paragraph: Paragraph
    start: int
    end: int
    written: str
    fix: str
    safe: bool = True
    note: str = ""  # what the rule should say about it (e.g. the target acronym, the full name)
    severity: str = ""  # override: "error" / "warning" / "info"


@dataclass
class CapitalsTable:
    names: dict[str, tuple[str, int, float]]  # lower-case key -> (standard form, count, share); count 0 = list
    first_pairs: dict[str, int]  # first two words (lower) -> longest name length starting with them
    first_words: dict[str, int]  # first word (lower) of one-word-head names of two words
    lower: frozenset[str]  # words never capitalised right after a lower-case word
    acronyms: dict[str, int]
    nodouble: frozenset[str]  # lower-case syllables never doubled in any case
    junctions: dict[str, list[tuple[str, int]]]  # pair -> [(full name, index of the dropped word)]
    header: list[str] = field(default_factory=list)
    nodouble_capital: frozenset[str] = frozenset()  # never doubled with both copies capitalised ("Sở Sở")
    heads: frozenset[str] = frozenset()  # the first words of the keys of first_pairs


def parse_table(text: str, extra_names: str = "") -> CapitalsTable:
    sections: dict[str, list[str]] = {}
    header = []
    current = None
    for line in text.splitlines():
        if line.startswith("#"):
            header.append(line)
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        if line and current is not None:
            current.append(line)
    names: dict[str, tuple[str, int, float]] = {}
    for row in sections.get("names", []):
        form, count, share = row.split("\t")
        names[form.lower()] = (form, int(count), float(share))
    for row in extra_names.splitlines():
        row = row.split("#", 1)[0].strip()
        if row:
            names[row.lower()] = (row, 0, 1.0)
    first_pairs: dict[str, int] = {}
    for key in names:
        words = key.split(" ")
        if len(words) >= 2:
            pair = " ".join(words[:2])
            first_pairs[pair] = max(first_pairs.get(pair, 0), len(words))
    lower = frozenset(r.split("\t", 1)[0] for r in sections.get("lower", []))
    acronyms = {a: int(n) for a, n in (r.split("\t") for r in sections.get("acronyms", []))}
    nodouble = frozenset(sections.get("nodouble", []))
    nodouble_capital = frozenset(sections.get("nodouble-capital", []))
    junctions: dict[str, list[tuple[str, int]]] = {}
    for row in sections.get("junctions", []):
        pair, form, j = row.split("\t")
        junctions.setdefault(pair, []).append((form, int(j)))
    heads = frozenset(pair.split(" ", 1)[0] for pair in first_pairs)
    return CapitalsTable(names, first_pairs, {}, lower, acronyms, nodouble, junctions, header, nodouble_capital,
                         heads)


@lru_cache(maxsize=1)
def load_table() -> CapitalsTable:
    data = resources.files("tdnlint") / "data"
    text = (data / "capitals.txt").read_text(encoding="utf-8")
    return parse_table(text)


# After these a capital starts a title or the name of a unit ("về Trách nhiệm …", "khoa Gây mê hồi sức",
# "Tổng cục Năng lượng", "Trưởng phòng Nghiệp vụ"): never a stray capital.
_BEFORE_TITLE = frozenset(["và", "hoặc", "về", "là", "đề", "khoa", "phòng", "cục", "ban", "vụ", "sở", "viện", "tổ",
                           "đội", "trường", "hội", "quỹ", "tem", "trạm", "tâm", "phận", "hiệu", "mục", "dung", "môn",
                           "ủy", "uỷ", "bộ", "đoàn", "khối"])
_DOC_TYPES = frozenset([
    "luật", "bộ luật", "pháp lệnh", "nghị định", "thông tư", "nghị quyết", "quyết định", "chỉ thị", "kế hoạch",
    "chương trình", "đề án", "dự án", "quy chế", "quy định", "hướng dẫn", "kết luận", "thông báo", "báo cáo",
    "tờ trình", "công văn", "điều lệ", "chiến lược", "quy hoạch", "phong trào", "cuộc vận động", "chuyên đề",
    "tài liệu", "sách", "tạp chí", "báo", "bài", "mục", "phần", "chương", "đề mục", "chứng chỉ", "cuốn"])
_LINKS = frozenset(["của", "và", "về", "với", "thuộc", "trực", "tại", "cho", "hoặc"])
_FIXED_TERMS = {"nam": "Nam", "nội": "Nội", "chí": "Chí", "minh": "Minh"}  # TDN406 reports "Việt nam", "Hà nội"
_COMMITTEES = frozenset(["tỉnh", "huyện", "thành", "quận", "thị", "đảng"])


_POSITION_FIRST = frozenset(["phó", "chủ", "giám", "trưởng", "chánh", "bí"])
_POSITION_PAIRS = frozenset(["bộ trưởng", "viện trưởng", "cục trưởng", "vụ trưởng", "tổng giám", "tổng bí", "thứ trưởng"])


def _is_position(standard: list[str]) -> bool:
    first = standard[0].lower()
    return first in _POSITION_FIRST or " ".join(standard[:2]).lower() in _POSITION_PAIRS


# per-process memo of CapitalsScan.names: id(table) -> (table, words after a name head -> _longest_name(...))
_NAME_MEMO: dict[int, tuple[CapitalsTable, dict[str, tuple[int, tuple, list[str]] | None]]] = {}


def _longest_name(group: str, names: dict, first_pairs: dict) -> tuple[int, tuple, list[str]] | None:
    """(word count, table entry, words as written) of the longest listed name ``group`` starts with; None when
    there is none or when it is written exactly as the standard form."""
    words = group.split(" ")
    low = group.lower().split(" ")
    longest = first_pairs.get(f"{low[0]} {low[1]}", 0) if len(low) > 1 else 0
    for n in range(min(len(low), longest), 1, -1):
        entry = names.get(" ".join(low[:n]))
        if entry is not None:
            break
    else:
        return None
    if " ".join(words[:n]) == entry[0]:
        return None
    return n, entry, words


def _same_name(written: list[str], standard: list[str]) -> bool:
    """Equal, allowing what other rules report or what is legitimately generic: "Việt nam" (TDN406) and a
    lower-case committee ("Văn phòng tỉnh ủy": the office of any provincial committee in a legal text)."""
    for k, (w, st) in enumerate(zip(written, standard)):
        if w == st:
            continue
        low = w.lower()
        if _FIXED_TERMS.get(low) == st:
            continue
        if low in _COMMITTEES and w.islower() and k + 1 < len(written) and written[k + 1].lower() in ("ủy", "uỷ"):
            continue
        if low in ("ủy", "uỷ") and k > 0 and written[k - 1].lower() in _COMMITTEES and written[k - 1].islower():
            continue
        return False
    return True


_GRAMMATICAL = frozenset(["trong", "tại", "của", "với", "và", "các", "những", "được", "theo", "cho", "để", "từ", "đến",
                          "khi", "thì", "mà", "nhưng", "hoặc", "do", "bởi", "vì", "nên", "cũng", "đã", "sẽ", "đang"])


def _short_unpunctuated(text: str) -> bool:
    stripped = text.rstrip()
    return len(stripped.split()) < 10 and stripped[-1:] not in ".;:,!?"


def _word_before(text: str, end: int) -> str:
    """The run of letters ending at ``end`` (exclusive), '' if none ("xã, Trong": the word before the comma)."""
    i = end
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:end] if end > 0 else ""


def _prev_word(text: str, start: int) -> str:
    """The word right before ``start`` when only one space separates them, else ''."""
    if start < 2 or text[start - 1] != " ":
        return ""
    i = start - 1
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:start - 1]


class CapitalsScan:
    def __init__(self, ctx: Context):
        from .checker import spelling_scan

        self.ctx = ctx
        self.scan = spelling_scan(ctx)
        self.enabled = ctx.tokens.spelling_enabled and self.scan.doc_vn
        self._heavy: dict[int, bool] = {}

    @cached_property
    def table(self) -> CapitalsTable:
        return load_table()

    def heavy(self, p: Paragraph) -> bool:
        hit = self._heavy.get(p.index)
        if hit is None:
            hit = self._heavy[p.index] = _upper_heavy(p.text)
        return hit

    def _finditer(self, pattern: re.Pattern[str], keep=None):
        """(paragraph, match) for each match of ``pattern`` in the document, one regex pass; matches are
        made again on the paragraph's own text so their offsets are the paragraph's.  ``keep(match)``, if
        given, drops a match before that (for patterns whose match cannot reach past a paragraph's end, so
        the match in the joined text is the paragraph's)."""
        joined, starts, paragraphs = self.scan.joined, self.scan.starts, self.scan.paragraphs
        for m in pattern.finditer(joined):
            if keep is not None and not keep(m):
                continue
            k = bisect.bisect_right(starts, m.start()) - 1
            base = starts[k]
            p = paragraphs[k]
            again = pattern.match(p.text, m.start() - base)
            if again is not None:
                yield p, again

    def _skip(self, p: Paragraph, start: int) -> bool:
        """Headings and protected spans (URLs, e-mail, file names)."""
        if self.heavy(p):
            return True
        return self.ctx.protected(p).overlaps(start, start + 1)

    # ---- TDN430: names of agencies and organisations ------------------------------------------
    @cached_property
    def names(self) -> list[Hit]:
        if not self.enabled:
            return []
        table = self.table
        lex = self.ctx.lexicon
        heads = self.scan.pairs & table.first_pairs.keys()
        out: list[Hit] = []
        names = table.names
        first_pairs = table.first_pairs
        held = _NAME_MEMO.get(id(table))
        if held is None or held[0] is not table:  # (a dataclass with eq is unhashable: keyed by id, kept alive)
            held = _NAME_MEMO[id(table)] = (table, {})
        memo = held[1]
        last = (-1, -1)  # (paragraph index, end) of the last name reported: occurrences come sorted
        for p, start, _end, head in self.scan.find(heads):
            if p.index == last[0] and start < last[1]:
                continue
            # only as many words as the longest name with this head has: the rest is never read
            m = _WORDS_AFTER_N[min(first_pairs.get(head.lower(), 7), 7)].match(p.text, start)
            if m is None:
                continue
            # the longest listed name the words start with depends on the words alone: looked up once per
            # table and word sequence (the same names recur dozens of times per document)
            group = m.group()
            found = memo.get(group, memo)
            if found is memo:
                if len(memo) > 50_000:
                    memo.clear()
                found = memo[group] = _longest_name(group, names, first_pairs)
            if found is None:
                continue  # no listed name, or written exactly as the standard form (by far the most common)
            n, entry, words = found
            form, count, share = entry
            written = words[:n]
            standard = form.split(" ")
            if _same_name(written, standard) or any(len(w) > 1 and w.isupper() for w in written) \
                    or self._skip(p, start):
                continue
            end = start + sum(map(len, written)) + n - 1
            if written[0][0].islower():
                if _is_position(standard):
                    continue  # "ông A, phó chủ tịch Ủy ban …": a position after the name stays lower case (V.3)
                # a lower-case head is a common noun ("các ủy ban") unless the rest proves a name:
                # a capital kept from the standard form, or a place name right after "… tỉnh"
                kept = False
                for w, st in zip(written[1:], standard[1:]):
                    if w.lower() in _LINKS:
                        break  # "các ban của Đảng": a capital after "của"/"và" proves nothing
                    if st[0].isupper() and w == st:
                        kept = True
                        break
                after = p.text[end + 1:end + 2] if p.text[end:end + 1] == " " else ""
                place = standard[-1].lower() in _UNIT_WORDS and after.isupper()
                prev = _prev_word(p.text, start)
                if not (kept or place) or (prev and lex.is_word(prev.lower(), written[0].lower())):
                    continue
                if not prev and start > 0 and p.text[start - 1] not in " ":
                    continue
            fixed = form
            last = (p.index, end)
            sure = count == 0 or (count >= 200 and share >= 0.98)
            out.append(Hit(p, start, end, " ".join(written), fixed, safe=sure))
        return out

    # ---- TDN431: administrative unit capitalised before its name --------------------------------
    @cached_property
    def units(self) -> list[Hit]:
        if not self.enabled or not any(u in self.scan.words for u in ("tỉnh", "huyện", "xã", "quận", "phường",
                                                                       "thị", "phố")):
            return []
        out = []
        for p, m in self._finditer(_UNIT):
            s = m.start()
            if self._skip(p, s):
                continue
            unit, name = m.group(1), m.group(2)
            first = name.split(" ", 1)[0]
            if first in _ORG_AFTER_UNIT or (unit == "Thành phố" and name.startswith("Hồ Chí Minh")):
                continue  # "Tỉnh Đoàn", "Thành phố Hồ Chí Minh" (III.1.c)
            if unit in ("Xã", "Phường", "Quận", "Thị trấn", "Huyện") and first in _SURNAMES:
                continue  # a unit named after a person keeps its capital (III.1.b)
            if len(name.split(" ")) > 4:
                continue  # a run of capitals: a title, not a place
            out.append(Hit(p, s, s + len(unit), unit, unit.lower(), note=name))
        return out

    # ---- TDN432: "khoản 2 điều 7" ----------------------------------------------------------------
    @cached_property
    def articles(self) -> list[Hit]:
        if not self.enabled:
            return []
        out = []
        if "điều" in self.scan.words or "chương" in self.scan.words:
            for p, m in self._finditer(_ARTICLE):
                s = m.start()
                if self.heavy(p):
                    continue
                prev = _prev_word(p.text, s).lower()
                if prev in _PLURAL:
                    continue  # "các điều 8, 9 và 10": plural, a common noun
                word = m.group().split(" ", 1)[0]
                out.append(Hit(p, s, s + len(word), word, word.capitalize(), severity="error",
                               note=m.group()))
        if "khoản" in self.scan.words or "điểm" in self.scan.words:
            for p, m in self._finditer(_CLAUSE_CAP):
                s = m.start()
                before = p.text[max(0, s - 2):s]
                if len(before) < 2 or before[1] != " " or not (before[0] == "," or before[0].islower()) \
                        or self.heavy(p):
                    continue  # only in the middle of a sentence
                word = m.group(1)
                out.append(Hit(p, s, s + len(word), word, word.lower(), note=f"{word.lower()} {m.group(2)}"))
        return out

    # ---- TDN433: position before a person's name ---------------------------------------------------
    @cached_property
    def positions(self) -> list[Hit]:
        if not self.enabled:
            return []
        titles = frozenset(t for t, pair in _POSITION_PAIRS_ALL.items() if pair in self.scan.pairs)
        if not titles:
            return []
        out = []
        for p, m in self._positions_of(titles):
            s = m.start()
            if (s and p.text[s - 1].isalnum()) or self._skip(p, s):
                continue
            title = m.group(1)
            if _prev_word(p.text, s).lower() in ("ban", "hội", "đoàn"):
                continue  # "Ban chủ nhiệm …": the name of a board, not a position before a person
            fixed = _position_form(title)
            out.append(Hit(p, s, s + len(title), title, fixed, note=m.group(2)))
        return out

    def _positions_of(self, titles: frozenset[str]):
        """What ``self._finditer(_position_re(titles))`` yields, with one pattern of every position compiled
        once per process (a pattern per set of titles was compiled for most new documents: 1.7 ms each).
        The titles that can match at one place all start with the same two words, and ``titles`` holds a
        position exactly when its first two words occur, so a match of a title outside ``titles`` only
        means that the restricted pattern has no match there: the search goes on from the next character."""
        pattern = _position_re(_ALL_POSITIONS)
        text, starts, paragraphs = self.scan.joined, self.scan.starts, self.scan.paragraphs
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            if m.group(1) not in titles:
                pos = m.start() + 1
                continue
            pos = m.end()
            k = bisect.bisect_right(starts, m.start()) - 1
            again = pattern.match(paragraphs[k].text, m.start() - starts[k])
            if again is not None:
                yield paragraphs[k], again

    def names_before(self, p: Paragraph, s: int) -> bool:
        """A capitalised word earlier in the same clause continues a name or a title ("Bài thơ Sông núi Nước
        Nam", "Bộ phận Tiếp nhận và Trả kết quả"): two capitalised words within the four before."""
        words = p.text[max(0, s - 40):s].replace(",", " , ").split()[-4:]
        if "," in words:
            words = words[len(words) - words[::-1].index(","):]
        return sum(1 for w in words if w[:1].isupper()) >= 2

    # ---- TDN434: a common word capitalised in the middle of a sentence ----------------------------
    @cached_property
    def stray_capitals(self) -> list[Hit]:
        if not self.enabled:
            return []
        lower = self.table.lower
        out = []
        # (a match of _LOWER_THEN_CAP never reaches past its paragraph: the word is tested before the match
        # is made again in the paragraph)
        found = list(self._finditer(_LOWER_THEN_CAP, lambda m: m.group(1).lower() in lower))
        counts: dict[str, int] = {}
        for _p, m in found:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        names = {(h.paragraph.index, h.start + k) for h in self.names for k in range(h.end - h.start)}
        for p, m in found:
            s, w = m.start(1), m.group(1)
            if w.lower() not in lower or (p.index, s) in names or self._skip(p, s):
                continue
            prev = _prev_word(p.text, s)
            if not prev:
                prev = _word_before(p.text, s - 2)  # "xã, Trong đó": after a comma only a grammatical word
                if w.lower() not in _GRAMMATICAL:
                    continue
            if _short_unpunctuated(p.text):
                continue  # a table cell or a heading ("Chỉ tiêu Trước đợt chào bán")
            before_prev = _word_before(p.text, s - len(prev) - 2 - (p.text[s - 2] == ","))
            if len(prev) < 2 or not before_prev[-1:].islower() or not before_prev[:1].islower():
                # "đ Phạt tiền", "x Sản lượng": a list marker or a formula; "Kiểm dịch Động thực vật": the
                # word before belongs to a capitalised compound, so a name goes on
                continue
            if not prev or not prev[0].islower() or prev.lower() == w.lower() or prev in _BEFORE_TITLE:
                continue  # a name goes on ("Khoa học và Công nghệ", "về Trách nhiệm …"); "của Của" is TDN405's
            nxt = p.text[s + len(w) + 1:s + len(w) + 2]
            if nxt.isupper() or self.names_before(p, s) or counts.get(w, 0) >= 3:
                continue  # "sông Tiên Yên" (a name), a title, or the document's own capitalised term
            pair = f"{_word_before(p.text, s - len(prev) - 2).lower()} {prev}"
            if pair in _DOC_TYPES or prev in _DOC_TYPES:
                continue  # "Pháp lệnh Ký kết …", "Hướng dẫn Hoạt động …": a document's name (V.6)
            out.append(Hit(p, s, s + len(w), w, w.lower(), note=prev))
        return out


    # ---- TDN438: a dropped word in a fixed name ("Ban Thường Tỉnh ủy") -------------------------
    @cached_property
    def dropped(self) -> list[Hit]:
        cs = self
        if not self.enabled:
            return []
        table = cs.table
        pairs = cs.scan.pairs & table.junctions.keys()
        if not pairs:
            return []
        variants: dict[str, tuple[str, int]] = {}
        for pair in pairs:
            for form, j in table.junctions[pair]:
                words = form.split(" ")
                variants[" ".join(w.lower() for k, w in enumerate(words) if k != j)] = (form, j)
        out = []
        for p, s, e, written in cs.scan.find(set(variants)):
            form, j = variants[written.lower()]
            words = form.split(" ")
            got = written.split(" ")
            # keep the writer's case for the words they typed, insert the missing one in its standard form
            fixed = " ".join([*got[:j], words[j], *got[j:]])
            out.append(Hit(p, s, e, written, fixed, safe=False, note=words[j]))
        return out

def capitals_scan(ctx: Context) -> CapitalsScan:
    """The document's shared capitalisation pass (computed on first use)."""
    return ctx.get("capitals")  # registered in tdnlint/builtin.py: one cache on the Context


# ---- acronyms -----------------------------------------------------------------------------------
# the character class comes first so most positions fail fast; the lookbehind then checks the start
_ACRONYM_RE = re.compile(r"[A-ZĐ](?<![\w/-][A-ZĐ])[A-ZĐ]{1,8}(?![\w/-])")
_TELEX_D = re.compile(r"(?<![\w/-])(?:[A-ZĐ]*DD[A-ZĐ]*|DD[" + LO + r"]+)(?![\w/-])")
_DEFINITION = re.compile(r"\(([A-ZĐ][A-ZĐ]{1,9})\)|tắt là:? [\"“]?([A-ZĐ]{2,10})\b")
# Acronyms of the Đ family that TDN407 already knows (TDN435 covers their Telex form "DD").
_KNOWN_D = frozenset(["HĐND", "BCĐ", "QĐ", "NĐ", "ĐU", "ĐBQH", "ĐTN", "ĐCSVN", "HĐQT", "TĐKT", "ĐH", "ĐHQG"])


def _one_swap(a: str, b: str) -> bool:
    """Two neighbouring letters swapped ("UNBD" for "UBND"); "PCVP" (Phó Chánh Văn phòng) is no slip of "VPCP"."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _anagram(a: str) -> str:
    return "".join(sorted(a))


class AcronymScan:
    """Acronyms of one document: Telex residue, transposed letters, use before the definition."""

    def __init__(self, cs: CapitalsScan):
        self.cs = cs
        self.scan = cs.scan

    @cached_property
    def uses(self) -> dict[str, list[tuple[Paragraph, int]]]:
        out: dict[str, list[tuple[Paragraph, int]]] = {}
        # (a match never reaches past its paragraph: a syllable is dropped before the match is made again)
        for p, m in self.cs._finditer(_ACRONYM_RE, lambda m: parse_syllable(m.group()) is None):
            a = m.group()
            after = p.text[m.end():m.end() + 2]
            if not after[1:2].isdigit() and not after[:1].isdigit():
                out.setdefault(a, []).append((p, m.start()))
        return out

    @cached_property
    def definitions(self) -> dict[str, tuple[Paragraph, int, int]]:
        out: dict[str, tuple[Paragraph, int, int]] = {}
        if "(" not in self.scan.joined and "tắt là" not in self.scan.lower:
            return out
        for p, m in self.cs._finditer(_DEFINITION):
            a = m.group(1) or m.group(2)
            if m.group(1) and not _initials_match(p.text, m.start(), a):
                continue  # "(ĐVT)", "(GOC)": a unit, a note or a label, not a definition by a name
            out.setdefault(a, (p, m.start(), m.end()))
        return out

    @cached_property
    def telex(self) -> list[Hit]:
        if "DD" not in self.scan.joined:
            return []
        table = self.cs.table
        used = set(self.uses)
        out = []
        for p, m in self.cs._finditer(_TELEX_D):
            w = m.group()
            fixed = w.replace("DD", "Đ")
            if w.isupper():
                if not (fixed in used or fixed in _KNOWN_D or table.acronyms.get(fixed, 0) >= 5):
                    continue
            elif not self.cs.ctx.lexicon.is_syllable(fixed.lower()):
                continue
            out.append(Hit(p, m.start(), m.end(), w, fixed))
        return out

    @cached_property
    def transposed(self) -> list[Hit]:
        table = self.cs.table
        counts = table.acronyms
        unknown = [a for a in self.uses if len(a) >= 3 and counts.get(a, 0) < 2 and a not in self.definitions
                   and len(self.uses[a]) <= 2]
        if not unknown:
            return []
        index = _anagram_index(table)
        out = []
        for a in unknown:
            targets = {t for t in index.get(_anagram(a), ()) if _one_swap(a, t)}
            # the document's own forms count too ("UBND" elsewhere in the text)
            targets |= {t for t in self.uses if _one_swap(a, t) and len(self.uses[t]) >= 2}
            if len(targets) != 1:
                continue
            target = targets.pop()
            if len(a) < 4 and target not in self.uses:
                continue  # three letters make many acronyms: only when the document itself uses the target
            if self.cs.ctx.lexicon.ignored(a):
                continue
            for p, s in self.uses[a]:
                out.append(Hit(p, s, s + len(a), a, target, safe=False))
        return out

    @cached_property
    def before_definition(self) -> list[Hit]:
        if not self.definitions:
            return []
        segments = self.cs.ctx.segments
        skip = set(segments.header) | set(segments.signature) | set(segments.recipients)
        out = []
        for a, (dp, ds, de) in self.definitions.items():
            for p, s in self.uses.get(a, ()):
                if p.index in skip or p.part != dp.part:
                    continue
                if (p.index, s) >= (dp.index, ds):
                    break
                if p.index == dp.index and ds <= s < de:
                    continue
                if p.text[s + len(a):s + len(a) + 1] == ")" or self.cs.heavy(p):
                    continue  # "(World Health Organization - WHO)": another definition; headings, tables
                out.append(Hit(p, s, s + len(a), a, a, note=f"{dp.index}:{ds}:{de}"))
                break
        return out


def _anagram_index(table: CapitalsTable) -> dict[str, list[str]]:
    """Frequent acronyms (≥ 100 uses in the corpus) by their sorted letters, built once per table."""
    index = table.__dict__.get("_anagrams")
    if index is None:
        index = {}
        for a, n in table.acronyms.items():
            if n >= 100 and len(a) >= 3:
                index.setdefault(_anagram(a), []).append(a)
        table.__dict__["_anagrams"] = index
    return index


def _initials_match(text: str, pos: int, acronym: str) -> bool:
    """"Ban Chỉ đạo (BCĐ)", "Ủy ban nhân dân (UBND)": the initials of the words before spell the acronym.

    The name may go on past the words the acronym keeps ("Ban Chỉ đạo ra quân làm sạch kênh mương (BCĐ)"): any
    run of words within the last eight that starts with a capital and spells it counts."""
    words = _WORD_RE.findall(text[max(0, pos - 160):pos])
    n = len(acronym)
    if len(words) < n:
        return False
    fold = str.maketrans("ĐỦÚ", "DUU")
    target = acronym.translate(fold)
    initials = "".join(w[0] for w in words).upper().translate(fold)
    if initials.endswith(target):
        return True
    for start in range(max(0, len(words) - 8 - n), len(words) - n):
        if words[start][0].isupper() and initials[start:start + n] == target:
            return True
    return False


_WORD_RE = re.compile(r"[^\W\d_]+")


def _title_before(text: str, pos: int) -> bool:
    """A capitalised word right before "(ABC)": the acronym is defined by a name."""
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    if not word:
        return False
    # "Ủy ban nhân dân (UBND)": the name's last word may be lower case; look back for a capital
    return any(w[:1].isupper() for w in text[max(0, j - 60):i].split()[-6:])


def acronym_scan(ctx: Context) -> AcronymScan:
    return ctx.get("acronyms")
