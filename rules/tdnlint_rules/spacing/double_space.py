from tdnlint.api import Rule, Severity

from ._common import report


class DoubleSpace(Rule):
    code = "TDN204"
    name = "double-space"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai dấu cách liền nhau trong đoạn văn."
    summary_en = "Repeated spaces inside a paragraph."
    description = (
        "Giữa hai từ chỉ có một dấu cách; quy tắc báo hai hoặc ba dấu cách liền nhau trong câu văn. Đây là quy tắc "
        "chính tả, trình bày thông dụng, không phải điều khoản của Nghị định 30/2020/NĐ-CP. Ở mọi quy tắc dấu cách, "
        "không xét Quốc hiệu, Tiêu ngữ, địa chỉ trang web, thư điện tử, tên tệp và số, ký hiệu văn bản (các quy tắc "
        "trích dẫn xét riêng). Cũng không báo: khoảng trống từ bốn dấu cách trở lên (căn lề bằng dấu cách), các dòng "
        "ở phần đầu văn bản và dòng có dấu tab (trình bày hai cột), chỗ để trống cho văn thư điền số hoặc ngày (“Số: "
        "/KH-UBND”, “ngày   tháng   năm”), chỗ trống cạnh dấu chấm lửng trong biểu mẫu. --fix thay bằng một dấu "
        "cách."
    )
    description_en = (
        "One space between two words; two or three spaces in a row inside running text are reported. A common "
        "spelling and layout convention, not a clause of NĐ 30/2020. Like every spacing rule it leaves the national "
        "header and motto, web and e-mail addresses, file names and document symbols (the citation rules' business) "
        "alone. Also left alone: gaps of four spaces or more (alignment), header-block lines and lines with a tab "
        "(two-column layout), numbers and dates left blank for the văn thư (“Số:   /KH-UBND”, “ngày   tháng   năm”), "
        "gaps beside a template ellipsis. --fix leaves one space."
    )
    bad = "I.  MỤC ĐÍCH, YÊU CẦU"
    good = "I. MỤC ĐÍCH, YÊU CẦU"
    basis = "convention (kỹ thuật trình bày: một dấu cách giữa hai từ)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            report(self, ctx, issue, "Thừa dấu cách: có nhiều dấu cách liền nhau.", "Several spaces in a row.")
