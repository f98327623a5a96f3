from tdnlint.api import Rule, Severity

from ._common import report


class GluedDigits(Rule):
    code = "TDN205"
    name = "glued-digits"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ viết dính liền với số (thiếu dấu cách)."
    summary_en = "A word glued to a number (missing space)."
    description = (
        "Số và chữ viết liền nhau do thiếu dấu cách: “ngày04/3/2025”, “2025của”, “Điều5”. Quy tắc xét chữ tiếng Việt "
        "dính sau số, và các từ thường đứng trước số (ngày, tháng, năm, số, khóa, lần, kỳ, Điều, khoản, Mục, Phần …) "
        "dính vào số. Đây là quy tắc chính tả, trình bày thông dụng, không phải điều khoản của Nghị định "
        "30/2020/NĐ-CP. Ở mọi quy tắc dấu cách, không xét Quốc hiệu, Tiêu ngữ, địa chỉ trang web, thư điện tử, tên "
        "tệp và số, ký hiệu văn bản (các quy tắc trích dẫn xét riêng). Cũng không báo: đơn vị đo viết liền (“5km”, "
        "“20ha”, “9h30”), mã và tên có chữ lẫn số (“COVID19”, “F0”). --fix thêm dấu cách."
    )
    description_en = (
        "A number and a word written together: “ngày04/3/2025”, “2025của”, “Điều5”. Checked: a Vietnamese word glued "
        "after a number, and the words that usually precede a number (ngày, tháng, năm, số, khóa, lần, kỳ, Điều, "
        "khoản, Mục, Phần …) glued to it. A common spelling and layout convention, not a clause of NĐ 30/2020. Like "
        "every spacing rule it leaves the national header and motto, web and e-mail addresses, file names and "
        "document symbols (the citation rules' business) alone. Also left alone: units written together (“5km”, "
        "“20ha”, “9h30”), codes and names mixing letters and digits (“COVID19”, “F0”). --fix adds the space."
    )
    bad = "Thực hiện Hướng dẫn ngày04/03/2021của Ban Thường trực…"
    good = "Thực hiện Hướng dẫn ngày 04/03/2021 của Ban Thường trực…"
    basis = "convention (chính tả tiếng Việt)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            if issue.detail == "after":
                report(self, ctx, issue, f"Thiếu dấu cách giữa số và chữ '{issue.mark}'.",
                       f"Missing space between the number and '{issue.mark}'.", readable=False)
            else:
                report(self, ctx, issue, f"Thiếu dấu cách giữa '{issue.mark}' và số.",
                       f"Missing space between '{issue.mark}' and the number.", readable=False)
