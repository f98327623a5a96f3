"""``-o /dev/null`` (or a FIFO, /dev/stdout) must write into it, never rename a temporary file over it:
that replaced /dev/null itself with a regular file on a shared machine."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from tdnlint.atomic import atomic_write_text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_report_written_to_a_fifo_goes_through_it_and_the_fifo_stays(tmp_path):
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    atomic_write_text(str(fifo), '{"files": []}\n')
    reader.join(10)
    assert got == [b'{"files": []}\n']
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not a regular file put in its place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pipe"]  # no temporary file left
