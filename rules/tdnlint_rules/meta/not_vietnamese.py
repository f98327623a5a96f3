from tdnlint.api import Rule, Severity


class NotVietnamese(Rule):
    code = "TDN010"
    name = "not-vietnamese"
    category = "hygiene"
    severity = Severity.INFO
    summary = "Văn bản không phải tiếng Việt (hoặc dùng bảng mã cũ): bỏ qua các kiểm tra thể thức."
    summary_en = "The text is not Vietnamese (or uses a legacy encoding): form checks are skipped."
    description = (
        "Các kiểm tra thể thức (Quốc hiệu, tên cơ quan, số và ký hiệu, tên loại, bố cục, đánh số, chữ ký, nơi nhận, "
        "trích dẫn, ngày tháng, năm) chỉ có nghĩa với văn bản tiếng Việt. Khi dưới 5% số từ có chữ cái tiếng Việt "
        "(ă, â, đ, ê, ô, ơ, ư hoặc dấu thanh) — văn bản tiếng nước ngoài, hoặc văn bản gõ bằng bảng mã cũ .VnTime, "
        "VNI mà máy đọc thành ký tự lạ — các kiểm tra đó được bỏ qua và chỉ có thông báo này. Văn bản rất ngắn (dưới "
        "40 từ) có chữ tiếng Việt vẫn được coi là tiếng Việt. Các kiểm tra dấu cách, chính tả (gồm phát hiện bảng mã "
        "cũ), định dạng trang và dấu vết soạn thảo vẫn chạy. Đây là quy ước của công cụ; văn bản dùng bảng mã cũ cần "
        "chuyển sang Unicode theo Nghị định 30/2020/NĐ-CP rồi kiểm tra lại."
    )
    description_en = (
        "The form checks (national header, issuer, number, type name, sections, numbering, signature, recipients, "
        "citations, dates, years) only make sense on a Vietnamese document. When fewer than 5% of the words carry a "
        "Vietnamese letter (ă â đ ê ô ơ ư or a tone mark) — foreign text, or text typed in a legacy .VnTime/VNI "
        "encoding that reads as odd characters — those checks are skipped and this one notice is given. Very short "
        "texts (under 40 words) with any Vietnamese letter count as Vietnamese. Spacing, spelling (including "
        "legacy-encoding detection), layout and hygiene checks still run. A convention of the tool; convert a "
        "legacy-encoded text to Unicode (NĐ 30/2020) and check it again."
    )
    bad = "Quarterly report on external information work in the province"
    good = "Báo cáo công tác thông tin đối ngoại quý I năm 2025 của tỉnh"
    basis = "convention"

    def check(self, ctx):
        if not ctx.is_vietnamese:
            ctx.report(
                self,
                message="Văn bản không phải tiếng Việt (hoặc dùng bảng mã cũ .VnTime/VNI): "
                "bỏ qua kiểm tra thể thức (quốc hiệu, số ký hiệu, bố cục, chữ ký, nơi nhận, trích dẫn).",
                message_en="The text is not Vietnamese (or uses a legacy .VnTime/VNI encoding): "
                "form checks (header, number, sections, signature, recipients, citations) are skipped.",
            )
