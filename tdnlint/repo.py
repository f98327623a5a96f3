"""Run-level glue for the document register and the cache (docs/repo.md).

``prepare_run`` is called once by ``tdnlint check`` after the files are discovered: it opens the
cache and, when a cross-document rule is enabled, builds the register of the tree (first pass,
cached per file) and puts both on the run options, where the engine and the ``--jobs`` workers
find them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

from .register import REPOSITORY_SECONDS, Entry, ReadAhead, Register, build_register, scope_files


def register_rules_enabled(engine: Any, settings: Any) -> bool:
    enabled = engine._enabled_codes(settings)
    return any(getattr(rule, "needs_register", False) and code in enabled
               for code, rule in engine.registry.rules.items())


def _first_settings(engine: Any, files: list[str]) -> Any:
    from .config import ConfigError

    real = [f for f in files if f != "-"]
    try:
        return engine.settings_for(real[0]) if real else None
    except ConfigError:
        return None


def open_cache(engine: Any, files: list[str], *, cache_dir: str | None = None, no_cache: bool = False) -> None:
    """Put the run's cache on the options (``.tdnlint_cache`` next to the config, or ``cache_dir``)."""
    from .cache import Cache, default_cache_dir

    real = [f for f in files if f != "-"]
    if no_cache or not real:
        return
    directory = cache_dir or default_cache_dir(real, _first_settings(engine, real))
    engine.options.cache = Cache.open(directory, engine.registry)


def prepare_run(engine: Any, files: list[str], *, cache_dir: str | None = None, no_cache: bool = False,
                jobs: int = 1) -> PassPool | None:
    """Open the cache and build the register.

    When the lint pass runs in this process (``jobs`` ≤ 1 or a single file), the documents the
    register pass reads are handed to it (``engine.read_ahead``, a bounded ReadAhead): each
    checked file is read and segmented once, not twice.  With ``jobs`` > 1 (and fork), both passes
    run on a PassPool, returned for the lint pass (``PassPool.results``); None otherwise."""
    open_cache(engine, files, cache_dir=cache_dir, no_cache=no_cache)
    first = _first_settings(engine, files)
    if first is None or not register_rules_enabled(engine, first):
        return None
    reusable = not engine.registry.has_hook("tdnlint_document_read")
    pool = None
    keep = None
    if jobs > 1 and len(files) > 1 and reusable and hasattr(os, "fork") and "-" not in files:
        pool = PassPool(engine, files, jobs)
    elif (jobs <= 1 or len(files) <= 1) and reusable:
        keep = engine.read_ahead = ReadAhead()
    try:
        engine.options.register = collect_register(engine, files, first, cache=engine.options.cache, jobs=jobs,
                                                   keep=keep, pool=pool)
    except BaseException:
        if pool is not None:
            pool.close()
        raise
    return pool


def collect_file_hook(engine: Any) -> Any:
    """The plugins' ``tdnlint_collect_file`` (claim or skip a file found in a folder), or None."""
    reg = engine.registry
    return reg.collect_file if reg.has_hook("tdnlint_collect_file") else None


def collect_register(engine: Any, files: list[str], settings: Any, *, cache: Any = None, jobs: int = 1,
                     keep: ReadAhead | None = None, pool: PassPool | None = None) -> Register:
    scope, root = scope_files(files, settings, collect=collect_file_hook(engine))
    checked = len(files)
    # the checked files always (their documents kept for the lint pass: offered to ``keep``, or by the
    # workers of ``pool``); the rest of the repository within a time budget
    if pool is not None:
        reg = pool.register()
    else:
        reg = build_register(engine, scope[:checked], cache=cache, jobs=jobs, keep=keep)
    if len(scope) > checked:
        rest = build_register(engine, scope[checked:], cache=cache, jobs=jobs,
                              deadline=time.monotonic() + REPOSITORY_SECONDS)
        for e in rest:
            reg.add(e)
        reg.truncated = rest.truncated
    reg.root = root
    return reg


# ---- --jobs N: one pool for both passes ------------------------------------------------------------

_CHUNK = 8  # files per task, as the register pass's pool
_WORKER: dict[str, Any] = {}


def _worker_init(engine: Any, budget: int) -> None:
    # fork: the parent's engine (registry, settings memo, cache) is inherited, nothing is pickled
    from .register import ReadAhead

    engine.read_ahead = ReadAhead(budget)
    _WORKER["engine"] = engine


def _worker_entries(paths: list[str]) -> list[dict | None]:
    from .register import entry_for_path

    engine = _WORKER["engine"]
    out = []
    for p in paths:
        e = entry_for_path(engine, p, cache=engine.options.cache, keep=engine.read_ahead)
        out.append(e.to_json() if e is not None else None)
    return out


def _worker_register(data: dict) -> None:
    _WORKER["engine"].options.register = Register.from_json(data)


def _worker_lint(paths: list[str], process: Any) -> list:
    engine = _WORKER["engine"]
    return [process(engine, p) for p in paths]


class PassPool:
    """``--jobs N`` with a register: N worker processes, each building the register entries of the files it
    is given (pass 1) and then linting those same files (pass 2) with the documents it kept (ReadAhead).

    One single-process executor per worker, so the parent decides which worker gets a chunk: pass 1 hands
    the next chunk of 8 files to whichever worker has finished one (at most 2 outstanding each), pass 2
    gives every chunk back to the worker that read it.  The register (the reduce, in file order) is sent
    to each worker once, ahead of its pass-2 chunks; results are yielded in file order.  The budget of
    the kept documents is shared: READ_AHEAD_BYTES / N per worker."""

    def __init__(self, engine: Any, files: list[str], jobs: int):
        import concurrent.futures as cf
        import multiprocessing as mp

        from . import register as _register

        self.files = files
        # 8 to 64 files per task: about 16 tasks per worker (fewer round trips on a large tree)
        size = max(_CHUNK, min(8 * _CHUNK, len(files) // (16 * max(1, jobs))))
        self.chunks = [files[i:i + size] for i in range(0, len(files), size)]
        self.owner: list[int] = [0] * len(self.chunks)
        ctx = mp.get_context("fork")
        n = max(1, min(jobs, len(self.chunks)))
        budget = _register.READ_AHEAD_BYTES // n
        self.workers = [cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_worker_init,
                                               initargs=(engine, budget)) for _ in range(n)]

    def register(self, root: str | None = None) -> Register:
        """Pass 1: the register of ``files`` (entries added in file order: the serial register)."""
        import concurrent.futures as cf

        parts: list[list[dict | None]] = [[] for _ in self.chunks]
        pending: dict[Any, tuple[int, int]] = {}
        queue = iter(range(len(self.chunks)))

        def submit(w: int) -> None:
            i = next(queue, None)
            if i is not None:
                self.owner[i] = w
                pending[self.workers[w].submit(_worker_entries, self.chunks[i])] = (i, w)

        for _ in range(2):  # two chunks in flight per worker, dealt round robin
            for w in range(len(self.workers)):
                submit(w)
        while pending:
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                i, w = pending.pop(fut)
                parts[i] = fut.result()
                submit(w)
        reg = Register(root=root)
        for part in parts:
            for e in part:
                if e is not None:
                    reg.add(Entry.from_json(e))
        return reg

    def results(self, register: Register, process: Any) -> Iterator[Any]:
        """Pass 2: each chunk linted by the worker that read it (``process(engine, path)``), in file order."""
        data = register.to_json()
        for w in self.workers:
            w.submit(_worker_register, data)  # one task queue per worker: runs before its chunks below
        futures = [self.workers[self.owner[i]].submit(_worker_lint, chunk, process)
                   for i, chunk in enumerate(self.chunks)]
        try:
            for fut in futures:
                yield from fut.result()
        finally:
            self.close()

    def close(self) -> None:
        for w in self.workers:
            w.shutdown(wait=True, cancel_futures=True)
