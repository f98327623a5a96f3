from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SymbolFormatRule


class CitationCodeFormat(SymbolFormatRule, Rule):
    code = "TDN301"
    name = "citation-code-format"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "separators"
    summary = "Số, ký hiệu văn bản sai dấu phân cách (“/” và “-”) hoặc viết dính liền các nhóm chữ viết tắt."
    summary_en = "Document symbol with wrong separators ('/' and '-') or glued abbreviation groups."
    description_en = """
Within its family a symbol has a fixed shape: State and MTTQ `số/LOẠI-CƠ QUAN(-ĐƠN VỊ)`
(`120/KH-UBND`, `97/HD-MTTQ-BTT`), VBQPPL `số/NĂM/LOẠI-CƠ QUAN` (`30/2020/NĐ-CP`) or
`số/NĂM/QH15`, Party `số-LOẠI/CƠ QUAN(-ĐƠN VỊ)` (`57-KL/TW`, `07-KH/BCĐ-TTĐN`).  Applies to
citations, bare symbols and the document's own number line.  The fix rewrites the whole symbol.
""" + CERTAIN_NOTE
    bad = "Thực hiện Hướng dẫn số 61/HD/MTTQ-BTT …; Quyết định 1648/QĐ/TTg; Quyết định số 15/QĐUBND"
    good = "Thực hiện Hướng dẫn số 61/HD-MTTQ-BTT …; Quyết định 1648/QĐ-TTg; Quyết định số 15/QĐ-UBND"
    basis = ("NĐ 30/2020/NĐ-CP Phụ lục I mục II.3, ND30-SO-03 [T]; HD 36-HD/VPTW, HD36-SO-01 [E]; "
             "MTTQ-SO-01 [T/O]; VBQPPL ND30-QPPL-01 [T]")
