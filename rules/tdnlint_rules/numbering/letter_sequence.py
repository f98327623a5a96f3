from tdnlint.api import VIET_LETTERS, Rule, Severity

from .._examples import plan
from ._common import applies, fix, severity


class LetterSequence(Rule):
    code = "TDN514"
    name = "letter-sequence"
    category = "numbering"
    severity = Severity.ERROR
    severity_by_profile = {"party": Severity.WARNING}
    fixable = True
    summary = "Các điểm a), b), c) … theo thứ tự chữ cái tiếng Việt: a b c d đ e g h i k l m n o p q r s t u v x y (có đ; không có f, j, w, z)."
    summary_en = "Letter items follow the Vietnamese alphabet: a b c d đ e g h i k … (đ included; no f, j, w, z)."
    description = (
        "Các điểm a), b), c) … theo thứ tự bảng chữ cái tiếng Việt: a b c d đ e g h i k l m n o p q r s t u v x y "
        "(có “đ”; không có f, j, w, z), theo Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6. Danh sách được bắt đầu "
        "lại từ “a)” (danh sách mới); ngoài ra mỗi chữ phải nối tiếp chữ trước, và bỏ sót “đ)” được nêu rõ. Ở văn "
        "bản Đảng thông báo chỉ là cảnh báo. Quy tắc chỉ xét văn bản nhận ra được thể thức (có phần đầu văn bản); "
        "một đoạn trích hoặc văn bản không có phần đầu thì không bị xét, vì ở đó mục, điều có thể được lược bớt có "
        "chủ ý. Với --fix: chỉ đề xuất chữ đúng (sửa khi dùng thêm --unsafe-fixes)."
    )
    description_en = (
        "Letter items a), b), c) … follow the Vietnamese alphabet: a b c d đ e g h i k l m n o p q r s t u v x y "
        "(with “đ”; no f, j, w, z), per Decree 30/2020/NĐ-CP, Appendix I, II.6. A list may restart at “a)” (a new "
        "list); otherwise each letter follows the previous one, and a skipped “đ)” is named. In Party documents the "
        "findings are warnings. Only documents whose form is recognised (a header block) are checked; an excerpt or "
        "a header-less text is not, since sections and articles may be left out there on purpose. With --fix the "
        "right letter is only suggested (applied with --unsafe-fixes)."
    )
    bad = plan(
        ("1. Đánh giá kết quả thực hiện nhiệm vụ năm 2025.\n", "1. Yêu cầu\na) Đánh giá kết quả;\nb) Rút kinh nghiệm;\nd) Đề ra nhiệm vụ năm 2026.\n"),
    )
    good = plan(
        ("1. Đánh giá kết quả thực hiện nhiệm vụ năm 2025.\n", "1. Yêu cầu\na) Đánh giá kết quả;\nb) Rút kinh nghiệm;\nc) Đề ra nhiệm vụ năm 2026.\n"),
    )
    basis = "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 [T]; spec ND30-NUM-03"

    def check(self, ctx):
        if not applies(ctx):
            return
        sev = severity(ctx)
        prev_by_parent: dict[int, object] = {}
        for it in ctx.outline.items:
            if it.kind != "letter":
                continue
            key = id(it.parent)
            prev = prev_by_parent.get(key)
            prev_by_parent[key] = it
            p = ctx.document.paragraphs[it.paragraph]
            pos = it.values[0]
            if pos == 0:
                # f, j, w, z are not in the Vietnamese alphabet
                want = VIET_LETTERS[prev.values[0]] if prev is not None and 0 < prev.values[0] < len(VIET_LETTERS) else None
                ctx.report(self, p, it.start, it.num_end, severity=sev,
                           message=f"Chữ “{it.label})” không có trong bảng chữ cái tiếng Việt"
                                   + (f": sau “{prev.label})” là “{want})”." if want else "."),
                           message_en=f"“{it.label})” is not a Vietnamese letter" + (f": use “{want})”." if want else "."),
                           replacement=fix(it, want), safe=False)
                continue
            if pos == 1 or prev is None or prev.values[0] == 0:
                if prev is None and pos != 1:
                    ctx.report(self, p, it.start, it.num_end, severity=sev,
                               message=f"Các điểm bắt đầu từ “a)”, không phải “{it.label})”.",
                               message_en=f"Letter items start at “a)”, not “{it.label})”.")
                continue
            expected = prev.values[0] + 1
            if pos == expected:
                continue
            want = VIET_LETTERS[expected - 1] if expected <= len(VIET_LETTERS) else None
            if pos > expected and want == "đ":
                msg = f"Thiếu điểm “đ)” giữa “{prev.label})” và “{it.label})” (tiếng Việt: a b c d đ e g …)."
            elif pos < expected:
                msg = f"Điểm “{it.label})” trùng hoặc ngược thứ tự sau “{prev.label})”: phải là “{want})”."
            else:
                msg = f"Điểm “{it.label})” bỏ chữ sau “{prev.label})”: phải là “{want})”."
            ctx.report(self, p, it.start, it.num_end, severity=sev, message=msg,
                       message_en=f"Letter “{it.label})” out of sequence after “{prev.label})”: expected “{want})”.",
                       replacement=fix(it, want), safe=False)
