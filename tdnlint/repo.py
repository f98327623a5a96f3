"""Run-level glue for the document register and the cache (docs/repo.md).

``prepare_run`` is called once by ``tdnlint check`` after the files are discovered: it opens the
cache and, when a cross-document rule is enabled, builds the register of the tree (first pass,
cached per file) and puts both on the run options, where the engine and the ``--jobs`` workers
find them.
"""

from __future__ import annotations

import time
from typing import Any

from .register import REPOSITORY_SECONDS, ReadAhead, Register, build_register, scope_files


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
                jobs: int = 1) -> None:
    """Open the cache and build the register (with ``jobs`` > 1: its first pass on a process pool).

    When the lint pass runs in this process (``jobs`` ≤ 1 or a single file), the documents the
    register pass reads are handed to it (``engine.read_ahead``, a bounded ReadAhead): each
    checked file is read and segmented once, not twice."""
    open_cache(engine, files, cache_dir=cache_dir, no_cache=no_cache)
    first = _first_settings(engine, files)
    if first is None or not register_rules_enabled(engine, first):
        return
    keep = None
    if (jobs <= 1 or len(files) <= 1) and not engine.registry.has_hook("tdnlint_document_read"):
        keep = engine.read_ahead = ReadAhead()
    engine.options.register = collect_register(engine, files, first, cache=engine.options.cache, jobs=jobs,
                                               keep=keep)


def collect_file_hook(engine: Any) -> Any:
    """The plugins' ``tdnlint_collect_file`` (claim or skip a file found in a folder), or None."""
    reg = engine.registry
    return reg.collect_file if reg.has_hook("tdnlint_collect_file") else None


def collect_register(engine: Any, files: list[str], settings: Any, *, cache: Any = None, jobs: int = 1,
                     keep: ReadAhead | None = None) -> Register:
    scope, root = scope_files(files, settings, collect=collect_file_hook(engine))
    checked = len(files)
    # the checked files always (their documents offered to ``keep`` for the lint pass); the rest of the
    # repository within a time budget
    reg = build_register(engine, scope[:checked], cache=cache, jobs=jobs, keep=keep)
    if len(scope) > checked:
        rest = build_register(engine, scope[checked:], cache=cache, jobs=jobs,
                              deadline=time.monotonic() + REPOSITORY_SECONDS)
        for e in rest:
            reg.add(e)
        reg.truncated = rest.truncated
    reg.root = root
    return reg
