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
    description = (
        "Quy tắc này chỉ chạy khi kiểm tra cả một thư mục, hoặc một tệp nằm trong kho git: công cụ lập danh sách các "
        "văn bản của thư mục, kho đó để so sánh. Văn bản không thể căn cứ, triển khai, thay thế hay dẫn một văn bản "
        "ban hành sau nó. Quy tắc tìm văn bản được dẫn trong danh sách (theo số ký hiệu, năm, cơ quan) và so ngày "
        "ban hành của văn bản đó với ngày của văn bản đang kiểm tra. Trích dẫn tự ghi ngày muộn hơn do quy tắc "
        "TDN321 báo; quy tắc này bắt trường hợp trích dẫn không ghi ngày, hoặc ghi đúng ngày nhưng chính văn bản "
        "đang soạn bị ghi ngày sai. Căn cứ: trích dẫn chính xác (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.b) và "
        "lôgic của phần căn cứ. Không tự sửa được."
    )
    description_en = (
        "This rule only runs when a folder is checked, or a file inside a git repository: the tool lists the "
        "documents of that folder or repository to compare with. A document cannot be based on, implement, replace "
        "or cite a document issued after it. The cited document is looked up in the list (symbol, year, issuer) and "
        "its date compared with this document's date. A citation that itself writes a later date is TDN321's; this "
        "rule catches the citation without a date, or with the right date in a wrongly dated draft. Basis: accurate "
        "citations (NĐ 30/2020, Phụ lục I, mục II.6.b) and the logic of the basis block. No automatic fix."
    )
    bad = "Kế hoạch ngày 20/02/2025: \"Để triển khai Kế hoạch số 12/KH-UBND …\" (12/KH-UBND ban hành ngày 05/3/2025)"
    good = "Kế hoạch triển khai ghi ngày sau 05/3/2025: \"Để triển khai Kế hoạch số 12/KH-UBND …\""
    basis = "CITE-02 [T]; lôgic của phần căn cứ (văn bản làm căn cứ phải có trước)"

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
