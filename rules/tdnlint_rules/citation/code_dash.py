from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SymbolFormatRule


class CitationCodeDash(SymbolFormatRule, Rule):
    code = "TDN303"
    name = "citation-code-dash"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "dash"
    summary = "Dùng gạch ngang (–, —) hoặc gạch không ngắt dòng (U+2011) thay cho dấu gạch nối “-” trong số, ký hiệu."
    summary_en = "En/em dash or non-breaking hyphen instead of a hyphen-minus inside a document symbol."
    description_en = """
Word's AutoCorrect turns "57 - KL" into an en dash and some templates use U+2011; search in
the văn thư register and in databases then fails.  Only ASCII hyphen-minus (U+002D) and slash.
""" + CERTAIN_NOTE
    bad = "Kết luận số 57–KL/TW; Kế hoạch số 120/KH‑UBND"
    good = "Kết luận số 57-KL/TW; Kế hoạch số 120/KH-UBND"
    basis = "CITE-07 [T/O]; NĐ 30/2020/NĐ-CP Phụ lục I mục II.3 (gạch nối giữa các nhóm chữ viết tắt) [T]"
