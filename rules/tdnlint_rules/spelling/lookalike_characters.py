import re

from tdnlint.api import Rule, Severity

_MAP = {
    "\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ",  # Icelandic eth, African D
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    "І": "I",
}
_CYR = "аеорсухіАВЕКМНОРСТХІ"
# Latin letters only: the range "À-ỹ" (U+00C0–U+1EF9) also spans the whole Cyrillic block, so a Russian word
# ("Чистая") counted as Cyrillic letters "inside a Latin word"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_PATTERN = re.compile(
    r"[\u00d0\u00f0\u0189]"  # eth for Đ
    r"|[Dd]\u0335"  # D + combining short stroke
    rf"|(?<=[{_LATIN}])[{_CYR}]|[{_CYR}](?=[{_LATIN}])"  # Cyrillic letter inside a Latin word
)


_QUICK = re.compile(f"[\u00d0\u00f0\u0189\u0335{_CYR}]")


class LookalikeCharacter(Rule):
    code = "TDN422"
    name = "lookalike-character"
    category = "hygiene"
    severity = Severity.WARNING
    fixable = True
    summary = "Ký tự trông giống nhưng sai mã (Ð U+00D0 thay cho Đ, chữ Kirin lẫn trong chữ Latinh)."
    summary_en = "Look-alike character (Ð U+00D0 instead of Đ, Cyrillic letters inside Latin words)."
    description = (
        "Phát hiện ký tự trông giống nhưng sai mã: chữ Ð (eth của tiếng Iceland) hoặc D ghép nét gạch rời thay cho "
        "Đ, và chữ cái Kirin (tiếng Nga) lẫn trong một từ chữ Latinh. Chữ hiển thị gần như đúng nhưng không tìm "
        "thấy, không đối chiếu được (“NÐ-CP” khác “NĐ-CP”); nên dùng đúng mã theo thực tiễn. Không báo: một từ viết "
        "toàn bằng chữ Kirin (văn bản tiếng Nga), và văn bản gõ bằng bảng mã cũ (đã có TDN421). Với --fix: thay bằng "
        "ký tự chuẩn (sửa an toàn)."
    )
    description_en = (
        "Finds look-alike characters: Ð (Icelandic eth) or D with a separate combining stroke instead of Đ, and "
        "Cyrillic letters inside a Latin word. The text looks almost right but cannot be found or matched (“NÐ-CP” "
        "is not “NĐ-CP”); practice is to use the right character. Not reported: a word written wholly in Cyrillic "
        "(Russian text) and legacy-encoded text (TDN421). With --fix the standard character is written (safe fix)."
    )
    bad = "Nghị định số 30/2020/NÐ-CP (Ð là chữ eth U+00D0)"
    good = "Nghị định số 30/2020/NĐ-CP"
    basis = "spec ENC-07 [O]"

    def check(self, ctx):
        from tdnlint.api import spelling_scan

        if not ctx.tokens.spelling_enabled or not _QUICK.search(spelling_scan(ctx).joined):
            return  # legacy-encoded text is reported once by TDN421
        for p in ctx.text_paragraphs():
            text = p.text
            if text.isascii() or not _QUICK.search(text):
                continue
            for m in _PATTERN.finditer(text):
                ch = m.group()
                good = ("Đ" if ch[0] == "D" else "đ") if len(ch) == 2 else _MAP.get(ch, ch)
                name = f"U+{ord(ch[-1]):04X}" if len(ch) == 2 else f"U+{ord(ch):04X}"
                ctx.report(self, p, m.start(), m.end(),
                           message=f"Ký tự '{ch}' ({name}) chỉ trông giống '{good}': thay bằng '{good}' chuẩn.",
                           message_en=f"Character '{ch}' ({name}) only looks like '{good}': use the real '{good}'.",
                           replacement=good)
