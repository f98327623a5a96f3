"""Shared helpers for the citation, date and year rules.

A symbol with several defects ("61 /HD/MTTQ-BTT") gets one finding from the
most important rule, whose suggestion and fix is the whole corrected symbol;
the lower rules skip it so fixes never overlap.  Priority:
family order (TDN305) > separators (TDN301) > spaces (TDN302) > dash
variants (TDN303) > case (TDN304).
"""

from __future__ import annotations

from collections.abc import Iterator

from tdnlint.api import Citation, Context, Paragraph, Symbol

ISSUES = ("family", "separators", "spaces", "dash", "case")


def historical_state(cit: Citation | None) -> bool:
    """A State document of the 1990s cited with its own hyphenated number ("Nghị định số 64-CP")."""
    return (cit is not None and cit.date is not None and cit.date.year < 2000
            and cit.symbol.family == "state" and cit.symbol.written_style == "party")


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


def report_symbol(rule, ctx: Context, cit: Citation, basis_note: str = "") -> None:
    sym = cit.symbol
    p = para(ctx, sym.paragraph)
    vi, en = describe_issues(sym, cit)
    start, end = replace_span(sym)
    canonical = sym.canonical or ""
    if sym.number is None:
        canonical = canonical.lstrip("0123456789")
    ctx.report(
        rule, p, start, end,
        message=f"Số, ký hiệu “{p.text[start:end].strip()}” ({where(cit)}): {vi}. Viết đúng: “{canonical}”.{basis_note}",
        message_en=f"Symbol '{p.text[start:end].strip()}': {en}. Correct form: '{canonical}'.",
        replacement=canonical,
    )


class SymbolFormatRule:
    """Mixin for TDN301–TDN305: report the symbols whose most important defect is ``issue``."""

    issue: str = ""

    def check(self, ctx):
        for cit in ctx.citations.items:
            if top_issue(cit.symbol, cit) == self.issue:
                report_symbol(self, ctx, cit)
