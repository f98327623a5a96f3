import re

from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import spelling_on, spelling_scan

# Function words that are never reduplicated in Vietnamese prose.  Real reduplication
# ("từ từ", "ngày ngày", "nhiều nhiều", "hay hay", "xa xa") is deliberately absent.
_FUNCTION_WORDS = ["của", "và", "các", "những", "được", "đã", "sẽ", "đang", "trong", "với", "để", "theo", "tại", "về", "cho", "là", "thì", "mà", "nhưng", "hoặc", "bị", "do", "nên", "này", "đó", "tới", "đến", "nhằm", "cùng", "vào", "ra", "trên", "dưới", "qua", "bằng", "như", "hoặc"]
_FUNCTION_SET = frozenset(_FUNCTION_WORDS)
_DOUBLED = re.compile(r"(?<!\w)(" + "|".join(sorted(set(_FUNCTION_WORDS), key=len, reverse=True)) + r")[ \t]+(\1)(?!\w)",
                      re.IGNORECASE)


class DoubledWord(Rule):
    code = "TDN405"
    name = "doubled-word"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Từ bị lặp do gõ nhầm (\"của của\", \"và và\", \"cây trồng cây trồng\")."
    summary_en = "Accidentally repeated word (\"của của\", \"và và\", \"cây trồng cây trồng\")."
    description = """
Only function words (của, và, các, những, được, đã, trong, với, để, theo…) and two-syllable
administrative words ("cây trồng cây trồng", "công tác công tác") are checked: legitimate
reduplication such as "từ từ", "ngày ngày", "nhiều nhiều" is never reported.
"""
    bad = "Báo cáo kết quả của của Ban Thường trực và và các tổ chức thành viên."
    good = "Báo cáo kết quả của Ban Thường trực và các tổ chức thành viên."
    basis = "chính tả tiếng Việt (convention)"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        scan = spelling_scan(ctx)
        self._compounds(ctx, scan)
        doubled = {f"{w} {w}" for w in scan.words & _FUNCTION_SET if f"{w} {w}" in scan.pairs}
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
