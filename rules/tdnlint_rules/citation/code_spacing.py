from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SEVERITY_NOTE_VI, SymbolFormatRule


class CitationCodeSpacing(SymbolFormatRule, Rule):
    code = "TDN302"
    name = "citation-code-spacing"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "spaces"
    summary = "Có dấu cách bên trong số, ký hiệu văn bản."
    summary_en = "Space inside a document symbol."
    description = (
        "Giữa số, dấu phân cách và các nhóm chữ viết tắt không có dấu cách: “57-KL/TW”, không viết “57- KL/TW”, “05 "
        "/KH-UBND” (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3). Dấu cách không ngắt dòng (thường do sao chép từ "
        "trang web) cũng bị báo. Số để trống cho văn thư (“Số:      /KH-UBND”) không bị coi là dấu cách trong ký "
        "hiệu. --fix bỏ dấu cách, kể cả ở ký hiệu của cơ quan khác (không văn bản nào có dấu cách trong ký hiệu)."
    ) + " " + SEVERITY_NOTE_VI
    description_en = (
        "No spaces between the number, the separators and the letter groups: “57-KL/TW”, not “57- KL/TW”, “05 "
        "/KH-UBND” (NĐ 30/2020, Phụ lục I, mục II.3). Non-breaking spaces (often pasted from web pages) count too. A "
        "number left blank for the văn thư (“Số:      /KH-UBND”) is not a space inside the symbol. --fix removes the "
        "spaces, other bodies' symbols included (no issued symbol contains one)."
    ) + " " + CERTAIN_NOTE
    bad = "Số 69 -HD/BTGTU; Kết luận số 57- KL/TW; Kế hoạch số 05/ KH-UBND"
    good = "Số 69-HD/BTGTU; Kết luận số 57-KL/TW; Kế hoạch số 05/KH-UBND"
    basis = "NĐ 30/2020/NĐ-CP Phụ lục I mục II.3, ND30-SO-03 [T]; CITE-07 [T/O]"
