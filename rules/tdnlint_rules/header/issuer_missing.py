from tdnlint.api import Rule, Severity

from ._common import applies, report_missing


class IssuerMissing(Rule):
    code = "TDN106"
    name = "issuer-missing"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Thiếu tên cơ quan, tổ chức ban hành văn bản ở góc trên bên trái, hoặc tên đó không viết chữ in hoa."
    summary_en = "The issuing body (top left of the header block) is missing or not in capitals."
    bad = "Số: 12/KH-UBND\n\nKẾ HOẠCH …"
    good = "ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 12/KH-UBND"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2 [T]; HD 36-HD/VPTW mục 1.2 [T]; spec ND30-CQ-01, HD36-CQ-01"

    def check(self, ctx):
        seg = ctx.segments
        if not applies(ctx) or seg.issuer:
            return
        if seg.issuer_lowercase:
            for i, s, e in seg.issuer_lowercase:
                p = ctx.document.paragraphs[i]
                found = p.text[s:e]
                ctx.report(self, p, s, e,
                           message=f"Tên cơ quan ban hành viết chữ in hoa: “{found.upper()}”.",
                           message_en=f"Write the issuing body in capitals: “{found.upper()}”.",
                           replacement=found.upper())
            return
        report_missing(self, ctx,
                       "Thiếu tên cơ quan, tổ chức ban hành văn bản (viết chữ in hoa, góc trên bên trái).",
                       "The issuing body is missing (upper case, top left).")
