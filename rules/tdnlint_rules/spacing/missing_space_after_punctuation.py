from tdnlint.api import Rule, Severity

from ._common import report


class MissingSpaceAfterPunctuation(Rule):
    code = "TDN201"
    name = "missing-space-after-punctuation"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Thiếu dấu cách sau dấu câu (, ; : .) trước chữ."
    summary_en = "Missing space after a punctuation mark before a letter."
    description = (
        "Sau dấu phẩy, chấm phẩy, hai chấm có một dấu cách trước chữ tiếp theo; sau dấu chấm kết thúc câu cũng vậy "
        "(“năm 2025, Ban Thường trực …”). Đây là quy tắc chính tả, trình bày thông dụng, không phải điều khoản của "
        "Nghị định 30/2020/NĐ-CP. Ở mọi quy tắc dấu cách, không xét Quốc hiệu, Tiêu ngữ, địa chỉ trang web, thư điện "
        "tử, tên tệp và số, ký hiệu văn bản (các quy tắc trích dẫn xét riêng). Cũng không báo: chỉ số trong công "
        "thức (“Pj,t”), ký tự đặc biệt của trang web (“&amp;”), và một đề mục như “Điều 5.” dính sau dấu chấm (đó là "
        "mất xuống dòng khi sao chép, thêm dấu cách không sửa được); dấu câu giữa hai chữ số (“1,5”, “10:30”) không "
        "bị xét. --fix thêm một dấu cách."
    )
    description_en = (
        "A comma, semicolon or colon is followed by a space before the next letter; so is a full stop ending a "
        "sentence (“năm 2025, Ban Thường trực …”). A common spelling and layout convention, not a clause of NĐ "
        "30/2020. Like every spacing rule it leaves the national header and motto, web and e-mail addresses, file "
        "names and document symbols (the citation rules' business) alone. Also left alone: formula subscripts "
        "(“Pj,t”), HTML entities (“&amp;”), a heading such as “Điều 5.” glued after a full stop (a lost line break "
        "that a space would not mend); punctuation between digits (“1,5”, “10:30”) is not judged. --fix adds one "
        "space."
    )
    bad = "…về công tác thông tin đối ngoại năm 2021,Ban Thường trực…"
    good = "…về công tác thông tin đối ngoại năm 2021, Ban Thường trực…"
    basis = "convention (chính tả tiếng Việt: sau dấu câu có một dấu cách)"

    def check(self, ctx):
        for issue in ctx.spacing.of(self.name):
            report(self, ctx, issue, f"Thiếu dấu cách sau dấu '{issue.mark}'.", f"Missing space after '{issue.mark}'.")
