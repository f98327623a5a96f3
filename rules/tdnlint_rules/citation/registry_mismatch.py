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
    description_en = """
The registry (`tdnlint/data/known_documents.toml`, the `known_documents` config key, plugins
through `tdnlint_known_documents`) lists central documents whose date, issuer and type are
certain.  A citation of one of them with another date, another central issuer (Bộ Chính trị vs
Ban Bí thư …) or another type word is reported, naming the registry entry.  Unknown issuers are
never compared.  The date fix is unsafe (the symbol may be the wrong half).
"""
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
            where = f"Danh mục văn bản: {entry.describe()}."
            d = cit.date
            if entry.date is not None and d is not None and d.valid and not d.blank and d.date != entry.date:
                want = entry.date
                fixed = format_date(want.day, want.month, want.year, d.style)
                ctx.report(self, p, d.start, d.end,
                           message=f"{cit.symbol.key} ghi ngày {d.text}, nhưng văn bản này ban hành ngày "
                                   f"{format_date(want.day, want.month, want.year)}. {where}",
                           message_en=f"{cit.symbol.key} is dated {d.text} here but was issued on {want.isoformat()}.",
                           suggestion=fixed, fix=Fix((Edit(p.index, d.start, d.end, fixed),), safe=False))
            cited = issuer_id(cit.issuer)
            if entry.issuer_id and cited and cited != entry.issuer_id and cit.issuer_span:
                _, s, e = cit.issuer_span
                ctx.report(self, p, s, e,
                           message=f"{cit.symbol.key} do {entry.issuer} ban hành, không phải {issuer_label(cited)}. {where}",
                           message_en=f"{cit.symbol.key} was issued by {entry.issuer}, not {issuer_label(cited)}.",
                           suggestion=entry.issuer)
            if (entry.type and cit.type_word and entry.type not in (cit.type_word, cit.outer_type_word)
                    and cit.type_span):
                _, s, e = cit.type_span
                ctx.report(self, p, s, e,
                           message=f"{cit.symbol.key} là {entry.type}, không phải {cit.type_word}. {where}",
                           message_en=f"{cit.symbol.key} is a {entry.type}, not a {cit.type_word}.",
                           suggestion=entry.type)
