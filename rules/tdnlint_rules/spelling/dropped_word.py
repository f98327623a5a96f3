from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import spelling_on


class DroppedWord(Rule):
    code = "TDN438"
    name = "dropped-word"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Thiếu một từ trong tên cơ quan, cụm từ cố định (\"Ban Thường Tỉnh ủy\" → \"Ban Thường vụ Tỉnh ủy\")."
    summary_en = "A word is missing from a fixed name (\"Ban Thường Tỉnh ủy\" → \"Ban Thường vụ Tỉnh ủy\")."
    description_en = """
A frequent name with one inner word left out, where leaving it out creates a word pair that never
occurs in the 15 million syllables of the training corpus ("thường tỉnh").  Unsafe fix (inserts
the missing word).
"""
    bad = "Báo cáo Ban Thường Tỉnh ủy kết quả thực hiện."
    good = "Báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện."
    basis = "convention; tên chuẩn học từ kho văn bản"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        for hit in ctx.get("capitals").dropped:
            if ctx.lexicon.ignored(hit.written):
                continue
            ctx.report(self, hit.paragraph, hit.start, hit.end,
                       message=f"Thiếu từ '{hit.note}': '{hit.written}' → '{hit.fix}'.",
                       message_en=f"Missing word '{hit.note}': '{hit.fix}'.",
                       fix=Fix((Edit(hit.paragraph.index, hit.start, hit.end, hit.fix),), False),
                       suggestion=hit.fix)
