"""Per-rule fixtures, snapshot-compared ruff-style: fixtures/rules/<CODE>/<name>.txt|.md|.docx is linted with
that rule alone and its findings must equal <name>.expected, one ``line:col CODE message`` per line
(``-:-`` for a finding about the whole document).  A ``bad*`` fixture must have findings, a ``good*`` one none.

A cross-document rule (``needs_register``: TDN380–TDN385) compares a file with the other documents of the checked
tree, so its cases are folders: fixtures/rules/<CODE>/<case>/ holds several documents, all of them are read into one
register (as ``tdnlint check <folder>`` does) and linted, and <case>.expected lists ``file:line:col CODE message``.

Regenerate the snapshots after a deliberate change (then review the diff)::

    TDNLINT_UPDATE_SNAPSHOTS=1 pytest tests/registry/test_rule_fixtures.py

Most documents are built by tests/registry/rule_fixtures.py; the others are written in place.
"""

from __future__ import annotations

import os

import pytest
from conftest import FIXTURES, registry

from tdnlint.engine import Engine, RunOptions
from tdnlint.register import build_register

ROOT = FIXTURES / "rules"
DOCS = sorted(p for p in ROOT.glob("TDN*/*") if p.suffix in (".txt", ".md", ".docx"))
TREES = sorted(p for p in ROOT.glob("TDN*/*") if p.is_dir())
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


def render_tree(folder, monkeypatch) -> str:
    """The findings of every document of ``folder``, checked as one tree (file names relative to it)."""
    code = folder.parent.name
    monkeypatch.chdir(folder)
    names = sorted(p.name for p in folder.iterdir() if p.suffix in (".txt", ".md", ".docx"))
    engine = Engine(registry(), RunOptions(no_config=True, overrides={"select": [code]}))
    engine.options.register = build_register(engine, names)
    lines = []
    for name in names:
        result = engine.lint_path(name)
        assert result.error is None, result.error
        for f in result.findings:
            where = f"{f.line}:{f.column}" if f.line is not None else "-:-"
            lines.append(f"{name}:{where} {f.rule} {f.message}")
    return "\n".join(lines) + ("\n" if lines else "")


@pytest.mark.parametrize("path", DOCS + TREES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rule_fixture_matches_its_snapshot(path, monkeypatch):
    got = render_tree(path, monkeypatch) if path.is_dir() else render(path)
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
    # a cross-document rule is tested on a tree of documents: at least one case folder each
    register = {c for c, r in registry().rules.items() if r.needs_register}
    assert {c for c in register if c in folders and any(p.is_dir() for p in (ROOT / c).iterdir())} == register
