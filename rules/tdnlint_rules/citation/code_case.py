from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SEVERITY_NOTE_VI, SymbolFormatRule


class CitationCodeCase(SymbolFormatRule, Rule):
    code = "TDN304"
    name = "citation-code-case"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "case"
    summary = "Chữ viết tắt trong ký hiệu văn bản sai chữ hoa/chữ thường (NĐ, CP, KH; riêng CTr, TTr, QyĐ, TTg viết đúng như quy định)."
    summary_en = "Wrong letter case in a symbol's abbreviations (NĐ, CP, KH; mixed case only for CTr, TTr, QyĐ, TTg …)."
    description = (
        "Chữ viết tắt trong ký hiệu viết in hoa (NĐ, CP, KH, UBND), trừ các chữ viết tắt chính thức có chữ thường: "
        "CTr, TTr, QyĐ, TrS (Phụ lục III Nghị định 30/2020/NĐ-CP), TTg, QĐi, ThU, TxU. Chỉ báo nhóm chữ là chữ viết "
        "tắt đã biết nhưng viết sai hoa thường (“Nđ-CP”, “TTR”); nhóm chữ không biết thì không đổi. --fix viết lại "
        "ký hiệu."
    ) + " " + SEVERITY_NOTE_VI
    description_en = (
        "Symbol letter groups are in capitals (NĐ, CP, KH, UBND) except the official mixed-case codes CTr, TTr, QyĐ, "
        "TrS (NĐ 30/2020, Phụ lục III), TTg, QĐi, ThU, TxU. Only known codes written in another case are reported "
        "(“Nđ-CP”, “TTR”); an unknown group is never changed. --fix rewrites the symbol."
    ) + " " + CERTAIN_NOTE
    bad = "Nghị định số 30/2020/Nđ-CP; Tờ trình số 12/TTR-UBND"
    good = "Nghị định số 30/2020/NĐ-CP; Tờ trình số 12/TTr-UBND"
    basis = "NĐ 30/2020/NĐ-CP Phụ lục I mục II.3 và Phụ lục III (ghi chú về chữ hoa) [T]; CITE-08 [O]"
