from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SEVERITY_NOTE_VI, SymbolFormatRule


class CitationCodeFamily(SymbolFormatRule, Rule):
    code = "TDN305"
    name = "citation-code-family"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "family"
    summary = "Ký hiệu văn bản viết sai kiểu: văn bản Đảng viết kiểu nhà nước (11/CT-TW) hoặc văn bản nhà nước/MTTQ viết kiểu Đảng (21-CT/TTg)."
    summary_en = "Symbol written in the other family's order: Party as State (11/CT-TW) or State/MTTQ as Party (21-CT/TTg)."
    description = (
        "Cơ quan ban hành quyết định kiểu ký hiệu: cơ quan Đảng (TW, TU, HU, ĐU, VPTW, BTGTU …) ghi “số-LOẠI/CƠ "
        "QUAN” (“11-CT/TW”); cơ quan nhà nước (TTg, CP, UBND, HĐND, các bộ, Quốc hội) và Mặt trận Tổ quốc ghi "
        "“số/LOẠI-CƠ QUAN” (“21/CT-TTg”, “97/HD-MTTQ-BTT”). Căn cứ: Nghị định 30/2020/NĐ-CP và Hướng dẫn 36-HD/VPTW; "
        "việc xác định khối theo cơ quan là thông lệ quan sát được. Chỉ báo khi chắc chắn cơ quan thuộc khối nào "
        "(BCĐ, BTC, BCT và chữ viết tắt lạ giữ nguyên) và ký hiệu có cả chữ viết tắt tên loại; văn bản cũ theo cách "
        "đánh số trước đây (văn bản nhà nước trước năm 2000, văn bản Đảng trước năm 1990) không bị xét. --fix viết lại "
        "theo thứ tự đúng; ký hiệu phải theo kiểu Đảng chỉ bị cảnh báo."
    ) + " " + SEVERITY_NOTE_VI
    description_en = (
        "The issuer decides the symbol's order: Party bodies (TW, TU, HU, ĐU, VPTW, BTGTU …) write "
        "“number-TYPE/ISSUER” (“11-CT/TW”); State bodies (TTg, CP, UBND, HĐND, ministries, QH) and MTTQ write "
        "“number/TYPE-ISSUER” (“21/CT-TTg”, “97/HD-MTTQ-BTT”). Basis: NĐ 30/2020 and HD 36-HD/VPTW; the "
        "issuer-to-family mapping is observed convention. Reported only when the issuer's family is certain (BCĐ, "
        "BTC, BCT and unknown codes are left as written) and the symbol has a type code; documents numbered the old "
        "way (State before 2000, Party before 1990) are not judged. A symbol that should be Party-style is a "
        "warning. --fix rewrites it in its family's order."
    ) + " " + CERTAIN_NOTE
    bad = "Chỉ thị số 11/CT-TW ngày 13/6/1992 của Ban Bí thư; Chỉ thị số 21-CT/TTg; Hướng dẫn 97-HD/MTTQ-BTT"
    good = "Chỉ thị số 11-CT/TW ngày 13/6/1992 của Ban Bí thư; Chỉ thị số 21/CT-TTg; Hướng dẫn 97/HD-MTTQ-BTT"
    basis = ("HD 36-HD/VPTW HD36-SO-01 [E]; NĐ 30/2020/NĐ-CP ND30-SO-03 [T]; MTTQ-SO-02 [O]; CITE-06 [O] "
             "(cơ quan ban hành quyết định kiểu ký hiệu); PROF-02 [O]")
