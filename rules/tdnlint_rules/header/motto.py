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
    description = (
        "Tiêu ngữ dưới Quốc hiệu là “Độc lập - Tự do - Hạnh phúc”: chữ đầu mỗi cụm viết hoa, các cụm nối bằng dấu "
        "gạch nối có một dấu cách ở hai bên (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b). Báo khi Tiêu ngữ viết "
        "sai (thiếu dấu cách, dùng gạch ngang “–”, viết hoa cả cụm như “Độc Lập”) hoặc khi có Quốc hiệu mà thiếu "
        "Tiêu ngữ. Chỉ áp dụng cho văn bản nhà nước và Mặt trận Tổ quốc; văn bản của Đảng không có Tiêu ngữ. --fix "
        "thay dòng Tiêu ngữ bằng cách viết đúng."
    )
    description_en = (
        "The motto under the national header is “Độc lập - Tự do - Hạnh phúc”: each phrase with an initial capital, "
        "joined by hyphens with one space on each side (NĐ 30/2020, Phụ lục I, mục II.1.b). Reported when the motto "
        "is written otherwise (missing spaces, an en dash, “Độc Lập” in title case) or missing under a national "
        "header. State and MTTQ documents only; Party documents have no motto. --fix rewrites the motto line."
    )
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
