from tdnlint.api import Rule, Severity, fold_words, issuer_compatible, subject_overlap

from ._common import resolve, show, subject, where, where_en


class CitedWrongNumber(Rule):
    code = "TDN381"
    name = "cited-document-other-number"
    category = "citation"
    severity = Severity.WARNING
    fixable = False
    needs_register = True
    summary = ("Văn bản được dẫn (cùng tên loại, ngày, cơ quan và trích yếu) có trong kho nhưng mang số, "
               "ký hiệu khác.")
    summary_en = "The cited document (same type, date, issuer and subject) is in the tree under another number."
    description = (
        "Quy tắc này chỉ chạy khi kiểm tra cả một thư mục, hoặc một tệp nằm trong kho git: công cụ lập danh sách các "
        "văn bản của thư mục, kho đó để so sánh. Khi không có văn bản nào mang số, ký hiệu được dẫn, quy tắc tìm văn "
        "bản đã ban hành cùng tên loại, cùng ngày, cùng cơ quan, có trích yếu trùng ít nhất một nửa số từ có nghĩa "
        "với phần “về …” của trích dẫn. Nếu có đúng một văn bản như vậy, trích dẫn nhiều khả năng gõ nhầm số: quy "
        "tắc nêu số đúng cùng tệp, dòng của văn bản đó (cảnh báo; căn cứ: trích dẫn đúng số, ký hiệu theo Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.6.b). Trích dẫn không có ngày hoặc trích yếu thì không đoán; văn bản trong "
        "danh mục văn bản đã biết do quy tắc TDN311 xét. Không tự sửa được."
    )
    description_en = (
        "This rule only runs when a folder is checked, or a file inside a git repository: the tool lists the "
        "documents of that folder or repository to compare with. When no document carries the cited symbol, the list "
        "is searched for an issued document of the same type word, date and issuer whose subject shares at least "
        "half of its content words with the citation's “về …”. With exactly one such document the citation most "
        "likely mistyped its number: the rule names the right number with the file and line (warning; basis: the "
        "cited number must be right, NĐ 30/2020, Phụ lục I, mục II.6.b). A citation without a date or subject is "
        "never guessed at; known central documents are TDN311's. No automatic fix."
    )
    bad = "Kế hoạch số 21/KH-UBND ngày 05/3/2025 … về phòng, chống thiên tai (trong kho, kế hoạch này mang số 12/KH-UBND)"
    good = "Kế hoạch số 12/KH-UBND ngày 05/3/2025 … về phòng, chống thiên tai"
    basis = "CITE-02 [T] (số, ký hiệu của văn bản được dẫn); thông lệ đối chiếu giữa các văn bản trong kho"

    def check(self, ctx):
        reg = ctx.register
        me = reg.self_entry
        for cit in ctx.citations.references():
            d = cit.date
            if (cit.role != "citation" or d is None or d.date is None or not subject(ctx, cit)
                    or cit.symbol.number is None or resolve(ctx, cit) is not None):
                continue
            if ctx.known_documents.get(cit.symbol.key) is not None:
                continue  # a known central document: TDN311's
            if any(e.year == d.year for e in reg.by_key(cit.symbol.key)):
                continue  # that symbol exists this year (maybe ambiguous): not a typo of another one
            cands = []
            for e in reg.by_key("@" + d.date.isoformat()):
                if (not e.issued or e.draft or e.key == cit.symbol.key or e.type_word != cit.type_word
                        or reg.same_number(e.key, cit.symbol.key)):
                    continue
                if cit.issuer:
                    if issuer_compatible(cit.issuer, e.issuer) is not True:
                        continue
                elif me is None or fold_words(me.issuer) != fold_words(e.issuer):
                    continue
                ov = subject_overlap(subject(ctx, cit), e.subject)
                if ov is not None and ov >= 0.5:
                    cands.append(e)
            if len(cands) != 1:
                continue
            e = cands[0]
            p = ctx.document.paragraphs[cit.paragraph]
            ctx.report(self, p, cit.symbol.start, cit.symbol.end, suggestion=e.symbol,
                       message=f"{e.type_word} ngày {show(e.date)} về “{e.subject}” ở {where(e, e.number_line)} "
                               f"có số {e.symbol}, ở đây ghi {cit.symbol.text}.",
                       message_en=f"The {e.type_word} of {e.date} on “{e.subject}” ({where_en(e, e.number_line)}) "
                                  f"is numbered {e.symbol}, cited here as {cit.symbol.text}.")
