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
    description = (
        "Văn bản phải dùng phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001), theo Nghị định 30/2020/NĐ-CP, "
        "Phụ lục I, mục I.2. Đếm số chữ cái của nội dung và chú thích cuối trang theo phông thực sự hiển thị; phông "
        "chỉ được khai báo mà không dùng cho chữ nào thì không tính, phông ký hiệu (Symbol, Wingdings, Cambria Math) "
        "không tính, phông cũ .VnTime, VNI do TDN602 kiểm tra. Báo một lần cho cả văn bản, kèm các phông và số chữ. "
        "Là lỗi ở văn bản nhà nước và Mặt trận, cảnh báo ở văn bản Đảng và văn bản chưa rõ hệ thống. Chỉ xét tệp "
        ".docx của văn bản nhận ra là văn bản hành chính (có quốc hiệu, tiêu đề Đảng, tên loại văn bản hoặc xác định "
        "được hệ thống văn bản); phiếu trình không bị xét. Không có sửa tự động."
    )
    description_en = (
        "Text is set in Times New Roman (Unicode, TCVN 6909:2001), per Decree 30/2020/NĐ-CP, Appendix I, I.2. The "
        "letters of the body and footnotes are counted by the font actually shown; fonts only declared but used on "
        "no text do not count, symbol fonts (Symbol, Wingdings, Cambria Math) do not count, and legacy .VnTime/VNI "
        "fonts are TDN602's. Reported once per document with the fonts and letter counts. An error in State and "
        "Front documents, a warning in Party and unclassified ones. Only .docx files recognised as official "
        "documents (a national or Party header, a type name, or a known system) are checked; submission slips (phiếu "
        "trình) are not. No automatic fix."
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
    description = (
        "Phát hiện chữ trong tệp .docx đặt phông cũ .VnTime hoặc VNI (bảng mã TCVN3, VNI, không phải Unicode), trái "
        "với Nghị định 30/2020/NĐ-CP, Phụ lục I (phông Unicode theo TCVN 6909:2001). Chỉ tính phông thực sự dùng cho "
        "chữ: nhiều văn bản đã ban hành vẫn còn khai báo .VnTime trong tệp mà không dùng, điều đó vô hại nên không "
        "bị báo. Báo một lần cho cả văn bản, kèm các phông và số chữ. Không có sửa tự động: chuyển mã bằng Unikey "
        "(nguồn TCVN3 hoặc VNI, đích Unicode) rồi đặt phông Times New Roman."
    )
    description_en = (
        "Finds .docx text set in a legacy .VnTime or VNI font (TCVN3/VNI encodings, not Unicode), against Decree "
        "30/2020/NĐ-CP, Appendix I (a Unicode font per TCVN 6909:2001). Only fonts actually used on text count: many "
        "issued documents still declare .VnTime in the file without using it, which is harmless and not reported. "
        "Reported once per document with the fonts and letter counts. No automatic fix: convert with Unikey (source "
        "TCVN3 or VNI, target Unicode), then set Times New Roman."
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
