from tdnlint.api import Rule, Severity


class NumberSeparator(Rule):
    code = "TDN513"
    name = "number-separator"
    category = "numbering"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING}
    fixable = True
    summary = "Sau số mục phải có dấu chấm (“I.”, “1.”, “2.4.”), sau chữ cái là dấu ngoặc đơn (“a)”), “Điều 1.” không dùng dấu hai chấm."
    summary_en = "Item numbers end with a period (“I.”, “1.”, “2.4.”), letters with “)”, articles “Điều 1.”."
    description = ("Party documents may use the hyphen form “I-”, “1-” (HD36-NUM-01 [O]); mixing styles is TDN515. "
                   "In Party documents these findings are warnings.")
    bad = "2.4 Tổ chức thực hiện\n1/ Mục đích\nII NỘI DUNG\na. Đối với …\nĐiều 1: …"
    good = "2.4. Tổ chức thực hiện\n1. Mục đích\nII. NỘI DUNG\na) Đối với …\nĐiều 1. …"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec ND30-NUM-01, ND30-NUM-02, HD36-NUM-01"

    def check(self, ctx):
        party = ctx.profile == "party"
        for it in ctx.outline.items:
            p = ctx.document.paragraphs[it.paragraph]
            want = None
            if it.kind == "roman":
                if it.sep in ("", "/", ")"):
                    want = "."
            elif it.kind == "arabic":
                if it.sep in ("/", "") or (it.sep == ")" and it.heading) or (it.sep in ("-", "–") and not party):
                    want = "."
            elif it.kind == "decimal":
                if it.sep in ("", "/", ")", ":"):
                    want = "."
            elif it.kind == "letter":
                if it.sep == ".":
                    want = ")"
            elif it.kind == "article" and it.sep in (":", "-", "–", ""):
                want = "."
            if want is None:
                continue
            found = p.text[it.start:it.end]
            label = it.label if it.kind != "article" else f"Điều {it.label}"
            good = (found[: it.num_end - it.start]) + want
            ctx.report(self, p, it.start, it.end,
                       message=f"Sau số “{label}” dùng “{want}”: viết “{good}” (đang là “{found}”).",
                       message_en=f"Use “{want}” after “{label}”: “{good}”.",
                       replacement=good + ("" if p.text[it.end:it.end + 1] in (" ", "\t") else " "))
