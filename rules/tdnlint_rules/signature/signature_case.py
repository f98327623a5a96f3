from tdnlint.api import Rule, Severity, upper_ratio

from .._examples import PLAN, plan


class SignatureCase(Rule):
    code = "TDN538"
    name = "signature-case"
    category = "signature"
    severity = Severity.ERROR
    fixable = True
    summary = "Quyền hạn và chức vụ người ký viết chữ in hoa (“TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”)."
    summary_en = "The signing authority and the signer's title are written in capitals."
    description = (
        "Dòng quyền hạn ký và chức vụ người ký viết chữ in hoa (“TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”), theo bảng mẫu "
        "trình bày tại Nghị định 30/2020/NĐ-CP, Phụ lục I, mục V và Hướng dẫn 36-HD/VPTW, mục 1.7. Chỉ xét các dòng "
        "của khối chữ ký; họ tên người ký không thuộc quy tắc này. Với --fix: viết in hoa (sửa an toàn)."
    )
    description_en = (
        "The signing-authority line and the signer's title are written in capitals (“TM. ỦY BAN NHÂN DÂN”, “CHỦ "
        "TỊCH”), per the layout table of Decree 30/2020/NĐ-CP, Appendix I, V and Guidance 36-HD/VPTW, 1.7. Only the "
        "lines of the signature block are read; the signer's name is not part of this rule. With --fix they are "
        "upper-cased (safe fix)."
    )
    bad = plan(
        ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n", "Nơi nhận:\tTm. Ủy ban nhân dân\n"),
        ("- Lưu: VT, NC.\tCHỦ TỊCH\n", "- Lưu: VT, NC.\tChủ tịch\n"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục V (bảng mẫu) [T]; HD 36-HD/VPTW mục 1.7 [T]; spec ND30-SIG-01"

    def check(self, ctx):
        seg = ctx.segments
        spans = list(seg.signature_authorities)
        if seg.signer_title is not None:
            spans.append(seg.signer_title)
        for i, s, e in spans:
            p = ctx.document.paragraphs[i]
            t = p.text[s:e]
            if upper_ratio(t) >= 0.9:
                continue
            ctx.report(self, p, s, e,
                       message=f"Viết chữ in hoa: “{t.upper()}”.",
                       message_en=f"Write it in capitals: “{t.upper()}”.",
                       replacement=t.upper())
