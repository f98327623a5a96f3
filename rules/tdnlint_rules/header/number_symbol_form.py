import re

from tdnlint.findings import Severity
from tdnlint.rule import Rule


class NumberSymbolForm(Rule):
    code = "TDN110"
    name = "number-symbol-form"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Ký hiệu văn bản viết sai: có dấu cách hoặc gạch dài bên trong, chữ thường, hoặc sai thứ tự kiểu Đảng/nhà nước."
    summary_en = "Malformed document symbol: spaces or dashes inside, lower case, or the wrong State/Party order."
    description = ("State/MTTQ: `NN/TYPE-ISSUER` (slash after the number, hyphens between groups). Party: "
                   "`NN-TYPE/ISSUER`. Spaces inside the code are an error; using the other profile's order is a "
                   "warning (observed convention, spec PROF-02 [O], MTTQ-SO-02 [O]). Only the own number line: "
                   "symbols of cited documents are the citation rules' business (TDN3xx).")
    bad = "Số: 05 / KH - UBND\nSố 69 -HD/BTGTU\nSố: 05/KH-ĐU (văn bản Đảng)"
    good = "Số: 05/KH-UBND\nSố 69-HD/BTGTU\nSố 05-KH/ĐU"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3 [T]; HD 36-HD/VPTW mục 1.3 [E]; spec ND30-SO-03, HD36-SO-01, PROF-02, MTTQ-SO-02"

    def check(self, ctx):
        n = ctx.segments.number
        if n is None:
            return
        i, s, e = n.symbol_span
        p = ctx.document.paragraphs[i]
        sym = p.text[s:e]
        # the blank left for the văn thư is part of the number, not of the symbol
        lead = len(sym) - len(sym.lstrip(" \t"))
        if lead and not n.blank:
            ctx.report(self, p, s, s + lead,
                       message=f"Không có dấu cách giữa số và ký hiệu: “{n.number}{sym.strip()}”.",
                       message_en=f"No space between the number and the symbol: “{n.number}{sym.strip()}”.",
                       replacement="")
        s += lead
        sym = sym.strip(" \t")
        clean = re.sub(r"\s+", "", sym).replace("–", "-")
        if clean != sym:
            ctx.report(self, p, s, e,
                       message=f"Ký hiệu văn bản không được có dấu cách hay gạch dài bên trong: “{sym}” → “{clean}”.",
                       message_en=f"No spaces or en dashes inside the symbol: “{sym}” → “{clean}”.",
                       replacement=clean)
        groups = n.groups
        if groups and any(g[0].islower() for g in groups if g[0].isalpha()):
            ctx.report(self, p, s, e,
                       message=f"Ký hiệu văn bản viết chữ in hoa (trừ các chữ viết tắt quy định như CTr, TTr, QyĐ): “{sym}”.",
                       message_en=f"Symbols are written in capitals: “{sym}”.")
        party = ctx.profile == "party"
        if party and not n.party_style and "/" in clean and "-" in clean:
            parts = clean.lstrip("/").split("-", 1)
            better = "-" + parts[0] + "/" + parts[1] if len(parts) == 2 else None
            ctx.report(self, p, s, e, severity=Severity.WARNING,
                       message="Văn bản Đảng ghi số, ký hiệu theo thứ tự “Số 05-KH/ĐU” (gạch nối sau số, gạch chéo trước "
                               f"tên cơ quan), không theo kiểu nhà nước “{sym}”.",
                       message_en=f"Party documents write “Số 05-KH/ĐU”, not the State order “{sym}”.",
                       suggestion=better)
        elif not party and n.party_style and "/" in clean:
            head, _, tail = clean.lstrip("-").partition("/")
            better = "/" + head + "-" + tail
            ctx.report(self, p, s, e, severity=Severity.WARNING,
                       message=f"Văn bản nhà nước, MTTQ ghi “Số: 05/KH-UBND” (gạch chéo sau số), không theo kiểu Đảng “{sym}”.",
                       message_en=f"State/MTTQ documents write “Số: 05/KH-UBND”, not the Party order “{sym}”.",
                       suggestion=better)
