"""Archive-scale checks on a Dask cluster: ``tdnlint check --executor dask`` and ``tdnlint.dask.check``.

Optional (``pip install 'tdnlint[dask]'``); nothing here is imported by a local run.

The files are cut into partitions (lists of paths).  Each worker process builds one engine (plugin
registry, rules) the first time it sees a run's options and reuses it for every partition.  Two
passes, the same as a local run:

1. map: every partition returns the register entries of its files (from the cache when unchanged);
   reduce: the client merges them into one :class:`tdnlint.register.Register`, scattered to every
   worker (``broadcast=True``);
2. map: every partition lints its files with the register (through the cache) and returns its
   ``FileResult`` list — or, for ``--output-format``/the notebook API, a pandas frame with one row
   per finding.

A partition is a pure function of its paths: when a worker dies, Dask re-runs its partitions on
another worker and each file's result is still taken exactly once.  Workers must read the paths
the client gives (same machine, or a shared filesystem at the same mount point).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import threading
from typing import Any

INSTALL_HINT = "cần Dask: pip install 'tdnlint[dask]' (dask[distributed], dask[dataframe], pyarrow)"
PARTITION_FILES = 64

# One row per finding (an unreadable file: one row with rule null and ``error`` set).
COLUMNS: dict[str, str] = {
    "path": "string", "file_hash": "string", "profile": "string", "rule": "string", "name": "string",
    "category": "string", "severity": "string", "line": "Int64", "column": "Int64", "end_line": "Int64",
    "end_column": "Int64", "part": "string", "paragraph": "Int64", "message": "string",
    "suggestion": "string", "text": "string", "error": "string",
}


class DaskUnavailable(RuntimeError):
    pass


def _require() -> None:
    try:
        import dask
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise DaskUnavailable(INSTALL_HINT) from None


# ---- worker side ------------------------------------------------------------------------------

_ENGINES: dict[str, Any] = {}
# A worker with several threads would run two partitions on one engine at once; the checks are pure Python
# (GIL-bound), so partitions of one process run one after the other and threads would gain nothing anyway.
_LOCK = threading.Lock()


def _engine(options_blob: bytes) -> Any:
    """The worker's engine for these run options (plugins imported and rules loaded once per process)."""
    token = hashlib.blake2b(options_blob, digest_size=16).hexdigest()
    engine = _ENGINES.get(token)
    if engine is None:
        from .engine import Engine
        from .plugins import load_registry

        engine = Engine(load_registry(), pickle.loads(options_blob))
        _ENGINES.clear()  # one run at a time per worker: drop the previous run's engine
        _ENGINES[token] = engine
    return engine


def entries_partition(paths: list[str], options_blob: bytes) -> list[dict]:

    with _LOCK:
        return _entries(paths, options_blob)


def _entries(paths: list[str], options_blob: bytes) -> list[dict]:
    from .register import entry_for_path

    engine = _engine(options_blob)
    out = []
    for p in paths:
        e = entry_for_path(engine, p, cache=engine.options.cache)
        if e is not None:
            out.append(e.to_json())
    return out


def lint_partition(paths: list[str], options_blob: bytes, register: Any) -> list[tuple[str | None, Any]]:
    """(file hash, FileResult) per path, in order."""
    with _LOCK:
        return _lint(paths, options_blob, register)


def _lint(paths: list[str], options_blob: bytes, register: Any) -> list[tuple[str | None, Any]]:
    from .cache import cached_lint
    from .engine import _read_bytes
    from .findings import FileResult

    engine = _engine(options_blob)
    engine.options.register = register
    out = []
    for p in paths:
        try:
            data = _read_bytes(p)
        except Exception:
            data = None  # the engine reports why
        digest = hashlib.blake2b(data, digest_size=16).hexdigest() if data is not None else None
        try:
            result = cached_lint(engine, p, data)
        except Exception as exc:  # one file's crash costs that file only
            result = FileResult(path=p, error=f"lỗi nội bộ khi kiểm tra tệp: {exc!r}")
        out.append((digest, result))
    return out


def frame_partition(pairs: list[tuple[str | None, Any]]) -> Any:
    import pandas as pd

    rows = []
    for digest, r in pairs:
        if r.error:
            rows.append({"path": r.path, "file_hash": digest, "profile": r.profile, "error": r.error})
        for f in r.findings:
            rows.append({
                "path": r.path, "file_hash": digest, "profile": r.profile, "rule": f.rule, "name": f.name,
                "category": f.category, "severity": f.severity.value, "line": f.line, "column": f.column,
                "end_line": f.end_line, "end_column": f.end_column, "part": f.part, "paragraph": f.paragraph,
                "message": f.message, "suggestion": f.suggestion, "text": f.text,
            })
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype(COLUMNS)


def summary_partition(pairs: list[tuple[str | None, Any]]) -> list[tuple]:
    """What the exit code needs: (path, error, internal errors, severities)."""
    return [(r.path, r.error, r.internal_errors, [f.severity.value for f in r.findings]) for _, r in pairs]


def meta() -> Any:
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in COLUMNS.items()})


# ---- client side ------------------------------------------------------------------------------

_OWN_CLUSTER: dict[str, Any] = {}


def local_client(n_workers: int = 2) -> Any:
    """A LocalCluster of ``n_workers`` single-threaded processes on loopback, no dashboard."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=40)
    return Client(cluster)


def _partitions(files: list[str], n: int = PARTITION_FILES) -> list[list[str]]:
    return [files[i:i + n] for i in range(0, len(files), n)]


def run(client: Any, engine: Any, files: list[str], *, partition_files: int = PARTITION_FILES) -> tuple[list, Any]:
    """Both passes; returns (the lint futures, one per partition, in order; the register or None)."""
    from .register import Entry, Register, scope_files
    from .repo import register_rules_enabled

    options = engine.options
    files = [f for f in files if f != "-"]
    first = None
    if files:
        try:
            first = engine.settings_for(files[0])
        except Exception:
            first = None
    register = None
    if first is not None and register_rules_enabled(engine, first):
        scope, root = scope_files(files, first)
        blob = pickle.dumps(options)
        futs = client.map(entries_partition, _partitions(scope, partition_files), options_blob=blob)
        register = Register(root=root)
        for chunk in client.gather(futs):
            for e in chunk:
                register.add(Entry.from_json(e))
    options.register = None  # shipped once, scattered, not inside every task's options
    blob = pickle.dumps(options)
    reg_future = client.scatter(register, broadcast=True) if register is not None else None
    options.register = register
    futures = client.map(lint_partition, _partitions(files, partition_files), options_blob=blob,
                         register=reg_future)
    return futures, register


def _options_engine(config: str | None = None, select: list[str] | None = None, ignore: list[str] | None = None,
                    cache_dir: str | None = None, no_cache: bool = False, files: list[str] | None = None) -> Any:
    from .engine import Engine, RunOptions
    from .plugins import load_registry
    from .repo import open_cache

    overrides = {"select": select, "ignore": ignore, "extend_select": None, "profile": None, "lang": None,
                 "fail_on": None}
    engine = Engine(load_registry(), RunOptions(config_file=config, overrides=overrides))
    if files:
        open_cache(engine, files, cache_dir=cache_dir, no_cache=no_cache)
    return engine


def check(paths_or_bag: Any, client: Any = None, *, config: str | None = None, select: list[str] | None = None,
          ignore: list[str] | None = None, cache_dir: str | None = None, no_cache: bool = False,
          partition_files: int = PARTITION_FILES) -> Any:
    """Check files on Dask; a ``dask.dataframe.DataFrame`` of findings (one row per finding, columns
    :data:`COLUMNS`).  ``paths_or_bag``: a path, a list of paths and folders, or a ``dask.bag`` of
    paths.  Without ``client``, the current Dask client, else a 2-worker LocalCluster kept for the
    session."""
    _require()
    import dask.dataframe as dd

    from .engine import discover

    if hasattr(paths_or_bag, "compute") and hasattr(paths_or_bag, "map_partitions"):
        paths = list(paths_or_bag.compute())
    elif isinstance(paths_or_bag, (str, os.PathLike)):
        paths = [os.fspath(paths_or_bag)]
    else:
        paths = [os.fspath(p) for p in paths_or_bag]
    # absolute: the workers of a remote cluster have their own working directory
    files = [os.path.abspath(f) for f in dict.fromkeys(discover(paths))]
    if client is None:
        client = _current_client()
    engine = _options_engine(config, select, ignore, cache_dir, no_cache, files)
    futures, _ = run(client, engine, files, partition_files=partition_files)
    frames = client.map(frame_partition, futures)
    if not frames:
        return dd.from_pandas(meta(), npartitions=1)
    return dd.from_delayed(frames, meta=meta(), verify_meta=False)


def _current_client() -> Any:
    from distributed import get_client

    try:
        return get_client()
    except ValueError:
        pass
    if "client" not in _OWN_CLUSTER:
        _OWN_CLUSTER["client"] = local_client(2)
    return _OWN_CLUSTER["client"]


def cli_run(engine: Any, files: list[str], *, scheduler: str | None, output_format: str | None,
            output: str | None, jobs: int, no_cache: bool, cache_dir: str | None) -> Any:
    """``tdnlint check --executor dask``: the FileResults for the reporters, or (``--output-format``)
    an exit code after writing the partitioned files and a one-line summary."""
    import click

    try:
        _require()
    except DaskUnavailable as exc:
        click.echo(f"tdnlint: --executor dask: {exc}", err=True)
        return 2
    from distributed import Client

    from .repo import open_cache

    if "-" in files:
        click.echo("tdnlint: --executor dask không đọc stdin ('-')", err=True)
        return 2
    if any(getattr(engine.options, n, None) for n in ("fix", "diff", "annotate")):
        click.echo("tdnlint: --executor dask chỉ kiểm tra; --fix/--diff/--annotate chạy cục bộ", err=True)
        return 2
    if scheduler:
        # remote workers have their own working directory: give them absolute paths (reported as such)
        files = [os.path.abspath(f) for f in files]
        cache_dir = os.path.abspath(cache_dir) if cache_dir else None
    open_cache(engine, files, cache_dir=cache_dir, no_cache=no_cache)
    client = Client(scheduler) if scheduler else local_client(jobs if jobs and jobs > 1 else (os.cpu_count() or 2))
    try:
        futures, _ = run(client, engine, files)
        if not output_format:
            return [r for chunk in client.gather(futures) for _, r in chunk]
        frames = client.map(frame_partition, futures)
        summaries = client.map(summary_partition, futures)
        write_frames(client, frames, output_format, output)
        summary = [s for chunk in client.gather(summaries) for s in chunk]
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and not scheduler:
            cluster.close()
    return _summary_exit(engine, summary, output_format, output)


def write_frames(client: Any, frames: list, output_format: str, directory: str) -> None:
    import dask.dataframe as dd

    os.makedirs(directory, exist_ok=True)
    ddf = dd.from_delayed(frames, meta=meta(), verify_meta=False) if frames else dd.from_pandas(meta(), 1)
    if output_format == "parquet":
        ddf.to_parquet(directory, write_index=False, name_function=lambda i: f"part-{i:05d}.parquet")
    else:
        ddf.to_json(os.path.join(directory, "part-*.jsonl"), orient="records", lines=True, force_ascii=False,
                    name_function=lambda i: f"{i:05d}")


def _summary_exit(engine: Any, summary: list[tuple], output_format: str, output: str) -> int:
    import click

    from .config import ConfigError

    n_find = sum(len(s[3]) for s in summary)
    errors = [s for s in summary if s[1]]
    for path, err, _, _ in errors:
        click.echo(f"{path}: lỗi: {err}", err=True)
    click.echo(f"tdnlint: đã kiểm tra {len(summary)} tệp, {n_find} phát hiện → {output} ({output_format})",
               err=True)
    if errors or any(s[2] for s in summary):
        return 2
    ranks = {"error": 3, "warning": 2, "info": 1}
    for path, _, _, sevs in summary:
        try:
            level = engine.settings_for(path).fail_on
        except ConfigError:
            level = "warning"
        fail = engine.options.overrides.get("fail_on") or level
        if any(ranks[s] >= ranks[fail] for s in sevs):
            return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: tdnlint check --executor dask …")
