import re

from tdnlint.api import Rule, Severity, upper_ratio

from .._examples import PARTY_PLAN, plan

# A summary starting with the name of a specific document keeps its capital ("Kết luận số 57-KL/TW …").
_NAMED_DOC_RE = re.compile(r"^\S+(\s+\S+)?\s+số\b")


class SummaryCase(Rule):
    code = "TDN118"
    name = "summary-case"
    category = "header"
    severity = Severity.WARNING
    fixable = True
    summary = "Chữ đầu trích yếu: văn bản Đảng viết thường (“về …”), văn bản nhà nước, MTTQ viết hoa (“Về …”)."
    summary_en = "First letter of the summary: lower case in Party documents (“về …”), capital in State/MTTQ documents."
    description = (
        "Chữ đầu của trích yếu: văn bản Đảng viết thường (“về công tác …”) theo mẫu của Hướng dẫn 36-HD/VPTW; văn "
        "bản nhà nước, Mặt trận Tổ quốc viết hoa (“Về công tác …”) theo mẫu tại Phụ lục I Nghị định 30/2020/NĐ-CP. "
        "Không xét trích yếu viết in hoa toàn bộ hoặc bắt đầu bằng số, trích yếu của công văn, và trích yếu văn bản "
        "Đảng mở đầu bằng tên một văn bản cụ thể (“Kết luận số 57-KL/TW …” giữ chữ hoa). Khi trích yếu văn bản Đảng "
        "lặp lại tên loại (“HƯỚNG DẪN” rồi “Hướng dẫn tổ chức …”), quy tắc đề nghị bỏ phần lặp. --fix đổi chữ đầu "
        "thành chữ thường hoặc chữ hoa; việc bỏ phần lặp tên loại chỉ thực hiện với --unsafe-fixes."
    )
    description_en = (
        "First letter of the summary: lower case in Party documents (“về công tác …”, HD 36-HD/VPTW examples), a "
        "capital in State and MTTQ documents (“Về công tác …”, NĐ 30/2020, Phụ lục I). Summaries in capitals or "
        "starting with a number, công văn summaries, and Party summaries opening with a named document (“Kết luận số "
        "57-KL/TW …” keeps its capital) are not checked. When a Party summary repeats the type name (“HƯỚNG DẪN” "
        "then “Hướng dẫn tổ chức …”) the rule proposes dropping the repetition. --fix changes the first letter's "
        "case; dropping the repeated type name needs --unsafe-fixes."
    )
    bad = plan(
        ("về công tác tuyên truyền năm 2025\n", "Về công tác tuyên truyền năm 2025\n"),
        base=PARTY_PLAN,
    )
    good = PARTY_PLAN
    basis = "HD 36-HD/VPTW, Phụ lục 3 (mẫu trình bày) [E]; NĐ 30/2020/NĐ-CP, Phụ lục I, mục V [T]; spec HD36-TY-01, ND30-TY-01"

    def check(self, ctx):
        seg = ctx.segments
        if seg.title is None or not seg.summary_lines or seg.doc_type == "CÔNG VĂN":
            return
        p = ctx.document.paragraphs[seg.summary_lines[0]]
        text = p.text
        s = len(text) - len(text.lstrip(" \t*"))
        first = text[s:s + 1]
        if not first.isalpha() or upper_ratio(text) > 0.8:
            return  # all-capitals summaries and summaries starting with a number are left alone
        if ctx.profile == "party":
            kind = seg.doc_type or ""
            head = text[s:s + len(kind)]
            if kind and head.upper() == kind and text[s + len(kind):s + len(kind) + 1] in (" ", "\t"):
                # "KẾ HOẠCH / Kế hoạch tổ chức …": the type name is repeated; dropping it is the fix
                # (lower-casing it would leave "kế hoạch tổ chức …" under "KẾ HOẠCH")
                rest = text[s + len(kind):].lstrip(" \t")
                e = len(text) - len(rest)
                ctx.report(self, p, s, e,
                           message=f"Trích yếu lặp lại tên loại “{head}”: bỏ đi, viết “{rest[:30]}…”.",
                           message_en=f"The summary repeats the type name “{head}”: drop it.",
                           replacement="", suggestion=rest[:60], safe=False)
                return
            if first.isupper() and not _NAMED_DOC_RE.match(text[s:]):
                ctx.report(self, p, s, s + 1,
                           message=f"Văn bản Đảng: trích yếu bắt đầu bằng chữ thường (“{first.lower()}{text[s + 1:s + 12]}…”).",
                           message_en="Party documents: the summary starts in lower case.",
                           replacement=first.lower())
        elif first.islower():
            ctx.report(self, p, s, s + 1,
                       message=f"Trích yếu viết hoa chữ cái đầu (“{first.upper()}{text[s + 1:s + 12]}…”).",
                       message_en="The summary starts with a capital letter.",
                       replacement=first.upper())
