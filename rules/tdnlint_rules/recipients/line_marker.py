import re

from tdnlint.api import Rule, Severity

from ._common import suffix

_OTHER_MARK_RE = re.compile(r"([+•*–—·]|\.(?!\w)|\d{1,2}[.)](?!\d)|[a-zđ]\))\s*")


class RecipientLineMarker(Rule):
    code = "TDN542"
    name = "recipient-line-marker"
    category = "recipients"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.INFO, "unknown": Severity.WARNING}  # HD36-NN-01 [U]
    fixable = True
    summary = "Mỗi dòng nơi nhận phải bắt đầu bằng gạch đầu dòng “-”."
    summary_en = "Each recipient line must start with a hyphen “-”."
    description = (
        "Mỗi dòng nơi nhận bắt đầu bằng gạch đầu dòng “-”, theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9. Bị "
        "báo: dòng dùng dấu khác (“+”, “•”, “*”, số thứ tự “1.”, chữ “a)”) hoặc không có dấu đầu dòng. Với văn bản "
        "Đảng, quy định tương ứng (Hướng dẫn 36-HD/VPTW) chưa được xác minh nên thông báo chỉ là thông tin; văn bản "
        "chưa rõ hệ thống chỉ bị cảnh báo. Với --fix: thay bằng “- ” (sửa an toàn)."
    )
    description_en = (
        "Each recipient line starts with a hyphen “-”, per Decree 30/2020/NĐ-CP, Appendix I, II.9. Reported: another "
        "marker (“+”, “•”, “*”, a number “1.”, a letter “a)”) or none. For Party documents the corresponding rule "
        "(Guidance 36-HD/VPTW) is unverified, so the finding is information only; a document of unknown system gets "
        "a warning. With --fix “- ” is written (safe fix)."
    )
    bad = "Nơi nhận:\n+ Sở Nội vụ;\nSở Tài chính;"
    good = "Nơi nhận:\n- Sở Nội vụ;\n- Sở Tài chính;"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9, ND30-NN-02 [T]; Đảng: HD36-NN-01 [U] (info)"

    def check(self, ctx):
        for line in ctx.assignments.recipients:
            i, s, _ = line.first
            p = ctx.document.paragraphs[i]
            text = p.text
            if text[s:s + 1] == "-":
                continue
            m = _OTHER_MARK_RE.match(text, s)
            if m:
                start, end = m.start(1), m.end()
                what = f"dùng “{m.group(1)}”"
            else:
                start, end = s, s
                what = "thiếu dấu"
            ctx.report(self, p, start, end,
                       message=f"Dòng nơi nhận {what} đầu dòng; bắt đầu bằng “- ”." + suffix(ctx),
                       message_en="A recipient line must start with “- ”.",
                       replacement="- ")
