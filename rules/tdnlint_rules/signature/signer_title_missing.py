from tdnlint.api import Rule, Severity


class SignerTitleMissing(Rule):
    code = "TDN534"
    name = "signer-title-missing"
    category = "signature"
    severity = Severity.ERROR
    summary = "Khối chữ ký thiếu chức vụ người ký dưới dòng quyền hạn (ví dụ “TM. ỦY BAN NHÂN DÂN” rồi “CHỦ TỊCH”)."
    summary_en = "The signer's title under the authority line is missing."
    description = (
        "Khối chữ ký có dòng quyền hạn ký (“TM. ỦY BAN NHÂN DÂN”) thì ngay dưới phải có chức vụ người ký bằng chữ in "
        "hoa (“CHỦ TỊCH”), theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7 và Hướng dẫn 36-HD/VPTW, mục 1.7. Không "
        "báo khi dòng quyền hạn là “Q. <chức vụ>” (cấp phó được giao quyền: dòng đó đã là chức vụ) và khi không có "
        "dòng quyền hạn nào. Không có sửa tự động."
    )
    description_en = (
        "A signature block with an authority line (“TM. ỦY BAN NHÂN DÂN”) has the signer's title in capitals right "
        "under it (“CHỦ TỊCH”), per Decree 30/2020/NĐ-CP, Appendix I, II.7 and Guidance 36-HD/VPTW, 1.7. Not "
        "reported when the authority line is “Q. <title>” (an acting head: that line is the title) or when there is "
        "no authority line. No automatic fix."
    )
    bad = "TM. ỦY BAN NHÂN DÂN\n\nNguyễn Văn A"
    good = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.b [T]; HD 36-HD/VPTW mục 1.7 [T]; spec ND30-SIG-01"

    def check(self, ctx):
        seg = ctx.segments
        if seg.signature_authority is None or seg.signer_title is not None:
            return
        i, s, e = seg.signature_authorities[-1]
        if ctx.document.paragraphs[i].text[s:e].lstrip().startswith("Q."):
            # an acting head signs "Q. GIÁM ĐỐC" and then the name: the "Q." line is the title itself
            # (NĐ 30 Phụ lục I II.7.a, spec 1.8 "Q. GIÁM ĐỐC"); no second title line is expected
            return
        ctx.report(self, ctx.document.paragraphs[i], s, e,
                   message="Thiếu chức vụ người ký (chữ in hoa) ngay dưới dòng quyền hạn ký.",
                   message_en="The signer's title (capitals) is missing under the authority line.")
