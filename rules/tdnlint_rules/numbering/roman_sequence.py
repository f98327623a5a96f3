from tdnlint.api import Rule, Severity

from .._examples import STATE_HEADER
from ._common import applies, fix, label_of, severity


class RomanSequence(Rule):
    code = "TDN510"
    name = "roman-sequence"
    category = "numbering"
    severity = Severity.ERROR
    fixable = True
    summary = "Các mục La Mã (I, II, III …) phải đánh số liên tục, bắt đầu từ I, không trùng, không bỏ số."
    summary_en = "Roman section numbers run I, II, III … without gaps or duplicates."
    description_en = ("Checked per region (body, each appendix) and restarted under each “Phần”/“Chương”; "
                   "“Phần”, “Chương”, “Mục” numbers themselves are checked the same way.")
    bad = STATE_HEADER + "I. MỤC ĐÍCH, YÊU CẦU\nIII. TỔ CHỨC THỰC HIỆN"
    good = STATE_HEADER + "I. MỤC ĐÍCH, YÊU CẦU\nII. TỔ CHỨC THỰC HIỆN"
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec ND30-NUM-04, BODY-02"

    def check(self, ctx):
        if not applies(ctx):
            return
        for group in ctx.outline.siblings():
            if group[0].kind == "part":
                self._parts(ctx, group)
                continue
            if group[0].kind != "roman":
                continue
            expected = 1
            for it in group:
                v = it.values[0]
                if v != expected:
                    want = label_of(it, (expected,))
                    p = ctx.document.paragraphs[it.paragraph]
                    what = "trùng số" if v < expected else "bỏ số"
                    if expected == 1:
                        msg = f"Mục La Mã đầu tiên phải là “I”, không phải “{it.label}”."
                    else:
                        msg = (f"Mục La Mã {what}: “{it.label}” đứng sau mục {label_of(it, (expected - 1,))}; "
                               f"đúng là “{want}”.")
                    ctx.report(self, p, it.start, it.num_end, message=msg, severity=severity(ctx),
                               message_en=f"Roman section out of sequence: “{it.label}” should be “{want}”.",
                               replacement=fix(it, want), safe=False)
                # a gap re-bases the count; a duplicate keeps it, so one slip is reported once
                expected = v + 1 if v >= expected else expected

    def _parts(self, ctx, group):
        """"Phần I, Phần II …", "Chương I …", "Phần thứ nhất, Phần thứ hai …": same rule, no fix offered."""
        expected = 1
        for it in group:
            v = it.values[0]
            if v == 0:
                return  # an ordinal we do not know: do not guess
            if v != expected:
                p = ctx.document.paragraphs[it.paragraph]
                ctx.report(self, p, it.start, it.num_end, severity=severity(ctx),
                           message=f"“{it.label}” không đúng thứ tự (cần số {expected}).",
                           message_en=f"“{it.label}” is out of sequence (expected number {expected}).")
            expected = v + 1 if v >= expected else expected
