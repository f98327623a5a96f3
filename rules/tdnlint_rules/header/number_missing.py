from tdnlint.api import Rule, Severity

from ._common import applies, missing_severity, report_missing


class NumberLineMissing(Rule):
    code = "TDN107"
    name = "number-line-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu số, ký hiệu văn bản (“Số: …/KH-UBND”; văn bản Đảng “Số …-HD/…”)."
    summary_en = "The document number and symbol line is missing."
    description = (
        "Dưới tên cơ quan ban hành là số, ký hiệu văn bản: “Số: 15/KH-UBND” (nhà nước, Mặt trận Tổ quốc) hoặc “Số "
        "15-KH/HU” (Đảng), theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3 và Hướng dẫn 36-HD/VPTW. Dự thảo để "
        "trống phần số cho văn thư (“Số:      /KH-UBND”) là đúng và không bị báo. Là lỗi khi chắc chắn văn bản có đủ "
        "thể thức (có Quốc hiệu hoặc tiêu đề Đảng cùng số, ký hiệu hoặc tên loại), ngược lại chỉ là cảnh báo. Không "
        "xét phụ lục, biểu mẫu hoặc văn bản ban hành kèm theo đứng riêng một tệp, và văn bản không nhận ra thể thức "
        "(đoạn trích, văn bản không có phần đầu). Không tự sửa được."
    )
    description_en = (
        "Under the issuer stands the number and symbol: “Số: 15/KH-UBND” (State, MTTQ) or “Số 15-KH/HU” (Party), per "
        "NĐ 30/2020, Phụ lục I, mục II.3 and HD 36-HD/VPTW. A draft leaving the number blank for the văn thư (“Số:   "
        "/KH-UBND”) is correct and not reported. An error when the text surely has the letter form (a national or "
        "Party header plus a number line or a type name), a warning otherwise. An appendix, template sheet or "
        "attached document on its own, and a text whose form was not recognised (an excerpt, a text without its "
        "header), are not checked. No automatic fix."
    )
    bad = "ỦY BAN NHÂN DÂN TỈNH A\n\nKẾ HOẠCH …"
    good = "ỦY BAN NHÂN DÂN TỈNH A\nSố:      /KH-UBND"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3 [T]; HD 36-HD/VPTW mục 1.3 [T]; spec ND30-SO-01, HD36-SO-01"

    def check(self, ctx):
        seg = ctx.segments
        if not applies(ctx) or seg.number is not None:
            return
        if ctx.profile == "party":
            example = "Số …-HD/BTGTU"
        else:
            code = seg.type_code or "…"
            example = f"Số:      /{code}-…"
        report_missing(self, ctx,
                       f"Thiếu số, ký hiệu văn bản dưới tên cơ quan ban hành (ví dụ “{example}”; "
                       "để trống số cho văn thư khi là dự thảo).",
                       f"The number and symbol line is missing (e.g. “{example}”).",
                       severity=missing_severity(ctx))
