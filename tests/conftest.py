"""Shared test helpers: lint a string or a file in-process, run the CLI, find ../shared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tdnlint.config import Settings
from tdnlint.engine import Engine, RunOptions
from tdnlint.plugins import load_registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"

_REGISTRY = None


def registry():
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = load_registry()
    return _REGISTRY


def lint_text(text: str, name: str = "draft.txt", select: list[str] | None = None, **settings):
    """Lint ``text`` as if it were a file called ``name``; returns the FileResult."""
    engine = Engine(registry(), RunOptions(no_config=True))
    s = Settings(select=select, **settings)
    doc = engine.read(name, text.encode("utf-8"))
    return engine.lint_document(doc, s)


def lint_path(path, select: list[str] | None = None, **settings):
    engine = Engine(registry(), RunOptions(no_config=True))
    doc = engine.read(str(path))
    return engine.lint_document(doc, Settings(select=select, **settings))


def codes(result) -> list[str]:
    return [f.rule for f in result.findings]


def run_cli(*args: str, cwd: str | os.PathLike | None = None, input: bytes | None = None):
    """Run the installed CLI in a subprocess: returns CompletedProcess with text output."""
    proc = subprocess.run(
        [sys.executable, "-m", "tdnlint.cli", *args],
        cwd=cwd, input=input, capture_output=True, timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    proc.stdout_text = proc.stdout.decode("utf-8", "replace")  # type: ignore[attr-defined]
    proc.stderr_text = proc.stderr.decode("utf-8", "replace")  # type: ignore[attr-defined]
    return proc


def cli_json(*args: str, cwd=None, input: bytes | None = None) -> tuple[int, dict]:
    proc = run_cli("check", "--format", "json", *args, cwd=cwd, input=input)
    return proc.returncode, json.loads(proc.stdout_text)


needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not present (fresh clone without it)")
