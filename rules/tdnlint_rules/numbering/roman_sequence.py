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
    description = (
        "Các mục La Mã (I, II, III …) phải đánh số liên tục, bắt đầu từ I, không trùng, không bỏ số, theo Nghị định "
        "30/2020/NĐ-CP, Phụ lục I, mục II.6. Việc đếm tính riêng cho phần nội dung và từng phụ lục, và bắt đầu lại "
        "dưới mỗi “Phần”, “Chương”; số của “Phần”, “Chương”, “Mục” cũng được kiểm tra như vậy. Quy tắc chỉ xét văn "
        "bản nhận ra được thể thức (có phần đầu văn bản); một đoạn trích hoặc văn bản không có phần đầu thì không bị "
        "xét, vì ở đó mục, điều có thể được lược bớt có chủ ý. Khi phần đầu văn bản chưa chắc chắn, thông báo hạ "
        "xuống cảnh báo. Với --fix: chỉ đề xuất số đúng (sửa khi dùng thêm --unsafe-fixes); số do Word tự đánh không "
        "được sửa."
    )
    description_en = (
        "Roman section numbers (I, II, III …) run from I without gaps or duplicates, per Decree 30/2020/NĐ-CP, "
        "Appendix I, II.6. Counting is separate for the body and each appendix and restarts under each “Phần” or "
        "“Chương”; the numbers of “Phần”, “Chương”, “Mục” are checked the same way. Only documents whose form is "
        "recognised (a header block) are checked; an excerpt or a header-less text is not, since sections and "
        "articles may be left out there on purpose. When the header is uncertain the finding is lowered to a "
        "warning. With --fix the right number is only suggested (applied with --unsafe-fixes); Word's automatic "
        "numbering is not changed."
    )
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
            for k, it in enumerate(group):
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
                # a gap re-bases the count; a duplicate keeps it, so one slip is reported once — unless the next
                # heading goes on from the number the duplicate stands for ("I, I, III": the second "I" is the
                # slip, "III" is right)
                nxt = group[k + 1].values[0] if k + 1 < len(group) else None
                expected = v + 1 if v >= expected else expected + 1 if nxt == expected + 1 else expected

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
