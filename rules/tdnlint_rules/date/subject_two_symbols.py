from tdnlint.api import Rule, Severity, normalise_issuer, normalise_subject


class SubjectTwoSymbols(Rule):
    code = "TDN323"
    name = "subject-two-symbols"
    category = "consistency"
    severity = Severity.WARNING
    summary = "Cùng một văn bản (cùng loại, cơ quan ban hành, trích yếu) được dẫn với hai số, ký hiệu khác nhau."
    summary_en = "The same document (type, issuer, subject) is cited with two different symbols."
    description = (
        "Hai trích dẫn cùng tên loại, cùng cơ quan ban hành và cùng trích yếu (“về …”) nhưng khác số thì gần như "
        "chắc chắn là một văn bản bị gõ nhầm số. Chỉ so khi cả ba phần đều được ghi đầy đủ và trích yếu đủ dài, nên "
        "các lần nhắc gọn không bị báo; hai trích dẫn ghi hai ngày khác nhau là hai văn bản (ví dụ kế hoạch hằng năm "
        "cùng nội dung) và không bị báo. Căn cứ: yêu cầu trích dẫn chính xác (Nghị định 30/2020/NĐ-CP, Phụ lục I, "
        "mục II.6.b); là cảnh báo. Không tự sửa được."
    )
    description_en = (
        "Two citations with the same type word, issuer and subject (“về …”) but different numbers are almost always "
        "one document with a mistyped number. Compared only when all three are written out and the subject is long "
        "enough, so short mentions are never reported; two citations with two different dates are two documents (a "
        "yearly plan on the same subject) and are not reported. Basis: accurate citations (NĐ 30/2020, Phụ lục I, "
        "mục II.6.b); a warning. No automatic fix."
    )
    bad = "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao … ; Kết luận số 75-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao …"
    good = "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao … (cả hai lần)"
    basis = "CITE-02 [T] (trích dẫn phải chính xác)"

    def check(self, ctx):
        seen: dict[tuple[str, str, str], object] = {}
        for cit in ctx.citations.references():
            subject = normalise_subject(cit.subject)
            if not subject or not cit.type_word or not cit.issuer or len(subject) < 12:
                continue
            key = (cit.type_word, normalise_issuer(cit.issuer), subject)
            first = seen.setdefault(key, cit)
            if first is cit or first.symbol.number == cit.symbol.number:
                continue
            if first.date is not None and cit.date is not None and first.date.date != cit.date.date:
                continue  # a yearly plan on the same subject: two documents, two dates
            p = ctx.document.paragraphs[cit.symbol.paragraph]
            line = ctx.document.paragraphs[first.symbol.paragraph].line
            ctx.report(self, p, cit.symbol.start, cit.symbol.end,
                       message=f"{cit.type_word} “về {cit.subject}” của {cit.issuer} được dẫn là {cit.symbol.text}, "
                               f"nhưng ở dòng {line} là {first.symbol.text}; kiểm tra lại số, ký hiệu.",
                       message_en=f"The same {cit.type_word} is cited as {cit.symbol.text} here and as "
                                  f"{first.symbol.text} on line {line}.",
                       suggestion=first.symbol.text)
