from functools import lru_cache

from tdnlint.api import Rule, Severity, fold_words

from ._common import where, where_en


# A folder holding many files with one number (copies of a draft, a .docx beside its .txt) compares every
# file with every other: folding the same issuer and subject strings again for each pair made TDN383 a
# quarter of the CPU of a run over 1,000 copies of five drafts.  Entries are frozen, so both memos are exact.
@lru_cache(maxsize=8192)
def _folded(text: str | None) -> tuple[str, ...]:
    return tuple(fold_words(text))


@lru_cache(maxsize=8192)
def _identity(entry) -> tuple:
    return entry.identity


def _same_office(a, b) -> bool:
    return bool(a.issuer and b.issuer) and _folded(a.issuer) == _folded(b.issuer)


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
    description = (
        "Quy tắc này chỉ chạy khi kiểm tra cả một thư mục, hoặc một tệp nằm trong kho git: công cụ lập danh sách các "
        "văn bản của thư mục, kho đó để so sánh. Mỗi cơ quan đánh số văn bản theo một dãy số từ 01 trong từng năm, "
        "mỗi số chỉ dùng một lần (Nghị định 30/2020/NĐ-CP, Điều 15). Hai văn bản đã ban hành có cùng số ký hiệu, "
        "cùng năm và cùng tên cơ quan ban hành ở đầu văn bản thì bị báo ở từng tệp, kèm tên tệp kia. Không báo: hai "
        "tệp của cùng một văn bản (bản .docx và bản .txt cùng số, ngày, cơ quan, trích yếu); văn bản của hai cơ quan "
        "khác nhau cùng viết “/KH-UBND” (hai dãy số riêng); dự thảo (quy tắc TDN384 xét). Không tự sửa được."
    )
    description_en = (
        "This rule only runs when a folder is checked, or a file inside a git repository: the tool lists the "
        "documents of that folder or repository to compare with. Each office numbers its documents in one series "
        "from 01 every year, each number used once (NĐ 30/2020, Article 15). Two issued documents with the same "
        "symbol, the same year and the same issuer lines in the header are reported on each file, naming the other. "
        "Not reported: two files of one document (a .docx and a .txt with the same number, date, issuer and "
        "subject); two offices that both write “/KH-UBND” (separate series); drafts (TDN384's). No automatic fix."
    )
    bad = "hai kế hoạch năm 2025 của UBND xã An Phú cùng ghi “Số: 18/KH-UBND”"
    good = "hai kế hoạch ghi “Số: 18/KH-UBND” và “Số: 19/KH-UBND”"
    basis = "ND30-SO-05 [T] (NĐ 30/2020, Điều 15: số bắt đầu từ 01 mỗi năm, duy nhất cho mỗi cơ quan trong năm)"

    def check(self, ctx):
        reg = ctx.register
        me = reg.self_entry
        if me is None or not me.issued or me.draft:
            return
        others = [e for e in reg.by_key(me.key) if e.issued and not e.draft and e.year == me.year
                  and _same_office(me, e) and _identity(e) != _identity(me)]  # a copy (.docx and .txt) is no clash
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
    description = (
        "Quy tắc này chỉ chạy khi kiểm tra cả một thư mục, hoặc một tệp nằm trong kho git: công cụ lập danh sách các "
        "văn bản của thư mục, kho đó để so sánh. Dự thảo (có dòng “DỰ THẢO” hoặc để trống ngày ban hành) nên để "
        "trống số cho văn thư cấp khi ban hành (“Số:      /BC-UBND”; Nghị định 30/2020/NĐ-CP, Điều 15 về đánh số). "
        "Quy tắc báo dự thảo đã ghi sẵn một số ký hiệu mà một văn bản đã ban hành của cùng cơ quan, cùng năm đang "
        "dùng. Không báo khi văn bản đã ban hành đó có cùng trích yếu — đó là bản chính thức của chính dự thảo này. "
        "Không tự sửa được."
    )
    description_en = (
        "This rule only runs when a folder is checked, or a file inside a git repository: the tool lists the "
        "documents of that folder or repository to compare with. A draft (marked “DỰ THẢO” or with its date left "
        "blank) leaves the number blank for the văn thư to fill in at issue (“Số:      /BC-UBND”; NĐ 30/2020, "
        "Article 15 on numbering). Reported: a draft whose number is already used by an issued document of the same "
        "office and year. Not reported when that issued document has the same subject — it is the signed version of "
        "this very draft. No automatic fix."
    )
    bad = "DỰ THẢO … Số: 20/BC-UBND (số 20/BC-UBND đã dùng cho báo cáo ban hành ngày 10/6/2025)"
    good = "DỰ THẢO … Số:      /BC-UBND"
    basis = "ND30-SO-05 [T] (NĐ 30/2020, Điều 15), ND30-SO-03 (số để trống cho văn thư cấp khi ban hành)"

    def check(self, ctx):
        reg = ctx.register
        me = reg.self_entry
        if me is None or not me.draft or not me.issued:
            return
        # an issued document with this draft's own trích yếu is the signed version of this very draft
        others = [e for e in reg.by_key(me.key) if e.issued and not e.draft and _same_office(me, e)
                  and (me.year is None or e.year == me.year) and _folded(e.subject) != _folded(me.subject)]
        if not others:
            return
        p, s, e = _number_span(ctx)
        o = others[0]
        ctx.report(self, p, s, e,
                   message=f"Dự thảo ghi số {me.symbol}, nhưng số này đã dùng cho {o.describe()} ở "
                           f"{where(o, o.number_line)}; để trống số cho văn thư cấp khi ban hành.",
                   message_en=f"This draft is numbered {me.symbol}, already used by {o.describe()} in "
                              f"{where_en(o, o.number_line)}; leave the number blank until issue.")
