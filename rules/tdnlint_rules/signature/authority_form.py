from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan
from ._common import MEANING, PARTY_OF, STATE_OF, authorities, prefix


class AuthorityForm(Rule):
    code = "TDN531"
    name = "authority-form"
    category = "signature"
    severity = Severity.ERROR
    fixable = True
    summary = "Viết tắt quyền hạn ký: nhà nước, MTTQ dùng “TM.”, “KT.”, “TL.”, “TUQ.”, “Q.”; văn bản Đảng dùng “T/M”, “K/T”, “T/L”."
    summary_en = "Signing-authority abbreviations: TM./KT./TL./TUQ./Q. (State, MTTQ); T/M, K/T, T/L (Party)."
    bad = plan(
        ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n", "Nơi nhận:\tT/M ỦY BAN NHÂN DÂN\n"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7 [T]; HD 36-HD/VPTW mục 1.7 [T]; spec ND30-SIG-01, HD36-SIG-01"

    def check(self, ctx):
        party = ctx.profile == "party"
        for p, s, _e, text in authorities(ctx):
            pre = prefix(text)
            if pre is None:
                continue
            meaning = MEANING.get(pre)
            if meaning is None:
                continue
            if party:
                want = PARTY_OF.get(meaning)
                if want is None:
                    continue  # Q., TUQ.: unverified for Party documents (HD36-SIG-04 [U])
            else:
                want = STATE_OF[meaning]
            if pre == want:
                continue
            rest = text[len(pre):]
            replacement = want + ("" if rest.startswith(" ") else " ")
            ctx.report(self, p, s, s + len(pre),
                       message=f"Viết “{want}” thay cho “{pre}”"
                               + (" (văn bản Đảng dùng dấu gạch chéo, không dấu chấm)." if party
                                  else " (văn bản nhà nước, MTTQ viết chữ in hoa và dấu chấm)."),
                       message_en=f"Write “{want}” instead of “{pre}”.",
                       replacement=replacement if rest.startswith(" ") else want + " ")
