import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule

from ._common import spelling_on, spelling_scan

# (pattern, correct form, Vietnamese reason, English reason, lower-case word pairs that must be
# present for the pattern to match: a cheap pre-filter).  Patterns only match wrong forms.
_TERMS = [
    (re.compile(r"Việt[ \t]+nam\b"), "Việt Nam", "tên nước viết hoa cả hai âm tiết", "country name: both syllables capitalised", {"việt nam"}),
    (re.compile(r"việt[ \t]+Nam\b"), "Việt Nam", "tên nước viết hoa cả hai âm tiết", "country name: both syllables capitalised", {"việt nam"}),
    (re.compile(r"Hà[ \t]+nội\b"), "Hà Nội", "tên riêng viết hoa mỗi âm tiết", "proper name: capitalise each syllable", {"hà nội"}),
    (re.compile(r"Hồ[ \t]+Chí[ \t]+minh\b|\bHồ[ \t]+chí[ \t]+Minh\b"), "Hồ Chí Minh", "tên riêng viết hoa mỗi âm tiết",
     "proper name: capitalise each syllable", {"chí minh"}),
    (re.compile(r"Liên[ \t]+[Hh]iệp[ \t]+[Qq]uốc\b"), "Liên hợp quốc", "tên gọi chính thức là \"Liên hợp quốc\"",
     "the official Vietnamese name is \"Liên hợp quốc\"", {"liên hiệp"}),
    (re.compile(r"(?:[Cc]ovid|COVID)(?:[ \t]*[-–—‑][ \t]*|[ \t]+|)19\b"), "COVID-19",
     "viết đúng tên bệnh: COVID-19 (chữ in hoa, gạch nối, không dấu cách)", "write the disease name as COVID-19",
     set()),
    (re.compile(r"Đảng[ \t]+cộng[ \t]+sản\b"), "Đảng Cộng sản", "tên Đảng viết hoa \"Đảng Cộng sản Việt Nam\"",
     "the Party's name is capitalised \"Đảng Cộng sản Việt Nam\"", {"cộng sản"}),
]


class FixedTerm(Rule):
    code = "TDN406"
    name = "fixed-term"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Tên riêng, thuật ngữ cố định viết sai (\"Việt nam\", \"Liên hiệp quốc\", \"Covid - 19\")."
    summary_en = "Misspelt fixed name or term (\"Việt nam\", \"Liên hiệp quốc\", \"Covid - 19\")."
    description = """
A short list of names and terms with one accepted written form: Việt Nam, Hà Nội,
Hồ Chí Minh, Liên hợp quốc, COVID-19, Đảng Cộng sản (capitalisation per NĐ 30/2020 Phụ lục II).
"""
    bad = "Mặt trận Tổ quốc Việt nam phối hợp với các tổ chức của Liên hiệp quốc phòng, chống dịch Covid - 19."
    good = "Mặt trận Tổ quốc Việt Nam phối hợp với các tổ chức của Liên hợp quốc phòng, chống dịch COVID-19."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II (viết hoa tên riêng) [T]; tên gọi chính thức"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        scan = spelling_scan(ctx)
        covid = {w for w in scan.words if w.startswith("covid")} if "covid" in scan.lower else set()
        for pattern, good, why, why_en, triggers in _TERMS:
            present = (triggers & scan.pairs) | (covid if good == "COVID-19" else set())
            if not present:
                continue
            if len(present) > 0:
                for p, start, end, written in scan.matches(pattern):
                    if written == good:
                        continue
                    ctx.report(self, p, start, end,
                               message=f"'{written}' nên viết '{good}' ({why}).",
                               message_en=f"'{written}' should be '{good}' ({why_en}).",
                               replacement=good)
