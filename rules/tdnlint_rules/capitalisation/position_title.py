from tdnlint.api import Rule, Severity

from ._common import capitals_scan, report_hit


class PositionBeforeName(Rule):
    code = "TDN433"
    name = "position-before-name"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Chức vụ, học vị đứng liền trước tên người viết hoa (\"giám đốc Nguyễn Văn An\" → \"Giám đốc Nguyễn Văn An\")."
    summary_en = "Capitalise a position or title directly before a person's name."
    description_en = """
A position (chủ tịch, bí thư, giám đốc, trưởng ban…) or academic title (giáo sư, tiến sĩ) directly
followed by a person's name — a common Vietnamese surname and one to three capitalised syllables —
takes an initial capital.  A position after the name ("ông Nguyễn Văn An, giám đốc …") is not a
case of V.3 and is left alone.
"""
    bad = "Hội nghị do phó chủ tịch Nguyễn Văn An chủ trì."
    good = "Hội nghị do Phó Chủ tịch Nguyễn Văn An chủ trì."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục V.3 (\"Chủ tịch Quốc hội\", \"Giáo sư Tôn Thất Tùng\") [T]"

    def check(self, ctx):
        for hit in capitals_scan(ctx).positions:
            report_hit(self, ctx, hit,
                       f"Chức vụ đi liền tên người viết hoa: '{hit.fix} {hit.note}'.",
                       f"Capitalise the position before a name: '{hit.fix} {hit.note}'.")
