"""Archive-scale checks on a Dask cluster: ``tdnlint check --executor dask`` and ``tdnlint.dask.check``.

Optional (``pip install 'tdnlint[dask]'``); nothing here is imported by a local run.

The files are cut into partitions (lists of paths).  Each worker process builds one engine (plugin
registry, rules) the first time it sees a run's options and reuses it for every partition.  Two
passes, the same as a local run:

1. register, map → reduce on the workers: every partition returns a small
   :class:`tdnlint.register.Register` of its files' entries (from the cache when unchanged); merge
   tasks fold them eight at a time into one register, which ``client.replicate`` copies to every
   worker.  The client never holds the register;
2. lint: partitions are submitted in file order with at most ``PER_WORKER`` partitions per worker in
   flight; the client takes each partition's results when it is the next one in file order, hands
   them to the reporters (or writes ``part-NNNNN.parquet|jsonl`` for ``--output-format``) and
   releases it.  Memory on the client and the workers is bounded by the window, not the archive.

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
from collections.abc import Iterator
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


def entries_partition(paths: list[str], options_blob: bytes) -> Any:
    """Map step of the register pass: the register of these files' entries."""
    with _LOCK:
        from .register import Register, entry_for_path

        engine = _engine(options_blob)
        reg = Register()
        for p in paths:
            e = entry_for_path(engine, p, cache=engine.options.cache)
            if e is not None:
                reg.add(e)
        return reg


def merge_registers(*parts: Any, root: str | None = None) -> Any:
    """Reduce step: one register of several (runs on a worker; the client never holds the register)."""
    from .register import Register

    out = Register(root=root)
    for part in parts:
        out.merge(part)
    out.root = root
    return out


def lint_partition(paths: list[str], options_blob: bytes, register: Any) -> list[tuple[str | None, Any]]:
    """(file hash, FileResult) per path, in order; no Document is kept (FileResult.document)."""
    with _LOCK:
        return _lint(paths, options_blob, register)


def _lint(paths: list[str], options_blob: bytes, register: Any) -> list[tuple[str | None, Any]]:
    from .cache import cached_lint
    from .engine import _read_bytes
    from .findings import FileResult

    engine = _engine(options_blob)
    # the replicated register object stays in the worker's memory between tasks: its indexes and
    # digests (Register.key_digest) are computed once per worker, not per partition
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
        result.document = None  # the read document stays on the worker (FileResult.document)
        out.append((digest, result))
    return out


def rows_partition(paths: list[str], options_blob: bytes, register: Any) -> tuple[Any, list[tuple]]:
    """For ``--output-format`` and the notebook API: (frame of findings, summary) of a partition."""
    pairs = lint_partition(paths, options_blob, register)
    return frame_partition(pairs), summary_partition(pairs)


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


def _frame_of(paths: list[str], options_blob: bytes, register: Any) -> Any:
    return rows_partition(paths, options_blob, register)[0]


def meta() -> Any:
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in COLUMNS.items()})


# ---- client side ------------------------------------------------------------------------------

_OWN_CLUSTER: dict[str, Any] = {}
# Partitions per worker thread submitted and not yet taken by the client: enough to keep every
# worker busy while the client waits for the next partition in file order, few enough that the
# results held on the workers and the client stay a handful of partitions whatever the archive size.
PER_WORKER = 4
REDUCE_FAN_IN = 8


def local_client(n_workers: int = 2) -> Any:
    """A LocalCluster of ``n_workers`` single-threaded processes on loopback, no dashboard."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=40)
    return Client(cluster)


def _partitions(files: list[str], n: int = PARTITION_FILES) -> list[list[str]]:
    return [files[i:i + n] for i in range(0, len(files), n)]


def _options_blob(engine: Any) -> bytes:
    options = engine.options
    register, options.register = options.register, None  # the register travels as a replicated future
    try:
        return pickle.dumps(options)
    finally:
        options.register = register


def register_future(client: Any, engine: Any, files: list[str], *,
                    partition_files: int = PARTITION_FILES) -> Any:
    """The register pass on the cluster (map → tree reduce on the workers), replicated to every worker;
    None when no cross-document rule is enabled."""
    from .register import scope_files
    from .repo import collect_file_hook, register_rules_enabled

    files = [f for f in files if f != "-"]
    if not files:
        return None
    try:
        first = engine.settings_for(files[0])
    except Exception:
        return None
    if not register_rules_enabled(engine, first):
        return None
    scope, root = scope_files(files, first, collect=collect_file_hook(engine))
    blob = _options_blob(engine)
    parts = client.map(entries_partition, _partitions(scope, partition_files), options_blob=blob, pure=False)
    while True:  # at least one merge: it sets the root and yields one register however few partitions
        parts = [client.submit(merge_registers, *parts[i:i + REDUCE_FAN_IN], root=root, pure=False)
                 for i in range(0, max(len(parts), 1), REDUCE_FAN_IN)]
        if len(parts) == 1:
            break
    reg = parts[0]
    # every worker reads the register for every partition: one copy each, fetched once
    client.replicate([reg])
    return reg


def _window(client: Any, per_worker: int) -> int:
    try:
        threads = sum(client.nthreads().values())
    except Exception:
        threads = 1
    return max(per_worker, per_worker * threads)


def stream(client: Any, engine: Any, files: list[str], *, task: Any = None,
           partition_files: int = PARTITION_FILES, per_worker: int = PER_WORKER) -> Iterator[Any]:
    """Both passes; yields each partition's value (``task``: :func:`lint_partition` by default) in file
    order, with at most ``per_worker`` partitions per worker thread submitted and not yet yielded."""
    from collections import deque

    task = task or lint_partition
    files = [f for f in files if f != "-"]
    reg = register_future(client, engine, files, partition_files=partition_files)
    blob = _options_blob(engine)
    parts = _partitions(files, partition_files)
    window = _window(client, per_worker)
    pending: deque = deque()
    nxt = 0
    while nxt < len(parts) or pending:
        while nxt < len(parts) and len(pending) < window:
            # pure=False: a re-run after the files changed must not be served an old result by key
            pending.append(client.submit(task, parts[nxt], blob, reg, pure=False))
            nxt += 1
        head = pending.popleft()
        try:
            value = head.result()  # Dask re-runs a partition whose worker died (up to its retry limit)
        except Exception as exc:  # e.g. KilledWorker: a file that kills every worker it lands on
            value = _failed(task, parts[nxt - len(pending) - 1], exc)
        head.release()
        yield value
    if reg is not None:
        reg.release()


def _failed(task: Any, paths: list[str], exc: BaseException) -> Any:
    """A partition Dask gave up on: each of its files becomes an error result (exit 2); the run goes on."""
    from .findings import FileResult

    why = f"lỗi khi kiểm tra trên cụm Dask: {type(exc).__name__}: {exc}"
    pairs = [(None, FileResult(path=p, error=why)) for p in paths]
    return (frame_partition(pairs), summary_partition(pairs)) if task is rows_partition else pairs


def results(client: Any, engine: Any, files: list[str], **kw: Any) -> Iterator[Any]:
    """Every file's FileResult, in file order, streamed (see :func:`stream`)."""
    for chunk in stream(client, engine, files, **kw):
        for _, r in chunk:
            yield r


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
    paths.  Folders are searched as ``tdnlint check`` does (plugins' ``tdnlint_collect_file``
    included).  Without ``client``, the current Dask client, else a 2-worker LocalCluster kept for
    the session.  The register pass has run when this returns; the lint pass runs as the frame is
    computed."""
    _require()
    import dask.dataframe as dd

    from .engine import discover
    from .repo import collect_file_hook

    if hasattr(paths_or_bag, "compute") and hasattr(paths_or_bag, "map_partitions"):
        paths = list(paths_or_bag.compute())
    elif isinstance(paths_or_bag, (str, os.PathLike)):
        paths = [os.fspath(paths_or_bag)]
    else:
        paths = [os.fspath(p) for p in paths_or_bag]
    engine = _options_engine(config, select, ignore)
    # absolute: the workers of a remote cluster have their own working directory
    files = [os.path.abspath(f) for f in dict.fromkeys(discover(paths, collect=collect_file_hook(engine)))]
    if files:
        from .repo import open_cache

        open_cache(engine, files, cache_dir=cache_dir, no_cache=no_cache)
    if client is None:
        client = _current_client()
    if not files:
        return dd.from_pandas(meta(), npartitions=1)
    reg = register_future(client, engine, files, partition_files=partition_files)
    blob = _options_blob(engine)
    # lazy: one delayed frame per partition, computed when the user computes the frame
    from dask import delayed

    frames = [delayed(_frame_of, pure=False)(part, blob, reg) for part in _partitions(files, partition_files)]
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
    """``tdnlint check --executor dask``: an iterator of FileResults for the reporters (streamed in
    file order), or (``--output-format``) an exit code after writing the partitioned files and a
    one-line summary."""
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
    if not output_format:
        return _closing(client, scheduler, results(client, engine, files))
    try:
        summary = write_partitions(client, engine, files, output_format, output)
    finally:
        _close(client, scheduler)
    return _summary_exit(engine, summary, output_format, output)


def _close(client: Any, scheduler: str | None) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None and not scheduler:
        cluster.close()


def _closing(client: Any, scheduler: str | None, it: Iterator[Any]) -> Iterator[Any]:
    try:
        yield from it
    finally:
        _close(client, scheduler)


class Summary:
    """What the exit code and the summary line need, folded partition by partition (no list of results)."""

    def __init__(self, engine: Any):
        self.engine = engine
        self.files = self.findings = 0
        self.errors: list[tuple[str, str]] = []
        self.internal = False
        self.failing = False

    def add(self, rows: list[tuple]) -> None:
        from .config import ConfigError

        ranks = {"error": 3, "warning": 2, "info": 1}
        for path, err, internal, sevs in rows:
            self.files += 1
            self.findings += len(sevs)
            if err:
                self.errors.append((path, err))
            self.internal = self.internal or bool(internal)
            if sevs and not self.failing:
                try:
                    level = self.engine.settings_for(path).fail_on
                except ConfigError:
                    level = "warning"
                fail = self.engine.options.overrides.get("fail_on") or level
                self.failing = any(ranks[s] >= ranks[fail] for s in sevs)


def write_partitions(client: Any, engine: Any, files: list[str], output_format: str, directory: str,
                     **kw: Any) -> Summary:
    """``--output-format parquet|jsonl``: one file per partition, written by the client as each
    partition arrives in file order (atomic: temporary file, then rename)."""
    import glob

    ext = "parquet" if output_format == "parquet" else "jsonl"
    os.makedirs(directory, exist_ok=True)
    for old in glob.glob(os.path.join(directory, f"part-*.{ext}")):
        os.unlink(old)  # a previous run with more partitions must not leave its tail behind
    summary = Summary(engine)
    for i, (frame, rows) in enumerate(stream(client, engine, files, task=rows_partition, **kw)):
        path = os.path.join(directory, f"part-{i:05d}.{ext}")
        tmp = os.path.join(directory, f".part-{i:05d}.{ext}.{os.getpid()}.tmp")
        if ext == "parquet":
            frame.to_parquet(tmp, index=False)
        else:
            frame.to_json(tmp, orient="records", lines=True, force_ascii=False)
        os.replace(tmp, path)
        summary.add(rows)
    return summary


def _summary_exit(engine: Any, summary: Summary, output_format: str, output: str) -> int:
    import click

    for path, err in summary.errors:
        click.echo(f"{path}: lỗi: {err}", err=True)
    click.echo(f"tdnlint: đã kiểm tra {summary.files} tệp, {summary.findings} phát hiện → {output} ({output_format})",
               err=True)
    if summary.errors or summary.internal:
        return 2
    return 1 if summary.failing else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: tdnlint check --executor dask …")
