from tdnlint.findings import Severity
from tdnlint.register import fold_words, issuer_compatible
from tdnlint.rule import Rule

from ._common import resolve, where, where_en


class CitedDifferentlyAcrossFiles(Rule):
    code = "TDN382"
    name = "cited-differently-across-files"
    category = "citation"
    severity = Severity.WARNING
    fixable = False
    needs_register = True
    summary = "Cùng một văn bản (không có trong kho) được hai tệp dẫn với ngày ban hành khác nhau."
    summary_en = "Two files of the tree cite one document (not itself in the tree) with different dates."
    description = """
When the cited document is not itself in the tree, the other files that cite the same symbol in
the same year, of a compatible issuer, must agree on its date: one of the two is wrong, and only
the original can say which.  The finding is on each citing file and names the other file and line.
When the document is in the tree, TDN380 compares each citation with it instead.
"""
    bad = "a.txt: Quyết định số 30/QĐ-UBND ngày 02/4/2025 …; b.txt: Quyết định số 30/QĐ-UBND ngày 03/4/2025 …"
    good = "both files: Quyết định số 30/QĐ-UBND ngày 02/4/2025 …"
    basis = "CITE-02 [T] (đúng ngày ban hành); cross-document convention"

    def check(self, ctx):
        reg = ctx.register
        me = reg.self_entry
        for cit in ctx.citations.references():
            d = cit.date
            if cit.role != "citation" or d is None or d.date is None or cit.symbol.number is None:
                continue
            key = cit.symbol.key
            if me is not None and me.key == key:
                continue
            if resolve(ctx, cit) is not None:
                continue  # TDN380 compares with the document itself
            if any(e.issued and not e.draft and e.year == d.year for e in reg.by_key(key)):
                continue  # the document (or two of that symbol) is in the tree: not a two-citation question
            for other, ref in reg.cited(key):
                if ref.date is None or ref.date[:4] != str(d.year) or ref.date == d.date.isoformat():
                    continue
                if other.key == key:
                    continue  # that file is the document itself
                compat = issuer_compatible(cit.issuer, ref.issuer)
                if compat is None:
                    compat = issuer_compatible(ref.issuer, cit.issuer)
                if compat is False:
                    continue
                if compat is None and not (cit.issuer or ref.issuer) and me is not None \
                        and fold_words(me.issuer) != fold_words(other.issuer):
                    continue  # two offices citing "their" 30/QĐ-UBND: not one document
                p = ctx.document.paragraphs[cit.paragraph]
                label = f"{cit.type_word} số {cit.symbol.compact}"
                ctx.report(self, p, d.start, d.end,
                           message=f"{label} ở {where(other, ref.line)} ghi ngày {ref.date_text}, ở đây ghi {d.text}.",
                           message_en=f"{label} is dated {ref.date_text} in {where_en(other, ref.line)}, "
                                      f"{d.text} here.")
                break
