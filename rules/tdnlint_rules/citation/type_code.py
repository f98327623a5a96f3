from tdnlint.api import Edit, Fix, Rule, Severity
from tdnlint.api import citation_codes as codes

from ._common import para


def preferred(word: str, family: str | None) -> str | None:
    allowed = codes.TYPE_WORD_CODES.get(word)
    if not allowed:
        return None
    if word == "Quy định":
        return "QyĐ" if family == "state" else "QĐ"
    if word.startswith("Chương trình"):
        return "CTr"
    return next(iter(sorted(allowed)))


class CitationTypeCode(Rule):
    code = "TDN306"
    name = "citation-type-code-mismatch"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    summary = "Tên loại văn bản được dẫn không khớp chữ viết tắt trong ký hiệu (Kết luận số 16-KH/TW)."
    summary_en = "The type word does not match the type code in the symbol (Kết luận … -KH/…)."
    description = (
        "Tên loại đứng trước “số” phải khớp chữ viết tắt tên loại trong ký hiệu: “Kết luận số 16-KL/TW”, “Hướng dẫn "
        "số 12/HD-UBND” (Phụ lục III Nghị định 30/2020/NĐ-CP; bảng chữ viết tắt văn bản Đảng là thông lệ quan sát "
        "được). Quy định của nhà nước dùng QyĐ; của Đảng, Mặt trận Tổ quốc dùng QĐ hoặc QĐi. Không xét: công văn, "
        "luật, pháp lệnh (không có chữ viết tắt tên loại); văn bản cũ theo cách đánh số trước đây; số của chính văn "
        "bản (quy tắc TDN111 xét). Mỗi cách viết sai chỉ báo một lần. Với ký hiệu của cơ quan địa phương hoặc đơn vị "
        "có cách đánh số riêng, phát hiện chỉ là thông tin và không tự sửa. --fix (với --unsafe-fixes) đổi chữ viết "
        "tắt cho khớp tên loại; cần xem lại vì có khi chính tên loại mới sai."
    )
    description_en = (
        "The type word before “số” matches the type code of the symbol: “Kết luận số 16-KL/TW”, “Hướng dẫn số "
        "12/HD-UBND” (NĐ 30/2020, Phụ lục III; the Party code table is observed convention). A State Quy định uses "
        "QyĐ, Party and MTTQ ones QĐ or QĐi. Not checked: công văn, laws and ordinances (no type code); documents "
        "numbered the old way; the document's own number (TDN111's). Each wrong writing is reported once. On symbols "
        "of local bodies or units with their own series the finding is info, without a fix. --fix (with "
        "--unsafe-fixes) changes the code; review it, since the type word may be the wrong half."
    )
    bad = "Kết luận số 16-KH/TW, ngày 14/02/2012 của Bộ Chính trị"
    good = "Kết luận số 16-KL/TW, ngày 14/02/2012 của Bộ Chính trị"
    basis = "CITE-05 [T/E]; NĐ 30/2020/NĐ-CP Phụ lục III, ND30-TY-02 [T]; spec 2.3 (mã loại văn bản Đảng) [O]"

    def check(self, ctx):
        # The document's own number vs its type name is the header rule TDN111's (ND30-TY-02).
        seen: set[tuple] = set()
        for cit in ctx.citations.references():
            sym = cit.symbol
            word = cit.type_word
            if not word or sym.type_code is None or cit.historical:
                continue  # older numbering ("Thông tư số 89-TC/TCT" of 1993 used the ministry's letters)
            allowed = cit.allowed_codes
            if word == "Quy định" and sym.family == "state" and not cit.outer_type_word:
                allowed = frozenset({"QyĐ"})  # State Quy định: QyĐ (NĐ 30 Phụ lục III, ND30-ABB-01)
            if not allowed or sym.type_code in allowed:
                continue
            if word == "Thông tư" and sym.type_code == "TTLT":
                continue
            if (word, sym.text) in seen:
                continue  # the same citation written the same way again: one problem, one finding
            seen.add((word, sym.text))
            want = preferred(word, sym.family)
            part = sym.parts[0]
            p = para(ctx, sym.paragraph)
            meant = codes.CODE_TYPE_WORD.get(sym.type_code)
            what = f" (“{sym.type_code}” là {meant})" if meant else ""
            fix = None
            if want and not sym.glued:
                fix = Fix((Edit(p.index, part.comp_start, part.comp_end, want),), safe=False)
            msg = (f"{word} nhưng ký hiệu “{sym.text.strip()}” dùng chữ viết tắt “{sym.type_code}”{what}; "
                   f"{word} phải là “{want}”.")
            msg_en = f"'{word}' cited with type code '{sym.type_code}'; expected '{want}'."
            # the type word against the code is certain only for a symbol whose form is certain; another
            # body's own series may use its own letters ("Thông tư 89/TC-TCT": TC was the Ministry of Finance):
            # information, without a fix
            severity = None if cit.form_certain else Severity.INFO
            ctx.report(self, p, part.comp_start, part.comp_end, message=msg, message_en=msg_en,
                       suggestion=want, fix=fix if cit.form_certain else None, severity=severity)
