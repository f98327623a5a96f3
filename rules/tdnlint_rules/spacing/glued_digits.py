import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import VI_DIACRITIC, VI_LETTER, VI_LOWER, scan

# a number (date, year …) glued to a following Vietnamese word: "04/03/2021của", "2021như"
_AFTER = re.compile(rf"(?<=\d)([{VI_LOWER}][{VI_LOWER}]+)\b")
# a word glued to a following number: "ngày05/3", "năm2024"
_BEFORE = re.compile(
    r"\b(ngày|Ngày|tháng|Tháng|năm|Năm|số|Số|khóa|khoá|Khóa|lần|kỳ|đoạn|Điều|điều|khoản|Khoản|Mục|mục|Phần|phần)(\d)"
)
# implied by every _AFTER / _BEFORE match (scan pre-filters; each _BEFORE word ends in a lower-case letter)
_AFTER_NEED = re.compile(rf"\d[{VI_LOWER}]")
_BEFORE_NEED = re.compile(rf"\d(?<=[{VI_LOWER}]\d)")  # found from the (rarer) digit
_UNITS = {"đ", "km", "ha", "kg", "tr", "trđ", "ml", "cm", "mm", "kw", "kwh", "mw", "gb", "mb", "th", "st", "nd", "rd",
          "kv", "dm", "m", "h", "p", "g", "tỷ", "ngàn", "nghìn", "triệu", "giờ", "phút"}
_ASCII_WORDS = {"va", "cua", "ve", "theo", "trong", "tai", "cho", "den", "nam", "ngay"}


class GluedDigits(Rule):
    code = "TDN205"
    name = "glued-digits"
    category = "spacing"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ viết dính liền với số (thiếu dấu cách)."
    summary_en = "A word glued to a number (missing space)."
    bad = "Thực hiện Hướng dẫn ngày04/03/2021của Ban Thường trực…"
    good = "Thực hiện Hướng dẫn ngày 04/03/2021 của Ban Thường trực…"
    basis = "convention (chính tả tiếng Việt)"

    def check(self, ctx):
        for p, m in scan(ctx, _AFTER, _AFTER_NEED):
            word = m.group(1)
            if word in _UNITS or word.rstrip("s") in _UNITS:
                continue
            if not VI_DIACRITIC.search(word) and word not in _ASCII_WORDS:
                continue
            # "9h30", ordinal "2a" style ids and codes like "4.0" are not matched (need ≥2 letters)
            s = m.start()
            num_start = s
            while num_start > 0 and (p.text[num_start - 1].isdigit() or p.text[num_start - 1] in "/.-"):
                num_start -= 1
            if num_start > 0 and p.text[num_start - 1] in VI_LETTER + "-_":
                continue  # inside an identifier such as "COVID19abc"
            ctx.report(self, p, num_start, m.end(),
                       message=f"Thiếu dấu cách giữa số và chữ '{word}'.",
                       message_en=f"Missing space between the number and '{word}'.",
                       fix=None,
                       suggestion=f"{p.text[num_start:s]} {word}",
                       replacement=f"{p.text[num_start:s]} {word}")
        for p, m in scan(ctx, _BEFORE, _BEFORE_NEED):
            word = m.group(1)
            ctx.report(self, p, m.start(), m.end(),
                       message=f"Thiếu dấu cách giữa '{word}' và số.",
                       message_en=f"Missing space between '{word}' and the number.",
                       replacement=f"{word} {m.group(2)}")
