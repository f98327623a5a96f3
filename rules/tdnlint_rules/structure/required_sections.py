from tdnlint.api import Rule, Severity

from ._common import REQUIRED, SHORTCOMINGS, all_heading_titles, section_titles


class RequiredSections(Rule):
    code = "TDN501"
    name = "required-sections"
    category = "structure"
    severity = Severity.WARNING
    summary = "Văn bản thiếu phần thường có theo loại: KẾ HOẠCH, HƯỚNG DẪN cần MỤC ĐÍCH, YÊU CẦU / NỘI DUNG / TỔ CHỨC THỰC HIỆN; BÁO CÁO cần kết quả, hạn chế, phương hướng."
    summary_en = "A section usual for the document type is missing (plan/guidance: purpose, content, implementation; report: results, shortcomings, direction)."
    description = (
        "Kiểm tra văn bản có đủ các phần thường có theo loại: KẾ HOẠCH, HƯỚNG DẪN có “MỤC ĐÍCH, YÊU CẦU”, “NỘI DUNG” "
        "(hoặc “NHIỆM VỤ, GIẢI PHÁP”) và “TỔ CHỨC THỰC HIỆN”; BÁO CÁO có phần tình hình, kết quả, phần hạn chế, tồn "
        "tại và phần phương hướng, nhiệm vụ. Đây là thực tiễn soạn thảo, không phải quy định bắt buộc, nên chỉ là "
        "cảnh báo. Tên phần được so không phân biệt dấu và chấp nhận các cách gọi thường gặp (“MỤC ĐÍCH YÊU CẦU”, "
        "“HƯỚNG DẪN CHUNG”, đề mục kiểu “I-” của văn bản Đảng); phần hạn chế của báo cáo có thể nằm ở một đề mục cấp "
        "dưới. Văn bản không chia mục nào được báo một lần; các loại văn bản khác không bị xét. Không có sửa tự "
        "động."
    )
    description_en = (
        "Checks that a document has the parts usual for its type: a plan or guidance has purpose and requirements, "
        "content (or tasks and solutions) and organisation of implementation; a report has situation and results, "
        "shortcomings, and direction and tasks. This is drafting practice, not a regulation, so it is a warning. "
        "Headings are compared without diacritics and the usual variants are accepted (“MỤC ĐÍCH YÊU CẦU”, “HƯỚNG "
        "DẪN CHUNG”, Party “I-” headings); a report's shortcomings may sit in a sub-heading. A document with no "
        "sections at all is reported once; other document types are not checked. No automatic fix."
    )
    bad = "KẾ HOẠCH …\nI. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\n(không có TỔ CHỨC THỰC HIỆN)"
    good = "I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG\nIII. TỔ CHỨC THỰC HIỆN"
    basis = "spec BODY-01 [O], mục 5 (thực tiễn soạn thảo)"

    def check(self, ctx):
        seg = ctx.segments
        req = REQUIRED.get(seg.doc_type or "")
        if not req or seg.title is None:
            return
        titles = section_titles(ctx)
        folded = [t for _, t in titles]
        everything = folded + all_heading_titles(ctx)
        i, s, e = seg.title
        anchor = ctx.document.paragraphs[i]
        for need in req:
            vi, en, rx = need
            pool = everything if need is SHORTCOMINGS else folded
            if any(rx.search(t) for t in pool):
                continue
            if not folded and need is not SHORTCOMINGS:
                # no section headings at all: say so once
                ctx.report(self, anchor, s, e,
                           message=f"{seg.doc_type} không chia mục; thường có các phần: "
                                   + " / ".join(r[0] for r in req) + ".",
                           message_en=f"The {seg.doc_type} has no sections; usual parts: " + " / ".join(r[1] for r in req) + ".")
                return
            ctx.report(self, anchor, s, e,
                       message=f"{seg.doc_type} thiếu phần “{vi}”.",
                       message_en=f"The {seg.doc_type} lacks a “{en}” section.")
