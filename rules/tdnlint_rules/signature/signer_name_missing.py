from tdnlint.api import Rule, Severity


class SignerNameMissing(Rule):
    code = "TDN535"
    name = "signer-name-missing"
    category = "signature"
    severity = Severity.ERROR
    summary = "Khối chữ ký thiếu họ tên người ký (bản sao ghi “(Đã ký)” rồi họ tên)."
    summary_en = "The signer's full name is missing from the signature block."
    description = (
        "Khối chữ ký phải có họ tên người ký dưới chức vụ, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7 và "
        "Hướng dẫn 36-HD/VPTW, mục 1.7; bản sao ghi “(Đã ký)” rồi vẫn ghi họ tên. Chỉ xét khi đã có dòng quyền hạn "
        "hoặc chức vụ người ký; văn bản không có khối chữ ký do TDN530 kiểm tra. Không có sửa tự động."
    )
    description_en = (
        "The signature block has the signer's full name under the title, per Decree 30/2020/NĐ-CP, Appendix I, II.7 "
        "and Guidance 36-HD/VPTW, 1.7; a copy writes “(Đã ký)” and still the name. Checked only when an authority or "
        "title line exists; a missing signature block is TDN530's. No automatic fix."
    )
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
