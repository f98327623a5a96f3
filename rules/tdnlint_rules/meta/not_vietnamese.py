from tdnlint.api import Rule, Severity


class NotVietnamese(Rule):
    code = "TDN010"
    name = "not-vietnamese"
    category = "hygiene"
    severity = Severity.INFO
    summary = "Văn bản không phải tiếng Việt (hoặc dùng bảng mã cũ): bỏ qua các kiểm tra thể thức."
    summary_en = "The text is not Vietnamese (or uses a legacy encoding): form checks are skipped."
    description_en = (
        "Checks of the official form (header, title, sections, numbering, signature, recipients, citations, "
        "dates, years) assume a Vietnamese document. When fewer than 5% of the words carry Vietnamese letters "
        "(ă â đ ê ô ơ ư or a tone mark), those checks are skipped and this one notice is given instead. "
        "Spacing, spelling (incl. legacy-encoding detection), layout and hygiene checks still run."
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
