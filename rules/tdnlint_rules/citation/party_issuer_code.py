from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import para

# Bộ Chính trị, Ban Bí thư and the Central Committee all sign as "TW" (spec 2.4).
_CENTRAL_ALIASES = {"BCT": "Bộ Chính trị", "BBT": "Ban Bí thư", "BCHTW": "Ban Chấp hành Trung ương"}


class PartyIssuerCode(Rule):
    code = "TDN312"
    name = "party-issuer-code"
    category = "citation"
    severity = Severity.WARNING
    fixable = True
    summary = "Văn bản của Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương có ký hiệu cơ quan ban hành là “TW” (57-KL/TW, không phải 57-KL/BCT)."
    summary_en = "Politburo, Secretariat and Central Committee documents carry the issuer code 'TW', not BCT/BBT."
    description = (
        "Văn bản của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư đều có ký hiệu cơ quan ban hành là “TW”: "
        "“57-KL/TW”, không viết “57-KL/BCT”, “…/BBT”, “…/BCHTW”. Đây là thông lệ quan sát được trên văn bản của "
        "Đảng, chưa được xác minh trong câu chữ quy định, nên là cảnh báo. Chỉ xét ký hiệu viết kiểu Đảng; trong ký "
        "hiệu kiểu nhà nước, “BCT” là Bộ Công Thương (“/QĐ-BCT”) và không bị xét. --fix (với --unsafe-fixes) thay "
        "bằng “TW”; cần kiểm tra lại số với văn bản gốc."
    )
    description_en = (
        "Documents of the Central Committee, the Politburo and the Secretariat all carry the issuer code “TW”: "
        "“57-KL/TW”, not “57-KL/BCT”, “…/BBT”, “…/BCHTW”. Observed Party practice, unverified in a rule text, hence "
        "a warning. Only Party-style symbols are checked; in a State-style symbol “BCT” is the Ministry of Industry "
        "and Trade (“/QĐ-BCT”) and is left alone. --fix (with --unsafe-fixes) writes “TW”; check the number against "
        "the original too."
    )
    bad = "Kết luận số 57-KL/BCT ngày 15/6/2023 của Bộ Chính trị"
    good = "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị"
    basis = "spec 2.4 (mã cơ quan ban hành văn bản Đảng: TW dùng chung cho BCH TW, Bộ Chính trị, Ban Bí thư) [O]"

    def check(self, ctx):
        for cit in ctx.citations.items:
            sym = cit.symbol
            if sym.written_style != "party" or sym.type_code is None or len(sym.parts) < 2:
                continue
            part = sym.parts[1]
            body = _CENTRAL_ALIASES.get(part.comp.upper())
            if body is None:
                continue
            p = para(ctx, sym.paragraph)
            ctx.report(self, p, part.comp_start, part.comp_end,
                       message=f"Văn bản của {body} có ký hiệu cơ quan ban hành là “TW”: “{sym.number}-{sym.type_code}/TW”.",
                       message_en=f"Documents of the {body} carry the issuer code 'TW'.",
                       suggestion="TW", fix=Fix((Edit(p.index, part.comp_start, part.comp_end, "TW"),), safe=False))
