"""SARIF 2.1.0 output accepted by GitHub code scanning."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from ..findings import FileResult, Severity
from . import ReportInfo

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str, cwd: str | None) -> str:
    """A valid URI reference: relative to the working directory (what code scanning expects), percent-encoded."""
    p = Path(path)
    if cwd and p.is_absolute():
        try:
            p = p.relative_to(cwd)
        except ValueError:
            return p.as_uri()
    rel = p.as_posix()
    if rel.startswith("./"):
        rel = rel[2:]
    return quote(rel, safe="/")


def render(results: list[FileResult], info: ReportInfo) -> str:
    used = sorted({f.rule for r in results for f in r.findings} | set(info.rules))
    rule_index = {code: i for i, code in enumerate(used)}
    rules = []
    for code in used:
        cls = info.rules.get(code)
        if cls is None:
            rules.append({"id": code, "name": "internal-error" if code == "TDN000" else code,
                          "shortDescription": {"text": code}})
            continue
        rules.append(
            {
                "id": code,
                "name": cls.name,
                "shortDescription": {"text": cls.summary_en or cls.summary or cls.name},
                "fullDescription": {"text": cls.summary or cls.name},
                "help": {"text": cls.docs("en"), "markdown": "```\n" + cls.docs("en") + "\n```"},
                "defaultConfiguration": {"level": _LEVEL[cls.severity]},
                "properties": {"category": cls.category, "tags": [cls.category]},
            }
        )
    sarif_results = []
    notifications = []
    for r in results:
        uri = _uri(r.path, info.cwd)
        if r.error:
            notifications.append(
                {"level": "error", "message": {"text": f"{r.path}: {r.error}"},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]}
            )
        for f in r.findings:
            phys: dict = {"artifactLocation": {"uri": uri}}
            if f.line is not None:
                region = {"startLine": f.line, "startColumn": f.column or 1}
                if f.end_line is not None:
                    region["endLine"] = f.end_line
                if f.end_column is not None:
                    region["endColumn"] = f.end_column + 1  # SARIF end column is exclusive
                if f.text:
                    region["snippet"] = {"text": f.text}
                phys["region"] = region
            else:
                phys["region"] = {"startLine": 1}
            loc: dict = {"physicalLocation": phys}
            if f.paragraph is not None and r.path.lower().endswith(".docx"):
                loc["logicalLocations"] = [
                    {"name": f"{f.part} paragraph {f.paragraph}", "kind": "paragraph",
                     "fullyQualifiedName": f"{r.path}#{f.part}/{f.paragraph}"}
                ]
            res = {
                "ruleId": f.rule,
                "level": _LEVEL[f.severity],
                "message": {"text": f.message + (f" (gợi ý: {f.suggestion})" if f.suggestion else "")},
                "locations": [loc],
            }
            if f.related:
                res["relatedLocations"] = [
                    {"id": i, "physicalLocation": {"artifactLocation": {"uri": uri},
                     "region": {"startLine": x.line or 1, "startColumn": x.column or 1}},
                     **({"message": {"text": x.text}} if x.text else {})}
                    for i, x in enumerate(f.related, 1)
                ]
            if f.rule in rule_index:
                res["ruleIndex"] = rule_index[f.rule]
            sarif_results.append(res)
    run = {
        "tool": {
            "driver": {
                "name": "tdnlint",
                "version": info.version,
                "semanticVersion": info.version,
                "rules": rules,
            }
        },
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
    }
    if notifications:
        run["invocations"] = [{"executionSuccessful": False, "toolExecutionNotifications": notifications}]
    else:
        run["invocations"] = [{"executionSuccessful": True}]
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
