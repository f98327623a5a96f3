from tdnlint.api import Rule, Severity, upper_ratio

from .._examples import PLAN, plan


class SignerNameCase(Rule):
    code = "TDN537"
    name = "signer-name-case"
    category = "signature"
    severity = Severity.WARNING
    fixable = True
    summary = "Họ tên người ký viết hoa chữ cái đầu mỗi tiếng (“Nguyễn Văn A”), không viết toàn chữ in hoa."
    summary_en = "The signer's name is written in title case (“Nguyễn Văn A”), not in capitals."
    description = (
        "Họ tên người ký viết hoa chữ cái đầu mỗi tiếng (“Nguyễn Văn An”), không viết toàn chữ in hoa, theo bảng mẫu "
        "trình bày tại Nghị định 30/2020/NĐ-CP, Phụ lục I, mục V. Chỉ xét dòng họ tên trong khối chữ ký; tên viết "
        "thường, viết hoa chữ đầu đều không bị báo. Với --fix: chuyển sang viết hoa chữ cái đầu (sửa an toàn)."
    )
    description_en = (
        "The signer's name is written with a capital at the start of each syllable (“Nguyễn Văn An”), not all in "
        "capitals, per the layout table of Decree 30/2020/NĐ-CP, Appendix I, V. Only the name line of the signature "
        "block is read. With --fix the name is written in title case (safe fix)."
    )
    bad = plan(
        ("\tNguyễn Văn An", "\tNGUYỄN VĂN AN"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục V (bảng mẫu: họ tên người ký chữ in thường) [T]"

    def check(self, ctx):
        span = ctx.segments.signer_name
        if span is None:
            return
        i, s, e = span
        p = ctx.document.paragraphs[i]
        name = p.text[s:e]
        if upper_ratio(name) < 0.95:
            return
        good = " ".join(w[:1] + w[1:].lower() for w in name.split())
        ctx.report(self, p, s, e,
                   message=f"Họ tên người ký viết hoa chữ cái đầu mỗi tiếng: “{good}”.",
                   message_en=f"Write the signer's name in title case: “{good}”.",
                   replacement=good)
