from tdnlint.api import Edit, Fix, Rule, Severity, format_date, issuer_id, issuer_label

from ._common import para


class CitationRegistryMismatch(Rule):
    code = "TDN311"
    name = "citation-registry-mismatch"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    summary = "Trích dẫn mâu thuẫn với danh mục văn bản đã biết (sai ngày ban hành, cơ quan ban hành hoặc tên loại)."
    summary_en = "A citation contradicts the known-documents registry (wrong date, issuer or type)."
    description = (
        "Một số văn bản trung ương có ngày ban hành, cơ quan ban hành và tên loại đã biết chắc: danh mục văn bản đã "
        "biết đi kèm công cụ, bổ sung được trong tệp cấu hình .tdnlint.toml hoặc bằng gói mở rộng. Khi "
        "trích dẫn một văn bản trong danh mục mà ghi ngày khác, cơ quan khác (ví dụ Ban Bí thư thay cho Bộ Chính "
        "trị) hoặc tên loại khác, quy tắc báo và nêu thông tin đúng trong danh mục. Căn cứ: yêu cầu trích dẫn đúng, "
        "đủ (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.b). Không so cơ quan khi cơ quan ghi trong trích dẫn không "
        "nhận ra được, và không xét văn bản ngoài danh mục. --fix (với --unsafe-fixes) sửa ngày theo danh mục; cơ "
        "quan và tên loại phải tự sửa."
    )
    description_en = (
        "Some central documents have a certain date, issuer and type: the known-documents list shipped with the "
        "tool, extended with the known_documents key of .tdnlint.toml or by plugins. A citation of a listed document "
        "with another date, another issuer (e.g. the Secretariat instead of the Politburo) or another type word is "
        "reported, naming the list's entry. Basis: citations must be accurate and complete (NĐ 30/2020, Phụ lục I, "
        "mục II.6.b). An issuer that cannot be recognised is not compared, and documents outside the list are not "
        "checked. --fix (with --unsafe-fixes) corrects the date; the issuer and type are corrected by hand."
    )
    bad = "Kết luận số 57-KL/TW, ngày 16/5/2023 của Ban Bí thư"
    good = "Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị"
    basis = "CITE-02 [T] (trích dẫn đủ, đúng ngày, cơ quan ban hành); danh mục văn bản đã biết"

    def check(self, ctx):
        reg = ctx.known_documents
        for cit in ctx.citations.references():
            entry = reg.get(cit.symbol.key)
            if entry is None:
                continue
            p = para(ctx, cit.symbol.paragraph)
            d = cit.date
            if entry.date is not None and d is not None and d.valid and not d.blank and d.date != entry.date:
                want = entry.date
                fixed = format_date(want.day, want.month, want.year, d.style)
                ctx.report(self, p, d.start, d.end,
                           message=f"{cit.symbol.key} ghi ngày {d.text}, nhưng văn bản này ban hành ngày "
                                   f"{format_date(want.day, want.month, want.year)}. Danh mục văn bản: {entry.describe()}.",
                           message_en=f"{cit.symbol.key} is dated {d.text} here but was issued on {want.isoformat()}.",
                           suggestion=fixed, fix=Fix((Edit(p.index, d.start, d.end, fixed),), safe=False))
            cited = issuer_id(cit.issuer)
            if entry.issuer_id and cited and cited != entry.issuer_id and cit.issuer_span:
                _, s, e = cit.issuer_span
                ctx.report(self, p, s, e,
                           message=f"{cit.symbol.key} do {entry.issuer} ban hành, không phải {issuer_label(cited)}. Danh mục văn bản: {entry.describe()}.",
                           message_en=f"{cit.symbol.key} was issued by {entry.issuer}, not {issuer_label(cited)}.",
                           suggestion=entry.issuer)
            if (entry.type and cit.type_word and entry.type not in (cit.type_word, cit.outer_type_word)
                    and cit.type_span):
                _, s, e = cit.type_span
                ctx.report(self, p, s, e,
                           message=f"{cit.symbol.key} là {entry.type}, không phải {cit.type_word}. Danh mục văn bản: {entry.describe()}.",
                           message_en=f"{cit.symbol.key} is a {entry.type}, not a {cit.type_word}.",
                           suggestion=entry.type)
