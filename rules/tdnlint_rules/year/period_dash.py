from collections import Counter

from tdnlint.api import Edit, Fix, Rule, Severity


def _balanced(between: str) -> bool:
    """Spaces on both sides or on neither; one-sided spacing is TDN207's."""
    return between.strip() == between or (between.startswith((" ", "\u00a0")) and between.endswith((" ", "\u00a0")))


def _key(between: str) -> str:
    """Style key: the dash, and whether it is spaced (a run of spaces counts as one)."""
    dash = between.strip(" \t\u00a0")
    return f" {dash} " if dash != between else dash


class PeriodDashStyle(Rule):
    code = "TDN333"
    name = "period-dash-style"
    category = "year"
    severity = Severity.WARNING
    fixable = True
    summary = "Các khoảng thời gian trong một văn bản ghi không thống nhất (“2021 – 2030” và “2023-2025”)."
    summary_en = "Periods written with different dashes or spacing in one document ('2021 – 2030' and '2023-2025')."
    description = (
        "Trong một văn bản, các khoảng thời gian viết theo một cách: cùng loại gạch (gạch nối “-” hay gạch ngang "
        "“–”) và cùng có hoặc cùng không có dấu cách (thông lệ, cảnh báo). Cách viết dùng nhiều nhất được lấy làm "
        "chuẩn (hòa thì ưu tiên cách có dấu cách, rồi cách viết đầu tiên); các chỗ viết khác được báo một lần, ở chỗ "
        "đầu tiên, kèm số chỗ còn lại. Dấu gạch chỉ có dấu cách một bên do quy tắc TDN207 báo và không tính ở đây. "
        "--fix sửa tất cả các chỗ viết khác theo cách chuẩn."
    )
    description_en = (
        "One style per document for year periods: the same dash (hyphen “-” or en dash “–”), spaced or not "
        "(convention, warning). The most used style is the reference (on a tie a spaced dash wins, then the first "
        "written); the periods written otherwise are reported once, on the first of them, with their count. A dash "
        "with a space on one side only is TDN207's and not counted here. --fix rewrites them all in the reference "
        "style."
    )
    bad = "giai đoạn 2021 – 2030 … nhiệm kỳ 2023-2025"
    good = "giai đoạn 2021 – 2030 … nhiệm kỳ 2023 – 2025"
    basis = "BODY-03 [O] (khoảng thời gian viết thống nhất)"

    def check(self, ctx):
        periods = [per for per in ctx.dates.periods if _balanced(per.between)]
        count = Counter(_key(per.between) for per in periods)
        if len(count) < 2:
            return
        best = max(count.values())
        tied = [_key(per.between) for per in periods if count[_key(per.between)] == best]
        # on a tie prefer a spaced dash (the spec writes "2025 - 2030"), else the first written
        ref = next((k for k in tied if k.startswith(" ")), tied[0])
        odd = [per for per in periods if _key(per.between) != ref]
        first = odd[0]
        p = ctx.document.paragraphs[first.paragraph]
        fixed = f"{first.first}{ref}{first.second}"
        written = p.text[first.start:first.end]
        more = len(odd) - 1
        also = f" (và {more} chỗ khác)" if more else ""
        also_en = f" (and {more} more)" if more else ""
        ctx.report(self, p, first.dash_start, first.dash_end,
                   message=f"Khoảng thời gian “{written}”{also} ghi khác các khoảng thời gian còn lại của văn bản; "
                           f"thống nhất một cách ghi: “{fixed}”.",
                   message_en=f"'{written}'{also_en} differs from the document's other periods: '{fixed}'.",
                   suggestion=fixed,
                   fix=Fix(tuple(Edit(per.paragraph, per.dash_start, per.dash_end, ref) for per in odd), True),
                   related=[(ctx.document.paragraphs[per.paragraph], per.dash_start, per.dash_end) for per in odd[1:]])
