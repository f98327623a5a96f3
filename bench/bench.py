"""End-to-end benchmark of the tdnlint CLI (run by hand, never part of the test suite).

    python bench/bench.py                # build bench/out/ if needed, run every measurement
    python bench/bench.py --quick        # fewer repetitions
    python bench/bench.py --profile FILE # cProfile one in-process lint of FILE: where the time goes
    python bench/bench.py --floor        # only the floor (start, read, one regex) and CPU per draft vs it

Every measurement runs the real command line in a child process (``python -m tdnlint.cli``,
same interpreter), times it with a monotonic wall clock and reads the child's peak RSS from
``os.wait4`` (for ``--jobs N`` the pool workers are the child's children: their peak is read
from ``RUSAGE_CHILDREN`` inside a tiny wrapper, see ``_WRAPPER``).  Targets are those of the
project brief on a 2-core machine; results are printed as a Markdown table for docs/bench.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from corpus import build  # noqa: E402

# Runs the CLI as a grandchild and reports the max RSS over it and all its workers (KiB) and their CPU time.
_WRAPPER = r"""
import resource, subprocess, sys, json
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(json.dumps({"rc": rc, "maxrss_kib": ru.ru_maxrss, "cpu_s": ru.ru_utime + ru.ru_stime}))
"""

# The floor: what any checker of these drafts must pay -- start Python, read and decode every file, run one
# regex over its text (the double-space pattern, as one rule would).  tdnlint's CPU per draft is quoted as a
# multiple of it, so the ratio means the same on any machine.
_FLOOR = r"""
import os, re, sys
pattern = re.compile(r"(?<=\S)( {2,3})(?=\S)")
folder = sys.argv[1]
hits = 0
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), "rb") as fh:
        hits += len(pattern.findall(fh.read().decode("utf-8")))
print(hits)
"""


# Children run as an installed tool does: with bytecode caching (pip compiles .pyc at install time).
# This sandbox sets PYTHONDONTWRITEBYTECODE=1, which makes every start compile ~200 modules from
# source (~0.1 s); the cache goes to bench/out/pycache so the source tree is not touched.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
ENV_NO_PYC = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def run(args: list[str], cwd: Path = OUT) -> tuple[float, int, float]:
    """Wall seconds, exit code and peak RSS (MiB) of ``tdnlint <args>``."""
    cmd = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "tdnlint.cli", *args]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=ENV)
    wall = time.perf_counter() - t0
    info = json.loads(proc.stderr.strip().splitlines()[-1])
    return wall, info["rc"], info["maxrss_kib"] / 1024


def run_cpu(args: list[str], cwd: Path = OUT) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the process and all its workers) of ``args``."""
    cmd = [sys.executable, "-c", _WRAPPER, *args]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=ENV)
    wall = time.perf_counter() - t0
    return wall, json.loads(proc.stderr.strip().splitlines()[-1])["cpu_s"]


def floor_rows(folder: Path, reps: int, row) -> None:
    """CPU per draft of the floor and of `tdnlint check` (--jobs 1 and 2) on ``folder``, best of ``reps``."""
    n = sum(1 for _ in folder.iterdir())
    floor = min(run_cpu([sys.executable, "-c", _FLOOR, folder.name])[1] for _ in range(reps))
    base = ["check", "--no-config", "--format", "json"]
    one = [run_cpu([sys.executable, "-m", "tdnlint.cli", *base, "-j", "1", folder.name]) for _ in range(reps)]
    two = [run_cpu([sys.executable, "-m", "tdnlint.cli", *base, "-j", "2", folder.name]) for _ in range(reps)]
    cpu1 = min(c for _, c in one)
    wall1, wall2 = min(w for w, _ in one), min(w for w, _ in two)
    per_floor, per_draft = floor / n * 1000, cpu1 / n * 1000
    row(f"floor: start, read {n} drafts, one regex (CPU per draft)", f"{per_floor:.2f} ms", "(reference)", True)
    row(f"`check --jobs 1`, CPU per draft ({folder.name})", f"{per_draft:.1f} ms = {per_draft / per_floor:.1f}× the floor",
        "≤ 17× floor", per_draft <= 17 * per_floor)
    row("`--jobs 2` speed-up (wall, --jobs 1 / --jobs 2)", f"{wall1 / wall2:.2f}× ({wall1:.2f} s → {wall2:.2f} s)",
        "near 2× on 2 idle cores", wall1 / wall2 >= 1.6)


def run_direct(args: list[str], cwd: Path = OUT, env: dict | None = None) -> float:
    """Wall seconds of the console script itself (what a user types), without the rusage wrapper."""
    exe = Path(sys.executable).with_name("tdnlint")
    cmd = [str(exe), *args] if exe.exists() else [sys.executable, "-m", "tdnlint.cli", *args]
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENV)
    return time.perf_counter() - t0


def size_mb(path: Path) -> float:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir()) / 1e6
    return path.stat().st_size / 1e6


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--profile", metavar="FILE")
    ap.add_argument("--floor", action="store_true", help="only the floor and the CPU per draft (quick)")
    args = ap.parse_args()
    if args.profile:
        return profile(Path(args.profile))

    t0 = time.perf_counter()
    paths = build(OUT)
    print(f"corpus ready in {time.perf_counter() - t0:.1f}s under {OUT}", file=sys.stderr)
    reps = 3 if args.quick else 5
    rows: list[tuple[str, str, str, str]] = []

    def row(name, value, target, ok):
        rows.append((name, value, target, "ok" if ok else "**MISSED**"))
        print(f"{name:<48} {value:<40} {target:<14} {'ok' if ok else 'MISSED'}", file=sys.stderr)

    # warm the bytecode cache (what `pip install` does at install time)
    run_direct(["check", "--no-config", str(paths["one_docx"])])

    # 0. the floor, and tdnlint's CPU per draft as a multiple of it
    floor_rows(paths["small_txt"], 3 if args.floor else reps, row)
    if args.floor:
        print("| measurement | result | target | |\n|---|---|---|---|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return 0

    # 1. start-up
    ver = sorted(run_direct(["--version"]) for _ in range(10))
    med = statistics.median(ver)
    row("`tdnlint --version` (median of 10)", f"{med * 1000:.0f} ms (min {ver[0] * 1000:.0f})", "≤ 150 ms",
        med <= 0.150)

    # 2. one small .docx, end to end (text output, every rule)
    one = sorted(run_direct(["check", "--no-config", str(paths["one_docx"])]) for _ in range(reps))
    med = statistics.median(one)
    twin = paths["small_txt"] / "draft-0000.txt"
    row(f"one .docx ({size_mb(paths['one_docx']) * 1000:.0f} KB, {size_mb(twin) * 1000:.0f} KB text), end to end",
        f"{med * 1000:.0f} ms (median of {reps})", "≤ 400 ms", med <= 0.400)
    cold = statistics.median(run_direct(["check", "--no-config", str(paths["one_docx"])], env=ENV_NO_PYC)
                             for _ in range(reps))
    row("same, without bytecode cache (PYTHONDONTWRITEBYTECODE=1)", f"{cold * 1000:.0f} ms (median of {reps})",
        "(reference)", True)

    # 3. 1,000 drafts
    for kind in ("small_docx", "small_txt"):
        folder = paths[kind]
        n = sum(1 for _ in folder.iterdir())
        mb = size_mb(folder)
        for jobs in (2, 1):
            wall, rc, rss = run(["check", "--no-config", "--format", "json", "-j", str(jobs), folder.name])
            label = f"{n} drafts {'.docx' if 'docx' in kind else '.txt'}, --jobs {jobs}"
            value = f"{wall:.2f} s, {n / wall:.0f} files/s, {mb / wall:.1f} MB/s, peak {rss:.0f} MiB"
            target = "≤ 10 s" if jobs == 2 else "(reference)"
            row(label, value, target, wall <= 10 or jobs == 1)
            if rc not in (0, 1):
                print(f"  exit code {rc}!", file=sys.stderr)

    # 4. one ~5 MB draft
    for key in ("big_docx", "big_txt"):
        p = paths[key]
        walls, rss_all = [], []
        for _ in range(max(1, reps // 2)):
            wall, rc, rss = run(["check", "--no-config", "--format", "json", p.name])
            walls.append(wall)
            rss_all.append(rss)
        wall, rss = min(walls), max(rss_all)
        row(f"5 MB-text draft {p.suffix} ({size_mb(p):.1f} MB on disk)", f"{wall:.2f} s, {size_mb(paths['big_txt']) / wall:.2f} MB/s, peak {rss:.0f} MiB",
            "≤ 5 s, ≤ 300 MB", wall <= 5 and rss <= 300)

    # 5. linearity
    per_mb = []
    for mb in (1, 2, 4):
        p = paths[f"lin_{mb}"]
        wall = min(run(["check", "--no-config", "--format", "json", p.name])[0] for _ in range(max(1, reps // 2)))
        per_mb.append(wall / mb)
        row(f"{mb} MB-text .docx ({size_mb(p):.2f} MB on disk)", f"{wall:.2f} s ({wall / mb:.2f} s per MB)", "linear", True)
    spread = max(per_mb) / min(per_mb)
    row("linearity: max/min seconds per MB (1, 2, 4 MB)", f"{spread:.2f}", "≤ 1.5", spread <= 1.5)

    hot_small = hotspots(sorted(paths["small_docx"].iterdir())[1:41], warm=paths["one_docx"])
    hot_big = hotspots([paths["big_docx"]], warm=paths["one_docx"])

    print()
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPU, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    print()
    print("| measurement | result | target | |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print()
    print("Where the time goes, steady state (in-process, after one warm-up file; self time by module):")
    print()
    print(hot_small)
    print()
    print("Same for the 5 MB-text .docx:")
    print()
    print(hot_big)
    return 0


def hotspots(files: list[Path], warm: Path, top: int = 12) -> str:
    """Markdown table: self time per source module and the slowest functions while linting ``files``.

    One warm-up lint first, so one-off costs (imports, regex compilation, lexicon loading) are
    excluded: what is left is the per-document cost that decides throughput.
    """
    import cProfile
    import pstats

    from tdnlint.engine import Engine, RunOptions
    from tdnlint.plugins import load_registry

    engine = Engine(load_registry(), RunOptions(no_config=True))
    engine.lint_path(str(warm))
    t0 = time.perf_counter()
    for f in files:
        engine.lint_path(str(f))
    plain = time.perf_counter() - t0
    prof = cProfile.Profile()
    prof.enable()
    for f in files:
        engine.lint_path(str(f))
    prof.disable()
    stats = pstats.Stats(prof).stats  # (file, line, func) -> (cc, nc, tt, ct, callers)
    by_module: dict[str, float] = {}
    total = 0.0
    for (fname, _line, _func), (_cc, _nc, tt, _ct, _callers) in stats.items():
        key = _short(fname)
        by_module[key] = by_module.get(key, 0.0) + tt
        total += tt
    lines = [f"{len(files)} file(s): {plain / len(files) * 1000:.0f} ms per file without the profiler.", "",
             "| module | self time | share |", "|---|---|---|"]
    for mod, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| `{mod}` | {tt:.2f} s | {tt / total * 100:.0f}% |")
    lines += ["", "| function (cumulative) | calls | cumulative |", "|---|---|---|"]
    ours = [(k, v) for k, v in stats.items() if "tdnlint" in k[0]]
    for (fname, line, func), (_cc, nc, _tt, ct, _callers) in sorted(ours, key=lambda kv: -kv[1][3])[:top]:
        lines.append(f"| `{_short(fname)}:{line} {func}` | {nc} | {ct:.2f} s |")
    return "\n".join(lines)


def _short(fname: str) -> str:
    for marker in ("/rules/", "/tdnlint/"):
        if marker in fname:
            return fname[fname.index(marker) + 1:]
    if fname.startswith("~") or fname.startswith("<"):
        return "C built-ins (regex matching, str methods…)"
    return Path(fname).name


def profile(path: Path) -> int:
    """cProfile one lint of ``path`` in-process; print the 25 most expensive functions (cumulative)."""
    import cProfile
    import pstats

    from tdnlint.config import Settings
    from tdnlint.engine import Engine, RunOptions
    from tdnlint.plugins import load_registry

    engine = Engine(load_registry(), RunOptions(no_config=True))
    prof = cProfile.Profile()
    prof.enable()
    t0 = time.perf_counter()
    doc = engine.read(str(path))
    t1 = time.perf_counter()
    result = engine.lint_document(doc, Settings())
    t2 = time.perf_counter()
    prof.disable()
    print(f"read {t1 - t0:.2f}s, lint {t2 - t1:.2f}s, {len(result.findings)} findings", file=sys.stderr)
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(15)
    # Per-rule time: the one number that says which rule to look at.
    per_rule = {}
    for code, cls in engine.registry.rules.items():
        from tdnlint.context import Context

        ctx = Context(doc, Settings(), engine.registry)
        _ = ctx.profile  # shared analyses are charged to the first rule otherwise
        t = time.perf_counter()
        try:
            for _x in cls().check(ctx) or ():
                pass
        except Exception as exc:  # a bench: report and go on
            print(f"{code} raised {exc!r}", file=sys.stderr)
        per_rule[code] = time.perf_counter() - t
    print("slowest rules (fresh context each, so shared analyses count towards the first user):")
    for code, t in sorted(per_rule.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {code} {t:.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
