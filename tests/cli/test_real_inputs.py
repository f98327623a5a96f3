"""End-to-end CLI runs over the real drafts in ../shared (skipped on a fresh clone without them)."""

from __future__ import annotations

import json

from conftest import SHARED, needs_shared, run_cli


def _check(folder, *args):
    proc = run_cli("check", "--no-config", "--format", "json", *args, str(folder))
    assert "Traceback" not in proc.stderr_text, proc.stderr_text
    return proc, json.loads(proc.stdout_text)


@needs_shared
def test_seed_drafts_check_cleanly_and_in_parallel():
    folder = SHARED / "seeds"
    serial, data = _check(folder, "-j", "1")
    parallel, _ = _check(folder, "-j", "2")
    assert parallel.stdout_text == serial.stdout_text
    assert serial.returncode in (0, 1)
    assert data["files"] and all(f["error"] is None for f in data["files"])
    internal = [x["message"] for f in data["files"] for x in f["findings"] if x["rule"] == "TDN000"]
    assert internal == []  # no rule crashes on a real draft
    assert {f["profile"] for f in data["files"]} <= {"state", "party", "mttq", "unknown"}
    for f in data["files"]:
        for x in f["findings"]:
            assert x["line"] is None or (x["line"] >= 1 and x["column"] >= 1 and x["end_column"] >= 1)


@needs_shared
def test_real_word_files_every_input_reported_no_internal_error():
    folder = SHARED / "real-docx"
    proc, data = _check(folder, "-j", "2")
    expected = sorted(p.name for p in folder.iterdir() if p.suffix.lower() == ".docx" and not p.name.startswith("~$"))
    checked = [f for f in data["files"] if not f.get("skipped")]
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in checked) == expected
    # .doc/.odt/.rtf/.pdf in the folder: one notice each (convert to .docx), not an error
    for f in data["files"]:
        if f.get("skipped"):
            assert f["path"].lower().endswith((".doc", ".odt", ".rtf", ".pdf")) and f["error"] is None
    internal = [(f["path"], x["message"]) for f in data["files"] for x in f["findings"] if x["rule"] == "TDN000"]
    assert internal == []
    for f in data["files"]:
        assert f["error"] is None or ("\n" not in f["error"] and f["findings"] == [])
    assert proc.returncode == (2 if any(f["error"] for f in data["files"]) else proc.returncode)
    assert proc.returncode in (0, 1, 2)


@needs_shared
def test_real_inputs_sarif_is_schema_valid():
    import pytest

    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the [test] extra")
    from pathlib import Path

    schema = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    for folder in (SHARED / "seeds", SHARED / "real-docx"):
        proc = run_cli("check", "--no-config", "--format", "sarif", "-j", "2", str(folder))
        data = json.loads(proc.stdout_text)
        jsonschema.Draft4Validator(schema).validate(data)
        for res in data["runs"][0]["results"]:
            region = res["locations"][0]["physicalLocation"]["region"]
            assert region["startLine"] >= 1 and region.get("startColumn", 1) >= 1
