from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import para

_BY_NAME = {"Luật", "Bộ luật", "Pháp lệnh"}


class CitationMissingSo(Rule):
    code = "TDN309"
    name = "citation-missing-so"
    category = "citation"
    severity = Severity.INFO
    fixable = True
    summary = "Lần dẫn đầu tiên thiếu chữ “số” giữa tên loại và số, ký hiệu văn bản."
    summary_en = "First citation of a document without 'số' between the type word and the symbol."
    description = (
        "Trích dẫn đầy đủ một văn bản theo thứ tự: tên loại, chữ “số”, số ký hiệu, ngày ban hành, cơ quan ban hành, "
        "trích yếu (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.b); lần dẫn đầu tiên phải đủ, các lần sau có thể "
        "viết gọn. Quy tắc báo lần dẫn đầu tiên của mỗi văn bản thiếu chữ “số” (“Kế hoạch 01-KH/BCĐ” → “Kế hoạch số "
        "01-KH/BCĐ”). Chỉ là thông tin vì nhiều văn bản đã ban hành vẫn viết gọn. Không xét: luật, bộ luật, pháp "
        "lệnh (dẫn theo tên), ký hiệu đứng một mình không có tên loại, trích dẫn nằm trong trích yếu, các lần dẫn "
        "sau. --fix thêm chữ “số”."
    )
    description_en = (
        "A full citation reads type word, “số”, number and symbol, date, issuer, subject (NĐ 30/2020, Phụ lục I, mục "
        "II.6.b); the first mention is complete, later ones may be short. Reported: the first mention of each "
        "document without “số” (“Kế hoạch 01-KH/BCĐ” → “Kế hoạch số 01-KH/BCĐ”). Info only, since many issued texts "
        "write the short form. Not checked: laws, codes and ordinances (cited by name), symbols without a type word, "
        "citations inside the summary line, later mentions. --fix inserts “số”."
    )
    bad = "Thực hiện Kế hoạch 01-KH/BCĐ, ngày 18/01/2024 của Ban Chỉ đạo …"
    good = "Thực hiện Kế hoạch số 01-KH/BCĐ, ngày 18/01/2024 của Ban Chỉ đạo …"
    basis = "NĐ 30/2020/NĐ-CP Phụ lục I mục II.6.b; CITE-01, CITE-02 [T]"

    def check(self, ctx):
        seen: set[str] = set()
        for cit in ctx.citations.references():
            key = cit.symbol.key
            if key in seen:
                continue
            seen.add(key)
            if cit.role != "citation" or cit.so_span is not None or cit.type_word in _BY_NAME or cit.in_title:
                continue
            sym = cit.symbol
            p = para(ctx, sym.paragraph)
            ctx.report(self, p, cit.start, sym.end,
                       message=f"Lần đầu dẫn {cit.type_word} {sym.text} nên ghi đủ “{cit.type_word} số {sym.text}”.",
                       message_en=f"First citation should read '{cit.type_word} số {sym.text}'.",
                       suggestion=f"{cit.type_word} số {sym.key}",
                       # replace the gap after the type word, not a point inside the symbol, so this
                       # fix never falls inside a symbol rule's fix of the same citation
                       fix=Fix((Edit(p.index, cit.type_span[2], sym.start, " số "),), safe=True))
