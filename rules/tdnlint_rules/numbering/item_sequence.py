from tdnlint.api import Rule, Severity

from ._common import label_of, where


class ItemSequence(Rule):
    code = "TDN511"
    name = "item-sequence"
    category = "numbering"
    severity = Severity.ERROR
    fixable = True
    summary = "Các mục số (1., 2. … và 1.1., 1.2. …) trong cùng một mục cha phải liên tục, bắt đầu từ 1, không trùng, không bỏ số."
    summary_en = "Arabic and decimal items under one parent run 1, 2, 3 … without gaps or duplicates."
    description = ("Numbered lists that restart at 1 after running text, or right under a short heading item, are "
                   "treated as separate lists (normal in body text) and not reported.")
    bad = "1. Mục đích\n3. Yêu cầu\n\n2.1. …\n2.3. …"
    good = "1. Mục đích\n2. Yêu cầu\n\n2.1. …\n2.2. …"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec ND30-NUM-04"

    def check(self, ctx):
        for group in ctx.outline.siblings():
            if group[0].kind not in ("arabic", "decimal", "article"):
                continue
            expected = None
            prev = None
            for it in group:
                v = it.values[-1]
                if expected is None or (v == 1 and it.after_text and prev is not None and not prev.heading):
                    # first of a list; a restart after running text starts a new list
                    if v != 1 and it.kind != "article":
                        self._bad(ctx, it, (*it.values[:-1], 1), "không bắt đầu từ 1")
                    expected = v + 1
                    prev = it
                    continue
                if v != expected:
                    what = "trùng số" if v < expected else "bỏ số"
                    self._bad(ctx, it, (*it.values[:-1], expected), f"{what} (sau “{prev.label}”)")
                    # a gap re-bases the count; a duplicate keeps it, so one slip is reported once
                    expected = v + 1 if v > expected else expected
                else:
                    expected = v + 1
                prev = it

    def _bad(self, ctx, it, values, what):
        want = label_of(it, values)
        p = ctx.document.paragraphs[it.paragraph]
        kind = "Điều" if it.kind == "article" else "Mục"
        ctx.report(self, p, it.start, it.num_end,
                   message=f"{kind} “{it.label}”{where(it)} {what}; đúng là “{want}”.",
                   message_en=f"Item “{it.label}” is out of sequence: expected “{want}”.",
                   replacement=want if it.kind != "article" else None, safe=False)
