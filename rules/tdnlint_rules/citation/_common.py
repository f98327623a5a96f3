"""Shared helpers for the citation, date and year rules.

Each symbol-form rule (TDN301–TDN305) reports its own defect whatever else is wrong with the
same symbol, so ``--select TDN302`` finds every spaced symbol.  All of them write the same
whole corrected symbol as their fix and list every defect in their message: in a full run the
engine keeps one of the identical fixes (one finding per symbol).

Severity follows the certainty of the symbol's form (:attr:`Citation.form_certain`): the
document's own number and cited symbols of State normative documents, central State and
central Party bodies get the rule's severity and a fix; any other cited symbol (a local
committee, a company, a unit with its own series, a historical number) is quoted as it was
issued, so a defect there is information only, without an automatic fix unless the only
change is removing spaces or dash look-alikes (no issued symbol contains them).
"""

from __future__ import annotations

from collections.abc import Iterator

from tdnlint.api import Citation, Context, Edit, Fix, Paragraph, Severity, Symbol

ISSUES = ("family", "separators", "spaces", "dash", "case")

# The severity policy of the symbol-form rules (TDN301–TDN305), appended to their descriptions.
SEVERITY_NOTE_VI = (
    "Mức độ: là lỗi ở số, ký hiệu của chính văn bản và ở ký hiệu có hình thức chắc chắn (văn bản quy phạm pháp "
    "luật, văn bản của cơ quan nhà nước trung ương và cơ quan Đảng ở Trung ương); ở ký hiệu của cơ quan khác (cơ "
    "quan địa phương, doanh nghiệp, văn bản cũ theo cách đánh số trước đây) chỉ là thông tin, vì trích dẫn phải "
    "ghi đúng như văn bản gốc, và khi đó không tự sửa trừ việc bỏ dấu cách, gạch lạ. Mỗi ký hiệu chỉ nhận một "
    "phát hiện, nêu mọi chỗ sai của nó."
)
CERTAIN_NOTE = (
    "Severity: the rule's own on the document's own number and on symbols whose form is certain (normative "
    "documents, central State and central Party bodies); info on other bodies' symbols (local bodies, companies, "
    "documents numbered the old way), which are quoted exactly as issued, and then no automatic fix except "
    "removing spaces and odd dashes. Each symbol gets one finding listing all its defects."
)



def historical_state(cit: Citation | None) -> bool:
    """A document of the 1990s or earlier cited with its own number ("Nghị định số 64-CP", "Thông tri số
    297/TT-TW ngày 20/4/1974"): numbering rules were different, the symbol is quoted as it was."""
    return cit is not None and cit.role != "number_line" and cit.historical


def issues(sym: Symbol, cit: Citation | None = None) -> list[str]:
    """What is wrong with how ``sym`` is written, most important first."""
    out = []
    if sym.canonical is None:
        return out
    if sym.written_style != sym.expected_style:
        # a swapped order needs both a type code and an issuer ("64-CP" is an old State number)
        if sym.type_code is None or historical_state(cit):
            return out
        out.append("family")
    elif not sym.separators_ok:
        out.append("separators")
    if sym.spaces:
        out.append("spaces")
    if sym.dash_variants:
        out.append("dash")
    if sym.case_fixes:
        out.append("case")
    return out


def top_issue(sym: Symbol, cit: Citation | None = None) -> str | None:
    found = issues(sym, cit)
    return found[0] if found else None


def para(ctx: Context, index: int) -> Paragraph:
    return ctx.document.paragraphs[index]


def symbols(ctx: Context) -> Iterator[Citation]:
    """Every citation and the own number line, in document order."""
    yield from ctx.citations.items


def describe_issues(sym: Symbol, cit: Citation | None = None) -> tuple[str, str]:
    """Vietnamese and English list of every defect of ``sym`` (for the one finding it gets)."""
    vi, en = [], []
    for issue in issues(sym, cit):
        if issue == "family":
            if sym.expected_style == "party":
                vi.append("ký hiệu văn bản của Đảng viết theo kiểu văn bản nhà nước (phải là số-LOẠI/CƠ QUAN)")
                en.append("a Party symbol written State-style (must be number-TYPE/ISSUER)")
            else:
                vi.append("ký hiệu văn bản nhà nước/MTTQ viết theo kiểu văn bản Đảng (phải là số/LOẠI-CƠ QUAN)")
                en.append("a State/MTTQ symbol written Party-style (must be number/TYPE-ISSUER)")
        elif issue == "separators":
            vi.append("sai dấu phân cách (gạch chéo “/” trước loại, gạch nối “-” giữa các nhóm chữ viết tắt)"
                      if sym.expected_style != "party" else
                      "sai dấu phân cách (gạch nối “-” sau số, gạch chéo “/” trước cơ quan ban hành)")
            en.append("wrong separators")
        elif issue == "spaces":
            nbsp = any("\u00a0" in sym_text(sym, s, e) or "\u202f" in sym_text(sym, s, e) for s, e in sym.spaces)
            vi.append("có dấu cách" + (" không ngắt (NBSP)" if nbsp else "") + " trong số, ký hiệu")
            en.append("non-breaking spaces inside the symbol" if nbsp else "spaces inside the symbol")
        elif issue == "dash":
            vi.append("dùng gạch ngang/gạch không ngắt dòng hoặc dấu gạch chéo lạ thay cho “-” và “/”")
            en.append("en dash / non-breaking hyphen / look-alike slash instead of '-' and '/'")
        elif issue == "case":
            vi.append("sai chữ hoa/chữ thường trong chữ viết tắt")
            en.append("wrong letter case in an abbreviation")
    return "; ".join(vi), "; ".join(en)


def sym_text(sym: Symbol, start: int, end: int) -> str:
    """Text of ``sym`` between two paragraph offsets inside it."""
    return sym.text[start - sym.start:end - sym.start]


def where(cit: Citation) -> str:
    return "số, ký hiệu của văn bản này" if cit.role == "number_line" else "số, ký hiệu văn bản được dẫn"


def replace_span(sym: Symbol) -> tuple[int, int]:
    """The span a whole-symbol fix replaces (a blank draft number is kept as it is)."""
    if sym.number is not None:
        return sym.start, sym.end
    first = sym.year_sep or sym.parts[0]
    lead = len(first.sep) - len(first.sep.lstrip(" \t\u00a0\u202f"))
    return first.sep_start + lead, sym.end


_NOTE_UNCERTAIN = (" Ký hiệu của cơ quan khác phải trích đúng như khi ban hành: chỉ sửa nếu văn bản gốc ghi khác.",
                   " Quote another body's symbol exactly as issued: change it only if the original differs.")


def report_symbol(rule, ctx: Context, cit: Citation, basis_note: str = "",
                  others: list[Citation] | tuple[Citation, ...] = ()) -> None:
    """One finding for ``cit`` and the ``others`` places where the same symbol is written the same wrong
    way (one problem, one finding: the count in the message, the other places as related locations, one
    fix for them all)."""
    sym = cit.symbol
    p = para(ctx, sym.paragraph)
    found = issues(sym, cit)
    vi, en = describe_issues(sym, cit)
    start, end = replace_span(sym)
    canonical = sym.canonical or ""
    if sym.number is None:
        canonical = canonical.lstrip("0123456789")
    severity = None
    edits = [Edit(p.index, start, end, canonical)]
    for o in others:
        s, e = replace_span(o.symbol)
        edits.append(Edit(o.symbol.paragraph, s, e, canonical))
    fix: Fix | None = Fix(tuple(edits), True)
    note_vi = note_en = ""
    if rule.code in ("TDN301", "TDN305") and sym.expected_style == "party":
        severity = Severity.WARNING  # the Party order and separators rest on HD 36 (HD36-SO-01 [E]), not on a [T] text
    if not cit.form_certain:
        # another body's symbol whose form we cannot be sure of: information, and never rewritten into a
        # symbol that may not exist -- only spaces and dash look-alikes are taken out (no issued symbol
        # contains them, so the same document is still cited)
        severity = Severity.INFO
        note_vi, note_en = _NOTE_UNCERTAIN
        fix = fix if set(found) <= {"spaces", "dash"} else None
    also_vi = f" (và {len(others)} chỗ khác viết giống vậy)" if others else ""
    also_en = f" (and {len(others)} more places written the same way)" if others else ""
    ctx.report(
        rule, p, start, end,
        message=f"Số, ký hiệu “{p.text[start:end].strip()}”{also_vi} ({where(cit)}): {vi}. Viết đúng: “{canonical}”."
                f"{basis_note}{note_vi}",
        message_en=f"Symbol '{p.text[start:end].strip()}'{also_en}: {en}. Correct form: '{canonical}'.{note_en}",
        suggestion=canonical, fix=fix, severity=severity,
        related=[(para(ctx, o.symbol.paragraph), *replace_span(o.symbol)) for o in others] or None,
    )


class SymbolFormatRule:
    """Mixin for TDN301–TDN305: report every symbol that has the defect ``issue`` (other defects of the
    same symbol are listed in the message and corrected by the same whole-symbol fix)."""

    issue: str = ""

    def check(self, ctx):
        # the same symbol written the same wrong way in several places is one problem
        groups: dict[tuple, list[Citation]] = {}
        for cit in ctx.citations.items:
            if self.issue in issues(cit.symbol, cit):
                key = (cit.symbol.text, cit.role == "number_line", cit.form_certain)
                groups.setdefault(key, []).append(cit)
        for cits in groups.values():
            report_symbol(self, ctx, cits[0], others=cits[1:])
