from tdnlint.api import Rule, Severity

from ._common import capitals_scan, report_hit


class OrganisationNameCase(Rule):
    code = "TDN430"
    name = "organisation-name-case"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Tên cơ quan, tổ chức viết hoa sai (\"Hội liên hiệp phụ nữ Việt Nam\", \"Ủy ban Nhân dân tỉnh\")."
    summary_en = "Wrong capitalisation in the name of an agency or organisation."
    description = (
        "Kiểm tra cách viết hoa tên cơ quan, tổ chức: viết hoa chữ cái đầu của các từ chỉ loại hình và lĩnh vực (“Ban "
        "Tuyên giáo Tỉnh ủy”, “Hội Liên hiệp Phụ nữ Việt Nam”, “Sở Tư pháp”), không viết hoa các từ khác (“Ủy ban nhân "
        "dân tỉnh”, “Hội đồng nhân dân”), theo Nghị định 30/2020/NĐ-CP, Phụ lục II, mục IV.1. Dạng chuẩn của mỗi tên "
        "lấy từ cách viết gần như thống nhất trong văn bản pháp luật đã ban hành và từ một danh sách các cơ quan Đảng, "
        "Mặt trận cấp tỉnh và các hội, đoàn thể cấp huyện, xã. Không báo: dòng viết toàn chữ in hoa hoặc viết hoa mọi "
        "chữ (đề mục, ô bảng), danh từ chung viết thường (“các ủy ban”) trừ khi phần sau cho thấy rõ là tên riêng, địa "
        "chỉ thư điện tử, đường dẫn. Với --fix: sửa tự động khi dạng chuẩn chắc chắn, các trường hợp khác chỉ đề xuất "
        "(sửa khi dùng thêm --unsafe-fixes)."
    )
    description_en = (
        "Checks the capitalisation of agency and organisation names: the first letter of the words naming the kind of "
        "body and its field is capitalised (“Ban Tuyên giáo Tỉnh ủy”, “Hội Liên hiệp Phụ nữ Việt Nam”, “Sở Tư pháp”), "
        "nothing else (“Ủy ban nhân dân tỉnh”, “Hội đồng nhân dân”), per Decree 30/2020/NĐ-CP, Appendix II, IV.1. The "
        "standard form of each name comes from the almost uniform way issued legal texts write it and from a list of "
        "provincial Party and Front bodies and of district and commune mass organisations. Not reported: all-capital or"
        " title-cased lines (headings, table cells), common nouns in lower case (“các ủy ban”) unless the rest proves a"
        " name, e-mail addresses and links. With --fix the standard form is written when it is certain; otherwise it is"
        " only suggested (applied with --unsafe-fixes)."
    )

    bad = "Phối hợp với Hội liên hiệp phụ nữ Việt Nam và Ban tuyên giáo Tỉnh ủy; Ủy ban Nhân dân tỉnh chỉ đạo."
    good = "Phối hợp với Hội Liên hiệp Phụ nữ Việt Nam và Ban Tuyên giáo Tỉnh ủy; Ủy ban nhân dân tỉnh chỉ đạo."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục II, mục IV.1.a và IV.1.b (viết hoa tên cơ quan, tổ chức) [T]; dạng chuẩn học từ kho văn bản"

    def check(self, ctx):
        for hit in capitals_scan(ctx).names:
            report_hit(self, ctx, hit,
                       f"Tên cơ quan, tổ chức viết hoa chưa đúng: '{hit.written}' → '{hit.fix}'.",
                       f"Capitalisation of an organisation name: '{hit.written}' → '{hit.fix}'.")
