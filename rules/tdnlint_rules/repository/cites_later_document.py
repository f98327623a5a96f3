from tdnlint.api import Rule, Severity

from ._common import iso_date, resolve, show, where, where_en


class CitesLaterDocument(Rule):
    code = "TDN385"
    name = "cites-later-document"
    category = "citation"
    severity = Severity.ERROR
    fixable = False
    needs_register = True
    summary = ("Văn bản căn cứ, triển khai hoặc thay thế một văn bản trong kho được ban hành sau chính nó.")
    summary_en = "The document is based on, implements or replaces a document of the tree issued after it."
    description_en = """
A document cannot be based on, implement ("triển khai", "thực hiện") or replace ("thay thế") a
document issued after its own date.  The cited document is looked up in the tree (number, year,
issuer) and its own date compared with this document's date.  A citation that writes a later date
itself is TDN321's; this rule catches the citation that writes no date (or the right date of a
wrongly dated draft).
"""
    bad = "Kế hoạch ngày 20/02/2025: \"Để triển khai Kế hoạch số 12/KH-UBND …\" (12/KH-UBND is dated 05/3/2025)"
    good = "the implementing plan dated after 05/3/2025"
    basis = "CITE-02 [T]; logic of the căn cứ (a basis must exist before the document)"

    def check(self, ctx):
        me = ctx.register.self_entry
        own = iso_date(me.date) if me is not None else None
        if own is None:
            return
        for cit in ctx.citations.references():
            entry = resolve(ctx, cit)
            if entry is None or entry.date is None:
                continue
            theirs = iso_date(entry.date)
            if theirs is None or theirs <= own:
                continue
            d = cit.date
            if d is not None and d.date is not None and d.date > own:
                continue  # the written date is already later: TDN321 says so
            ref = next((r for r in me.citations if r.line is not None and r.key == entry.key), None)
            verb = ref.relation if ref is not None and ref.relation else "dẫn"
            p = ctx.document.paragraphs[cit.paragraph]
            label = f"{entry.type_word or cit.type_word} số {entry.symbol}"
            ctx.report(self, p, cit.symbol.start, cit.symbol.end,
                       message=f"Văn bản này (ngày {show(me.date)}) {verb} {label}, nhưng văn bản đó ban hành "
                               f"ngày {show(entry.date)} ({where(entry, entry.date_line)}), sau văn bản này.",
                       message_en=f"This document ({me.date}) cites {label}, issued later on {entry.date} "
                                  f"({where_en(entry, entry.date_line)}).")
