"""Repository-scale benchmark (run by hand, never by the tests): docs/repo.md.

    nice python bench/bench_repo.py --json out.json     # the 3,243 documents of ../shared/corpus
    python bench/bench_repo.py --limit 300              # a quick look

Measures, on the same documents, every rule, each run a child process:
  1. local ``--jobs 2`` filling an empty cache (the first run), then the cache-warm re-run of the
     unchanged tree (target: ≤ 10 % of the first run); ``--nocache-run`` adds local ``--jobs 2 --no-cache``;
  2. Dask on a LocalCluster of 2 single-threaded worker processes (cluster start timed apart), no
     cache, through the streaming path of ``--executor dask`` (``tdnlint.dask.results``); peak memory
     and CPU read inside each worker and in the client;
  3. Dask again, reading the cache the local first run filled (cache-warm on the cluster);
and checks the Dask findings equal the local ones (a digest of every (path, rule, line, column,
message)).  The machine is shared: the 1-minute load average is recorded around each run and a
fixed CPU-bound loop (the floor) is timed before and after, so wall times can be read against the
share of a core the benchmark actually got; CPU times are the robust figures.
Projects a 1,000,000-document archive on N workers from the measured CPU per document.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
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
import hashlib, json, os, resource, sys, time
from tdnlint import dask as tdask
from tdnlint.engine import Engine, RunOptions, discover
from tdnlint.plugins import load_registry
from tdnlint.repo import open_cache
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
t = time.monotonic()
client = tdask.local_client(int(sys.argv[2]))
start = time.monotonic() - t
cpu0 = client.run(cpu)
files = list(discover([sys.argv[1]]))
engine = Engine(load_registry(), RunOptions(no_config=True))
if sys.argv[3] != "-":
    open_cache(engine, files, cache_dir=sys.argv[3])
t = time.monotonic()
n = 0
h = hashlib.blake2b(digest_size=16)
for r in tdask.results(client, engine, files):  # streamed in file order, as the CLI reporters get them
    n += len(r.findings)
    for f in r.findings:
        h.update(f"{r.path}|{f.rule}|{f.line}|{f.column}|{f.message}\n".encode())
wall = time.monotonic() - t
peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
cpu1 = client.run(cpu)
client.close()
sys.stderr.write(json.dumps({"start": start, "wall": wall, "findings": n, "files": len(files),
                             "digest": h.hexdigest(), "worker_peak_kib": sorted(peaks.values()),
                             "worker_cpu": sorted(cpu1[w] - cpu0.get(w, 0.0) for w in cpu1),
                             "client_peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                             "client_cpu": cpu()}))
"""


def floor(seconds_of_work: int = 3_000_000) -> dict:
    """A fixed CPU-bound loop: its CPU time is the machine's speed, CPU/wall the share of a core we got."""
    t, c = time.monotonic(), time.process_time()
    x = 0
    for i in range(seconds_of_work):
        x += i * i % 7
    return {"wall": time.monotonic() - t, "cpu": time.process_time() - c}


def _load() -> float:
    return os.getloadavg()[0]


def _env() -> dict:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed tool has .pyc files
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    return env


def _findings_digest(report: Path) -> tuple[int, str]:
    data = json.loads(report.read_text(encoding="utf-8"))
    h = hashlib.blake2b(digest_size=16)
    n = 0
    for f in data["files"]:
        for x in f["findings"]:
            n += 1
            h.update(f"{f['path']}|{x['rule']}|{x['line']}|{x['column']}|{x['message']}\n".encode())
    return n, h.hexdigest()


def local(folder: Path, *extra: str) -> dict:
    report = WORK / "bench-repo-report.json"
    cmd = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "tdnlint.cli", "check", "--no-config",
           "--format", "json", "-o", str(report), "--exit-zero", "--jobs", "2", *extra, str(folder)]
    load = _load()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=_env(), cwd=folder.parent)
    out = json.loads(proc.stderr.strip().splitlines()[-1])
    out["load_before"], out["load_after"] = load, _load()
    out["findings"], out["digest"] = _findings_digest(report)
    report.unlink()
    return out


def on_dask(folder: Path, workers: int = 2, cache: Path | None = None) -> dict:
    load = _load()
    proc = subprocess.run([sys.executable, "-c", _DASK, str(folder), str(workers), str(cache) if cache else "-"],
                          capture_output=True, text=True, env=_env(), cwd=folder.parent)
    try:
        out = json.loads(proc.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise RuntimeError(proc.stderr[-3000:]) from None
    out["load_before"], out["load_after"] = load, _load()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="first N documents of the corpus (default: all)")
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--nocache-run", action="store_true", help="also local --jobs 2 --no-cache")
    args = ap.parse_args()
    if not ARCHIVE.exists():
        raise SystemExit(f"skipped: {ARCHIVE} is not present")
    dest = WORK / ("corpus-all" if args.limit is None else f"corpus-first-{args.limit}")
    paths = extract(dest, "all", args.limit)
    n = len(paths)
    mb = sum(p.stat().st_size for p in paths) / 1e6
    print(f"{n} documents, {mb:.1f} MB of text, {os.cpu_count()} CPUs, load {_load():.1f}", flush=True)
    out: dict = {"documents": n, "mb": mb, "floor_before": floor(), "load_start": _load()}
    print("floor:", out["floor_before"], flush=True)

    def save() -> None:
        if args.json:
            Path(args.json).write_text(json.dumps(out, indent=1))

    if args.nocache_run:
        out["local"] = local(dest, "--no-cache")
        print("local --jobs 2, no cache:", out["local"], flush=True)
        save()
    cache = WORK / "bench-repo-cache"
    shutil.rmtree(cache, ignore_errors=True)
    out["cold"] = local(dest, "--cache-dir", str(cache))
    print("local --jobs 2, filling the cache:", out["cold"], flush=True)
    save()
    out["warm"] = local(dest, "--cache-dir", str(cache))
    print("local --jobs 2, warm cache:", out["warm"], flush=True)
    save()
    try:
        out["dask"] = on_dask(dest, 2)
        print("dask LocalCluster 2 workers:", out["dask"], flush=True)
        save()
        out["dask_warm"] = on_dask(dest, 2, cache)
        print("dask LocalCluster 2 workers, the local run's cache:", out["dask_warm"], flush=True)
    except Exception as exc:  # no dask extra installed, or the child failed: say so, keep the rest
        out.setdefault("dask", None)
        print(f"dask: failed or skipped ({exc!r})", flush=True)
    out["floor_after"] = floor()
    out["load_end"] = _load()
    save()
    report(out)


def report(out: dict) -> None:
    n = out["documents"]
    ref = out.get("local") or out["cold"]
    # Projection from CPU time, not wall time: the machine is shared, wall time swings with other load.
    per_doc = (sum(out["dask"]["worker_cpu"]) / n) if out.get("dask") else ref["cpu"] / n
    out["per_doc_cpu_s"] = per_doc
    rows = []
    for key, name in (("local", "local `--jobs 2`, no cache"), ("cold", "local `--jobs 2`, first run filling the cache"),
                      ("warm", "local `--jobs 2`, cache-warm re-run")):
        if out.get(key):
            r = out[key]
            rows.append((name, r["wall"], r["cpu"], f"{r['maxrss_kib'] / 1024:.0f} MiB (largest process)",
                         r["findings"], r["load_before"], r["load_after"]))
    for key, name in (("dask", "Dask LocalCluster 2 workers, no cache"),
                      ("dask_warm", "Dask LocalCluster 2 workers, the local run's cache")):
        d = out.get(key)
        if d:
            peaks = "–".join(f"{k / 1024:.0f}" for k in d["worker_peak_kib"])
            rows.append((f"{name} (cluster start {d['start']:.1f} s apart)", d["wall"], sum(d["worker_cpu"]),
                         f"{peaks} MiB per worker, client {d['client_peak_kib'] / 1024:.0f} MiB", d["findings"],
                         d["load_before"], d["load_after"]))
    print()
    print("| run | wall | docs/s (wall) | CPU | CPU ms/doc | peak memory | findings | load before → after |")
    print("|---|---|---|---|---|---|---|---|")
    for name, wall, cpu, mem, nf, lb, la in rows:
        print(f"| {name} | {wall:.1f} s | {n / wall:.1f} | {cpu:.1f} s | {1000 * cpu / n:.1f} | {mem} | {nf:,} | "
              f"{lb:.1f} → {la:.1f} |")
    fb, fa = out["floor_before"], out.get("floor_after") or out["floor_before"]
    print(f"\nfloor (fixed loop): {fb['cpu']:.2f} s CPU in {fb['wall']:.2f} s wall before, "
          f"{fa['cpu']:.2f} s in {fa['wall']:.2f} s after")
    w, c = out["warm"], out["cold"]
    print(f"warm / first run: {100 * w['wall'] / c['wall']:.1f} % of the wall time, "
          f"{100 * w['cpu'] / c['cpu']:.1f} % of the CPU time")
    if out.get("dask"):
        same = out["dask"]["digest"] == c["digest"]
        print(f"Dask findings {'identical to' if same else 'DIFFERENT from'} the local run's "
              f"({out['dask']['findings']:,} vs {c['findings']:,})")
    print(f"per-document cost: {per_doc * 1000:.1f} ms of CPU (both passes, every rule, Dask workers)")
    print("\n| workers | 1,000,000 documents, no cache (CPU-bound, perfect scaling) |")
    print("|---|---|")
    for k in (1, 2, 8, 32, 128):
        secs = 1_000_000 * per_doc / k
        print(f"| {k} | {secs / 3600:.1f} h |" if secs >= 3600 else f"| {k} | {secs / 60:.0f} min |")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--report":
        report(json.loads(Path(sys.argv[2]).read_text()))
    else:
        main()
