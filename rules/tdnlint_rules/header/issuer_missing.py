from tdnlint.api import Rule, Severity

from ._common import applies, missing_severity, report_missing


class IssuerMissing(Rule):
    code = "TDN106"
    name = "issuer-missing"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Thiếu tên cơ quan, tổ chức ban hành văn bản ở góc trên bên trái, hoặc tên đó không viết chữ in hoa."
    summary_en = "The issuing body (top left of the header block) is missing or not in capitals."
    description = (
        "Tên cơ quan, tổ chức ban hành đặt ở góc trên bên trái và viết chữ in hoa (Nghị định 30/2020/NĐ-CP, Phụ lục "
        "I, mục II.2; Hướng dẫn 36-HD/VPTW). Báo khi không tìm thấy tên cơ quan ban hành, hoặc khi tên đó viết chữ "
        "thường (“Ủy ban nhân dân huyện …”). Là lỗi khi chắc chắn văn bản có đủ thể thức (có Quốc hiệu hoặc tiêu đề "
        "Đảng cùng số, ký hiệu hoặc tên loại), ngược lại chỉ là cảnh báo. Không xét phụ lục, biểu mẫu hoặc văn bản "
        "ban hành kèm theo đứng riêng một tệp, và văn bản không nhận ra thể thức (đoạn trích, văn bản không có phần "
        "đầu). Khi tên viết chữ thường, --fix chuyển thành chữ in hoa; thiếu tên thì phải tự bổ sung."
    )
    description_en = (
        "The issuing body stands top left, in capitals (NĐ 30/2020, Phụ lục I, mục II.2; HD 36-HD/VPTW). Reported "
        "when no issuer is found, or when it is written in lower case (“Ủy ban nhân dân huyện …”). An error when the "
        "text surely has the letter form (a national or Party header plus a number line or a type name), a warning "
        "otherwise. An appendix, template sheet or attached document on its own, and a text whose form was not "
        "recognised (an excerpt, a text without its header), are not checked. --fix upper-cases a lower-case issuer; "
        "a missing one must be added by hand."
    )
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
                       "The issuing body is missing (upper case, top left).",
                       severity=missing_severity(ctx))
