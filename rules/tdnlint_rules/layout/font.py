from collections import Counter

from tdnlint.api import Rule, Severity

from ._common import (
    LEGACY_FONT_RE,
    SYMBOL_FONTS,
    applies,
    effective_font,
    font_family,
    is_times,
    runs_with_text,
    text_paragraphs,
)


def _count(ctx, want):
    """Letters per font (as named) on text runs matching ``want(font)``, and the first paragraph of each."""
    counts: Counter[str] = Counter()
    first = {}
    for p, r, n in runs_with_text(ctx, text_paragraphs(ctx)):
        font = effective_font(ctx, r)
        if font and want(font):
            counts[font] += n
            first.setdefault(font, p)
    return counts, first


def _listing(counts: Counter[str]) -> str:
    return ", ".join(f"{f} ({n} ký tự)" for f, n in counts.most_common(4)) + (" …" if len(counts) > 4 else "")


def _report_fonts(rule, ctx, want, message: str, message_en: str) -> None:
    """One finding per document for the fonts ``want`` accepts, on the first paragraph of the most used one;
    ``{total}`` and ``{listing}`` in the messages are the letters concerned and the fonts with their counts."""
    counts, first = _count(ctx, want)
    if not counts:
        return
    font, _ = counts.most_common(1)[0]
    p = first[font]
    facts = {"total": sum(counts.values()), "listing": _listing(counts)}
    ctx.report(rule, p, 0, len(p.text.rstrip()), message=message.format(**facts),
               message_en=message_en.format(**facts), suggestion="Times New Roman")


class FontNotTimesNewRoman(Rule):
    code = "TDN601"
    name = "font-not-times-new-roman"
    category = "formatting"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING, "unknown": Severity.WARNING}
    formats = frozenset({"docx"})
    summary = "Văn bản phải dùng phông chữ Times New Roman (Unicode TCVN 6909:2001)."
    summary_en = "Text must be set in Times New Roman (Unicode, TCVN 6909:2001)."
    description_en = (
        "Counts the letters of every text run of the main story and footnotes by effective font (direct "
        "formatting, styles, document defaults, theme). Fonts only declared in fontTable/styles do not count. "
        "One finding per document, on the first paragraph using the most frequent other font. Legacy "
        ".VnTime/VNI fonts are TDN602."
    )
    bad = "Đoạn văn bản đặt phông Arial."
    good = "Đoạn văn bản đặt phông Times New Roman."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.2 (ND30-FONT-01) [T]; Đảng: HD 36 mẫu dùng Times New Roman [T*] (warning)"

    def check(self, ctx):
        if not applies(ctx):
            return
        _report_fonts(self, ctx, lambda f: not is_times(f) and not LEGACY_FONT_RE.match(f)
                      and font_family(f) not in SYMBOL_FONTS,
                      "Phông chữ không phải Times New Roman trên {total} ký tự: {listing}; cần Times New Roman.",
                      "{total} letters are not in Times New Roman: {listing}.")


class LegacyFont(Rule):
    code = "TDN602"
    name = "legacy-font"
    category = "formatting"
    severity = Severity.ERROR
    formats = frozenset({"docx"})
    summary = "Văn bản dùng phông cũ .VnTime/VNI (mã TCVN3/VNI, không phải Unicode): phải chuyển mã sang Unicode."
    summary_en = "Text runs use a legacy .VnTime/VNI font (TCVN3/VNI, not Unicode): convert to Unicode."
    description_en = (
        "Only fonts actually used on text runs count: many issued documents still *declare* .VnTime in "
        "fontTable.xml or styles.xml without using it, which is harmless."
    )
    bad = "Đoạn văn bản đặt phông .VnTime (chữ lưu theo mã TCVN3)."
    good = "Đoạn văn bản chuyển mã sang Unicode, phông Times New Roman."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I (phông Unicode TCVN 6909:2001) [T]; spec ENC-03/ENC-04 (tên phông) [O]"

    def check(self, ctx):
        _report_fonts(self, ctx, lambda f: bool(LEGACY_FONT_RE.match(f)),
                      "Phông cũ không phải Unicode trên {total} ký tự: {listing}. Chuyển mã TCVN3/VNI → Unicode "
                      "(Unikey/EVKey → Công cụ chuyển mã: nguồn TCVN3 hoặc VNI, đích Unicode) rồi đặt phông "
                      "Times New Roman.",
                      "Legacy non-Unicode fonts on {total} letters: {listing}. Convert TCVN3/VNI to Unicode, then "
                      "set Times New Roman.")
