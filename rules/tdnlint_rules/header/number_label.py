from tdnlint.api import Rule, Severity


class NumberLabel(Rule):
    code = "TDN108"
    name = "number-label"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Chữ “Số” viết sai: nhà nước, MTTQ viết “Số:” (chữ thường, có dấu hai chấm); văn bản Đảng viết “Số” không có dấu hai chấm."
    summary_en = "“Số” label: “Số:” for State/MTTQ documents, “Số” without colon for Party documents."
    description = (
        "Chữ “Số” trước số, ký hiệu: văn bản nhà nước, Mặt trận Tổ quốc viết “Số:” — chữ thường, dấu hai chấm liền "
        "sau (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3); viết “SỐ” in hoa, thiếu dấu hai chấm hoặc có dấu cách "
        "trước dấu hai chấm là lỗi. Văn bản Đảng viết “Số” không có dấu hai chấm theo mẫu của Hướng dẫn 36-HD/VPTW; "
        "vì mới đối chiếu được với mẫu, chưa xác minh được câu chữ quy định, nên dấu hai chấm ở văn bản Đảng chỉ là "
        "cảnh báo. Chỉ xét dòng số, ký hiệu của chính văn bản, không xét chữ “số” trong trích dẫn. --fix viết lại "
        "chữ “Số” cho đúng."
    )
    description_en = (
        "The label before the number: State and MTTQ documents write “Số:” — lower case, colon right after it (NĐ "
        "30/2020, Phụ lục I, mục II.3); “SỐ” in capitals, a missing colon or a space before it is an error. Party "
        "documents write “Số” without a colon in the HD 36-HD/VPTW examples; only the examples, not the rule text, "
        "were verified, so a colon in a Party document is a warning. Only the document's own number line is checked, "
        "not “số” in citations. --fix rewrites the label."
    )
    bad = "SỐ 05/KH-UBND\nSố 05/KH-UBND\nSố: 05-HD/BTGTU (văn bản Đảng)"
    good = "Số: 05/KH-UBND\nSố 05-HD/BTGTU (văn bản Đảng)"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3 [T]; HD 36-HD/VPTW mục 1.3 [E]; spec ND30-SO-01, HD36-SO-01"

    def check(self, ctx):
        n = ctx.segments.number
        if n is None:
            return
        i, s, _ = n.span
        p = ctx.document.paragraphs[i]
        label_end = s + len(n.label)
        colon_end = label_end + (len(n.colon) if n.colon else 0)
        party = ctx.profile == "party"
        want = "Số" if party else "Số:"
        found = p.text[s:colon_end]
        if n.label != "Số":
            ctx.report(self, p, s, colon_end,
                       message=f"Viết “{want}” (chữ “Số” viết thường), không viết “{found}”.",
                       message_en=f"Write “{want}”, not “{found}”.",
                       replacement=want)
            return
        if party:
            if n.colon:
                ctx.report(self, p, s, colon_end, severity=Severity.WARNING,
                           message="Văn bản Đảng: sau chữ “Số” không có dấu hai chấm (mẫu HD 36-HD/VPTW: “Số 127-QĐ/TW”).",
                           message_en="Party documents: no colon after “Số” (HD 36 examples: “Số 127-QĐ/TW”).",
                           replacement="Số")
            return
        if n.colon is None or n.colon.strip() != ":" or n.colon != ":":
            ctx.report(self, p, s, colon_end,
                       message=f"Sau chữ “Số” phải có dấu hai chấm, liền chữ: “Số:” (đang viết “{found}”).",
                       message_en=f"“Số” must be followed directly by a colon: “Số:” (found “{found}”).",
                       replacement="Số:")
