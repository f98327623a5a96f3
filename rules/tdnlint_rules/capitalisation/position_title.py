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
    description = (
        "Chức vụ hoặc học hàm, học vị (chủ tịch, bí thư, giám đốc, trưởng ban, giáo sư, tiến sĩ …) đứng liền trước "
        "họ tên một người thì viết hoa chữ cái đầu (“Phó Chủ tịch Nguyễn Văn An”), theo Nghị định 30/2020/NĐ-CP, Phụ "
        "lục II, mục V.3. Họ tên được nhận biết qua một họ phổ biến của người Việt và một đến ba chữ viết hoa. Không "
        "báo: chức vụ đứng sau tên (“ông Nguyễn Văn An, giám đốc …”), chức danh không kèm tên, tên một ban (“Ban chủ "
        "nhiệm …”), dòng viết toàn chữ in hoa hoặc viết hoa mọi chữ. Với --fix: viết hoa chức vụ (sửa an toàn)."
    )
    description_en = (
        "A position or academic title (chủ tịch, bí thư, giám đốc, trưởng ban, giáo sư, tiến sĩ …) directly before a "
        "person's name takes an initial capital (“Phó Chủ tịch Nguyễn Văn An”), per Decree 30/2020/NĐ-CP, Appendix "
        "II, V.3. A name is a common Vietnamese surname followed by one to three capitalised syllables. Not "
        "reported: a position after the name (“ông Nguyễn Văn An, giám đốc …”), a position without a name, the name "
        "of a board (“Ban chủ nhiệm …”), all-capital or title-cased lines. With --fix the position is capitalised "
        "(safe fix)."
    )
    bad = "Hội nghị do phó chủ tịch Nguyễn Văn An chủ trì."
    good = "Hội nghị do Phó Chủ tịch Nguyễn Văn An chủ trì."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục V.3 (\"Chủ tịch Quốc hội\", \"Giáo sư Tôn Thất Tùng\") [T]"

    def check(self, ctx):
        for hit in capitals_scan(ctx).positions:
            report_hit(self, ctx, hit,
                       f"Chức vụ đi liền tên người viết hoa: '{hit.fix} {hit.note}'.",
                       f"Capitalise the position before a name: '{hit.fix} {hit.note}'.")
