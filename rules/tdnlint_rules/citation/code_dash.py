from tdnlint.api import Rule, Severity

from ._common import CERTAIN_NOTE, SEVERITY_NOTE_VI, SymbolFormatRule


class CitationCodeDash(SymbolFormatRule, Rule):
    code = "TDN303"
    name = "citation-code-dash"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    issue = "dash"
    summary = "Dùng gạch ngang (–, —) hoặc gạch không ngắt dòng (U+2011) thay cho dấu gạch nối “-” trong số, ký hiệu."
    summary_en = "En/em dash or non-breaking hyphen instead of a hyphen-minus inside a document symbol."
    description = (
        "Trong số, ký hiệu chỉ dùng dấu gạch nối “-” và dấu gạch chéo “/” thông thường (Nghị định 30/2020/NĐ-CP, Phụ "
        "lục I, mục II.3). Word tự đổi “57 - KL” thành gạch ngang “–”, một số mẫu dùng gạch không ngắt dòng hoặc "
        "gạch chéo lạ; khi đó tra cứu trong sổ văn bản và cơ sở dữ liệu không tìm thấy văn bản. --fix thay bằng dấu "
        "đúng, kể cả ở ký hiệu của cơ quan khác."
    ) + " " + SEVERITY_NOTE_VI
    description_en = (
        "Symbols use only the plain hyphen “-” and slash “/” (NĐ 30/2020, Phụ lục I, mục II.3). Word's AutoCorrect "
        "turns “57 - KL” into an en dash and some templates use a non-breaking hyphen or a look-alike slash; "
        "searches in the register and in databases then fail. --fix writes the plain characters, other bodies' "
        "symbols included."
    ) + " " + CERTAIN_NOTE
    bad = "Kết luận số 57–KL/TW; Kế hoạch số 120/KH‑UBND"
    good = "Kết luận số 57-KL/TW; Kế hoạch số 120/KH-UBND"
    basis = "CITE-07 [T/O]; NĐ 30/2020/NĐ-CP Phụ lục I mục II.3 (gạch nối giữa các nhóm chữ viết tắt) [T]"
