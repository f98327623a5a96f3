"""GitHub Actions workflow commands (``::error file=…,line=…,col=…::message``)."""

from __future__ import annotations

from ..findings import FileResult, Severity
from . import ReportInfo

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(results: list[FileResult], info: ReportInfo) -> str:
    out = []
    for r in results:
        if r.error:
            out.append(f"::error file={_escape_prop(r.path)},title=tdnlint::{_escape_data(r.error)}")
        for f in r.findings:
            props = [f"file={_escape_prop(r.path)}"]
            if f.line is not None:
                props.append(f"line={f.line}")
                if f.column is not None:
                    props.append(f"col={f.column}")
                if f.end_line is not None:
                    props.append(f"endLine={f.end_line}")
                if f.end_column is not None and f.end_line == f.line:
                    props.append(f"endColumn={f.end_column}")
            props.append(f"title={_escape_prop(f.rule + ' ' + f.name)}")
            msg = f.message + (f" (gợi ý: {f.suggestion})" if f.suggestion else "")
            out.append(f"::{_LEVEL[f.severity]} {','.join(props)}::{_escape_data(msg)}")
    return "\n".join(out) + ("\n" if out else "")
