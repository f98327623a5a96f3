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
    description = (
        "Viết tắt quyền hạn ký đúng kiểu: văn bản nhà nước và Mặt trận dùng “TM.”, “KT.”, “TL.”, “TUQ.”, “Q.” (chữ "
        "in hoa, dấu chấm), theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7; văn bản Đảng dùng “T/M”, “K/T”, “T/L” "
        "(dấu gạch chéo, không dấu chấm), theo Hướng dẫn 36-HD/VPTW, mục 1.7. Với văn bản Đảng, “Q.” và “TUQ.” không "
        "bị xét vì cách viết chưa được xác minh. Chỉ xét các dòng quyền hạn trong khối chữ ký. Với --fix: thay bằng "
        "cách viết đúng (sửa an toàn)."
    )
    description_en = (
        "Signing-authority abbreviations follow the document's system: State and Front documents write “TM.”, “KT.”, "
        "“TL.”, “TUQ.”, “Q.” (capitals and a period), per Decree 30/2020/NĐ-CP, Appendix I, II.7; Party documents "
        "write “T/M”, “K/T”, “T/L” (slash, no period), per Guidance 36-HD/VPTW, 1.7. In Party documents “Q.” and "
        "“TUQ.” are not checked, their form being unverified. Only the authority lines of the signature block are "
        "read. With --fix the right form is written (safe fix)."
    )
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
