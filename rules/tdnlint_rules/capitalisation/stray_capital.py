from tdnlint.api import Rule, Severity

from ._common import capitals_scan, report_hit


class StrayCapital(Rule):
    code = "TDN434"
    name = "stray-capital"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Từ thông thường viết hoa giữa câu (\"tổ chức Tại các xã\", \"hiệu lực thi Hành\")."
    summary_en = "A common word capitalised in the middle of a sentence."
    description = (
        "Phát hiện từ thông thường bị viết hoa giữa câu (“tổ chức Tại các xã”, “Trong đó” sau dấu phẩy): những hư từ "
        "và động từ thông dụng mà văn bản pháp luật đã ban hành hầu như không bao giờ viết hoa sau một chữ thường. "
        "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục I chỉ cho viết hoa vì phép đặt câu ở đầu câu, đầu đoạn. Không báo: "
        "đầu câu, đề mục, dòng viết toàn chữ in hoa hoặc viết hoa mọi chữ, ô bảng ngắn, chữ nằm trong tên cơ quan đã "
        "biết, chữ sau “và”, “hoặc” hay sau hai chữ viết hoa (tên riêng hoặc tên gọi đang tiếp diễn: “Bộ phận Tiếp "
        "nhận và Trả kết quả”), trích yếu của văn bản được viện dẫn (“Nghị định … Về …”) và chữ mà chính văn bản "
        "viết hoa từ ba lần trở lên. Với --fix: viết thường (sửa an toàn)."
    )
    description_en = (
        "Finds a common word capitalised in mid-sentence (“tổ chức Tại các xã”, “Trong đó” after a comma): "
        "grammatical words and common verbs that issued legal texts almost never capitalise after a lower-case word. "
        "Decree 30/2020/NĐ-CP, Appendix II, I allows capitals for sentence structure only, at the start of a "
        "sentence or paragraph. Not reported: sentence starts, headings, all-capital or title-cased lines, short "
        "table cells, words inside known agency names, words after “và”/“hoặc” or after two capitalised words (a "
        "name or title going on: “Bộ phận Tiếp nhận và Trả kết quả”), the title of a cited document (“Nghị định … Về "
        "…”) and a word the document itself capitalises three times or more. With --fix it is lower-cased (safe "
        "fix)."
    )
    bad = "Hội nghị được tổ chức Tại các xã, Trong đó ưu tiên xã khó khăn."
    good = "Hội nghị được tổ chức tại các xã, trong đó ưu tiên xã khó khăn."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục I (chỉ viết hoa vì phép đặt câu sau dấu chấm, khi xuống dòng) [T]; danh sách từ học từ kho văn bản"

    def check(self, ctx):
        for hit in capitals_scan(ctx).stray_capitals:
            report_hit(self, ctx, hit,
                       f"Từ '{hit.written}' giữa câu không viết hoa: '{hit.fix}'.",
                       f"'{hit.written}' in the middle of a sentence should be '{hit.fix}'.")
