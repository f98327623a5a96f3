from tdnlint.api import Rule, Severity

from ._common import issues, report_issue


class InvalidSyllable(Rule):
    code = "TDN401"
    name = "invalid-syllable"
    category = "spelling"
    severity = Severity.WARNING
    fixable = True
    summary = "Âm tiết không có trong tiếng Việt (gõ nhầm, sót phím Telex/VNI): đề xuất từ đúng."
    summary_en = "Syllable that does not exist in Vietnamese (typo, Telex/VNI leftover), with a suggestion."
    description_en = """
A syllable is checked against Vietnamese spelling (onset, glide, nucleus, coda, tone:
codas p/t/c/ch only with sắc/nặng; k/gh/ngh only before i/e/ê/y) and against an inventory
of attested syllables, so well-formed non-words ("triến", "cuông") are caught too.
Telex/VNI keystrokes left in the text ("cuar", "ddoàn", "nhieemj", "vie65t") are decoded
exactly and fixed safely.  ASCII words are only questioned in Vietnamese paragraphs and only
with keystroke evidence; other ASCII words are taken as foreign words or names.
Words added with `extra_words` / `word_list` are accepted; `ignore_words` silences a word.
"""
    bad = "Tăng cuông công tác ddoàn kết cuar Mặt trận trong giai đạon mới."
    good = "Tăng cường công tác đoàn kết của Mặt trận trong giai đoạn mới."
    basis = ("chính tả tiếng Việt: âm tiết không thể có hoặc không tồn tại (khách quan, không phụ thuộc văn phong); "
             "không có mục riêng trong spec")

    def check(self, ctx):
        for issue in issues(ctx, "invalid", "telex", "vni"):
            s = issue.suggestions
            if issue.kind in ("telex", "vni"):
                how = "Telex" if issue.kind == "telex" else "VNI"
                msg = f"'{issue.text}' là phím gõ {how} còn sót, không phải chữ tiếng Việt: nên là '{s[0]}'."
                msg_en = f"'{issue.text}' is a leftover {how} keystroke sequence; did you mean '{s[0]}'?"
            elif s:
                alts = ", ".join(f"'{x}'" for x in s)
                msg = f"'{issue.text}' không phải âm tiết tiếng Việt; có thể là {alts}."
                msg_en = f"'{issue.text}' is not a Vietnamese syllable; maybe {alts}."
            else:
                msg = f"'{issue.text}' không phải âm tiết tiếng Việt (kiểm tra lỗi gõ)."
                msg_en = f"'{issue.text}' is not a Vietnamese syllable (check for a typo)."
            report_issue(self, ctx, issue, msg, msg_en)
