"""Precision benchmark: findings per 10,000 words per rule on real text nobody here wrote.

Two sets, both outside the project (skipped with a message when ../shared is absent):
  corpus    ../shared/corpus/legal-text.tar.xz (3,243 issued legal texts, many without a header: by default
            only the body-text rules TDN2/TDN3/TDN4 are counted, as the issue asks); --split picks all, train
            or heldout (tools/corpus.py defines the split), --sample N a deterministic subset.
  real-docx ../shared/real-docx/vn-*.docx, every rule.

Run by hand (not a test), before and after every rule change; quote the table in the commit message:
    python bench/precision.py                     # both sets, corpus sample of 600 documents
    python bench/precision.py --set corpus --sample 0 --select TDN2,TDN3,TDN4   # the whole corpus
    python bench/precision.py --json out.json     # machine-readable, to diff two runs
    python bench/precision.py --compare before.json after.json
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from corpus import ARCHIVE, extract  # noqa: E402

SHARED = ROOT.parent / "shared"
CACHE = Path(tempfile.gettempdir()) / "tdnlint-precision"
_WORD = re.compile(r"\w+")


def words_in(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        if p.suffix == ".txt":
            total += len(_WORD.findall(p.read_text(encoding="utf-8")))
        else:
            from tdnlint.engine import Engine, RunOptions

            doc = Engine(load_registry_cached(), RunOptions(no_config=True)).read(str(p))
            total += sum(len(_WORD.findall(par.text)) for par in doc.paragraphs)
    return total


_REG = None


def load_registry_cached():
    global _REG
    if _REG is None:
        from tdnlint.plugins import load_registry

        _REG = load_registry()
    return _REG


def run_tdnlint(paths: list[Path], select: str | None, jobs: int) -> dict:
    cmd = [sys.executable, "-m", "tdnlint.cli", "check", "--format", "json", "--exit-zero", "--no-config",
           "--jobs", str(jobs)]
    if select:
        cmd += ["--select", select]
    # Files are given by name, in chunks (a command line has a length limit).
    merged: dict = {"files": []}
    for i in range(0, len(paths), 400):
        proc = subprocess.run(cmd + [str(p) for p in paths[i:i + 400]], capture_output=True, text=True)
        if not proc.stdout.strip():
            raise SystemExit(f"tdnlint gave no JSON (exit {proc.returncode}): {proc.stderr[-2000:]}")
        merged["files"] += json.loads(proc.stdout)["files"]
    return merged


def corpus_paths(split: str, sample: int) -> list[Path]:
    dest = CACHE / f"corpus-{split}"
    paths = extract(dest, split)
    if sample:
        # deterministic subset, independent of the split's hash: every k-th file in name order
        step = max(1, len(paths) // sample)
        paths = paths[::step][:sample]
    return paths


def table(report: dict, words: int) -> dict:
    by_rule: Counter = Counter()
    by_sev: Counter = Counter()
    errors = []
    for f in report["files"]:
        if f.get("error"):
            errors.append((f["path"], f["error"]))
        for x in f.get("findings", []):
            by_rule[(x["rule"], x["severity"])] += 1
            by_sev[x["severity"]] += 1
    per = lambda n: round(1e4 * n / max(words, 1), 2)  # noqa: E731
    return {
        "words": words,
        "files": len(report["files"]),
        "read_errors": errors,
        "total_per_10k": per(sum(by_sev.values())),
        "by_severity_per_10k": {k: per(v) for k, v in sorted(by_sev.items())},
        "by_rule": {f"{r} ({s})": {"count": n, "per_10k": per(n)} for (r, s), n in by_rule.most_common()},
    }


def show(name: str, t: dict) -> None:
    print(f"\n== {name}: {t['files']} files, {t['words']:,} words, {t['total_per_10k']} findings / 10k words "
          f"{t['by_severity_per_10k']}")
    for err in t["read_errors"][:5]:
        print(f"   read error: {err[0]}: {err[1]}")
    for rule, v in t["by_rule"].items():
        print(f"   {rule:<22} {v['count']:6d}  {v['per_10k']:7.2f} / 10k")


def compare(a_path: str, b_path: str) -> None:
    a, b = json.loads(Path(a_path).read_text()), json.loads(Path(b_path).read_text())
    for name in sorted(set(a) | set(b)):
        ta, tb = a.get(name, {}), b.get(name, {})
        print(f"\n== {name}: {ta.get('total_per_10k')} → {tb.get('total_per_10k')} per 10k words")
        rules = sorted(set(ta.get("by_rule", {})) | set(tb.get("by_rule", {})))
        for r in rules:
            va = ta.get("by_rule", {}).get(r, {}).get("per_10k", 0.0)
            vb = tb.get("by_rule", {}).get(r, {}).get("per_10k", 0.0)
            if va != vb:
                print(f"   {r:<22} {va:7.2f} → {vb:7.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["corpus", "real-docx", "both"], default="both")
    ap.add_argument("--split", choices=["all", "train", "heldout"], default="all")
    ap.add_argument("--sample", type=int, default=600, help="corpus documents (0 = all)")
    ap.add_argument("--select", default="TDN2,TDN3,TDN4", help="rules counted on the corpus")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", metavar="FILE", help="also write the tables as JSON")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare)
        return 0
    if not SHARED.is_dir():
        print("../shared is not present: nothing to measure", file=sys.stderr)
        return 0
    out = {}
    if args.set in ("corpus", "both") and ARCHIVE.exists():
        t0 = time.perf_counter()
        paths = corpus_paths(args.split, args.sample)
        t = table(run_tdnlint(paths, args.select, args.jobs), words_in(paths))
        t["seconds"] = round(time.perf_counter() - t0, 1)
        out[f"corpus[{args.split}, sample={args.sample or 'all'}, select={args.select}]"] = t
    if args.set in ("real-docx", "both"):
        paths = sorted((SHARED / "real-docx").glob("vn-*.docx"))
        out["real-docx (all rules)"] = table(run_tdnlint(paths, None, args.jobs), words_in(paths))
    for name, t in out.items():
        show(name, t)
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
