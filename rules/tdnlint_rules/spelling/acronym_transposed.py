from tdnlint.api import Edit, Fix, Rule, Severity

from ._common import spelling_on


class AcronymTransposed(Rule):
    code = "TDN436"
    name = "acronym-transposed"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ viết tắt bị đảo hai chữ cái liền nhau (\"UNBD\" → \"UBND\", \"MTQT\" → \"MTTQ\")."
    summary_en = "Acronym with transposed letters (\"UNBD\" → \"UBND\")."
    description = (
        "Phát hiện chữ viết tắt in hoa bị đảo hai chữ cái liền nhau (“UNBD” → “UBND”, “MTQT” → “MTTQ”). Chỉ báo khi "
        "chữ viết tắt gần như chưa từng gặp trong văn bản đã ban hành, văn bản không tự giải thích nó, và đổi chỗ "
        "hai chữ cái cho ra đúng một chữ viết tắt rất thông dụng hoặc một chữ viết tắt mà chính văn bản dùng từ hai "
        "lần trở lên; với chữ ba chữ cái, chỉ khi văn bản có dùng dạng đúng. Chữ viết tắt nước ngoài hoặc riêng của "
        "địa phương không bị báo nếu không phải là dạng đảo chữ của một chữ viết tắt như vậy; có thể khai báo trong "
        "ignore-words. Căn cứ: thực tiễn viết tắt. Với --fix: chỉ đề xuất, sửa khi dùng thêm --unsafe-fixes."
    )
    description_en = (
        "Finds an all-capital acronym with two neighbouring letters swapped (“UNBD” → “UBND”, “MTQT” → “MTTQ”). "
        "Reported only when the acronym is almost never seen in issued documents, the document does not define it, "
        "and swapping two letters gives exactly one very common acronym or one the document itself uses at least "
        "twice; for three letters, only when the document uses the right form. Foreign or local acronyms are left "
        "alone unless they are such a swap; list them in ignore-words if needed. Basis: usage. With --fix the "
        "correction is only suggested (applied with --unsafe-fixes)."
    )
    bad = "Thường trực UNBD tỉnh chỉ đạo UBND các xã."
    good = "Thường trực UBND tỉnh chỉ đạo UBND các xã."
    basis = "convention [O]"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        for hit in ctx.get("acronyms").transposed:
            ctx.report(self, hit.paragraph, hit.start, hit.end,
                       message=f"Chữ viết tắt '{hit.written}' có lẽ bị đảo chữ: '{hit.fix}'.",
                       message_en=f"Acronym '{hit.written}' looks transposed: '{hit.fix}'.",
                       fix=Fix((Edit(hit.paragraph.index, hit.start, hit.end, hit.fix),), False),
                       suggestion=hit.fix)
