from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SymbolFormatRule


class CitationCodeCase(SymbolFormatRule, Rule):
    code = "TDN304"
    name = "citation-code-case"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "case"
    summary = "Chữ viết tắt trong ký hiệu văn bản sai chữ hoa/chữ thường (NĐ, CP, KH; riêng CTr, TTr, QyĐ, TTg viết đúng như quy định)."
    summary_en = "Wrong letter case in a symbol's abbreviations (NĐ, CP, KH; mixed case only for CTr, TTr, QyĐ, TTg …)."
    description_en = """
Symbols are in capitals except the official mixed-case codes (CTr, TTr, QyĐ, TrS, QĐi, TTg,
ThU, TxU).  Only groups that are known codes written in another case are reported; an unknown
group is never changed.
""" + CERTAIN_NOTE
    bad = "Nghị định số 30/2020/Nđ-CP; Tờ trình số 12/TTR-UBND"
    good = "Nghị định số 30/2020/NĐ-CP; Tờ trình số 12/TTr-UBND"
    basis = "NĐ 30/2020/NĐ-CP Phụ lục I mục II.3 và Phụ lục III (ghi chú về chữ hoa) [T]; CITE-08 [O]"
