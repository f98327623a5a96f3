from tdnlint.api import Edit, Fix, Rule, Severity, format_date, subject_overlap

from ._common import iso_date, resolve, show, subject, where, where_en


def _same_type(a: str, b: str) -> bool:
    """"Chương trình" for a "Chương trình hành động" is a short name, not another type."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


class CitedDocumentMismatch(Rule):
    code = "TDN380"
    name = "cited-document-mismatch"
    category = "citation"
    severity = Severity.ERROR
    fixable = True
    needs_register = True
    summary = ("Trích dẫn một văn bản có trong kho văn bản đang kiểm tra nhưng ghi sai ngày ban hành, "
               "tên loại hoặc trích yếu so với chính văn bản đó.")
    summary_en = "A citation of a document of the checked tree with another date, type or subject than that document's own."
    description = (
        "Quy tắc này chỉ chạy khi kiểm tra cả một thư mục, hoặc một tệp nằm trong kho git: công cụ lập danh sách các "
        "văn bản của thư mục, kho đó để so sánh. Nếu một trích dẫn (“Kế hoạch số 12/KH-UBND ngày 06/3/2025 …”) chỉ "
        "đúng một văn bản đã ban hành trong danh sách (cùng số ký hiệu, năm, cơ quan) mà ghi ngày khác (lỗi), tên "
        "loại khác (lỗi) hoặc trích yếu gần như không có chữ chung với trích yếu của văn bản đó (cảnh báo), quy tắc "
        "báo và nêu tệp, dòng của văn bản được dẫn. Căn cứ: trích dẫn phải đúng ngày, tên loại, trích yếu (Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.6.b). Không so khi hai văn bản cùng cơ quan, cùng năm mang cùng số (không "
        "biết là văn bản nào), hoặc khi văn bản nhắc lại số của chính mình. --fix (với --unsafe-fixes) sửa ngày theo "
        "văn bản được dẫn."
    )
    description_en = (
        "This rule only runs when a folder is checked, or a file inside a git repository: the tool lists the "
        "documents of that folder or repository to compare with. When a citation (“Kế hoạch số 12/KH-UBND ngày "
        "06/3/2025 …”) names exactly one issued document of that list (same symbol, year, issuer) but writes another "
        "date (error), another type word (error) or a subject sharing almost no words with that document's own "
        "(warning), it is reported with the other file and line. Basis: accurate date, type and subject (NĐ 30/2020, "
        "Phụ lục I, mục II.6.b). Not compared when two documents of one issuer and year share the number "
        "(ambiguous), or when a document repeats its own number. --fix (with --unsafe-fixes) corrects the date."
    )
    bad = "Thực hiện Kế hoạch số 12/KH-UBND ngày 06/3/2025 (kế hoạch này trong kho ghi ngày 05/3/2025)"
    good = "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025"
    basis = "CITE-02 [T] (trích dẫn đủ, đúng ngày, tên loại, trích yếu của văn bản được dẫn); thông lệ đối chiếu giữa các văn bản trong kho"

    def check(self, ctx):
        for cit in ctx.citations.references():
            entry = resolve(ctx, cit)
            if entry is None:
                continue
            p = ctx.document.paragraphs[cit.paragraph]
            label = f"{entry.type_word or cit.type_word or 'Văn bản'} số {entry.symbol}"
            d = cit.date
            want = iso_date(entry.date)
            if want is not None and d is not None and not d.blank and d.valid and d.date != want:
                fixed = format_date(want.day, want.month, want.year, d.style)
                ctx.report(self, p, d.start, d.end,
                           message=f"{label} ở {where(entry, entry.date_line)} ghi ngày {show(entry.date)}, "
                                   f"ở đây ghi {d.text}.",
                           message_en=f"{label} is dated {want.isoformat()} in {where_en(entry, entry.date_line)}, "
                                      f"{d.text} here.",
                           suggestion=fixed, fix=Fix((Edit(p.index, d.start, d.end, fixed),), safe=False))
            if (entry.type_word and cit.type_word and cit.type_span
                    and not any(_same_type(entry.type_word, w) for w in (cit.type_word, cit.outer_type_word) if w)):
                _, s, e = cit.type_span
                ctx.report(self, p, s, e,
                           message=f"Số {entry.symbol} ở {where(entry, entry.number_line)} là {entry.type_word}, "
                                   f"ở đây gọi là {cit.type_word}.",
                           message_en=f"{entry.symbol} is a {entry.type_word} ({where_en(entry, entry.number_line)}), "
                                      f"cited here as {cit.type_word}.",
                           suggestion=entry.type_word)
            overlap = subject_overlap(subject(ctx, cit), entry.subject)
            if overlap is not None and overlap < 0.25 and cit.subject_span:
                _, s, e = cit.subject_span
                ctx.report(self, p, s, e, severity=Severity.WARNING,
                           message=f"Trích yếu của {label} ở {where(entry, entry.number_line)} là "
                                   f"“{entry.subject}”, khác hẳn nội dung ghi ở đây.",
                           message_en=f"The subject of {entry.symbol} in {where_en(entry, entry.number_line)} is "
                                      f"“{entry.subject}”, unrelated to the one written here.")
