"""Human output: grouped by file, ``line:col CODE message (gợi ý: …)``, summary at the end."""

from __future__ import annotations

from collections import Counter

from ..findings import FileResult, Severity
from . import ReportInfo, summary

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
_PROFILE_VI = {"state": "nhà nước", "party": "Đảng", "mttq": "MTTQ", "unknown": "không xác định"}


def _c(text: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if on else text


def _where(loc) -> str:
    if loc.line is not None:
        return f"{loc.line}:{loc.column}"
    return f"{loc.part}#{loc.paragraph}"


def render(results: list[FileResult], info: ReportInfo) -> str:
    en = info.lang == "en"
    hint = "suggestion" if en else "gợi ý"
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(_c(r.path, "1", info.color) + ": " + _c("error" if en else "lỗi", "31;1", info.color) + f": {r.error}")
            continue
        if not r.findings:
            continue
        prof = r.profile if en else _PROFILE_VI.get(r.profile, r.profile)
        out.append(_c(r.path, "1", info.color) + _c(f"  [{'profile' if en else 'hồ sơ'}: {prof}]", "2", info.color))
        for f in r.findings:
            if f.line is not None:
                loc = f"{f.line}:{f.column}"
            elif f.paragraph is not None and f.part not in ("body", "table"):
                loc = f"{f.part}#{f.paragraph}:{f.column}"
            else:
                loc = "-"
            text = f"  {loc:>8} {_c(f.rule, _COLORS[f.severity], info.color)} {f.message}"
            if f.suggestion:
                text += f" ({hint}: {f.suggestion})"
            if f.related:
                shown = ", ".join(_where(x) for x in f.related[:8])
                more = len(f.related) - 8
                tail = (f" and {more} more" if en else f" và {more} chỗ khác") if more > 0 else ""
                text += f" [{'also at' if en else 'cả ở'} {shown}{tail}]"
            out.append(text)
        out.append("")
    s = summary(results)
    if info.statistics:
        counts = Counter((f.rule, f.name) for r in results for f in r.findings)
        for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{n:6d}  {code}  {name}")
        if counts:
            out.append("")
    bad = sum(1 for r in results if r.error)
    # Show the detected profile even for clean files (they get no header line of their own).
    profiles = Counter(r.profile for r in results if not r.error)
    if profiles:
        names = (lambda p: p) if en else (lambda p: _PROFILE_VI.get(p, p))
        prof_text = ", ".join(f"{names(p)}: {n}" for p, n in sorted(profiles.items()))
        prof_text = f" [{'profile' if en else 'hồ sơ'} {prof_text}]"
    else:
        prof_text = ""
    if en:
        line = (
            f"{s['files']} file(s) checked{prof_text}: {s['findings']} finding(s) "
            f"({s['errors']} error(s), {s['warnings']} warning(s), {s['infos']} info)"
        )
        if bad:
            line += f"; {bad} file(s) could not be read"
        if info.fixed:
            line += f"; {info.fixed} fix(es) applied"
    else:
        line = (
            f"Đã kiểm tra {s['files']} tệp{prof_text}: {s['findings']} phát hiện "
            f"({s['errors']} lỗi, {s['warnings']} cảnh báo, {s['infos']} thông tin)"
        )
        if bad:
            line += f"; {bad} tệp không đọc được"
        if info.fixed:
            line += f"; đã sửa {info.fixed} chỗ"
    if info.quiet:
        # --quiet: findings and errors only, no summary (pre-commit and scripts read the exit code).
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + ("\n" if out else "")
    out.append(line)
    return "\n".join(out) + "\n"
