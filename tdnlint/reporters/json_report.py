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


def head(info: ReportInfo) -> str:
    """The document up to the first file (the CLI streams a report: head, each file as it is done, tail)."""
    return '{\n  "tool": ' + _encode({"name": "tdnlint", "version": info.version}) + ',\n  "files": ['


def file_chunks(i: int, r: FileResult) -> Iterator[str]:
    """File ``i`` (0-based) of the "files" list, with the comma that separates it from the one before."""
    data = r.to_json()
    findings = data.pop("findings")
    parts = data.pop("parts", None)
    head_keys = _encode(data)[:-1]  # the file's own keys, without the closing brace
    yield ("," if i else "") + "\n    " + head_keys + ', "findings": ['
    for k, f in enumerate(findings):
        yield ("," if k else "") + "\n      " + _encode(f)
    yield ("\n    ]" if findings else "]")
    if parts is not None:
        yield ', "parts": ' + _encode(parts)
    yield "}"


def file_text(i: int, r: FileResult) -> str:
    return "".join(file_chunks(i, r))


def tail(results: list[FileResult]) -> str:
    """The end of the "files" list and the summary of ``results`` (every file of the report)."""
    return ("\n  ]" if results else "]") + ',\n  "summary": ' + _encode(summary(results)) + "\n}\n"


def chunks(results: list[FileResult], info: ReportInfo) -> Iterator[str]:
    yield head(info)
    for i, r in enumerate(results):
        yield from file_chunks(i, r)
    yield tail(results)


def render(results: list[FileResult], info: ReportInfo) -> str:
    return "".join(chunks(results, info))
