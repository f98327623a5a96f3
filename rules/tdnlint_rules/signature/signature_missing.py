from tdnlint.api import Rule, Severity

from ._common import FORM_TYPES, has_signature


class SignatureMissing(Rule):
    code = "TDN530"
    name = "signature-missing"
    category = "signature"
    severity = Severity.ERROR
    summary = "Thiếu khối chữ ký (quyền hạn, chức vụ, họ tên người ký) ở cuối văn bản."
    summary_en = "The signature block (authority, title, signer's name) is missing at the end."
    description = (
        "Văn bản phải có khối chữ ký ở cuối: quyền hạn ký (nếu có), chức vụ và họ tên người ký, theo Nghị định "
        "30/2020/NĐ-CP, Điều 8 và Phụ lục I, mục II.7; văn bản Đảng theo Hướng dẫn 36-HD/VPTW, mục 1.7. Là lỗi khi "
        "văn bản có phần đầu rõ ràng và sẵn sàng ban hành; chỉ là cảnh báo với bản dự thảo (có dấu “DỰ THẢO” hoặc "
        "số, ngày còn để trống) hoặc khi phần đầu chưa chắc chắn. Không báo: phụ lục, quy chế đính kèm, văn bản "
        "không nhận ra thể thức, văn bản chưa có nội dung, phiếu trình. Không có sửa tự động."
    )
    description_en = (
        "A document ends with a signature block: signing authority (where needed), the signer's title and full name, "
        "per Decree 30/2020/NĐ-CP, Article 8 and Appendix I, II.7; Party documents per Guidance 36-HD/VPTW, 1.7. An "
        "error when the header is clear and the document is ready to issue; a warning on a draft (a “DỰ THẢO” mark, "
        "or number and date left blank) or when the header is uncertain. Not reported: appendices, attached "
        "regulations, texts whose form is not recognised, documents without a body, and submission slips (phiếu "
        "trình). No automatic fix."
    )
    bad = "… tổ chức thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT."
    good = "Nơi nhận:                         TM. ỦY BAN NHÂN DÂN\n- Như trên;                        CHỦ TỊCH\n- Lưu: VT.\n                                   Nguyễn Văn A"
    basis = "NĐ 30/2020/NĐ-CP, Điều 8 khoản 7 và Phụ lục I, mục II.7 [T]; HD 36-HD/VPTW mục 1.7 [T]; spec ND30-SIG-01, HD36-SIG-01"

    def check(self, ctx):
        seg = ctx.segments
        if has_signature(seg) or seg.standalone_appendix or not seg.body or seg.doc_type in FORM_TYPES:
            return
        if getattr(seg, "form", "document") != "document":
            return  # an attachment signs nothing of its own; an unrecognised text gets TDN101's one info
        # error only when the letter form is certain (header found) and the document is not a draft
        sev = Severity.WARNING if seg.is_draft or seg.confidence != "high" else None
        anchor = None
        if seg.recipients_label is not None:
            anchor = ctx.document.paragraphs[seg.recipients_label]
        else:
            for i in reversed(seg.body):
                if ctx.document.paragraphs[i].text.strip():
                    anchor = ctx.document.paragraphs[i]
                    break
        example = "T/M BAN THƯỜNG VỤ / BÍ THƯ" if ctx.profile == "party" else "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
        msg = (f"Thiếu khối chữ ký cuối văn bản: quyền hạn và chức vụ người ký (ví dụ “{example}”), "
               "họ tên người ký.")
        if anchor is None:
            ctx.report(self, message=msg, message_en="The signature block is missing.", severity=sev)
        else:
            end = len(anchor.text.rstrip())
            ctx.report(self, anchor, end, end, message=msg, message_en="The signature block is missing.", severity=sev)
