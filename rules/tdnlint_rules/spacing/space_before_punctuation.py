from tdnlint.api import Rule, Severity

from ._common import report


class SpaceBeforePunctuation(Rule):
    code = "TDN202"
    name = "space-before-punctuation"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Thừa dấu cách trước dấu câu (, ; : . ! ?)."
    summary_en = "Space before a punctuation mark."
    description = (
        "Dấu phẩy, chấm phẩy, hai chấm, dấu chấm, chấm hỏi, chấm than viết liền với chữ đứng trước: “các ban, đơn "
        "vị.”, không viết “các ban , đơn vị .”. Đây là quy tắc chính tả, trình bày thông dụng, không phải điều khoản "
        "của Nghị định 30/2020/NĐ-CP. Ở mọi quy tắc dấu cách, không xét Quốc hiệu, Tiêu ngữ, địa chỉ trang web, thư "
        "điện tử, tên tệp và số, ký hiệu văn bản (các quy tắc trích dẫn xét riêng). Cũng không báo: khoảng trống "
        "rộng (từ 4 dấu cách) dùng để căn lề, dấu kết thúc “./.”, dấu chấm lửng, phần mở rộng tên tệp hay tên miền "
        "(“ .docx”, “ .vn”). --fix xóa dấu cách thừa."
    )
    description_en = (
        "Commas, semicolons, colons, full stops, question and exclamation marks stick to the word before them: “các "
        "ban, đơn vị.”, not “các ban , đơn vị .”. A common spelling and layout convention, not a clause of NĐ "
        "30/2020. Like every spacing rule it leaves the national header and motto, web and e-mail addresses, file "
        "names and document symbols (the citation rules' business) alone. Also left alone: wide gaps (4 spaces or "
        "more) used for layout, the “./.” end mark, ellipses, file extensions and domains (“ .docx”, “ .vn”). --fix "
        "removes the space."
    )
    bad = "Các tổ chức thành viên ; các ban , đơn vị ."
    good = "Các tổ chức thành viên; các ban, đơn vị."
    basis = "convention (chính tả tiếng Việt: dấu câu viết liền với chữ đứng trước)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            report(self, ctx, issue, f"Thừa dấu cách trước dấu '{issue.mark}'.", f"Space before '{issue.mark}'.")
