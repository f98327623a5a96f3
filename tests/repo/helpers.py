"""Helpers for the repository tests: copy the fixture office into a temporary folder, run the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from conftest import FIXTURES, run_cli

OFFICE = FIXTURES / "repo" / "xa_an_phu"
CLEAN = FIXTURES / "repo" / "clean"
CROSS = ("TDN380", "TDN381", "TDN382", "TDN383", "TDN384", "TDN385")


def copy_office(dest: Path, src: Path = OFFICE, git: bool = False) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in sorted(src.glob("*.txt")):
        shutil.copy(f, dest / f.name)
    if git:
        subprocess.run(["git", "init", "-q", str(dest)], check=True)
    return dest


def check_json(*args: str, cwd=None) -> tuple[int, dict]:
    proc = run_cli("check", "--format", "json", *args, cwd=cwd)
    assert proc.stdout_text, proc.stderr_text
    return proc.returncode, json.loads(proc.stdout_text)


def cross(report: dict) -> dict[str, list[tuple[str, int | None, str]]]:
    """{file name: [(rule, line, message)]} of the cross-document findings."""
    out: dict[str, list] = {}
    for f in report["files"]:
        hits = [(x["rule"], x["line"], x["message"]) for x in f["findings"] if x["rule"] in CROSS]
        if hits:
            out[Path(f["path"]).name] = hits
    return out


def plain(report: dict) -> list:
    """Every finding as comparable data (paths by name: runs in two folders compare equal)."""
    return [(Path(f["path"]).name, f["error"], [(x["rule"], x["line"], x["column"], x["message"], x["suggestion"])
                                                for x in f["findings"]]) for f in report["files"]]
