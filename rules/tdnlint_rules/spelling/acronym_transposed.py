from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import spelling_on


class AcronymTransposed(Rule):
    code = "TDN436"
    name = "acronym-transposed"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ viết tắt bị đảo hai chữ cái liền nhau (\"UNBD\" → \"UBND\", \"MTQT\" → \"MTTQ\")."
    summary_en = "Acronym with transposed letters (\"UNBD\" → \"UBND\")."
    description_en = """
An all-capitals acronym that the corpus of issued texts does not know (fewer than 2 uses), that
the document does not define, and that becomes one frequent acronym (at least 100 uses in the
corpus) or one the document itself uses at least twice by swapping two neighbouring letters
("UNBD" → "UBND"; "PCVP", Phó Chánh Văn phòng, is not a slip of "VPCP").  Foreign and
local acronyms the corpus has never seen are left alone unless they are an anagram of exactly
one such acronym; add them to `ignore-words` if needed.  Unsafe fix.
"""
    bad = "Thường trực UNBD tỉnh chỉ đạo UBND các xã."
    good = "Thường trực UBND tỉnh chỉ đạo UBND các xã."
    basis = "convention [O]"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        for hit in ctx.get("acronyms").transposed:
            ctx.report(self, hit.paragraph, hit.start, hit.end,
                       message=f"Chữ viết tắt '{hit.written}' có lẽ bị đảo chữ: '{hit.fix}'.",
                       message_en=f"Acronym '{hit.written}' looks transposed: '{hit.fix}'.",
                       fix=Fix((Edit(hit.paragraph.index, hit.start, hit.end, hit.fix),), False),
                       suggestion=hit.fix)
