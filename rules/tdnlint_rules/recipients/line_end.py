import re

from tdnlint.api import Rule, Severity

from ._common import suffix

_END_RE = re.compile(r"([,.:;]*)\s*$")


class RecipientLineEnd(Rule):
    code = "TDN543"
    name = "recipient-line-end"
    category = "recipients"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.INFO, "unknown": Severity.WARNING}  # HD36-NN-01 [U]
    fixable = True
    summary = "Mỗi dòng nơi nhận (trừ dòng cuối “Lưu”) phải kết thúc bằng dấu chấm phẩy “;”."
    summary_en = "Every recipient line but the last (archive) one must end with “;”."
    description = (
        "Mỗi dòng nơi nhận, trừ dòng lưu và dòng cuối, kết thúc bằng dấu chấm phẩy “;”, theo Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.9. Với văn bản Đảng, dấu phẩy “,” cũng được chấp nhận (chính Hướng dẫn "
        "36-HD/VPTW dùng dấu phẩy). Với văn bản Đảng, quy định tương ứng (Hướng dẫn 36-HD/VPTW) chưa được xác minh "
        "nên thông báo chỉ là thông tin; văn bản chưa rõ hệ thống chỉ bị cảnh báo. Với --fix: thay dấu cuối dòng "
        "bằng “;” (sửa an toàn)."
    )
    description_en = (
        "Every recipient line except the archive line and the last one ends with a semicolon “;”, per Decree "
        "30/2020/NĐ-CP, Appendix I, II.9. In Party documents a comma is accepted too (Guidance 36-HD/VPTW itself "
        "uses one). For Party documents the corresponding rule (Guidance 36-HD/VPTW) is unverified, so the finding "
        "is information only; a document of unknown system gets a warning. With --fix the line ends with “;” (safe "
        "fix)."
    )
    bad = "Nơi nhận:\n- Như trên,\n- Sở Nội vụ\n- Lưu: VT, VP."
    good = "Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- Lưu: VT, VP."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9, ND30-NN-02 [T]; Đảng: HD36-NN-01 [U] (info)"

    def check(self, ctx):
        lines = ctx.assignments.recipients
        # HD 36 itself ends its recipient lines with ","; the Party rule is unverified: accept both there.
        accepted = (";", ",") if ctx.profile == "party" else (";",)
        for k, line in enumerate(lines):
            if line.kind == "archive" or k == len(lines) - 1:
                continue
            i, s, e = line.last
            p = ctx.document.paragraphs[i]
            punct = _END_RE.search(p.text[s:e]).group(1)
            if punct.endswith(accepted):
                continue
            start = e - len(punct)
            found = f"kết thúc bằng “{punct}”" if punct else "thiếu dấu “;” ở cuối"
            ctx.report(self, p, start, e,
                       message=f"Dòng nơi nhận {found}; kết thúc bằng “;”." + suffix(ctx),
                       message_en="A recipient line must end with “;”.",
                       replacement=";")
