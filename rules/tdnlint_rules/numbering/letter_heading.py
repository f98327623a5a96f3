from tdnlint.api import Rule, Severity, to_roman

from .._examples import STATE_HEADER
from ._common import applies, fix, severity


class LetterHeading(Rule):
    code = "TDN517"
    name = "letter-heading"
    category = "numbering"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING}
    fixable = True
    summary = "Mục cấp 1 (văn bản không chia điều, khoản) đánh số La Mã “I. MỤC ĐÍCH”, không dùng chữ cái in hoa “A. MỤC ĐÍCH”."
    summary_en = "Level-1 sections are numbered with Roman numerals (“I.”), not capital letters (“A.”)."
    description = (
        "Văn bản không chia điều, khoản đánh số mục cấp 1 bằng chữ số La Mã (“I. MỤC ĐÍCH”), không dùng chữ cái in "
        "hoa (“A. MỤC ĐÍCH”), theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6. Lỗi ở văn bản nhà nước và Mặt trận; "
        "cảnh báo ở văn bản Đảng (văn bản Đảng dùng dạng “I-”). Quy tắc chỉ xét văn bản nhận ra được thể thức (có "
        "phần đầu văn bản); một đoạn trích hoặc văn bản không có phần đầu thì không bị xét, vì ở đó mục, điều có thể "
        "được lược bớt có chủ ý. Với --fix: chỉ đề xuất số La Mã tương ứng (sửa khi dùng thêm --unsafe-fixes)."
    )
    description_en = (
        "A document without articles numbers its level-1 sections with Roman numerals (“I. MỤC ĐÍCH”), not capital "
        "letters (“A. MỤC ĐÍCH”), per Decree 30/2020/NĐ-CP, Appendix I, II.6. An error in State and Front documents; "
        "a warning in Party documents (which use the “I-” form). Only documents whose form is recognised (a header "
        "block) are checked; an excerpt or a header-less text is not, since sections and articles may be left out "
        "there on purpose. With --fix the Roman numeral is only suggested (applied with --unsafe-fixes)."
    )
    bad = STATE_HEADER + "A. MỤC ĐÍCH, YÊU CẦU\nB. NỘI DUNG"
    good = STATE_HEADER + "I. MỤC ĐÍCH, YÊU CẦU\nII. NỘI DUNG"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec ND30-NUM-02, HD36-NUM-01"

    def check(self, ctx):
        if not applies(ctx):
            return
        party = ctx.profile == "party"
        sep = "-" if party else "."
        for it in ctx.outline.items:
            if it.kind != "alpha":
                continue
            p = ctx.document.paragraphs[it.paragraph]
            want = to_roman(it.values[0]) + sep if it.values[0] > 0 else None
            ctx.report(self, p, it.start, it.end, severity=severity(ctx),
                       message=f"Mục cấp 1 đánh số La Mã: “{want or 'I.'}” thay cho “{p.text[it.start:it.end]}”.",
                       message_en=f"Number level-1 sections with Roman numerals: “{want or 'I.'}”.",
                       replacement=fix(it, want), safe=False)
