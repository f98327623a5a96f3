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
    description_en = """
The register (`ctx.register`, docs/repo.md) holds every document of the checked tree — the files
checked, plus the rest of their git work tree.  A citation ("Kế hoạch số 12/KH-UBND ngày
06/3/2025 của UBND xã An Phú") is matched with the one issued document of that symbol, year and
issuer; when it names another date (error, unsafe fix), another type word (error) or a trích
yếu sharing almost no words with the document's own (warning), the finding names the other file
and its line.  A symbol shared by two documents of one issuer and year is ambiguous and never
compared (TDN382 reports it).
"""
    bad = "Thực hiện Kế hoạch số 12/KH-UBND ngày 06/3/2025 (the plan in the tree is dated 05/3/2025)"
    good = "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025"
    basis = "CITE-02 [T] (trích dẫn đủ, đúng ngày, tên loại, trích yếu của văn bản được dẫn); cross-document convention"

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
