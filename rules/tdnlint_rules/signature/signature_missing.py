from tdnlint.api import Rule, Severity

from ._common import FORM_TYPES, has_signature


class SignatureMissing(Rule):
    code = "TDN530"
    name = "signature-missing"
    category = "signature"
    severity = Severity.ERROR
    summary = "Thiếu khối chữ ký (quyền hạn, chức vụ, họ tên người ký) ở cuối văn bản."
    summary_en = "The signature block (authority, title, signer's name) is missing at the end."
    description_en = "Error on a document ready to issue; a warning on a draft (marked DỰ THẢO or number/date left blank)."
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
