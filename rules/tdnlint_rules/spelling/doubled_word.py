import itertools
import re

from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import spelling_on, spelling_scan

# Function words that are never reduplicated in Vietnamese prose.  Real reduplication
# ("từ từ", "ngày ngày", "nhiều nhiều", "hay hay", "xa xa") is deliberately absent.
_FUNCTION_WORDS = ["của", "và", "các", "những", "được", "đã", "sẽ", "đang", "trong", "với", "để", "theo", "tại", "về", "cho", "là", "thì", "mà", "nhưng", "hoặc", "bị", "do", "nên", "này", "đó", "tới", "đến", "nhằm", "cùng", "vào", "ra", "trên", "dưới", "qua", "bằng", "như", "hoặc"]
_FUNCTION_SET = frozenset(_FUNCTION_WORDS)
# Nouns doubled on purpose ("nhà nhà, người người", "ngành ngành thi đua, cấp cấp thi đua"): legal text never
# has them, so the corpus table does not know they are legitimate.
_REDUPLICATED = frozenset(["nhà", "người", "ngày", "đêm", "năm", "tháng", "đời", "nơi", "chỗ", "làng", "xóm", "ngành",
                           "cấp", "lớp", "nhóm", "đoàn", "ai", "từng", "mỗi", "tuần", "giờ", "phút", "bản", "thôn",
                           "hộ", "nhà nhà"])
_DOUBLED = re.compile(r"(?<!\w)(" + "|".join(sorted(set(_FUNCTION_WORDS), key=len, reverse=True)) + r")\s+(\1)(?!\w)",
                      re.IGNORECASE)


class DoubledWord(Rule):
    code = "TDN405"
    name = "doubled-word"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Từ bị lặp do gõ nhầm (\"của của\", \"và và\", \"cây trồng cây trồng\")."
    summary_en = "Accidentally repeated word (\"của của\", \"và và\", \"cây trồng cây trồng\")."
    description = (
        "Phát hiện từ bị gõ lặp liền nhau: hư từ (“của của”, “và và”), từ hành chính hai âm tiết (“công tác công "
        "tác”) và những âm tiết mà văn bản đã ban hành không bao giờ viết lặp (“Sở Sở Tư pháp”, “nghị nghị định”). "
        "Hai lần lặp có thể khác chữ hoa, chữ thường, hoặc nằm ở cuối dòng trước và đầu dòng sau của văn bản ngắt "
        "dòng cứng. Không báo: từ lặp có chủ ý (“từ từ”, “ngày ngày”, “nhà nhà, người người”), hai từ ghép dùng "
        "chung một âm tiết (“thường trực trực ban”, “Bộ trưởng, Trưởng ban”), dòng sau bắt đầu bằng chữ hoa (câu "
        "hoặc đề mục mới), các dòng trong bảng, và văn bản gõ bằng bảng mã cũ. Căn cứ: chính tả tiếng Việt (quy ước "
        "chung). Với --fix: xóa lần lặp thứ hai (sửa an toàn)."
    )
    description_en = (
        "Finds a word typed twice in a row: grammatical words (“của của”, “và và”), two-syllable administrative "
        "words (“công tác công tác”) and syllables that issued documents never write twice (“Sở Sở Tư pháp”, “nghị "
        "nghị định”). The copies may differ in case, or end one line and start the next of a hard-wrapped text. Not "
        "reported: deliberate repetition (“từ từ”, “ngày ngày”, “nhà nhà, người người”), two words sharing a "
        "syllable (“thường trực trực ban”, “Bộ trưởng, Trưởng ban”), a next line starting with a capital (a new "
        "sentence or heading), table rows, and text in a legacy encoding. Basis: Vietnamese spelling (general "
        "convention). With --fix the second copy is removed (safe fix)."
    )
    bad = "Báo cáo kết quả của của Ban Thường trực và và các tổ chức thành viên."
    good = "Báo cáo kết quả của Ban Thường trực và các tổ chức thành viên."
    basis = "chính tả tiếng Việt (convention)"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        scan = spelling_scan(ctx)
        self._compounds(ctx, scan)
        self._frequent(ctx, scan)
        self._across_lines(ctx, scan)
        doubled = {f"{w} {w}" for w in scan.doubled & _FUNCTION_SET}
        for p, _ in scan.paragraphs_containing(doubled):
            for m in _DOUBLED.finditer(p.text):
                s, e = m.end(1), m.end(2)  # remove the space and the second copy
                ctx.report(self, p, m.start(1), e,
                           message=f"Từ '{m.group(1)}' bị lặp.",
                           message_en=f"The word '{m.group(1)}' is repeated.",
                           fix=Fix((Edit(p.index, s, e, ""),), True), suggestion=m.group(1))

    def _compounds(self, ctx, scan):
        """A two-syllable administrative word typed twice: "cây trồng cây trồng"."""
        reversed_pairs = ctx.lexicon.reversed_compounds
        doubled = set()
        for pair in scan.pairs & reversed_pairs.keys():
            compound = reversed_pairs[pair]
            if compound in scan.pairs:
                doubled.add(f"{compound} {compound}")
        # str.find on the lower-cased text (single spaces): no regex pass over the document
        for p, start, end, written in scan.find(doubled):
            half = (end - start - 1) // 2
            ctx.report(self, p, start, end,
                       message=f"Cụm từ '{written[:half]}' bị lặp.",
                       message_en=f"The word '{written[:half]}' is repeated.",
                       fix=Fix((Edit(p.index, start + half, end, ""),), True), suggestion=written[:half])

    def _frequent(self, ctx, scan):
        """A syllable the corpus never doubles ("Sở Sở Tư pháp"), any case, any white space between."""
        candidates = scan.doubled - _FUNCTION_SET - _REDUPLICATED
        if not candidates:
            return
        table = ctx.get("capitals").table
        heads = candidates & table.heads
        # (three small intersections: a union of the two tables per document cost more than the rest)
        words = sorted((candidates & table.nodouble) | (candidates & table.nodouble_capital) | heads, key=len,
                       reverse=True)
        if not words:
            return
        pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(\s+)(\1)(?!\w)", re.IGNORECASE)
        # one regex pass over the document (a match never crosses a paragraph break), each match made again in
        # its paragraph: not every paragraph holding the word (a word the corpus never doubles can be common)
        # the same on the lower-cased text, case-sensitive and each word first (then the engine skips ahead to
        # the words' first letters): several times faster, the matches made again with ``pattern``
        lower = re.compile("(" + "|".join(f"{w}(?<!\\w{w})" for w in map(re.escape, words)) + r")(\s+)(\1)(?!\w)")
        for p, m in scan.regex_matches(pattern, lower):
            w = m.group(1).lower()
            both_capital = m.group(1)[0].isupper() and m.group(3)[0].isupper()
            if w in heads and w not in table.nodouble and w not in table.nodouble_capital:
                # "Ban Ban Chỉ đạo": a capitalised head typed twice before the rest of a known name
                nxt = _NEXT_WORD.match(p.text, m.end(3))
                if not (both_capital and nxt and f"{w} {nxt.group(1).lower()}" in table.first_pairs):
                    continue
            if not both_capital and (w not in table.nodouble or not _starts_word(ctx, p.text, m)):
                # "cơ sở sở hữu", "nhiều nhiều lần": only "Sở Sở" (both capitalised) or the first syllable
                # of a compound typed twice ("nghị nghị định") is a slip
                continue
            if _overlapping(ctx, p.text, m):
                continue
            ctx.report(self, p, m.start(1), m.end(3),
                       message=f"Từ '{m.group(1)}' bị lặp.",
                       message_en=f"The word '{m.group(1)}' is repeated.",
                       fix=Fix((Edit(p.index, m.end(1), m.end(3), ""),), True), suggestion=m.group(1))

    def _across_lines(self, ctx, scan):
        """Hard-wrapped text: "… của" at the end of one line, "của …" at the start of the next."""
        paragraphs = scan.paragraphs
        nodouble = None
        # a necessary condition, from the split text: a reportable word that ends a line and starts one
        # (usually none at all)
        function = scan.ends_and_starts(_FUNCTION_SET)
        if function is not None and not (function - _REDUPLICATED):
            nodouble = ctx.get("capitals").table.nodouble
            if not (scan.ends_and_starts(nodouble) - _REDUPLICATED):
                return
        for a, b in itertools.pairwise(paragraphs):
            if b.index != a.index + 1 or a.part != b.part or a.table is not None or b.table is not None:
                continue
            # the cheap tests on the next line's first word first: the search for the last word of a line
            # tries every position of it
            mb = _FIRST_WORD.match(b.text)
            if mb is None:
                continue
            w = mb.group(1)
            if not w[0].islower():
                continue  # the next line starts a sentence or a heading: not a continuation
            if w.lower() in _REDUPLICATED:
                continue
            if w.lower() not in _FUNCTION_SET:
                nodouble = nodouble or ctx.get("capitals").table.nodouble
                if w.lower() not in nodouble:
                    continue
            ma = _LAST_WORD.search(a.text)
            if ma is None or ma.group(1).lower() != w.lower():
                continue
            ctx.report(self, b, mb.start(1), mb.end(1),
                       message=f"Từ '{w}' bị lặp ở cuối dòng trước và đầu dòng này.",
                       message_en=f"The word '{w}' ends the previous line and starts this one.",
                       fix=Fix((Edit(b.index, mb.start(1), mb.end(), ""),), True), suggestion="")


def _starts_word(ctx, text: str, m) -> bool:
    """The second copy begins a compound with the next syllable: "nghị nghị định", "khám khám bệnh"."""
    after = _NEXT_WORD.match(text, m.end(3))
    return after is not None and ctx.lexicon.is_word(m.group(3).lower(), after.group(1).lower())


def _overlapping(ctx, text: str, m) -> bool:
    """Two words sharing a syllable: "thường trực trực ban", "Bộ trưởng, Trưởng ban", "thủ quỹ Quỹ …"."""
    # Look back over a bounded window: searching the whole prefix of every match is quadratic on one long
    # paragraph (a 2 MB line took over a minute), and no word is longer than the window.
    window = max(0, m.start(1) - _WORD_WINDOW)
    before = _PREV_WORD.search(text[window:m.start(1)])
    after = _NEXT_WORD.match(text, m.end(3))
    lex = ctx.lexicon
    first = before is not None and lex.is_word(before.group(1).lower(), m.group(1).lower())
    second = (m.group(3)[0].isupper() and m.group(1)[0].islower()) or (
        after is not None and lex.is_word(m.group(3).lower(), after.group(1).lower()))
    return first and second


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+)\s+$")
_WORD_WINDOW = 80
_LAST_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)\s*$")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)(?![\w-])\s*")
