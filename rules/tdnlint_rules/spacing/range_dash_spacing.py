from tdnlint.api import Rule, Severity

from ._common import report


class RangeDashSpacing(Rule):
    code = "TDN207"
    name = "dash-spacing"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Dấu gạch nối/gạch ngang chỉ có dấu cách ở một bên."
    summary_en = "A dash with a space on one side only."
    description = (
        "Dấu gạch nối, gạch ngang giữa hai từ hoặc hai số có dấu cách ở cả hai bên hoặc không bên nào: “giai đoạn "
        "2021 - 2025”, “kinh tế - xã hội”; không viết “2021 -2025”, “kinh tế- xã hội”. Đây là quy tắc chính tả, "
        "trình bày thông dụng, không phải điều khoản của Nghị định 30/2020/NĐ-CP. Ở mọi quy tắc dấu cách, không xét "
        "Quốc hiệu, Tiêu ngữ, địa chỉ trang web, thư điện tử, tên tệp và số, ký hiệu văn bản (các quy tắc trích dẫn "
        "xét riêng). Cũng không báo: số đề mục kiểu “I- MỤC ĐÍCH”, “2- Nhiệm vụ”; tên có số (“COVID -19”, quy tắc "
        "khác xét); dấu gạch đầu dòng. Với mã viết in hoa có dấu cách lệch (“TC- NSNN”), --fix viết liền mã; còn lại "
        "--fix thêm dấu cách cho cân hai bên."
    )
    description_en = (
        "A hyphen or dash between two words or numbers has a space on both sides or on neither: “giai đoạn 2021 - "
        "2025”, “kinh tế - xã hội”; not “2021 -2025”, “kinh tế- xã hội”. A common spelling and layout convention, "
        "not a clause of NĐ 30/2020. Like every spacing rule it leaves the national header and motto, web and e-mail "
        "addresses, file names and document symbols (the citation rules' business) alone. Also left alone: heading "
        "numbers such as “I- MỤC ĐÍCH”, “2- Nhiệm vụ”; names with a number (“COVID -19”, another rule's); list "
        "dashes. For an upper-case code with a one-sided gap (“TC- NSNN”) --fix closes the gap; otherwise it adds "
        "the missing space."
    )
    bad = "giai đoạn 2021 -2025; phát triển kinh tế- xã hội"
    good = "giai đoạn 2021 - 2025; phát triển kinh tế - xã hội"
    basis = "convention; spec BODY-03 (khoảng thời gian viết thống nhất '2025 - 2030')"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            d = issue.mark
            if issue.detail == "code":
                report(self, ctx, issue, f"Dấu '{d}' trong mã, ký hiệu viết liền, không có dấu cách.",
                       f"'{d}' inside a code is written without spaces.")
            else:
                report(self, ctx, issue, f"Dấu '{d}' cần có dấu cách ở cả hai bên (hoặc không có ở bên nào).",
                       f"'{d}' needs a space on both sides (or on neither).")
