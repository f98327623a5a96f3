from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SymbolFormatRule


class CitationCodeFamily(SymbolFormatRule, Rule):
    code = "TDN305"
    name = "citation-code-family"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "family"
    summary = "Ký hiệu văn bản viết sai kiểu: văn bản Đảng viết kiểu nhà nước (11/CT-TW) hoặc văn bản nhà nước/MTTQ viết kiểu Đảng (21-CT/TTg)."
    summary_en = "Symbol written in the other family's order: Party as State (11/CT-TW) or State/MTTQ as Party (21-CT/TTg)."
    description_en = """
The issuer decides the family: Party issuers (TW, TU, HU, ĐU, VPTW, BTGTU …) use
`số-LOẠI/CƠ QUAN`; State issuers (TTg, CP, UBND, HĐND, ministries, QH) and MTTQ (MTTQ, MTTW)
use `số/LOẠI-CƠ QUAN`.  Only issuers whose family is certain are reported (BCĐ, BTC, BCT and
unknown codes are left as written); the fix rewrites the symbol in its family's order.
""" + CERTAIN_NOTE
    bad = "Chỉ thị số 11/CT-TW ngày 13/6/1992 của Ban Bí thư; Chỉ thị số 21-CT/TTg; Hướng dẫn 97-HD/MTTQ-BTT"
    good = "Chỉ thị số 11-CT/TW ngày 13/6/1992 của Ban Bí thư; Chỉ thị số 21/CT-TTg; Hướng dẫn 97/HD-MTTQ-BTT"
    basis = ("HD 36-HD/VPTW HD36-SO-01 [E]; NĐ 30/2020/NĐ-CP ND30-SO-03 [T]; MTTQ-SO-02 [O]; CITE-06 [O] "
             "(issuer → family); PROF-02 [O]")
