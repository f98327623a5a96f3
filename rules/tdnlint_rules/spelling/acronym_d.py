import re

from tdnlint.api import Rule, Severity

from ._common import spelling_on, spelling_scan

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
    description = (
        "Phát hiện chữ viết tắt dùng chữ D thay cho Đ (“HDND” → “HĐND”, “BCD” → “BCĐ”). Chỉ báo khi thay D bằng Đ "
        "cho ra đúng một chữ viết tắt quen thuộc (HĐND, BCĐ, ĐBQH, TTĐN …) hoặc một chữ viết tắt mà chính văn bản "
        "này viết có Đ ở chỗ khác; chữ viết tắt hai chữ cái (như “ND” của Hội Nông dân) chỉ bị báo khi văn bản tự "
        "viết dạng có Đ. Không báo chữ viết tắt nằm trong ký hiệu văn bản (“1648/QD-TTg”, do các quy tắc trích dẫn "
        "kiểm tra) và chữ được khai báo trong ignore-words. Căn cứ: thực tiễn viết tắt; Nghị định 30/2020/NĐ-CP, Phụ "
        "lục III viết “QĐ”, “NĐ” có Đ. Với --fix: thay bằng dạng có Đ (sửa an toàn)."
    )
    description_en = (
        "Finds an acronym written with D where Đ is meant (“HDND” → “HĐND”, “BCD” → “BCĐ”). Reported only when "
        "replacing D by Đ gives exactly one well-known acronym (HĐND, BCĐ, ĐBQH, TTĐN …) or one the same document "
        "writes with Đ elsewhere; two-letter acronyms (such as “ND” of the Farmers' Union) only when the document "
        "itself writes the Đ form. Not reported: acronyms inside document codes (“1648/QD-TTg”, left to the citation "
        "rules) and words listed in ignore-words. Basis: usage; Decree 30/2020/NĐ-CP, Appendix III writes “QĐ”, “NĐ” "
        "with Đ. With --fix the Đ form is written (safe fix)."
    )
    bad = "Thường trực HDND tỉnh và BCD 35 tỉnh (Ban Chỉ đạo, BCĐ 35)…"
    good = "Thường trực HĐND tỉnh và BCĐ 35 tỉnh…"
    basis = "convention [O] (chữ viết tắt dùng Đ: HĐND, BCĐ; NĐ 30/2020/NĐ-CP Phụ lục III viết QĐ, NĐ có Đ [T])"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        scan = spelling_scan(ctx)
        text = scan.joined
        # cheap first pass: upper-case runs around each plain "D" (rare in running text)
        candidates = set()
        i = text.find("D")
        while i >= 0:
            s = i
            while s > 0 and (text[s - 1].isupper() and text[s - 1].isalpha()):
                s -= 1
            e = i + 1
            while e < len(text) and text[e].isupper() and text[e].isalpha():
                e += 1
            if e - s >= 2:
                candidates.add(text[s:e])
            i = text.find("D", e)
        if not candidates:
            return
        # an Đ form can be a target only when it is a known acronym or occurs in the text: without one, no
        # regex pass over the document ("DÂN" of "NHÂN DÂN" is a candidate in almost every header)
        if not any(o in _KNOWN_LONG or o in text for a in candidates for o in _options(a)):
            return
        used = {m.group() for m in _ACRONYM.finditer(text) if "Đ" in m.group()}
        # Short ones are ambiguous (HD/HĐ, DA/ĐA, "Hội ND" = Nông dân vs NĐ = Nghị định): a two-letter
        # form counts only when this document itself writes it with Đ as a standalone acronym.
        known = _KNOWN_LONG | {a for a in used if len(a) >= 3 or a in KNOWN_D}
        targets = {}
        for a in candidates:
            options = _options(a)
            hits = sorted(o for o in options if o in known)
            if len(hits) == 1 and not ctx.lexicon.ignored(a):
                targets[a] = hits[0]
        if not targets:
            return
        pattern = re.compile("|".join(map(re.escape, sorted(targets, key=len, reverse=True))))
        for p, start, end, written in scan.matches(pattern):
            before = p.text[start - 1:start]
            after = p.text[end:end + 1]
            if (before in ("/", "-") and before) or (after in ("/", "-") and after):
                continue  # inside a document code: left to the citation rules
            ctx.report(self, p, start, end,
                       message=f"'{written}' nên viết '{targets[written]}' (chữ Đ).",
                       message_en=f"'{written}' should be '{targets[written]}' (with Đ).",
                       replacement=targets[written])


_KNOWN_LONG = frozenset(a for a in KNOWN_D if len(a) >= 3)


def _options(a: str) -> set[str]:
    """``a`` with every D, or one of its Ds, written Đ."""
    return {a.replace("D", "Đ")} | {a[:i] + "Đ" + a[i + 1:] for i, c in enumerate(a) if c == "D"}
