from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan
from ._common import last_body_paragraph, needs_recipients


class RecipientsMissing(Rule):
    code = "TDN540"
    name = "recipients-missing"
    category = "recipients"
    severity = Severity.ERROR
    summary = "Văn bản thiếu phần “Nơi nhận:” (hoặc “Nơi nhận:” không có dòng nào)."
    summary_en = "The document has no “Nơi nhận:” block (or the block is empty)."
    description = (
        "Văn bản hành chính phải có phần “Nơi nhận:” sau nội dung, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9 "
        "và Hướng dẫn 36-HD/VPTW; “Nơi nhận:” không có dòng nào cũng bị báo. Là lỗi khi văn bản trông đã hoàn chỉnh "
        "(có chữ ký hoặc dấu kết thúc), cảnh báo khi chỉ là phần nội dung. Thông báo liệt kê các cơ quan, đơn vị mà "
        "văn bản giao việc hoặc yêu cầu báo cáo, để văn thư biết cần ghi ai. Không báo: biên bản, hợp đồng, giấy ủy "
        "quyền, giấy giới thiệu, phiếu gửi, phiếu trình, thư và các loại tương tự; phụ lục, quy chế đính kèm và văn "
        "bản không nhận ra thể thức. Không có sửa tự động."
    )
    description_en = (
        "An administrative document has a “Nơi nhận:” (recipients) block after the body, per Decree 30/2020/NĐ-CP, "
        "Appendix I, II.9 and Guidance 36-HD/VPTW; an empty “Nơi nhận:” is reported too. An error when the document "
        "looks complete (a signature or closing mark), a warning for a body-only text. The message lists the bodies "
        "the text assigns work or reports to, so the clerk knows whom to list. Not reported: minutes, contracts, "
        "powers of attorney, letters of introduction, dispatch and submission slips, letters and similar types; "
        "appendices, attached regulations and texts whose form is not recognised. No automatic fix."
    )
    bad = plan(
        ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Sở Nội vụ;\n- Lưu: VT, NC.\tCHỦ TỊCH\n", "\tTM. ỦY BAN NHÂN DÂN\n\tCHỦ TỊCH\n"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9 (ND30-NN-01..03) [T]; HD 36-HD/VPTW, thành phần 9a, 9b [T]"

    def check(self, ctx):
        seg = ctx.segments
        if not needs_recipients(ctx):
            return
        if seg.recipients_label is not None:
            if not ctx.assignments.recipients:
                p = ctx.document.paragraphs[seg.recipients_label]
                ctx.report(self, p, 0, len(p.text.rstrip()),
                           message="“Nơi nhận:” không có dòng nơi nhận nào.",
                           message_en="“Nơi nhận:” lists no recipients.")
            return
        expected = ctx.assignments.expected()
        names = "; ".join(a.body.text for a in expected[:6]) + ("; …" if len(expected) > 6 else "")
        extra = f" Văn bản giao việc/báo cáo cho: {names}." if expected else ""
        extra_en = f" Bodies the text assigns work to: {names}." if expected else ""
        complete = bool(seg.signature or seg.closing)
        p = last_body_paragraph(ctx)
        ctx.report(self, p, 0, len(p.text.rstrip()) if p else None,
                   message="Văn bản thiếu phần “Nơi nhận:” sau nội dung." + extra,
                   message_en="The document has no “Nơi nhận:” block." + extra_en,
                   severity=None if complete else Severity.WARNING)
