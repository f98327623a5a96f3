from tdnlint.api import Rule, Severity

from ._common import report


class GluedCapital(Rule):
    code = "TDN206"
    name = "glued-capital"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Hai từ viết dính liền (chữ thường liền chữ hoa)."
    summary_en = "Two words glued together (lower-case letter followed by a capital)."
    description = (
        "Hai từ viết dính liền, nhận ra vì chữ thường đứng liền trước một chữ hoa: “BanThường trực”, “tỉnhBan”. Đây "
        "là quy tắc chính tả, trình bày thông dụng, không phải điều khoản của Nghị định 30/2020/NĐ-CP. Ở mọi quy tắc "
        "dấu cách, không xét Quốc hiệu, Tiêu ngữ, địa chỉ trang web, thư điện tử, tên tệp và số, ký hiệu văn bản "
        "(các quy tắc trích dẫn xét riêng). Cũng không báo: tên thương hiệu, sản phẩm viết chữ hoa giữa từ "
        "(“TikTok”, “VNeID”, “CamScanner”) khi hai nửa không phải hai âm tiết tiếng Việt; chữ viết tắt chính thức có "
        "chữ thường (CTr, TTr, QyĐ, ThU); văn bản gõ bằng bảng mã cũ (quy tắc bảng mã báo riêng). --fix thêm dấu "
        "cách giữa hai từ."
    )
    description_en = (
        "Two words glued together, seen as a lower-case letter directly followed by a capital: “BanThường trực”, "
        "“tỉnhBan”. A common spelling and layout convention, not a clause of NĐ 30/2020. Like every spacing rule it "
        "leaves the national header and motto, web and e-mail addresses, file names and document symbols (the "
        "citation rules' business) alone. Also left alone: brand and product names in camel case (“TikTok”, “VNeID”, "
        "“CamScanner”) whose halves are not two Vietnamese syllables; official mixed-case codes (CTr, TTr, QyĐ, "
        "ThU); legacy-encoded text (reported once by the encoding rule). --fix inserts the space."
    )
    bad = "báo cáo kết quả về BanThường trực Ủy ban MTTQ"
    good = "báo cáo kết quả về Ban Thường trực Ủy ban MTTQ"
    basis = "convention (chính tả tiếng Việt)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            report(self, ctx, issue, f"Hai từ viết dính liền: '{issue.mark}'.", f"Words glued together: '{issue.mark}'.",
                   readable=False)
