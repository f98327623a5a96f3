from tdnlint.api import Rule, Severity

from ._common import applies, report_missing


class TitleMissing(Rule):
    code = "TDN114"
    name = "title-missing"
    category = "header"
    severity = Severity.ERROR
    summary = "Thiếu tên loại văn bản (KẾ HOẠCH, HƯỚNG DẪN, BÁO CÁO …) hoặc trích yếu “V/v …” của công văn."
    summary_en = "Neither a document type name nor a công văn “V/v …” summary was found."
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
                       "No document type name (e.g. “KẾ HOẠCH”) nor a công văn “V/v …” summary was found.")
