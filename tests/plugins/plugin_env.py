"""Make a fake installed plugin: a module on a temp dir plus a ``.dist-info`` with an entry point.

``importlib.metadata`` finds any ``*.dist-info`` on ``sys.path``, so putting the temp dir on
PYTHONPATH of a subprocess is exactly what ``pip install`` would do, without touching the
environment the tests run in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def fake_dist(site: Path, dist: str, entry_points: dict[str, str], version: str = "0.1.0") -> Path:
    """Write ``<dist>-<version>.dist-info`` declaring ``entry_points`` (name -> "module") in group tdnlint."""
    info = site / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8")
    lines = ["[tdnlint]", *(f"{k} = {v}" for k, v in entry_points.items())]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return info


def env_with(*paths: Path) -> dict[str, str]:
    old = os.environ.get("PYTHONPATH")
    parts = [str(p) for p in paths] + ([old] if old else [])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(parts), "NO_COLOR": "1"}


def run(args: list[str], env: dict[str, str], cwd: Path | None = None, input: bytes | None = None):
    proc = subprocess.run([sys.executable, "-m", "tdnlint.cli", *args], env=env, cwd=cwd, input=input,
                          capture_output=True, timeout=300)
    proc.stdout_text = proc.stdout.decode("utf-8", "replace")  # type: ignore[attr-defined]
    proc.stderr_text = proc.stderr.decode("utf-8", "replace")  # type: ignore[attr-defined]
    return proc
