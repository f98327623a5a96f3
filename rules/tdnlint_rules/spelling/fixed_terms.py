import re

from tdnlint.api import Rule, Severity

from ._common import spelling_on, spelling_scan

# (lower-case form, accepted written forms, suggestion, Vietnamese reason, English reason).
# An occurrence whose written form is not accepted is reported (all-caps lines keep capitals).
_TERMS = [
    ("việt nam", ("Việt Nam", "VIỆT NAM"), "Việt Nam", "tên nước viết hoa cả hai âm tiết",
     "country name: both syllables capitalised"),
    ("hà nội", ("Hà Nội", "HÀ NỘI"), "Hà Nội", "tên riêng viết hoa mỗi âm tiết", "proper name: capitalise each syllable"),
    ("hồ chí minh", ("Hồ Chí Minh", "HỒ CHÍ MINH"), "Hồ Chí Minh", "tên riêng viết hoa mỗi âm tiết",
     "proper name: capitalise each syllable"),
    ("liên hiệp quốc", (), "Liên hợp quốc", "tên gọi chính thức là \"Liên hợp quốc\"",
     "the official Vietnamese name is \"Liên hợp quốc\""),
]
# "Đảng cộng sản" (capital Đ, the Party) but not "các đảng cộng sản" (communist parties in general).
_PARTY = re.compile(r"Đảng[ \t]+cộng[ \t]+sản\b")
_COVID = re.compile(r"(?:[Cc]ovid|COVID)(?:[ \t]*[-–—‑][ \t]*|[ \t]+|)19\b")


class FixedTerm(Rule):
    code = "TDN406"
    name = "fixed-term"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Tên riêng, thuật ngữ cố định viết sai (\"Việt nam\", \"Liên hiệp quốc\", \"Covid - 19\")."
    summary_en = "Misspelt fixed name or term (\"Việt nam\", \"Liên hiệp quốc\", \"Covid - 19\")."
    description = (
        "Kiểm tra cách viết một số tên riêng và thuật ngữ chỉ có một cách viết đúng: “Việt Nam”, “Hà Nội”, “Hồ Chí "
        "Minh”, “Đảng Cộng sản”, “Liên hợp quốc”, “COVID-19”. Viết hoa tên nước, địa danh, tên người và tên Đảng "
        "theo Nghị định 30/2020/NĐ-CP, Phụ lục II (báo lỗi); “Liên hợp quốc” và “COVID-19” là tên gọi chính thức "
        "theo thực tiễn (cảnh báo). Không báo: dòng viết toàn chữ in hoa (“VIỆT NAM”), cụm “các đảng cộng sản” (danh "
        "từ chung, viết thường), cách viết mà cơ quan cho phép trong mục ignore-words của tệp .tdnlint.toml, và văn "
        "bản gõ bằng bảng mã cũ. Với --fix: thay bằng cách viết đúng (sửa an toàn)."
    )
    description_en = (
        "Checks a few names and terms that have one accepted written form: “Việt Nam”, “Hà Nội”, “Hồ Chí Minh”, "
        "“Đảng Cộng sản”, “Liên hợp quốc”, “COVID-19”. Capitalisation of the country, places, persons and the Party "
        "follows Decree 30/2020/NĐ-CP, Appendix II (error); “Liên hợp quốc” and “COVID-19” are the official names in "
        "practice (warning). Not reported: all-capital lines (“VIỆT NAM”), “các đảng cộng sản” (a common noun in "
        "lower case), forms a project accepts in ignore-words of .tdnlint.toml, and legacy-encoded text. With --fix "
        "the accepted form is written (safe fix)."
    )
    bad = "Mặt trận Tổ quốc Việt nam phối hợp với các tổ chức của Liên hiệp quốc phòng, chống dịch Covid - 19."
    good = "Mặt trận Tổ quốc Việt Nam phối hợp với các tổ chức của Liên hợp quốc phòng, chống dịch COVID-19."
    basis = ("NĐ 30/2020/NĐ-CP, Phụ lục II (viết hoa tên người, địa danh, tên Đảng) [T] → error; "
             "tên gọi chính thức \"Liên hợp quốc\", \"COVID-19\" (WHO) [O] → warning")

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        scan = spelling_scan(ctx)
        for lower, accepted, good, why, why_en in _TERMS:
            if lower.split(" ", 1)[0] + " " + lower.split(" ")[1] not in scan.pairs:
                continue
            for p, start, end, written in scan.find({lower}):
                if written in accepted:
                    continue
                fixed = good.upper() if written.isupper() else good
                # capitalisation of names is NĐ 30 Phụ lục II [T]; the official UN name is usage [O]
                sev = Severity.WARNING if lower == "liên hiệp quốc" else Severity.ERROR
                self._report(ctx, p, start, end, written, fixed, why, why_en, sev)
        if "cộng sản" in scan.pairs:
            for p, start, end, written in scan.matches(_PARTY):
                self._report(ctx, p, start, end, written, "Đảng Cộng sản",
                             "tên Đảng viết hoa \"Đảng Cộng sản Việt Nam\"",
                             "the Party's name is capitalised \"Đảng Cộng sản Việt Nam\"", Severity.ERROR)
        if "covid" in scan.lower:
            for p, start, end, written in scan.matches(_COVID):
                if written != "COVID-19":
                    self._report(ctx, p, start, end, written, "COVID-19",
                                 "viết đúng tên bệnh: chữ in hoa, gạch nối, không dấu cách",
                                 "write the disease name as COVID-19", Severity.WARNING)

    def _report(self, ctx, p, start, end, written, good, why, why_en, severity):
        if ctx.lexicon.ignored(written):
            return  # the project accepts this form (ignore-words)
        ctx.report(self, p, start, end,
                   message=f"'{written}' nên viết '{good}' ({why}).",
                   message_en=f"'{written}' should be '{good}' ({why_en}).",
                   replacement=good, severity=severity)
