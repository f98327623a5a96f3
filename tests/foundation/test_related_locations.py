"""A finding reported once per document lists its other places (JSON "related", SARIF relatedLocations, text)."""

from __future__ import annotations

import json

from conftest import registry

from tdnlint.config import Settings
from tdnlint.context import Context
from tdnlint.engine import Engine, RunOptions
from tdnlint.findings import FileResult, Severity
from tdnlint.reporters import ReportInfo, json_report, sarif, text
from tdnlint.rule import Rule


class _Style(Rule):
    code = "TDN999"
    name = "test-style"
    category = "consistency"
    severity = Severity.WARNING
    summary = "test"


def _result() -> FileResult:
    engine = Engine(registry(), RunOptions(no_config=True))
    doc = engine.read("a.txt", "hoà bình\nhòa hợp\nhoà giải\n".encode())
    ctx = Context(doc, Settings())
    p = doc.main
    ctx.report(_Style, p[1], 0, 3, message="kiểu bỏ dấu", related=[(p[0], 0, 3), (p[2], 0, 3)])
    return FileResult(path="a.txt", findings=ctx.findings)


def test_related_in_json_sarif_and_text():
    r = _result()
    info = ReportInfo(version="t", lang="vi", color=False, statistics=False)
    data = json.loads(json_report.render([r], info))
    rel = data["files"][0]["findings"][0]["related"]
    assert [(x["line"], x["column"], x["text"]) for x in rel] == [(1, 1, "hoà"), (3, 1, "hoà")]
    res = json.loads(sarif.render([r], info))["runs"][0]["results"][0]
    assert [x["physicalLocation"]["region"]["startLine"] for x in res["relatedLocations"]] == [1, 3]
    assert "cả ở 1:1, 3:1" in text.render([r], info)


def test_no_related_key_when_there_is_none():
    r = _result()
    r.findings[0].related = []
    info = ReportInfo(version="t", lang="vi", color=False, statistics=False)
    data = json.loads(json_report.render([r], info))
    assert "related" not in data["files"][0]["findings"][0]
