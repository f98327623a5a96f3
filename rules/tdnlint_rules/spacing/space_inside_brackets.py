from tdnlint.api import Rule, Severity

from ._common import report


class SpaceInsideBrackets(Rule):
    code = "TDN203"
    name = "space-inside-brackets"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Thừa dấu cách sau dấu mở ngoặc hoặc trước dấu đóng ngoặc."
    summary_en = "Space after an opening or before a closing bracket."
    description = (
        "Sau dấu mở ngoặc và trước dấu đóng ngoặc (ngoặc đơn, ngoặc vuông, ngoặc kép “ ”) không có dấu cách: “Ban "
        "Chỉ đạo (BCĐ)”, không viết “( BCĐ )”. Đây là quy tắc chính tả, trình bày thông dụng, không phải điều khoản "
        "của Nghị định 30/2020/NĐ-CP. Ở mọi quy tắc dấu cách, không xét Quốc hiệu, Tiêu ngữ, địa chỉ trang web, thư "
        "điện tử, tên tệp và số, ký hiệu văn bản (các quy tắc trích dẫn xét riêng). Cũng không báo: ngoặc để trống "
        "cho người điền (“(      )”, ô đánh dấu “[ ]”), chỗ trống có dấu chấm lửng trong biểu mẫu (“(… )”), khoảng "
        "trống rộng dùng để căn lề. --fix xóa dấu cách thừa."
    )
    description_en = (
        "No space after an opening or before a closing bracket, parenthesis or “ ” quotation mark: “Ban Chỉ đạo "
        "(BCĐ)”, not “( BCĐ )”. A common spelling and layout convention, not a clause of NĐ 30/2020. Like every "
        "spacing rule it leaves the national header and motto, web and e-mail addresses, file names and document "
        "symbols (the citation rules' business) alone. Also left alone: empty brackets left to fill in (“(      )”, "
        "a check box “[ ]”), template blanks with an ellipsis (“(… )”), wide layout gaps. --fix removes the space."
    )
    bad = "Ban Chỉ đạo ( BCĐ ) tỉnh"
    good = "Ban Chỉ đạo (BCĐ) tỉnh"
    basis = "convention (chính tả tiếng Việt)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            if issue.replacement in "([“":
                report(self, ctx, issue, f"Thừa dấu cách sau '{issue.mark}'.", f"Space after '{issue.mark}'.")
            else:
                report(self, ctx, issue, f"Thừa dấu cách trước '{issue.mark}'.", f"Space before '{issue.mark}'.")
