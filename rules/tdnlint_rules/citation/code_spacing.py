from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SymbolFormatRule


class CitationCodeSpacing(SymbolFormatRule, Rule):
    code = "TDN302"
    name = "citation-code-spacing"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "spaces"
    summary = "Có dấu cách bên trong số, ký hiệu văn bản."
    summary_en = "Space inside a document symbol."
    description_en = """
No spaces between the number, the separators and the abbreviation groups.  The spacing rule
TDN207 deliberately leaves `69 -HD/BTGTU`-like code contexts to this rule.  A draft number left
blank for the văn thư (`Số:      /KH-UBND`) is not a space inside the symbol.
""" + CERTAIN_NOTE
    bad = "Số 69 -HD/BTGTU; Kết luận số 57- KL/TW; Kế hoạch số 05/ KH-UBND"
    good = "Số 69-HD/BTGTU; Kết luận số 57-KL/TW; Kế hoạch số 05/KH-UBND"
    basis = "NĐ 30/2020/NĐ-CP Phụ lục I mục II.3, ND30-SO-03 [T]; CITE-07 [T/O]"
