import re

from tdnlint.api import Rule, Severity

from ._common import suffix

_LABEL_RE = re.compile(r"(Nơi|NƠI|nơi)\s*(nhận|NHẬN|Nhận)\s*(:?)", re.I)


class RecipientsLabelFormat(Rule):
    code = "TDN541"
    name = "recipients-label-format"
    category = "recipients"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.INFO, "unknown": Severity.WARNING}  # HD36-NN-01 [U]
    fixable = True
    summary = "Nhãn “Nơi nhận:” viết sai (thiếu dấu hai chấm, viết hoa toàn bộ…)."
    summary_en = "The “Nơi nhận:” label is misspelt (no colon, all capitals…)."
    description = (
        "Nhãn nơi nhận viết đúng là “Nơi nhận:” (chữ “N” hoa, có dấu hai chấm), theo Nghị định 30/2020/NĐ-CP, Phụ "
        "lục I, mục II.9. Bị báo: thiếu dấu hai chấm, viết toàn chữ in hoa “NƠI NHẬN”, khoảng trắng thừa. Với văn "
        "bản Đảng, quy định tương ứng (Hướng dẫn 36-HD/VPTW) chưa được xác minh nên thông báo chỉ là thông tin; văn "
        "bản chưa rõ hệ thống chỉ bị cảnh báo. Với --fix: thay bằng “Nơi nhận:” (sửa an toàn)."
    )
    description_en = (
        "The recipients label reads “Nơi nhận:” (capital N, with a colon), per Decree 30/2020/NĐ-CP, Appendix I, "
        "II.9. Reported: a missing colon, all capitals “NƠI NHẬN”, extra spaces. For Party documents the "
        "corresponding rule (Guidance 36-HD/VPTW) is unverified, so the finding is information only; a document of "
        "unknown system gets a warning. With --fix “Nơi nhận:” is written (safe fix)."
    )
    bad = "NƠI NHẬN\n- Như trên;"
    good = "Nơi nhận:\n- Như trên;"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9, ND30-NN-01 [T]; Đảng: HD36-NN-01 [U] (info)"

    def check(self, ctx):
        i = ctx.segments.recipients_label
        if i is None:
            return
        p = ctx.document.paragraphs[i]
        m = _LABEL_RE.search(p.text)
        if m is None:
            return
        found = m.group(0)
        if found == "Nơi nhận:":
            return
        problems = []
        words = m.group(1) + " " + m.group(2)
        if words != "Nơi nhận":
            problems.append("viết in hoa toàn bộ" if words.isupper() else "sai chữ hoa, chữ thường")
        if not m.group(3):
            problems.append("thiếu dấu hai chấm")
        if not problems:  # only spacing inside, e.g. "Nơi  nhận:"
            problems.append("thừa khoảng trắng")
        ctx.report(self, p, m.start(), m.end(),
                   message=f"Nhãn “{found.strip()}” viết đúng là “Nơi nhận:” ({', '.join(problems)})." + suffix(ctx),
                   message_en=f"Recipients label “{found.strip()}” should read “Nơi nhận:”.",
                   replacement="Nơi nhận:")
