from tdnlint.api import Rule, Severity


class NumberLeadingZero(Rule):
    code = "TDN109"
    name = "number-leading-zero"
    category = "header"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING}
    fixable = True
    summary = "Số văn bản nhỏ hơn 10 phải có số 0 phía trước (“Số: 05/QĐ-UBND”)."
    summary_en = "Document numbers below 10 take a leading zero."
    description = (
        "Số văn bản nhỏ hơn 10 viết có số 0 phía trước: “Số: 05/QĐ-UBND”, không viết “Số: 5/QĐ-UBND” (Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.3). Là lỗi với văn bản nhà nước, Mặt trận Tổ quốc; với văn bản Đảng là "
        "cảnh báo vì đó là thông lệ thường thấy, chưa có quy định thành văn được xác minh. Chỉ xét số của chính văn "
        "bản; số để trống cho văn thư không bị báo. --fix thêm số 0."
    )
    description_en = (
        "Document numbers below 10 take a leading zero: “Số: 05/QĐ-UBND”, not “Số: 5/QĐ-UBND” (NĐ 30/2020, Phụ lục "
        "I, mục II.3). An error for State and MTTQ documents; a warning for Party documents, where it is observed "
        "practice without a verified written rule. Only the document's own number; a number left blank for the văn "
        "thư is not reported. --fix adds the zero."
    )
    bad = "Số: 5/QĐ-UBND\nSố 5-NQ/ĐU"
    good = "Số: 05/QĐ-UBND\nSố 05-NQ/ĐU"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3 [T]; spec ND30-SO-02, HD36-SO-03 [O]"

    def check(self, ctx):
        n = ctx.segments.number
        if n is None or n.blank:
            return
        digits = n.number.split("-")[0]
        if not digits.isdigit() or len(digits) != 1 or digits == "0":
            return
        i, s, _ = n.number_span
        p = ctx.document.paragraphs[i]
        ctx.report(self, p, s, s + 1,
                   message=f"Số văn bản nhỏ hơn 10 phải có số 0 phía trước: “0{digits}”.",
                   message_en=f"Numbers below 10 take a leading zero: “0{digits}”.",
                   replacement="0" + digits)
