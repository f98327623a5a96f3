from tdnlint.api import Rule, Severity

from ._common import spelling_on


class AcronymTelex(Rule):
    code = "TDN435"
    name = "acronym-telex"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ viết tắt còn sót phím Telex \"DD\" thay cho \"Đ\" (\"DDTN\" → \"ĐTN\", \"DDoàn\" → \"Đoàn\")."
    summary_en = "Telex residue \"DD\" for \"Đ\" in an acronym or a capitalised word (\"DDTN\" → \"ĐTN\")."
    description_en = """
With Telex, "dd" types "đ"; when the keyboard was in English mode the capital stays "DD".
Reported when replacing "DD" by "Đ" gives an acronym the document uses, a known Đ acronym or
one the corpus has at least 5 times (ĐTN, HĐND, ĐBQH), or a Vietnamese syllable ("DDoàn" → "Đoàn").
Document codes (12/QDD-UBND) are left to the citation rules.  Safe fix.
"""
    bad = "Ban Thường vụ DDoàn phối hợp với DDTN xã và HDDND huyện."
    good = "Ban Thường vụ Đoàn phối hợp với ĐTN xã và HĐND huyện."
    basis = "convention [O] (chữ viết tắt dùng Đ; lỗi bộ gõ Telex)"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        for hit in ctx.get("acronyms").telex:
            if ctx.lexicon.ignored(hit.written):
                continue
            ctx.report(self, hit.paragraph, hit.start, hit.end,
                       message=f"'{hit.written}' còn sót phím Telex: viết '{hit.fix}'.",
                       message_en=f"'{hit.written}' has Telex residue: write '{hit.fix}'.",
                       replacement=hit.fix)
