"""Output formats.  A reporter is ``fn(results, info) -> str``; plugins add more via a hook."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..findings import FileResult, Severity


@dataclass
class ReportInfo:
    version: str
    rules: dict[str, Any] = field(default_factory=dict)  # code -> Rule class
    lang: str = "vi"
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    fixed: int = 0
    cwd: str | None = None
    fix_hint: bool = True  # text: mark fixable findings [*] and say how many --fix would fix


def summary(results: list[FileResult]) -> dict:
    findings = [f for r in results for f in r.findings]
    return {
        "files": len(results),
        "findings": len(findings),
        "errors": sum(1 for f in findings if f.severity is Severity.ERROR),
        "warnings": sum(1 for f in findings if f.severity is Severity.WARNING),
        "infos": sum(1 for f in findings if f.severity is Severity.INFO),
        **({"skipped": skipped} if (skipped := sum(1 for r in results if r.skipped)) else {}),
    }


def _lazy(module: str, attr: str):
    def call(results, info):
        import importlib

        return getattr(importlib.import_module(module, __name__), attr)(results, info)

    return call


REPORTERS = {
    "text": _lazy(".text", "render"),
    "json": _lazy(".json_report", "render"),
    "sarif": _lazy(".sarif", "render"),
    "github": _lazy(".github", "render"),
}
