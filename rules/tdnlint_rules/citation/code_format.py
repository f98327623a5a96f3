from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SEVERITY_NOTE_VI, SymbolFormatRule


class CitationCodeFormat(SymbolFormatRule, Rule):
    code = "TDN301"
    name = "citation-code-format"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "separators"
    summary = "Số, ký hiệu văn bản sai dấu phân cách (“/” và “-”) hoặc viết dính liền các nhóm chữ viết tắt."
    summary_en = "Document symbol with wrong separators ('/' and '-') or glued abbreviation groups."
    description = (
        "Số, ký hiệu văn bản có hình thức cố định theo từng khối: nhà nước, Mặt trận Tổ quốc “120/KH-UBND”, "
        "“97/HD-MTTQ-BTT”; văn bản quy phạm pháp luật “30/2020/NĐ-CP”, “103/2023/QH15”; Đảng “57-KL/TW” (Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.3; Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 10; Hướng dẫn "
        "36-HD/VPTW). Quy tắc báo ký hiệu dùng sai dấu phân cách (“61/HD/MTTQ-BTT”, “1648/QĐ/TTg”) hoặc viết dính "
        "các nhóm chữ viết tắt (“15/QĐUBND”), ở số của chính văn bản và ở văn bản được dẫn. Với ký hiệu văn bản "
        "Đảng, thứ tự dấu phân cách dựa trên mẫu của Hướng dẫn 36-HD/VPTW nên chỉ là cảnh báo. --fix viết lại cả ký "
        "hiệu."
    ) + " " + SEVERITY_NOTE_VI
    description_en = (
        "A symbol has a fixed shape within its family: State and MTTQ “120/KH-UBND”, “97/HD-MTTQ-BTT”; normative "
        "documents “30/2020/NĐ-CP”, “103/2023/QH15”; Party “57-KL/TW” (NĐ 30/2020, Phụ lục I, mục II.3; Law on "
        "normative documents 2015, Article 10; HD 36-HD/VPTW). Reported: wrong separators (“61/HD/MTTQ-BTT”, "
        "“1648/QĐ/TTg”) or glued letter groups (“15/QĐUBND”), in the document's own number and in cited symbols. "
        "Party separators rest on the HD 36-HD/VPTW examples, so they are a warning. --fix rewrites the whole "
        "symbol."
    ) + " " + CERTAIN_NOTE
    bad = "Thực hiện Hướng dẫn số 61/HD/MTTQ-BTT …; Quyết định 1648/QĐ/TTg; Quyết định số 15/QĐUBND"
    good = "Thực hiện Hướng dẫn số 61/HD-MTTQ-BTT …; Quyết định 1648/QĐ-TTg; Quyết định số 15/QĐ-UBND"
    basis = ("NĐ 30/2020/NĐ-CP Phụ lục I mục II.3, ND30-SO-03 [T]; HD 36-HD/VPTW, HD36-SO-01 [E]; "
             "MTTQ-SO-01 [T/O]; VBQPPL ND30-QPPL-01 [T]")
