"""JSON output: the stable contract documented in README.md."""

from __future__ import annotations

import json

from ..findings import FileResult
from . import ReportInfo, summary


def render(results: list[FileResult], info: ReportInfo) -> str:
    payload = {
        "tool": {"name": "tdnlint", "version": info.version},
        "files": [r.to_json() for r in results],
        "summary": summary(results),
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
