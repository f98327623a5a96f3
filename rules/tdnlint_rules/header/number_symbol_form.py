import re

from tdnlint.api import Rule, Severity


class NumberSymbolForm(Rule):
    code = "TDN110"
    name = "number-symbol-form"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Số, ký hiệu của văn bản viết sai: có dấu cách hoặc gạch dài bên trong, hoặc sai thứ tự kiểu Đảng/nhà nước."
    summary_en = "Malformed own number and symbol: spaces or dashes inside, or the wrong State/Party order."
    description = (
        "Số, ký hiệu của chính văn bản viết liền, không có dấu cách: nhà nước, Mặt trận Tổ quốc theo thứ tự "
        "“05/KH-UBND” (gạch chéo sau số, gạch nối giữa các nhóm chữ viết tắt), Đảng theo thứ tự “05-KH/HU” (gạch nối "
        "sau số, gạch chéo trước tên cơ quan) — Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3; Hướng dẫn 36-HD/VPTW. "
        "Dấu cách hoặc gạch ngang “–” bên trong ký hiệu là lỗi; ghi theo thứ tự của khối kia (văn bản Đảng ghi kiểu "
        "nhà nước hoặc ngược lại) là cảnh báo vì dựa trên thông lệ quan sát được. Khoảng trống để văn thư điền số "
        "trong dự thảo không bị coi là dấu cách thừa. Ký hiệu của văn bản được dẫn trong nội dung do các quy tắc "
        "trích dẫn xét. --fix bỏ dấu cách, gạch ngang; đổi thứ tự chỉ thực hiện với --unsafe-fixes."
    )
    description_en = (
        "The document's own number and symbol is written without spaces: State and MTTQ in the order “05/KH-UBND” "
        "(slash after the number, hyphens between the letter groups), Party in the order “05-KH/HU” (hyphen after "
        "the number, slash before the issuer) — NĐ 30/2020, Phụ lục I, mục II.3; HD 36-HD/VPTW. Spaces or an en dash "
        "inside the symbol are an error; the other family's order is a warning (observed convention). The gap left "
        "for the văn thư in a draft is not a stray space. Symbols of cited documents are the citation rules' "
        "business. --fix removes spaces and dashes; swapping the order needs --unsafe-fixes."
    )
    bad = "Số: 05 / KH - UBND\nSố 69 -HD/BTGTU\nSố: 05/KH-ĐU (văn bản Đảng)"
    good = "Số: 05/KH-UBND\nSố 69-HD/BTGTU\nSố 05-KH/ĐU"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3 [T]; HD 36-HD/VPTW mục 1.3 [E]; spec ND30-SO-03, HD36-SO-01, PROF-02, MTTQ-SO-02"

    def check(self, ctx):
        n = ctx.segments.number
        if n is None:
            return
        i, ns, _ = n.number_span
        _, ss, se = n.symbol_span
        p = ctx.document.paragraphs[i]
        raw_sym = p.text[ss:se]
        lead = len(raw_sym) - len(raw_sym.lstrip(" \t"))
        sym = raw_sym.strip(" \t")
        clean = re.sub(r"\s+", "", sym).replace("–", "-")
        problems_vi, problems_en = [], []
        if clean != sym:
            problems_vi.append("có dấu cách hoặc gạch dài bên trong ký hiệu")
            problems_en.append("spaces or en dashes inside the symbol")
        if lead and not n.blank:
            problems_vi.append("có dấu cách giữa số và ký hiệu")
            problems_en.append("a space between number and symbol")
        severity = None
        party = ctx.profile == "party"
        fixed = clean
        safe = True
        if party and not n.party_style and clean.startswith("/") and "-" in clean:
            head, _, tail = clean[1:].partition("-")
            fixed = f"-{head}/{tail}"
            problems_vi.append("văn bản Đảng ghi theo thứ tự “Số 05-KH/ĐU” (gạch nối sau số, gạch chéo trước tên cơ quan), "
                               "không theo kiểu nhà nước")
            problems_en.append("Party documents use the order “Số 05-KH/ĐU”")
            safe = False
            if len(problems_vi) == 1:
                severity = Severity.WARNING
        elif not party and n.party_style and "/" in clean:
            head, _, tail = clean.lstrip("-").partition("/")
            fixed = f"/{head}-{tail}"
            problems_vi.append("văn bản nhà nước, MTTQ ghi “Số: 05/KH-UBND” (gạch chéo sau số), không theo kiểu Đảng")
            problems_en.append("State/MTTQ documents use the order “Số: 05/KH-UBND”")
            safe = False
            if len(problems_vi) == 1:
                severity = Severity.WARNING
        if not problems_vi:
            return
        if n.blank:
            start, good = ss + lead, fixed
        else:
            start, good = ns, n.number + fixed
        found = p.text[start:se]
        ctx.report(self, p, start, se, severity=severity,
                   message=f"Số, ký hiệu “{found}”: " + "; ".join(problems_vi) + f". Viết đúng: “{good}”.",
                   message_en=f"Number and symbol “{found}”: " + "; ".join(problems_en) + f". Write “{good}”.",
                   replacement=good, safe=safe)
