from tdnlint.api import Rule, Severity

from ._common import applies, missing_severity, report_missing


class TitleMissing(Rule):
    code = "TDN114"
    name = "title-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu tên loại văn bản (KẾ HOẠCH, HƯỚNG DẪN, BÁO CÁO …) hoặc trích yếu “V/v …” của công văn."
    summary_en = "Neither a document type name nor a công văn “V/v …” summary was found."
    description = (
        "Văn bản có tên loại phải có dòng tên loại (KẾ HOẠCH, HƯỚNG DẪN, BÁO CÁO …); công văn không có tên loại "
        "nhưng có trích yếu “V/v …” dưới số, ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5). Báo khi không "
        "tìm thấy cả hai. Công văn có “Kính gửi” mà thiếu “V/v” do quy tắc TDN117 báo, không báo ở đây. Là lỗi khi "
        "chắc chắn văn bản có đủ thể thức (có Quốc hiệu hoặc tiêu đề Đảng cùng số, ký hiệu hoặc tên loại), ngược lại "
        "chỉ là cảnh báo. Không xét phụ lục, biểu mẫu hoặc văn bản ban hành kèm theo đứng riêng một tệp, và văn bản "
        "không nhận ra thể thức (đoạn trích, văn bản không có phần đầu). Không tự sửa được."
    )
    description_en = (
        "A typed document has its type-name line (KẾ HOẠCH, HƯỚNG DẪN, BÁO CÁO …); a công văn has no type name but a "
        "“V/v …” summary under the number (NĐ 30/2020, Phụ lục I, mục II.5). Reported when neither is found. A công "
        "văn with “Kính gửi” but no “V/v” is TDN117's, not reported here. An error when the text surely has the "
        "letter form (a national or Party header plus a number line or a type name), a warning otherwise. An "
        "appendix, template sheet or attached document on its own, and a text whose form was not recognised (an "
        "excerpt, a text without its header), are not checked. No automatic fix."
    )
    bad = "Số: 12/KH-UBND\n\nTriển khai công tác …"
    good = "Số: 12/KH-UBND\n\nKẾ HOẠCH\nTriển khai công tác …"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5 [T]; spec ND30-TY-01, ND30-TY-03"

    def check(self, ctx):
        seg = ctx.segments
        if not applies(ctx) or seg.title is not None or seg.vv_line is not None:
            return
        if seg.kinh_gui:
            return  # a công văn without "V/v": TDN117 says what to add
        report_missing(self, ctx,
                       "Không tìm thấy tên loại văn bản (ví dụ “KẾ HOẠCH”, “HƯỚNG DẪN”, viết in hoa, dòng riêng) "
                       "hoặc trích yếu “V/v …” của công văn.",
                       "No document type name (e.g. “KẾ HOẠCH”) nor a công văn “V/v …” summary was found.",
                       severity=missing_severity(ctx))
