from tdnlint.api import Rule, Severity


class TitleUppercase(Rule):
    code = "TDN115"
    name = "title-uppercase"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Tên loại văn bản phải viết chữ in hoa (“KẾ HOẠCH”, không “Kế hoạch”)."
    summary_en = "The document type name is written in capitals."
    description = (
        "Tên loại văn bản viết chữ in hoa, đứng riêng một dòng: “KẾ HOẠCH”, không viết “Kế hoạch” (Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.5.a). Chỉ xét dòng tên loại ở phần đầu văn bản; tên loại nhắc đến trong "
        "câu văn (“Kế hoạch này”) không bị xét. --fix chuyển dòng tên loại thành chữ in hoa."
    )
    description_en = (
        "The type name is written in capitals on its own line: “KẾ HOẠCH”, not “Kế hoạch” (NĐ 30/2020, Phụ lục I, "
        "mục II.5.a). Only the type-name line of the header is checked, not a type word inside a sentence (“Kế hoạch "
        "này”). --fix upper-cases the line."
    )
    bad = "Kế hoạch\nTriển khai …"
    good = "KẾ HOẠCH\nTriển khai …"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5.a [T]; spec ND30-TY-01"

    def check(self, ctx):
        seg = ctx.segments
        if seg.title is None or seg.title_upper:
            return
        i, s, e = seg.title
        p = ctx.document.paragraphs[i]
        found = p.text[s:e]
        ctx.report(self, p, s, e,
                   message=f"Tên loại văn bản viết chữ in hoa: “{found.upper()}”.",
                   message_en=f"Write the type name in capitals: “{found.upper()}”.",
                   replacement=found.upper())
