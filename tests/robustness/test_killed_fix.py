"""A ``--fix`` run killed with SIGKILL between writing its temp file and the rename leaves
``.tdnlint-*.tmp`` next to the draft; the draft is untouched, and the next run removes the litter, says so
once on stderr, and never reads it as an input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tdnlint.atomic import temp_prefix

GOOD = "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì thực hiện.\n"
BAD = "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì,phối hợp thực hiện.\n"

# The real CLI, except that the rename of an atomic write first announces itself and then waits: the test
# kills the process exactly while the temp file exists (no timing guesswork).
_PAUSED_CLI = r"""
import os, sys, time
marker = sys.argv.pop(1)
real_replace = os.replace
def paused_replace(src, dst):
    if os.path.basename(src).startswith(".tdnlint-"):
        open(marker, "w").close()
        time.sleep(120)
    return real_replace(src, dst)
os.replace = paused_replace
from tdnlint.cli import main
sys.argv[0] = "tdnlint"
main()
"""


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "tdnlint.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"})


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_temp_file_of_a_killed_fix_is_removed_by_the_next_run(tmp_path):
    draft = tmp_path / "du-thao.txt"
    draft.write_text(BAD, encoding="utf-8")
    marker = tmp_path.parent / f"{tmp_path.name}.renaming"
    proc = subprocess.Popen([sys.executable, "-c", _PAUSED_CLI, str(marker), "check", "--no-config", "--no-cache",
                             "--select", "TDN201", "--fix", "du-thao.txt"], cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None and time.monotonic() < deadline, "the fix never reached its rename"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    [left] = [p for p in tmp_path.iterdir() if p.name.startswith(".tdnlint-")]
    assert left.name.endswith(".tmp") and f"-{proc.pid}-" in left.name
    assert draft.read_text(encoding="utf-8") == BAD  # never half-written
    assert "chủ trì, phối hợp" in left.read_text(encoding="utf-8")  # the fixed text was in the temp file

    # An unrelated live run's temp file (this test process's pid) and someone else's file are kept.
    live = tmp_path / f"{temp_prefix()}keep.tmp"
    live.write_text(GOOD, encoding="utf-8")
    (tmp_path / "ghi-chu.tmp").write_text("not ours", encoding="utf-8")

    run = _cli("check", "--no-config", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert [f["path"] for f in json.loads(run.stdout)["files"]] == ["du-thao.txt"]  # litter is never an input
    notes = [ln for ln in run.stderr.splitlines() if "tệp tạm" in ln]
    assert len(notes) == 1 and "đã xóa 1 tệp tạm" in notes[0] and left.name in notes[0]
    assert not left.exists() and live.exists() and (tmp_path / "ghi-chu.tmp").exists()

    again = _cli("check", "--no-config", "--no-cache", "--select", "TDN201", "--fix", "du-thao.txt", cwd=tmp_path)
    assert "tệp tạm" not in again.stderr  # said once, when there was something to remove
    assert "chủ trì, phối hợp" in draft.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["du-thao.txt", live.name, "ghi-chu.tmp"])


def test_old_temp_file_is_stale_whoever_wrote_it(tmp_path):
    from tdnlint.atomic import STALE_AFTER, is_stale, remove_stale_temp_files

    old = tmp_path / ".tdnlint-abc123.tmp"  # the old naming (no host/pid): removed only by age
    old.write_text(GOOD, encoding="utf-8")
    assert not is_stale(str(old))
    past = time.time() - STALE_AFTER - 60
    os.utime(old, (past, past))
    assert remove_stale_temp_files([str(tmp_path)]) == [str(old)] and not old.exists()
