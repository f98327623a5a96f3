"""Per-rule fixtures, snapshot-compared ruff-style: fixtures/rules/<CODE>/<name>.txt|.md|.docx is linted with
that rule alone and its findings must equal <name>.expected, one ``line:col CODE message`` per line
(``-:-`` for a finding about the whole document).  A ``bad*`` fixture must have findings, a ``good*`` one none.

Regenerate the snapshots after a deliberate change (then review the diff)::

    TDNLINT_UPDATE_SNAPSHOTS=1 pytest tests/registry/test_rule_fixtures.py

The documents themselves are built by tests/registry/rule_fixtures.py.
"""

from __future__ import annotations

import os

import pytest
from conftest import FIXTURES, registry

from tdnlint.engine import Engine, RunOptions

ROOT = FIXTURES / "rules"
DOCS = sorted(p for p in ROOT.glob("TDN*/*") if p.suffix in (".txt", ".md", ".docx"))
UPDATE = os.environ.get("TDNLINT_UPDATE_SNAPSHOTS") == "1"


def render(path) -> str:
    code = path.parent.name
    engine = Engine(registry(), RunOptions(no_config=True, overrides={"select": [code]}))
    result = engine.lint_path(str(path))
    assert result.error is None, result.error
    lines = []
    for f in result.findings:
        where = f"{f.line}:{f.column}" if f.line is not None else "-:-"
        lines.append(f"{where} {f.rule} {f.message}")
    return "\n".join(lines) + ("\n" if lines else "")


@pytest.mark.parametrize("path", DOCS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rule_fixture_matches_its_snapshot(path):
    got = render(path)
    expected_path = path.with_suffix(".expected")
    if UPDATE or not expected_path.exists():
        expected_path.write_text(got, encoding="utf-8")
    assert got == expected_path.read_text(encoding="utf-8"), f"{path}: findings changed (see module docstring)"
    code = path.parent.name
    if path.stem.startswith("bad"):
        assert f" {code} " in got, f"{path} should fire {code}"
    elif path.stem.startswith("good"):
        assert got == "", f"{path} should be clean for {code}"


def test_every_formatting_rule_and_every_rule_named_by_no_other_test_has_fixtures():
    folders = {p.name for p in ROOT.glob("TDN*") if p.is_dir()}
    formatting = {c for c, r in registry().rules.items() if not r.examples_are_text}
    assert formatting <= folders
    assert {"TDN103", "TDN104", "TDN105", "TDN203", "TDN544"} <= folders
