from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import spelling_on


class DroppedWord(Rule):
    code = "TDN438"
    name = "dropped-word"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Thiếu một từ trong tên cơ quan, cụm từ cố định (\"Ban Thường Tỉnh ủy\" → \"Ban Thường vụ Tỉnh ủy\")."
    summary_en = "A word is missing from a fixed name (\"Ban Thường Tỉnh ủy\" → \"Ban Thường vụ Tỉnh ủy\")."
    description = (
        "Phát hiện tên cơ quan hoặc cụm từ cố định bị sót một chữ ở giữa (“Ban Thường Tỉnh ủy” → “Ban Thường vụ Tỉnh "
        "ủy”). Chỉ báo khi cụm bị sót chữ tạo ra một cặp chữ chưa từng xuất hiện trong hơn 15 triệu âm tiết văn bản "
        "pháp luật đã ban hành, còn dạng đầy đủ thì rất thông dụng. Không báo chữ khai báo trong ignore-words và văn "
        "bản gõ bằng bảng mã cũ. Căn cứ: tên chuẩn theo cách viết của văn bản đã ban hành (quy ước). Với --fix: chỉ "
        "đề xuất chèn chữ còn thiếu, sửa khi dùng thêm --unsafe-fixes."
    )
    description_en = (
        "Finds a fixed name or phrase with one inner word left out (“Ban Thường Tỉnh ủy” → “Ban Thường vụ Tỉnh ủy”). "
        "Reported only when the shortened form creates a word pair that never occurs in over 15 million syllables of "
        "issued legal text while the full form is common. Not reported: words in ignore-words and legacy-encoded "
        "text. Basis: standard names as issued documents write them (convention). With --fix the missing word is "
        "only suggested (applied with --unsafe-fixes)."
    )
    bad = "Báo cáo Ban Thường Tỉnh ủy kết quả thực hiện."
    good = "Báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện."
    basis = "convention; tên chuẩn học từ kho văn bản"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        for hit in ctx.get("capitals").dropped:
            if ctx.lexicon.ignored(hit.written):
                continue
            ctx.report(self, hit.paragraph, hit.start, hit.end,
                       message=f"Thiếu từ '{hit.note}': '{hit.written}' → '{hit.fix}'.",
                       message_en=f"Missing word '{hit.note}': '{hit.fix}'.",
                       fix=Fix((Edit(hit.paragraph.index, hit.start, hit.end, hit.fix),), False),
                       suggestion=hit.fix)
