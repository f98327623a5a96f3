from tdnlint.api import Rule, Severity, fold_words, issuer_compatible, subject_overlap

from ._common import resolve, subject, where, where_en


def _compatible(cited_issuer, other_issuer, me, other) -> bool | None:
    """Can two citations name one document?  False when their issuers differ, or when neither names one
    and the two citing offices differ (each may cite "its own" 30/QĐ-UBND)."""
    compat = issuer_compatible(cited_issuer, other_issuer)
    if compat is None:
        compat = issuer_compatible(other_issuer, cited_issuer)
    if compat is None and not (cited_issuer or other_issuer) and me is not None \
            and fold_words(me.issuer) != fold_words(other.issuer):
        return False
    return compat


class CitedDifferentlyAcrossFiles(Rule):
    code = "TDN382"
    name = "cited-differently-across-files"
    category = "citation"
    severity = Severity.WARNING
    fixable = False
    needs_register = True
    summary = "Cùng một văn bản (không có trong kho) được hai tệp dẫn với ngày ban hành hoặc số, ký hiệu khác nhau."
    summary_en = "Two files of the tree cite one document (not itself in the tree) with different dates or numbers."
    description = (
        "Quy tắc này chỉ chạy khi kiểm tra cả một thư mục, hoặc một tệp nằm trong kho git: công cụ lập danh sách các "
        "văn bản của thư mục, kho đó để so sánh. Khi văn bản được dẫn không có trong danh sách, các tệp cùng dẫn nó "
        "phải ghi cùng một ngày: hai tệp dẫn cùng số ký hiệu, cùng năm, cơ quan phù hợp mà ghi hai ngày khác nhau "
        "thì một trong hai sai, và chỉ bản gốc mới cho biết ngày đúng. Tương tự, một văn bản (cùng tên loại, ngày, "
        "cơ quan, trích yếu trùng ít nhất một nửa số từ) được hai tệp dẫn với hai số khác nhau. Phát hiện đặt ở tệp "
        "đang kiểm tra và nêu tệp, dòng bên kia (cảnh báo; căn cứ: trích dẫn chính xác theo Nghị định 30/2020/NĐ-CP, "
        "Phụ lục I, mục II.6.b). Khi văn bản được dẫn có trong danh sách, quy tắc TDN380, TDN381 so trực tiếp; văn "
        "bản trong danh mục văn bản đã biết do TDN311 xét. Không tự sửa được."
    )
    description_en = (
        "This rule only runs when a folder is checked, or a file inside a git repository: the tool lists the "
        "documents of that folder or repository to compare with. When the cited document is not in the list, the "
        "files citing it must agree on its date: two files citing one symbol in one year, of a compatible issuer, "
        "with two dates means one is wrong, and only the original can say which. Likewise one document (same type "
        "word, date, issuer, subject sharing half its words) cited by two files under two numbers. The finding is on "
        "the checked file and names the other file and line (warning; basis: accurate citations, NĐ 30/2020, Phụ lục "
        "I, mục II.6.b). Documents in the list are compared directly by TDN380/TDN381, known central documents by "
        "TDN311. No automatic fix."
    )
    bad = "tệp a.txt: Quyết định số 30/QĐ-UBND ngày 02/4/2025 …; tệp b.txt: Quyết định số 30/QĐ-UBND ngày 03/4/2025 …"
    good = "cả hai tệp: Quyết định số 30/QĐ-UBND ngày 02/4/2025 …"
    basis = "CITE-02 [T] (đúng ngày ban hành); thông lệ đối chiếu giữa các văn bản trong kho"

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
            if ctx.known_documents.get(key) is not None:
                continue  # a known central document: TDN311 compares with the registry's date
            if any(e.issued and not e.draft and e.year == d.year for e in reg.by_key(key)):
                continue  # the document (or two of that symbol) is in the tree: not a two-citation question
            if not self._other_date(ctx, reg, me, cit, d, key):
                self._other_number(ctx, reg, me, cit, d, key)

    def _other_number(self, ctx, reg, me, cit, d, key) -> None:
        subj = subject(ctx, cit)
        if not subj:
            return
        for other, ref in reg.cited("@" + d.date.isoformat()):
            if (ref.key == key or ref.type_word != cit.type_word or other.key == ref.key
                    or reg.same_number(ref.key, key) or ctx.known_documents.get(ref.key) is not None):
                continue
            if _compatible(cit.issuer, ref.issuer, me, other) is False:
                continue
            ov = subject_overlap(subj, ref.subject)
            if ov is None or ov < 0.5:
                continue
            if any(e.issued and not e.draft and e.year == d.year for e in reg.by_key(ref.key)):
                continue  # that number is a document of the tree: TDN381 is the rule for it
            p = ctx.document.paragraphs[cit.paragraph]
            ctx.report(self, p, cit.symbol.start, cit.symbol.end,
                       message=f"{cit.type_word} ngày {d.text} về “{ref.subject}” ở {where(other, ref.line)} "
                               f"ghi số {ref.symbol}, ở đây ghi {cit.symbol.text}.",
                       message_en=f"The {cit.type_word} of {d.text} on “{ref.subject}” is numbered {ref.symbol} in "
                                  f"{where_en(other, ref.line)}, {cit.symbol.text} here.")
            return

    def _other_date(self, ctx, reg, me, cit, d, key) -> bool:
        for other, ref in reg.cited(key):
                if ref.date is None or ref.date[:4] != str(d.year) or ref.date == d.date.isoformat():
                    continue
                if other.key == key:
                    continue  # that file is the document itself
                if _compatible(cit.issuer, ref.issuer, me, other) is False:
                    continue
                p = ctx.document.paragraphs[cit.paragraph]
                label = f"{cit.type_word} số {cit.symbol.compact}"
                ctx.report(self, p, d.start, d.end,
                           message=f"{label} ở {where(other, ref.line)} ghi ngày {ref.date_text}, ở đây ghi {d.text}.",
                           message_en=f"{label} is dated {ref.date_text} in {where_en(other, ref.line)}, "
                                      f"{d.text} here.")
                return True
        return False
