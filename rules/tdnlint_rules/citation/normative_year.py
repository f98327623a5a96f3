from tdnlint.api import Edit, Fix, Rule, Severity
from tdnlint.api import citation_codes as codes

from ._common import para

_NORMATIVE_WORDS = {"Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch"}


def needs_year(cit) -> bool:
    """A VBQPPL symbol must carry its year: QH/UBTVQH, NĐ-CP, Thông tư of a ministry, TTLT."""
    sym = cit.symbol
    if sym.year is not None or cit.role == "number_line" or not sym.number:
        return False
    if cit.date is not None and cit.date.year < 2000:
        return False  # older numbering ("Nghị định 12/CP"): keep historical symbols as they are
    if sym.is_qh:
        return True
    if sym.type_code is None and sym.comps == ("CP",):
        return False  # "Nghị định số 74/CP": the Government's numbering before 1998, issued without a year
    if sym.type_code == "NĐ" and sym.issuer == "CP":
        return True
    if sym.type_code == "TTLT":
        return True
    if sym.type_code == "TT" and sym.issuer and codes.is_ministry(sym.issuer) and cit.type_word != "Thông tri":
        return True
    return (cit.type_word in _NORMATIVE_WORDS and sym.family == "state" and sym.type_code in (None, "NĐ", "TT")
            and sym.written_style == "state")  # "Nghị định số 64-CP": an old hyphenated State number


class NormativeMissingYear(Rule):
    code = "TDN307"
    name = "normative-symbol-missing-year"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    summary = "Số, ký hiệu văn bản quy phạm pháp luật thiếu năm ban hành (103/QH15 → 103/2023/QH15)."
    summary_en = "A normative legal document's symbol without its year (103/QH15 → 103/2023/QH15)."
    description = (
        "Văn bản quy phạm pháp luật luôn có năm ban hành 4 chữ số trong số, ký hiệu (Luật Ban hành văn bản quy phạm "
        "pháp luật 2015, Điều 10): luật, nghị quyết của Quốc hội “103/2023/QH15”, văn bản của Ủy ban Thường vụ Quốc "
        "hội, nghị định “30/2020/NĐ-CP”, thông tư của bộ “01/2011/TT-BNV”, thông tư liên tịch. Không xét: văn bản "
        "được dẫn với ngày trước năm 2000 và số theo cách đánh số cũ (“Nghị định số 64-CP”, “74/CP”), thông tri, số "
        "của chính văn bản. Cùng một ký hiệu viết thiếu năm nhiều lần chỉ báo một lần. Khi danh mục văn bản đã biết "
        "(bổ sung được trong tệp cấu hình .tdnlint.toml) có đúng một văn bản cùng số và cơ quan, --fix "
        "thêm năm đó; khi chỉ dựa vào ngày ghi trong trích dẫn, việc thêm năm cần --unsafe-fixes; không có căn cứ "
        "thì chỉ nhắc bổ sung năm."
    )
    description_en = (
        "Normative legal documents always carry the 4-digit year in their symbol (Law on normative documents 2015, "
        "Article 10): laws and resolutions of the National Assembly “103/2023/QH15”, documents of its Standing "
        "Committee, decrees “30/2020/NĐ-CP”, ministry circulars “01/2011/TT-BNV”, joint circulars. Not checked: "
        "citations dated before 2000 and old-style numbers (“Nghị định số 64-CP”, “74/CP”), thông tri, the "
        "document's own number. One symbol written without its year several times is reported once. When the "
        "known-documents list (extended with the known_documents key of .tdnlint.toml) has exactly one document of "
        "that number and issuer, --fix inserts its year; when only the cited date gives the year the fix needs "
        "--unsafe-fixes; otherwise the message asks for the year."
    )
    bad = "các nhiệm vụ, giải pháp tại Nghị quyết 103/QH15 về Kế hoạch phát triển kinh tế - xã hội năm 2024"
    good = "các nhiệm vụ, giải pháp tại Nghị quyết số 103/2023/QH15 về Kế hoạch phát triển kinh tế - xã hội năm 2024"
    basis = "Luật BHVBQPPL 2015 Điều 10, ND30-QPPL-01 [T]; CITE-04 [T]"

    def check(self, ctx):
        missing = [cit for cit in ctx.citations.items if needs_year(cit)]
        done: set[str] = set()
        for cit in missing:
            sym = cit.symbol
            if sym.text in done:
                continue  # the same symbol written the same way again: one problem, reported once (related)
            done.add(sym.text)
            again = [c for c in missing if c is not cit and c.symbol.text == sym.text]
            related = [(para(ctx, c.symbol.paragraph), c.symbol.start, c.symbol.end) for c in again] or None
            p = para(ctx, sym.paragraph)
            known = ctx.known_documents.without_year(sym.number, sym.comps)
            if len(known) == 1:
                year, safe, why = known[0].year, True, f"theo danh mục văn bản đã biết ({known[0].describe()})"
            elif cit.date is not None:
                year, safe, why = cit.date.year, False, "theo ngày ban hành được dẫn"
            else:
                year = None
            if year is not None and sym.type_code is None and not sym.is_qh:
                year = None  # "Nghị định số 67/CP": the type code is missing too, the real symbol is unknown
            if year is None:
                ctx.report(self, p, sym.start, sym.end, related=related,
                           message=f"Số, ký hiệu “{sym.text}” của văn bản quy phạm pháp luật phải có năm ban hành "
                                   f"(dạng {sym.number}/NĂM/{'-'.join(sym.comps)}); bổ sung năm.",
                           message_en=f"Normative symbol '{sym.text}' needs its 4-digit year "
                                      f"({sym.number}/YYYY/{'-'.join(sym.comps)}).")
                continue
            fixed = f"{sym.number}/{year}/{'-'.join(sym.comps)}"
            edits = [Edit(c.symbol.paragraph, c.symbol.parts[0].sep_start, c.symbol.parts[0].sep_start, f"/{year}")
                     for c in [cit, *again]]
            ctx.report(self, p, sym.start, sym.end, related=related,
                       message=f"Số, ký hiệu “{sym.text}” của văn bản quy phạm pháp luật thiếu năm ban hành; "
                               f"{why}: “{fixed}”.",
                       message_en=f"Normative symbol '{sym.text}' lacks its year: '{fixed}'.",
                       suggestion=fixed,
                       fix=Fix(tuple(edits), safe))
