"""Show that a speed change left the findings alone: save the findings of some paths, compare two saves.

    python bench/same_findings.py save before.json PATH...   # tdnlint check --format json on PATH...
    python bench/same_findings.py compare before.json after.json

``save`` runs the real command line (``python -m tdnlint.cli check --no-cache --format json``, every rule,
JSON reporter included, the register kept to the checked paths: ``register-scope = "checked"``) and keeps, per file, the sorted findings with every field a user sees
(rule, severity, position, message, suggestion, fix edits, related places).  Run-dependent fields (timing,
tool version) are dropped.  ``compare`` prints the files whose findings differ, with the first differences,
and exits 1 if any do.  Extra ``check`` options go after ``--`` (``save out.json PATH -- --select TDN4``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

_DROP = {"elapsed", "time", "duration", "version"}


def _clean(value):
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k not in _DROP}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def save(out: Path, paths: list[str], extra: list[str]) -> int:
    # The document register is kept to the checked paths: the default scope also reads the rest of the git
    # checkout within a time budget, so cross-document findings would depend on the machine's load.
    config = Path(tempfile.mkdtemp()) / "same-findings.toml"
    config.write_text('register-scope = "checked"\n', encoding="utf-8")
    cmd = [sys.executable, "-m", "tdnlint.cli", "check", "--config", str(config), "--no-cache", "--format", "json",
           "--exit-zero", *extra, *paths]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    try:  # exit 2 (a file that could not be read) still prints the JSON of every file
        data = json.loads(proc.stdout)
    except ValueError:
        sys.stderr.write(proc.stderr)
        return proc.returncode or 2
    files = {}
    for f in data["files"]:
        findings = _clean(f.get("findings", []))
        files[f["path"]] = {"error": f.get("error"), "findings": sorted(findings, key=lambda x: json.dumps(x, sort_keys=True))}
    out.write_text(json.dumps(files, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
    n = sum(len(v["findings"]) for v in files.values())
    print(f"{out}: {len(files)} files, {n} findings")
    return 0


def compare(a: Path, b: Path) -> int:
    left = json.loads(a.read_text(encoding="utf-8"))
    right = json.loads(b.read_text(encoding="utf-8"))
    differ = 0
    for path in sorted(set(left) | set(right)):
        x, y = left.get(path), right.get(path)
        if x == y:
            continue
        differ += 1
        if differ <= 10:
            print(f"DIFFERENT: {path}")
            xs = {json.dumps(f, sort_keys=True, ensure_ascii=False) for f in (x or {}).get("findings", [])}
            ys = {json.dumps(f, sort_keys=True, ensure_ascii=False) for f in (y or {}).get("findings", [])}
            for f in sorted(xs - ys)[:5]:
                print(f"  - {f}")
            for f in sorted(ys - xs)[:5]:
                print(f"  + {f}")
            if x is None or y is None or x.get("error") != y.get("error"):
                print(f"  error/presence: {None if x is None else x.get('error')!r} -> {None if y is None else y.get('error')!r}")
    n = sum(len(v["findings"]) for v in left.values())
    if differ:
        print(f"{differ} of {len(set(left) | set(right))} files differ")
        return 1
    print(f"identical: {len(left)} files, {n} findings")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "save":
        rest = argv[2:]
        extra: list[str] = []
        if "--" in rest:
            k = rest.index("--")
            rest, extra = rest[:k], rest[k + 1:]
        return save(Path(argv[1]), rest, extra)
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
