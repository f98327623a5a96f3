from tdnlint.api import Rule, Severity

from .._examples import STATE_HEADER
from ._common import applies, fix, label_of, severity, where


class ItemSequence(Rule):
    code = "TDN511"
    name = "item-sequence"
    category = "numbering"
    severity = Severity.ERROR
    fixable = True
    summary = "Các mục số (1., 2. … và 1.1., 1.2. …) trong cùng một mục cha phải liên tục, bắt đầu từ 1, không trùng, không bỏ số."
    summary_en = "Arabic and decimal items under one parent run 1, 2, 3 … without gaps or duplicates."
    description = (
        "Các mục số (1., 2. … và 1.1., 1.2. …) cùng một mục cha phải liên tục, bắt đầu từ 1, không trùng, không bỏ "
        "số; số “Điều” cũng vậy. Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6. Danh sách đánh số lại từ 1 "
        "sau một đoạn văn hoặc ngay dưới một đề mục ngắn được coi là danh sách mới (bình thường trong nội dung) nên "
        "không bị báo. Quy tắc chỉ xét văn bản nhận ra được thể thức (có phần đầu văn bản); một đoạn trích hoặc văn "
        "bản không có phần đầu thì không bị xét, vì ở đó mục, điều có thể được lược bớt có chủ ý. Với --fix: chỉ đề "
        "xuất số đúng khi mục kế tiếp xác nhận (sửa khi dùng thêm --unsafe-fixes); nếu không, thông báo gợi ý kiểm "
        "tra lại."
    )
    description_en = (
        "Arabic and decimal items (1., 2. … and 1.1., 1.2. …) under one parent run from 1 without gaps or "
        "duplicates; so do article numbers. Basis: Decree 30/2020/NĐ-CP, Appendix I, II.6. A list restarting at 1 "
        "after running text, or right under a short heading item, is a new list (normal in a body) and is not "
        "reported. Only documents whose form is recognised (a header block) are checked; an excerpt or a header-less "
        "text is not, since sections and articles may be left out there on purpose. With --fix the right number is "
        "only suggested when the next item confirms it (applied with --unsafe-fixes); otherwise the message asks to "
        "check."
    )
    bad = STATE_HEADER + "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích của kế hoạch.\n3. Yêu cầu của kế hoạch.\n4. Kinh phí thực hiện."
    good = STATE_HEADER + "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích của kế hoạch.\n2. Yêu cầu của kế hoạch.\n3. Kinh phí thực hiện."
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec ND30-NUM-04"

    def check(self, ctx):
        if not applies(ctx):
            return
        for group in ctx.outline.siblings():
            if group[0].kind not in ("arabic", "decimal", "article"):
                continue
            expected = None
            prev = None
            for n, it in enumerate(group):
                nxt = group[n + 1] if n + 1 < len(group) else None
                v = it.values[-1]
                if expected is None or (v == 1 and it.after_text and prev is not None and not prev.heading):
                    # first of a list; a restart after running text starts a new list
                    if v != 1 and it.kind != "article":
                        self._bad(ctx, it, (*it.values[:-1], 1), "không bắt đầu từ 1", nxt)
                    expected = v + 1
                    prev = it
                    continue
                if v != expected:
                    what = "trùng số" if v < expected else "bỏ số"
                    self._bad(ctx, it, (*it.values[:-1], expected), f"{what} (sau “{prev.label}”)", nxt)
                    # a gap re-bases the count; a duplicate keeps it, so one slip is reported once; a slip the
                    # next item confirms ("2., 2., 4.": the second "2." is "3.") counts as the number it should be
                    if nxt is not None and nxt.values[-1] == expected + 1:
                        expected += 1
                    elif v > expected and nxt is not None and nxt.values[-1] == expected:
                        pass  # a stray number ("1., 9), 2."): the list goes on as before, report it once
                    else:
                        expected = v + 1 if v > expected else expected
                else:
                    expected = v + 1
                prev = it

    def _bad(self, ctx, it, values, what, nxt):
        want = label_of(it, values)
        p = ctx.document.paragraphs[it.paragraph]
        kind = "Điều" if it.kind == "article" else "Mục"
        # Renumbering is right only when the neighbours agree: the next item of the list continues from the
        # number we propose ("1., 2., 2., 4." → the second "2." is "3.").  A lone jump ("17." among the items
        # of Điều 16, which is really "Điều 17.") has no fix we can check: the message says what to look at.
        confirmed = nxt is not None and nxt.values[-1] == values[-1] + 1 and it.kind != "article"
        ctx.report(self, p, it.start, it.num_end, severity=severity(ctx),
                   message=f"{kind} “{it.label}”{where(it)} {what}; đúng là “{want}”"
                           + ("." if confirmed or it.kind == "article" else
                              " (hoặc đây là tiêu đề của một phần khác, ví dụ “Điều …”: kiểm tra lại)."),
                   message_en=f"Item “{it.label}” is out of sequence: expected “{want}”.",
                   replacement=fix(it, want) if confirmed else None, safe=False)
