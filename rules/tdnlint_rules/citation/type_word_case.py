from tdnlint.api import Rule, Severity

from ._common import para


class CitationTypeWordCase(Rule):
    code = "TDN313"
    name = "citation-type-word-case"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    summary = "Tên loại văn bản được viện dẫn cụ thể phải viết hoa chữ cái đầu (“theo Kế hoạch số …”, không viết “kế hoạch số …” hay “Kế Hoạch số …”)."
    summary_en = "A type word naming a specific cited document takes an initial capital only ('Kế hoạch số …')."
    description = (
        "Khi viện dẫn một văn bản cụ thể (tên loại kèm “số” hoặc số ký hiệu), tên loại viết hoa chữ cái đầu, các chữ "
        "sau viết thường: “Kế hoạch số 15/KH-UBND”, “Nghị quyết số 18-NQ/TW” (Nghị định 30/2020/NĐ-CP, Phụ lục II về "
        "viết hoa). Báo “kế hoạch số …”, “Nghị Quyết số …”. Không xét: tên loại viết in hoa toàn bộ (dòng tên loại, "
        "đề mục); chữ thứ hai của tên ghép (“Thông báo kết luận số 45-TB/TU”); một từ viết thường đứng trước ký hiệu "
        "mà không có “số” chỉ được coi là tên loại khi khớp chữ viết tắt trong ký hiệu (“theo quy định 10/…” là từ "
        "thường). --fix viết lại tên loại."
    )
    description_en = (
        "When a specific document is cited (type word with “số” or a symbol), the type word takes an initial capital "
        "only: “Kế hoạch số 15/KH-UBND”, “Nghị quyết số 18-NQ/TW” (NĐ 30/2020, Phụ lục II on capitalisation). "
        "Reported: “kế hoạch số …”, “Nghị Quyết số …”. Not checked: type words in capitals (type-name lines, "
        "headings); the second word of a compound name (“Thông báo kết luận số 45-TB/TU”); a lower-case word before "
        "a symbol without “số” counts as a type word only when it matches the symbol's code (“theo quy định 10/…” is "
        "an ordinary word). --fix rewrites it."
    )
    bad = "Thực hiện kế hoạch số 15/KH-UBND ngày 10/01/2025; Nghị Quyết số 18-NQ/TW"
    good = "Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2025; Nghị quyết số 18-NQ/TW"
    basis = "NĐ 30/2020/NĐ-CP Phụ lục II (viết hoa tên loại văn bản khi viện dẫn); CITE-03 [T]"

    def check(self, ctx):
        for cit in ctx.citations.references():
            if cit.type_span is None or cit.type_word is None or cit.outer_type_word:
                continue  # "Thông báo kết luận số …": the second word of a compound name stays lower case
            i, s, e = cit.type_span
            p = para(ctx, i)
            written = p.text[s:e]
            if written.isupper() or " ".join(written.split()) == cit.type_word:
                continue
            ctx.report(self, p, s, e,
                       message=f"Viết hoa chữ cái đầu tên loại văn bản được viện dẫn: “{cit.type_word} số {cit.symbol.key}”.",
                       message_en=f"Capitalise the type word of a cited document: '{cit.type_word}'.",
                       replacement=cit.type_word)
