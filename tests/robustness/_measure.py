"""Run the CLI in a subprocess and measure it: exit code, output, wall time, peak memory (RSS)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass

# The child runs tdnlint and reports its own peak RSS (resource.getrusage of its waited-for children).
_WRAPPER = (
    "import resource, subprocess, sys\n"
    "p = subprocess.run(sys.argv[1:])\n"
    "sys.stderr.write('\\nPEAK_KB=%d\\n' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(p.returncode)\n"
)


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


def measure(*args: str, cwd=None, timeout: float = 300, stdin=None) -> Run:
    t = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "tdnlint.cli", *args],
        cwd=cwd, capture_output=True, timeout=timeout, stdin=stdin,
        env={**os.environ, "NO_COLOR": "1"},
    )
    seconds = time.monotonic() - t
    err = proc.stderr.decode("utf-8", "replace")
    head, _, tail = err.rpartition("\nPEAK_KB=")
    peak = int(tail.strip()) / 1024 if tail.strip().isdigit() else -1.0
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), head if tail else err, seconds, peak)
