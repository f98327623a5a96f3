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
