"""JSON output: the stable contract documented in README.md.

Written piece by piece: the frame is laid out by hand and each file header and each finding is one line
encoded by the json module's C encoder (``indent`` would switch to its pure-Python encoder, a few percent
of the CPU time of a run over 1,000 drafts).  The document is the same JSON value as before, laid out one
finding per line, still readable and diff-friendly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..findings import FileResult
from . import ReportInfo, summary

_encode = json.JSONEncoder(ensure_ascii=False).encode


def chunks(results: list[FileResult], info: ReportInfo) -> Iterator[str]:
    yield '{\n  "tool": ' + _encode({"name": "tdnlint", "version": info.version}) + ',\n  "files": ['
    for i, r in enumerate(results):
        data = r.to_json()
        findings = data.pop("findings")
        parts = data.pop("parts", None)
        head = _encode(data)[:-1]  # the file's own keys, without the closing brace
        yield ("," if i else "") + "\n    " + head + ', "findings": ['
        for k, f in enumerate(findings):
            yield ("," if k else "") + "\n      " + _encode(f)
        yield ("\n    ]" if findings else "]")
        if parts is not None:
            yield ', "parts": ' + _encode(parts)
        yield "}"
    yield ("\n  ]" if results else "]") + ',\n  "summary": ' + _encode(summary(results)) + "\n}\n"


def render(results: list[FileResult], info: ReportInfo) -> str:
    return "".join(chunks(results, info))
