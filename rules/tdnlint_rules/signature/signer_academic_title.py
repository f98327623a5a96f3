from tdnlint.api import Rule, Severity

from .._examples import PLAN, plan


class SignerAcademicTitle(Rule):
    code = "TDN536"
    name = "signer-academic-title"
    category = "signature"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING, "mttq": Severity.WARNING, "unknown": Severity.WARNING}
    fixable = True
    summary = "Không ghi học hàm, học vị, danh hiệu (TS., ThS., PGS. …) trước họ tên người ký."
    summary_en = "No academic or honorific title (TS., ThS., PGS. …) before the signer's name."
    description_en = ("NĐ 30 [T] for State documents (exceptions for armed forces, education, health and science bodies "
                   "are allowed by their ministries: suppress per file). Warning in Party and MTTQ documents.")
    bad = plan(
        ("\tNguyễn Văn An", "\tTS. Nguyễn Văn An"),
    )
    good = PLAN
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c [T]; spec ND30-SIG-02"

    def check(self, ctx):
        seg = ctx.segments
        if seg.signer_prefix is None:
            return
        i, s, e = seg.signer_prefix
        p = ctx.document.paragraphs[i]
        ctx.report(self, p, s, e,
                   message=f"Không ghi “{p.text[s:e].strip()}” trước họ tên người ký.",
                   message_en=f"Drop “{p.text[s:e].strip()}” before the signer's name.",
                   replacement="")
