import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import spelling_on

# the character class comes first so most positions fail fast; the lookbehind then checks the start
_ACRONYM = re.compile(r"[A-ZĐ](?<![\w/-][A-ZĐ])[A-ZĐ]+(?![\w/-])")
# Acronyms that always contain Đ (Đảng, Đoàn, Đạo, Định, Đối, Đại, Đồng …).
KNOWN_D = frozenset(["HĐND", "BCĐ", "QĐ", "NĐ", "ĐU", "TTĐN", "ĐBQH", "ĐTN", "ĐCSVN", "ĐHĐ", "HĐQT", "HĐTĐKT", "TĐKT", "BCĐTW", "ĐH", "ĐHQG", "UBKTĐU"])


class AcronymPlainD(Rule):
    code = "TDN407"
    name = "acronym-plain-d"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ viết tắt dùng D thay cho Đ (\"HDND\" → \"HĐND\", \"BCD\" khi văn bản dùng \"BCĐ\")."
    summary_en = "Acronym written with D where Đ is meant (\"HDND\" → \"HĐND\")."
    description = """
Reported when replacing D by Đ gives a well-known acronym (HĐND, BCĐ, QĐ, NĐ, TTĐN, ĐBQH…)
or an acronym the same document writes with Đ elsewhere.  Acronyms inside document codes
(1648/QD-TTg) are left to the citation rules.
"""
    bad = "Thường trực HDND tỉnh và BCD 35 tỉnh (Ban Chỉ đạo, BCĐ 35)…"
    good = "Thường trực HĐND tỉnh và BCĐ 35 tỉnh…"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục III (chữ viết tắt) [T]; convention"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        paragraphs = ctx.text_paragraphs()
        found = []
        used = set()
        for p in paragraphs:
            if "D" not in p.text and "Đ" not in p.text:
                continue
            for m in _ACRONYM.finditer(p.text):
                used.add(m.group())
                if "D" in m.group():
                    found.append((p, m))
        # short ones are ambiguous (HD = Hướng dẫn, HĐ = Hợp đồng; DA = Dự án, ĐA = Đề án)
        known = KNOWN_D | {a for a in used if "Đ" in a and len(a) >= 3}
        for p, m in found:
            a = m.group()
            options = {a.replace("D", "Đ")} | {a[:i] + "Đ" + a[i + 1:] for i, c in enumerate(a) if c == "D"}
            hits = sorted(o for o in options if o in known)
            if len(hits) != 1 or ctx.lexicon.ignored(a):
                continue
            ctx.report(self, p, m.start(), m.end(),
                       message=f"'{a}' nên viết '{hits[0]}' (chữ Đ).",
                       message_en=f"'{a}' should be '{hits[0]}' (with Đ).",
                       replacement=hits[0])
