from tdnlint.api import Rule, Severity


class SignerNameMissing(Rule):
    code = "TDN535"
    name = "signer-name-missing"
    category = "signature"
    severity = Severity.ERROR
    summary = "Khối chữ ký thiếu họ tên người ký (bản sao ghi “(Đã ký)” rồi họ tên)."
    summary_en = "The signer's full name is missing from the signature block."
    bad = "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n(Đã ký)"
    good = "TM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn A"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c [T]; HD 36-HD/VPTW mục 1.7 [T]"

    def check(self, ctx):
        seg = ctx.segments
        if seg.signer_name is not None or not (seg.signature_authority or seg.signer_title):
            return
        span = seg.signed_mark or seg.signer_title or seg.signature_authority
        i, s, e = span
        ctx.report(self, ctx.document.paragraphs[i], s, e,
                   message="Thiếu họ tên người ký dưới chức vụ (viết hoa chữ cái đầu mỗi tiếng, ví dụ “Nguyễn Văn A”).",
                   message_en="The signer's name is missing under the title.")
