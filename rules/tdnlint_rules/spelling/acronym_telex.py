from tdnlint.api import Rule, Severity

from ._common import spelling_on


class AcronymTelex(Rule):
    code = "TDN435"
    name = "acronym-telex"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ viết tắt còn sót phím Telex \"DD\" thay cho \"Đ\" (\"DDTN\" → \"ĐTN\", \"DDoàn\" → \"Đoàn\")."
    summary_en = "Telex residue \"DD\" for \"Đ\" in an acronym or a capitalised word (\"DDTN\" → \"ĐTN\")."
    description = (
        "Phát hiện phím Telex “DD” còn sót thay cho chữ “Đ” trong chữ viết tắt hoặc chữ viết hoa (“DDTN” → “ĐTN”, "
        "“DDoàn” → “Đoàn”): khi bộ gõ đang ở chế độ tiếng Anh, gõ “dd” không thành “đ”. Chỉ báo khi thay “DD” bằng "
        "“Đ” cho ra một chữ viết tắt văn bản này có dùng, một chữ viết tắt có Đ quen thuộc (HĐND, ĐBQH …) hoặc một "
        "âm tiết tiếng Việt. Không báo: chữ nằm trong ký hiệu văn bản (do các quy tắc trích dẫn kiểm tra), chữ khai "
        "báo trong ignore-words, văn bản gõ bằng bảng mã cũ. Căn cứ: thực tiễn viết tắt (lỗi bộ gõ). Với --fix: thay "
        "bằng “Đ” (sửa an toàn)."
    )
    description_en = (
        "Finds a leftover Telex “DD” for “Đ” in an acronym or a capitalised word (“DDTN” → “ĐTN”, “DDoàn” → “Đoàn”): "
        "with the keyboard in English mode, “dd” does not become “đ”. Reported only when replacing “DD” by “Đ” gives "
        "an acronym this document uses, a well-known Đ acronym (HĐND, ĐBQH …) or a Vietnamese syllable. Not "
        "reported: letters inside document codes (left to the citation rules), words in ignore-words, legacy-encoded "
        "text. Basis: usage (a keyboard slip). With --fix “Đ” is written (safe fix)."
    )
    bad = "Ban Thường vụ DDoàn phối hợp với DDTN xã và HDDND huyện."
    good = "Ban Thường vụ Đoàn phối hợp với ĐTN xã và HĐND huyện."
    basis = "convention [O] (chữ viết tắt dùng Đ; lỗi bộ gõ Telex)"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        for hit in ctx.get("acronyms").telex:
            if ctx.lexicon.ignored(hit.written):
                continue
            ctx.report(self, hit.paragraph, hit.start, hit.end,
                       message=f"'{hit.written}' còn sót phím Telex: viết '{hit.fix}'.",
                       message_en=f"'{hit.written}' has Telex residue: write '{hit.fix}'.",
                       replacement=hit.fix)
