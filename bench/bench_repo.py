"""Repository-scale benchmark (run by hand, never by the tests): docs/repo.md.

    python bench/bench_repo.py                 # the 3,243 documents of ../shared/corpus
    python bench/bench_repo.py --limit 300     # a quick look
    python bench/bench_repo.py --json out.json

Measures, on the same documents, every rule:
  1. local ``--jobs 2`` without cache (the reference);
  2. local ``--jobs 2`` filling an empty cache, then the cache-warm re-run of the unchanged tree
     (target: ≤ 10 % of the first run);
  3. ``--executor dask`` on a LocalCluster of 2 single-threaded worker processes (cluster start timed
     apart), peak memory per worker read inside each worker;
and projects a 1,000,000-document archive on N workers from the measured per-document cost.
Each run is a child process; peak memory of local runs is ``ru_maxrss`` over the CLI and its workers.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from corpus import ARCHIVE, extract  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "tdnlint-precision"  # shared with bench/precision.py: extracted once

_WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.monotonic()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.monotonic() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(json.dumps({"rc": rc, "wall": wall, "maxrss_kib": ru.ru_maxrss,
                             "cpu": ru.ru_utime + ru.ru_stime}))
"""

_DASK = r"""
import json, os, resource, sys, time
from tdnlint import dask as tdask
from tdnlint.engine import Engine, RunOptions, discover
from tdnlint.plugins import load_registry
t = time.monotonic()
client = tdask.local_client(int(sys.argv[2]))
start = time.monotonic() - t
files = list(discover([sys.argv[1]]))
t = time.monotonic()
futures, _ = tdask.run(client, Engine(load_registry(), RunOptions(no_config=True)), files)
n = sum(len(r.findings) for chunk in client.gather(futures) for _, r in chunk)
wall = time.monotonic() - t
peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
cpu = client.run(lambda: (lambda r: r.ru_utime + r.ru_stime)(resource.getrusage(resource.RUSAGE_SELF)))
client.close()
sys.stderr.write(json.dumps({"start": start, "wall": wall, "findings": n, "files": len(files),
                             "worker_peak_kib": sorted(peaks.values()), "worker_cpu": sorted(cpu.values())}))
"""


def _env() -> dict:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool has .pyc files
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    return env


def local(folder: Path, *extra: str) -> dict:
    cmd = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "tdnlint.cli", "check", "--no-config",
           "--format", "json", "--exit-zero", "--jobs", "2", *extra, str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env())
    return json.loads(proc.stderr.strip().splitlines()[-1])


def on_dask(folder: Path, workers: int = 2) -> dict:
    proc = subprocess.run([sys.executable, "-c", _DASK, str(folder), str(workers)], capture_output=True, text=True,
                          env=_env())
    return json.loads(proc.stderr.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="first N documents of the corpus (default: all)")
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--reuse-nocache", metavar="JSON", help="take the no-cache run from an earlier --json output")
    args = ap.parse_args()
    if not ARCHIVE.exists():
        raise SystemExit(f"skipped: {ARCHIVE} is not present")
    dest = WORK / ("corpus-all" if args.limit is None else f"corpus-first-{args.limit}")
    paths = extract(dest, "all", args.limit)
    n = len(paths)
    mb = sum(p.stat().st_size for p in paths) / 1e6
    print(f"{n} documents, {mb:.1f} MB of text, {os.cpu_count()} CPUs", flush=True)
    out: dict = {"documents": n, "mb": mb}

    out["local"] = (json.loads(Path(args.reuse_nocache).read_text())["local"] if args.reuse_nocache
                    else local(dest, "--no-cache"))
    print("local --jobs 2, no cache:", out["local"], flush=True)
    cache = WORK / "bench-repo-cache"
    shutil.rmtree(cache, ignore_errors=True)
    out["cold"] = local(dest, "--cache-dir", str(cache))
    print("local --jobs 2, filling the cache:", out["cold"], flush=True)
    out["warm"] = local(dest, "--cache-dir", str(cache))
    print("local --jobs 2, warm cache:", out["warm"], flush=True)
    try:
        out["dask"] = on_dask(dest, 2)
        print("dask LocalCluster 2 workers:", out["dask"], flush=True)
    except Exception as exc:  # no dask extra installed
        out["dask"] = None
        print(f"dask: skipped ({exc!r})")

    # Projection from CPU time, not wall time: the machine is shared, wall time swings with other load.
    per_doc = out["local"]["cpu"] / n
    out["per_doc_cpu_s"] = per_doc
    rows = [
        ("local `--jobs 2`, no cache", out["local"]["wall"], out["local"]["cpu"], out["local"]["maxrss_kib"]),
        ("local `--jobs 2`, first run filling the cache", out["cold"]["wall"], out["cold"]["cpu"],
         out["cold"]["maxrss_kib"]),
        ("local `--jobs 2`, cache-warm re-run", out["warm"]["wall"], out["warm"]["cpu"], out["warm"]["maxrss_kib"]),
    ]
    if out["dask"]:
        rows.append(("Dask LocalCluster, 2 workers (cluster start {:.1f} s apart)".format(out["dask"]["start"]),
                     out["dask"]["wall"], sum(out["dask"]["worker_cpu"]), max(out["dask"]["worker_peak_kib"])))
    print()
    print("| run | wall | documents/s (wall) | CPU | documents per CPU-second | peak memory per process |")
    print("|---|---|---|---|---|---|")
    for name, wall, cpu, kib in rows:
        print(f"| {name} | {wall:.1f} s | {n / wall:.0f} | {cpu:.1f} s | {n / cpu:.0f} | {kib / 1024:.0f} MiB |")
    print(f"\nwarm / first run: {100 * out['warm']['wall'] / out['cold']['wall']:.1f} % of the wall time, "
          f"{100 * out['warm']['cpu'] / out['cold']['cpu']:.1f} % of the CPU time")
    print(f"per-document cost: {per_doc * 1000:.1f} ms of CPU (both passes, every rule)")
    print("\n| workers | 1,000,000 documents, no cache (CPU-bound, perfect scaling) |")
    print("|---|---|")
    for w in (1, 2, 8, 32, 128):
        secs = 1_000_000 * per_doc / w
        print(f"| {w} | {secs / 3600:.1f} h |" if secs >= 3600 else f"| {w} | {secs / 60:.0f} min |")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
