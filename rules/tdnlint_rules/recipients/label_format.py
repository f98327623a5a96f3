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
        if not m.group(3):
            problems.append("thiếu dấu “:”")
        if m.group(1) + " " + m.group(2) != "Nơi nhận":
            problems.append("viết đúng chữ hoa/thường là “Nơi nhận”")
        if not problems:  # only spacing inside, e.g. "Nơi  nhận:"
            problems.append("khoảng trắng thừa")
        ctx.report(self, p, m.start(), m.end(),
                   message=f"Nhãn nơi nhận “{found.strip()}”: {', '.join(problems)}; viết “Nơi nhận:”." + suffix(ctx),
                   message_en=f"Recipients label “{found.strip()}” should read “Nơi nhận:”.",
                   replacement="Nơi nhận:")
