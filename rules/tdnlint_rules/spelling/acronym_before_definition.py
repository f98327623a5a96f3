from tdnlint.api import Rule, Severity

from ._common import spelling_on


class AcronymBeforeDefinition(Rule):
    code = "TDN437"
    name = "acronym-before-definition"
    category = "consistency"
    severity = Severity.INFO
    fixable = False
    summary = "Chữ viết tắt được dùng trước khi được giải thích (\"BCĐ\" ở đoạn 2, \"Ban Chỉ đạo (BCĐ)\" ở đoạn 5)."
    summary_en = "Acronym used before the place that defines it."
    description = (
        "Khi văn bản tự giải thích một chữ viết tắt (“Ban Chỉ đạo (BCĐ)”, “(sau đây gọi tắt là BCĐ)”), chữ viết tắt "
        "đó không nên được dùng trước chỗ giải thích. Theo thực tiễn soạn thảo, lần đầu viết đầy đủ kèm chữ viết tắt "
        "trong ngoặc đơn; quy định chỉ nói chung về viết tắt nên đây chỉ là thông tin. Chỉ xét chữ viết tắt mà chính "
        "văn bản giải thích; không xét phần đầu văn bản (tên cơ quan, số, ký hiệu), khối chữ ký, nơi nhận, và nội "
        "dung trong ngoặc là đơn vị tính hoặc nhãn như “(ĐVT)”. Thông báo chỉ vào lần dùng đầu tiên trước chỗ giải "
        "thích. Không có sửa tự động."
    )
    description_en = (
        "When the document defines an acronym (“Ban Chỉ đạo (BCĐ)”, “(sau đây gọi tắt là BCĐ)”), the acronym should "
        "not be used before that definition. Drafting practice writes the name in full the first time with the "
        "acronym in brackets; the regulations speak of abbreviations only in general, so this is information only. "
        "Only acronyms the document defines are checked; the header block (issuer, number), the signature, the "
        "recipients and brackets holding a unit or label such as “(ĐVT)” are not. The finding points at the first "
        "use before the definition. No automatic fix."
    )
    bad = "1. BCĐ họp hằng quý.\n2. Thành lập Ban Chỉ đạo (BCĐ) gồm các thành viên sau."
    good = "1. Thành lập Ban Chỉ đạo (BCĐ) gồm các thành viên sau.\n2. BCĐ họp hằng quý."
    basis = "spec BODY-06 [O] (viết đầy đủ lần đầu, kèm chữ viết tắt trong ngoặc đơn)"

    def check(self, ctx):
        if not spelling_on(ctx):
            return
        doc = ctx.document
        for hit in ctx.get("acronyms").before_definition:
            k, s, e = (int(x) for x in hit.note.split(":"))
            dp = doc.paragraphs[k]
            ctx.report(self, hit.paragraph, hit.start, hit.end,
                       message=f"'{hit.written}' được dùng trước khi giải thích ('{_excerpt(dp.text, s, e)}').",
                       message_en=f"'{hit.written}' is used before it is defined.",
                       related=[(dp, s, e)])


def _excerpt(text: str, s: int, e: int) -> str:
    """Up to 50 characters before the definition, from a word start ("Ban Chỉ đạo ra quân … (BCĐ)", not "o ra …"),
    so the name the acronym stands for is usually shown whole."""
    start = max(0, s - 50)
    if start and not text[start - 1].isspace():
        space = text.find(" ", start, s)
        start = space + 1 if space >= 0 else start
    return text[start:e].strip()
