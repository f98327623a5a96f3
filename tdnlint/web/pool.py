"""A bounded pool of worker processes with a time limit per job.

Checks run in separate processes, not threads: a pathological file (or a rule that loops) can be
stopped by killing its worker, and the other workers go on serving.  Each worker loads the plugin
registry once and then takes one job at a time over a pipe; a worker that misses the time limit or
dies is killed and replaced, and only the request it was serving gets an error.

The pool is used from threads (one per waiting request, see ``app.py``): ``run`` blocks.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any


class PoolBusy(Exception):
    """No worker became free within the time limit."""


class JobTimeout(Exception):
    """The job ran past the time limit; its worker was killed."""


class WorkerDied(Exception):
    """The worker process ended while running the job (e.g. out of memory)."""


class _NotSent(Exception):
    """The worker was gone before the job reached it (safe to retry)."""


def _context():
    # forkserver: workers are forked from a small single-threaded server process, never from the
    # web server's threads; spawn where fork is not available (Windows).
    methods = mp.get_all_start_methods()
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


def _worker_main(conn) -> None:
    """Worker loop: load the registry once, then run jobs until told to stop (``None``)."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the server, which stops us
    except (ValueError, OSError):
        pass
    from .worker import load_state, run_job

    state = load_state()
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            out = ("ok", run_job(state, job))
        except BaseException as exc:  # reported as a one-line internal error, never a traceback
            out = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(out)
        except (OSError, ValueError):
            return


@dataclass
class _Worker:
    process: Any
    conn: Any
    ready: bool = False


class WorkerPool:
    def __init__(self, size: int, timeout: float):
        self.size = max(1, size)
        self.timeout = timeout
        self._ctx = _context()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._all: list[_Worker] = []
        self._closed = False
        for _ in range(self.size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child,), daemon=True, name="tdnlint-web-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        with self._lock:
            self._all.append(w)
        return w

    def _kill(self, w: _Worker) -> None:
        with self._lock:
            if w in self._all:
                self._all.remove(w)
        try:
            w.process.kill()
            w.process.join(5)
        except Exception:
            pass
        try:
            w.conn.close()
        except Exception:
            pass

    def _replace(self, w: _Worker) -> None:
        self._kill(w)
        if not self._closed:
            self._idle.put(self._start())

    def run(self, job: dict) -> Any:
        """Run ``job`` on a free worker; raises PoolBusy, JobTimeout or WorkerDied (or RuntimeError for
        an exception inside the job, with a one-line message)."""
        try:
            return self._run_once(job)
        except _NotSent:
            # the worker had died while idle (killed from outside, out of memory earlier): one more try
            # on its replacement, the job never started
            try:
                return self._run_once(job)
            except _NotSent as exc:
                raise WorkerDied(str(exc)) from None

    def _run_once(self, job: dict) -> Any:
        deadline = time.monotonic() + self.timeout
        try:
            w = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise PoolBusy() from None
        sent = False
        try:
            if not w.ready:
                # A fresh worker loads the rules first (a second or so); that wait is not the job's.
                if not w.conn.poll(max(self.timeout, 60.0)):
                    raise WorkerDied("worker did not start")
                w.conn.recv()
                w.ready = True
                deadline = time.monotonic() + self.timeout
            w.conn.send(job)
            sent = True
            if not w.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(w)
                w = None
                raise JobTimeout()
            status, value = w.conn.recv()
        except (EOFError, OSError, BrokenPipeError, WorkerDied) as exc:
            if w is not None:
                self._replace(w)
                w = None
            if not sent:
                raise _NotSent(str(exc)) from None
            raise WorkerDied(str(exc)) from None
        finally:
            if w is not None:
                self._idle.put(w)
        if status == "error":
            raise RuntimeError(value)
        return value

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for w in workers:
            try:
                w.conn.send(None)
            except Exception:
                pass
        for w in workers:
            w.process.join(2)
            if w.process.is_alive():
                self._kill(w)
            else:
                try:
                    w.conn.close()
                except Exception:
                    pass


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
