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
    description = (
        "Danh từ chung chỉ đơn vị hành chính (“tỉnh”, “huyện”, “thị xã”, “thành phố”, “xã”, “phường”, “quận”, “thị "
        "trấn”) viết thường khi đứng trước tên riêng của đơn vị trong câu (“tại tỉnh Bình Định”), theo Nghị định "
        "30/2020/NĐ-CP, Phụ lục II, mục III.1.a. Không báo các ngoại lệ của chính quy định: đơn vị đặt theo tên "
        "người hoặc theo số (“Phường Nguyễn Trãi”, “Quận 1”, mục III.1.b), “Thành phố Hồ Chí Minh” (mục III.1.c); "
        "cũng không báo tên tổ chức như “Tỉnh Đoàn”, đầu câu, đầu đề mục, dòng viết toàn chữ in hoa hoặc viết hoa "
        "mọi chữ. Với --fix: viết thường danh từ chung (sửa an toàn)."
    )
    description_en = (
        "The common noun of an administrative unit (“tỉnh”, “huyện”, “thị xã”, “thành phố”, “xã”, “phường”, “quận”, "
        "“thị trấn”) stays in lower case before the unit's own name in running text (“tại tỉnh Bình Định”), per "
        "Decree 30/2020/NĐ-CP, Appendix II, III.1.a. The regulation's own exceptions are not reported: units named "
        "after a person or a number (“Phường Nguyễn Trãi”, “Quận 1”, III.1.b) and “Thành phố Hồ Chí Minh” (III.1.c); "
        "nor are bodies such as “Tỉnh Đoàn”, sentence or heading starts, and all-capital or title-cased lines. With "
        "--fix the common noun is lower-cased (safe fix)."
    )
    bad = "Hội nghị được tổ chức tại Tỉnh Bình Định và Huyện Tuy Phước."
    good = "Hội nghị được tổ chức tại tỉnh Bình Định và huyện Tuy Phước."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục III.1.a (\"thành phố Thái Nguyên, tỉnh Nam Định\"), ngoại lệ III.1.b, III.1.c [T]"

    def check(self, ctx):
        for hit in capitals_scan(ctx).units:
            report_hit(self, ctx, hit,
                       f"Viết thường '{hit.fix}' trước tên riêng '{hit.note}' (Phụ lục II, III.1.a).",
                       f"Write '{hit.fix}' in lower case before the name '{hit.note}'.")
