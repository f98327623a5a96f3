from tdnlint.api import Rule, Severity, fold_words

from ._common import where, where_en


def _same_office(a, b) -> bool:
    return bool(a.issuer and b.issuer) and fold_words(a.issuer) == fold_words(b.issuer)


def _number_span(ctx):
    own = ctx.citations.own
    if own is None:
        return None, 0, 0
    s = own.symbol
    return ctx.document.paragraphs[s.paragraph], s.start, s.end


class DuplicateDocumentNumber(Rule):
    code = "TDN383"
    name = "duplicate-document-number"
    category = "consistency"
    severity = Severity.ERROR
    fixable = False
    needs_register = True
    summary = "Hai văn bản đã ban hành của cùng một cơ quan trùng số, ký hiệu trong cùng một năm."
    summary_en = "Two issued documents of one issuer share a number, type and year."
    description_en = """
Every office numbers its documents in one series per year (NĐ 30/2020, Điều 15): two issued
documents of the tree with the same symbol, the same year and the same issuing-body lines in the
header are reported, each on its own file, naming the other.  Two files of one document (a .docx
and its .txt export: same number, date, issuer and trích yếu) are copies, not a clash.  Documents of two offices that both
write "/KH-UBND" are different series and never compared.
"""
    bad = "two plans of UBND xã An Phú, both \"Số: 18/KH-UBND\", in 2025"
    good = "18/KH-UBND and 19/KH-UBND"
    basis = "ND30-SO-05 [T] (NĐ 30/2020, Điều 15: số bắt đầu từ 01 mỗi năm, duy nhất cho mỗi cơ quan trong năm)"

    def check(self, ctx):
        reg = ctx.register
        me = reg.self_entry
        if me is None or not me.issued or me.draft:
            return
        others = [e for e in reg.by_key(me.key) if e.issued and not e.draft and e.year == me.year
                  and _same_office(me, e) and not e.same_document(me)]  # a copy (.docx and .txt) is no clash
        if not others:
            return
        p, s, e = _number_span(ctx)
        o = others[0]
        more = f" (và {len(others) - 1} tệp khác)" if len(others) > 1 else ""
        ctx.report(self, p, s, e,
                   message=f"Số {me.symbol} năm {me.year} đã dùng cho {o.describe()} ở "
                           f"{where(o, o.number_line)}{more}.",
                   message_en=f"Number {me.symbol} of {me.year} is also used by {o.describe()} in "
                              f"{where_en(o, o.number_line)}.")


class DraftNumberTaken(Rule):
    code = "TDN384"
    name = "draft-number-taken"
    category = "consistency"
    severity = Severity.ERROR
    fixable = False
    needs_register = True
    summary = "Dự thảo ghi sẵn một số, ký hiệu mà cơ quan đã dùng cho văn bản khác trong năm."
    summary_en = "A draft carries a number its office has already used this year."
    description_en = """
A draft (marked "DỰ THẢO", or with its date left blank) whose number line is filled in with a
symbol that an issued document of the same office and year in the tree already has: the number
is taken.  Leave the number blank ("Số:      /BC-UBND") for the văn thư to fill in at issue.
"""
    bad = "DỰ THẢO … Số: 20/BC-UBND (20/BC-UBND was issued on 10/6/2025)"
    good = "DỰ THẢO … Số:      /BC-UBND"
    basis = "ND30-SO-05 [T] (NĐ 30/2020, Điều 15), ND30-SO-03 (số để trống cho văn thư cấp khi ban hành)"

    def check(self, ctx):
        reg = ctx.register
        me = reg.self_entry
        if me is None or not me.draft or not me.issued:
            return
        # an issued document with this draft's own trích yếu is the signed version of this very draft
        others = [e for e in reg.by_key(me.key) if e.issued and not e.draft and _same_office(me, e)
                  and (me.year is None or e.year == me.year) and fold_words(e.subject) != fold_words(me.subject)]
        if not others:
            return
        p, s, e = _number_span(ctx)
        o = others[0]
        ctx.report(self, p, s, e,
                   message=f"Dự thảo ghi số {me.symbol}, nhưng số này đã dùng cho {o.describe()} ở "
                           f"{where(o, o.number_line)}; để trống số cho văn thư cấp khi ban hành.",
                   message_en=f"This draft is numbered {me.symbol}, already used by {o.describe()} in "
                              f"{where_en(o, o.number_line)}; leave the number blank until issue.")
