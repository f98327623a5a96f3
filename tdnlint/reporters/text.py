"""Human output: grouped by file, ``line:col CODE message (gợi ý: …)``, summary at the end."""

from __future__ import annotations

import os
from collections import Counter

from ..findings import FileResult, Severity, verdict, verdict_label
from . import ReportInfo, summary

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
_VERDICT_COLORS = {"pass": "32;1", "needs-fix": "33;1", "fail": "31;1"}
_PROFILE_VI = {"state": "nhà nước", "party": "Đảng", "mttq": "MTTQ", "unknown": "không xác định"}


def _c(text: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if on else text


def _where(loc) -> str:
    if loc.line is not None:
        return f"{loc.line}:{loc.column}"
    return f"{loc.part}#{loc.paragraph}"


def _fixable(f) -> bool:
    return f.fix is not None and bool(f.fix.edits) and f.fix.safe


def render_file(r: FileResult, info: ReportInfo) -> list[str]:
    """One file's block: the verdict first (what a clerk needs), then its findings."""
    en = info.lang == "en"
    hint = "suggestion" if en else "gợi ý"
    name = _c(r.path, "1", info.color)
    if r.error:
        return [name + ": " + _c("error" if en else "lỗi", "31;1", info.color) + f": {r.error}"]
    if r.skipped:
        if info.quiet:
            return []
        reason = r.skipped
        if en:
            ext = os.path.splitext(r.path)[1].lower()
            reason = f"{ext} is not checked: convert it to .docx to check it"
        return [name + ": " + ("skipped" if en else "bỏ qua") + f": {reason}"]
    if not r.findings and info.quiet:
        return []
    code = verdict(r)
    label = _c(verdict_label(code, info.lang), _VERDICT_COLORS[code], info.color)
    prof = r.profile if en else _PROFILE_VI.get(r.profile, r.profile)
    out = [name + ": " + label + _c(f"  [{'profile' if en else 'hồ sơ'}: {prof}]", "2", info.color)]
    for f in r.findings:
        if f.line is not None:
            loc = f"{f.line}:{f.column}"
        elif f.paragraph is not None and f.part not in ("body", "table"):
            loc = f"{f.part}#{f.paragraph}:{f.column}"
        else:
            loc = "-"
        mark = " [*]" if info.fix_hint and _fixable(f) else ""
        text = f"  {loc:>8} {_c(f.rule, _COLORS[f.severity], info.color)}{mark} {f.message}"
        if f.suggestion:
            text += f" ({hint}: {f.suggestion})"
        if f.related:
            shown = ", ".join(_where(x) for x in f.related[:8])
            more = len(f.related) - 8
            tail = (f" and {more} more" if en else f" và {more} chỗ khác") if more > 0 else ""
            text += f" [{'also at' if en else 'cả ở'} {shown}{tail}]"
        out.append(text)
    if r.findings:
        out.append("")
    return out


def render_tail(results: list[FileResult], info: ReportInfo) -> str:
    """What follows the file blocks: statistics, fixable count and the summary line."""
    en = info.lang == "en"
    out: list[str] = []
    s = summary(results)
    if info.statistics:
        counts = Counter((f.rule, f.name) for r in results for f in r.findings)
        for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{n:6d}  {code}  {name}")
        if counts:
            out.append("")
    if info.quiet:
        # --quiet: findings and errors only, no summary (pre-commit and scripts read the exit code).
        return "\n".join(out) + ("\n" if out else "")
    bad = sum(1 for r in results if r.error)
    skipped = sum(1 for r in results if r.skipped)
    # Show the detected profile even for clean files.
    profiles = Counter(r.profile for r in results if not r.error and not r.skipped)
    if profiles:
        names = (lambda p: p) if en else (lambda p: _PROFILE_VI.get(p, p))
        prof_text = ", ".join(f"{names(p)}: {n}" for p, n in sorted(profiles.items()))
        prof_text = f" [{'profile' if en else 'hồ sơ'} {prof_text}]"
    else:
        prof_text = ""
    checked = s["files"] - skipped
    if en:
        line = (
            f"{checked} file(s) checked{prof_text}: {s['findings']} finding(s) "
            f"({s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info)"
        )
        if bad:
            line += f"; {bad} file(s) could not be read"
        if skipped:
            line += f"; {skipped} file(s) skipped (convert to .docx)"
        if info.fixed:
            line += f"; {info.fixed} fix(es) applied"
    else:
        line = (
            f"Đã kiểm tra {checked} tệp{prof_text}: {s['findings']} phát hiện "
            f"({s['errors']} lỗi, {s['warnings']} cảnh báo, {s['infos']} thông tin)"
        )
        if bad:
            line += f"; {bad} tệp không đọc được"
        if skipped:
            line += f"; bỏ qua {skipped} tệp (chuyển sang .docx để kiểm tra)"
        if info.fixed:
            line += f"; đã sửa {info.fixed} chỗ"
    out.append(line)
    fixable = sum(1 for r in results for f in r.findings if _fixable(f)) if info.fix_hint else 0
    if fixable:
        out.append(f"{fixable} finding(s) fixable with --fix" if en
                   else f"{fixable} phát hiện có thể tự sửa với --fix")
    return "\n".join(out) + "\n"


def render(results: list[FileResult], info: ReportInfo) -> str:
    out: list[str] = []
    for r in results:
        out += render_file(r, info)
    head = "\n".join(out) + "\n" if out else ""
    return head + render_tail(results, info)
