from tdnlint.api import MOTTO, Rule, Severity


class Motto(Rule):
    code = "TDN103"
    name = "motto"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    profiles = frozenset({"state", "mttq"})
    summary = "Tiêu ngữ thiếu hoặc viết sai (“Độc lập - Tự do - Hạnh phúc”)."
    summary_en = "The motto is missing or not written “Độc lập - Tự do - Hạnh phúc”."
    bad = "Độc lập -Tự do- Hạnh phúc\nĐộc Lập – Tự Do – Hạnh Phúc"
    good = "Độc lập - Tự do - Hạnh phúc"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1.b [T]; spec ND30-QH-02"

    def check(self, ctx):
        seg = ctx.segments
        if seg.motto is None:
            if seg.national_header is not None:
                p = ctx.document.paragraphs[seg.national_header[0]]
                ctx.report(self, p, seg.national_header[1], seg.national_header[2],
                           message="Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” dưới Quốc hiệu.",
                           message_en="The motto is missing under the national header.",
                           suggestion=MOTTO)
            return
        i, s, e = seg.motto
        p = ctx.document.paragraphs[i]
        if p.text[s:e] != MOTTO:
            ctx.report(self, p, s, e,
                       message=f"Tiêu ngữ viết sai: “{p.text[s:e]}”.",
                       message_en=f"Motto written wrongly: “{p.text[s:e]}”.",
                       replacement=MOTTO)
