from tdnlint.api import Rule, Severity

from ._common import FORM_TYPES, applies, missing_severity, report_missing


class DateLineMissing(Rule):
    code = "TDN112"
    name = "date-line-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu địa danh và ngày, tháng, năm ban hành văn bản."
    summary_en = "The place-and-date line is missing."
    description = (
        "Văn bản phải có dòng địa danh và ngày, tháng, năm ban hành, ví dụ “Long An, ngày 05 tháng 01 năm 2025” "
        "(Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4; Hướng dẫn 36-HD/VPTW). Dự thảo có thể để trống ngày cho văn "
        "thư nhưng vẫn phải có dòng này. Là lỗi khi chắc chắn văn bản có đủ thể thức (có Quốc hiệu hoặc tiêu đề Đảng "
        "cùng số, ký hiệu hoặc tên loại), ngược lại chỉ là cảnh báo. Không xét phiếu trình. Không xét phụ lục, biểu "
        "mẫu hoặc văn bản ban hành kèm theo đứng riêng một tệp, và văn bản không nhận ra thể thức (đoạn trích, văn "
        "bản không có phần đầu). Không tự sửa được."
    )
    description_en = (
        "The document has a place-and-date line, e.g. “Long An, ngày 05 tháng 01 năm 2025” (NĐ 30/2020, Phụ lục I, "
        "mục II.4; HD 36-HD/VPTW). A draft may leave the date blank for the văn thư but keeps the line. An error "
        "when the text surely has the letter form (a national or Party header plus a number line or a type name), a "
        "warning otherwise. A phiếu trình is not checked. An appendix, template sheet or attached document on its "
        "own, and a text whose form was not recognised (an excerpt, a text without its header), are not checked. No "
        "automatic fix."
    )
    bad = "Số: 12/KH-UBND\n\nKẾ HOẠCH …"
    good = "Số: 12/KH-UBND        Lâm Đồng, ngày 05 tháng 01 năm 2025"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4 [T]; HD 36-HD/VPTW mục 1.4 [T]; spec ND30-DATE-01, HD36-DATE-01"

    def check(self, ctx):
        seg = ctx.segments
        if not applies(ctx) or seg.date is not None or seg.doc_type in FORM_TYPES:
            return
        report_missing(self, ctx,
                       "Thiếu địa danh và ngày, tháng, năm ban hành (ví dụ “Hà Nội, ngày 05 tháng 01 năm 2025”; "
                       "dự thảo để trống ngày cho văn thư).",
                       "The place-and-date line is missing (e.g. “Hà Nội, ngày 05 tháng 01 năm 2025”).",
                       severity=missing_severity(ctx))
