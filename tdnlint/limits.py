"""Per-file bounds: time, paragraphs, findings.  Every input gets an answer in bounded time and memory.

A real draft has a few thousand paragraphs and a few hundred findings; the limits sit far above that and
far below what exhausts a laptop (docs/reader.md lists the measured figures).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# A 300-page code of law has ~20,000 paragraphs.  Each paragraph costs a few hundred bytes plus its
# analyses, so 100,000 keeps a file well under the memory bound; more is not a document to check.
MAX_PARAGRAPHS = 100_000
# After this many findings of one rule in one file, one summary finding says how many more there are.
MAX_FINDINGS_PER_RULE = 500
DEFAULT_TIMEOUT_PER_FILE = 60.0  # seconds, --timeout-per-file


class FileTimeout(BaseException):
    """The per-file time budget ran out.  A BaseException, so no ``except Exception`` in a rule or an
    analysis swallows it."""


def too_many_paragraphs(count: int) -> str:
    def n(x: int) -> str:
        return f"{x:,}".replace(",", ".")  # Vietnamese thousands separator

    return f"quá nhiều đoạn văn ({n(count)} đoạn; tối đa {n(MAX_PARAGRAPHS)}), không phải một văn bản cần kiểm tra"


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`FileTimeout` in the body after ``seconds`` (wall clock).

    Uses SIGALRM, so it works in the main thread of a process (the CLI, and each ``--jobs`` worker,
    which runs its tasks in its main thread); elsewhere (a thread of an embedding program) or
    without a budget it does nothing.  Python checks signals between bytecodes and inside the
    regular-expression engine, so a slow rule or a pathological pattern is interrupted too.
    """
    usable = (
        seconds is not None and seconds > 0 and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def on_alarm(_signum, _frame):
        raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
