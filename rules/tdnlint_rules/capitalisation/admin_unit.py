from tdnlint.api import Rule, Severity

from ._common import capitals_scan, report_hit


class AdminUnitCapital(Rule):
    code = "TDN431"
    name = "admin-unit-capital"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Danh từ chung chỉ đơn vị hành chính viết thường trước tên riêng (\"tại Tỉnh Bình Định\" → \"tại tỉnh Bình Định\")."
    summary_en = "Lower-case the common noun of an administrative unit before its name (\"tỉnh Bình Định\")."
    description_en = """
"tỉnh", "huyện", "thị xã", "thành phố", "xã", "phường", "quận", "thị trấn" stay in lower case
before the unit's own name in running text.  Not reported: a sentence or heading start, an
all-capitals or title-cased line, a unit named after a person or a number ("Phường Nguyễn Trãi",
"Quận 1", III.1.b), "Thành phố Hồ Chí Minh" (III.1.c), and bodies such as "Tỉnh Đoàn".
"""
    bad = "Hội nghị được tổ chức tại Tỉnh Bình Định và Huyện Tuy Phước."
    good = "Hội nghị được tổ chức tại tỉnh Bình Định và huyện Tuy Phước."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục III.1.a (\"thành phố Thái Nguyên, tỉnh Nam Định\"), ngoại lệ III.1.b, III.1.c [T]"

    def check(self, ctx):
        for hit in capitals_scan(ctx).units:
            report_hit(self, ctx, hit,
                       f"Viết thường '{hit.fix}' trước tên riêng '{hit.note}' (Phụ lục II, III.1.a).",
                       f"Write '{hit.fix}' in lower case before the name '{hit.note}'.")
