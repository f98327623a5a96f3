from tdnlint.api import Rule, Severity


class NumberLabel(Rule):
    code = "TDN108"
    name = "number-label"
    category = "header"
    severity = Severity.ERROR
    fixable = True
    summary = "Chữ “Số” viết sai: nhà nước, MTTQ viết “Số:” (chữ thường, có dấu hai chấm); văn bản Đảng viết “Số” không có dấu hai chấm."
    summary_en = "“Số” label: “Số:” for State/MTTQ documents, “Số” without colon for Party documents."
    description_en = ("State/MTTQ: a missing colon or “SỐ” in capitals is an error (NĐ 30 [T]). Party: the official "
                   "HD 36 examples have no colon; a colon is a warning only (evidence [E]).")
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
