"""One read per file: the lint pass takes the document (and its analyses) the register pass read.

The findings must be those of a fresh read — the cross-document rules TDN380–385 included — and a
file changed between the two passes, a budget too small to keep anything, or a ``--jobs`` pool must
fall back to reading the file again.
"""

from __future__ import annotations

from conftest import registry

from tdnlint.engine import Engine, RunOptions, discover
from tdnlint.register import ReadAhead
from tdnlint.repo import prepare_run

from .helpers import CROSS, copy_office


def _run(files: list[str], *, read_ahead: bool = True, jobs: int = 1, cache_dir=None):
    engine = Engine(registry(), RunOptions(no_config=True))
    prepare_run(engine, files, no_cache=cache_dir is None, cache_dir=cache_dir, jobs=jobs)
    if not read_ahead:
        engine.read_ahead = None
    return engine


def _findings(engine: Engine, files: list[str]) -> list:
    out = []
    for f in files:
        r = engine.process(f)
        out.append((f, r.error, [(x.rule, x.line, x.column, x.message, x.suggestion,
                                  x.fix.edits if x.fix else None) for x in r.findings]))
    return out


def _office(tmp_path) -> list[str]:
    return list(discover([str(copy_office(tmp_path / "office"))]))


def test_the_lint_pass_takes_the_register_pass_documents_and_finds_the_same(tmp_path):
    files = _office(tmp_path)
    fresh = _run(files, read_ahead=False)
    reused = _run(files)
    ahead = reused.read_ahead
    assert isinstance(ahead, ReadAhead) and ahead.kept == len(files)
    expected, got = _findings(fresh, files), _findings(reused, files)
    assert got == expected
    assert ahead.taken == len(files) and ahead.pending == 0 and ahead.used == 0  # every file read once
    rules = {x[0] for _, _, fs in got for x in fs}
    assert rules & set(CROSS), rules  # the cross-document rules still see the register


def test_a_file_changed_between_the_passes_is_read_again(tmp_path):
    files = _office(tmp_path)
    engine = _run(files)
    target = files[0]
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("\nDòng thêm sau lượt đọc sổ,có dấu phẩy dính.\n")
    got = _findings(engine, files)
    assert engine.read_ahead.taken == len(files) - 1
    fresh = _run(files, read_ahead=False)
    fresh.options.register = engine.options.register  # the register of the first read, as the run had
    assert got == _findings(fresh, files)
    assert any(x[0] == "TDN201" for x in got[0][2])  # the new line was linted


def test_a_budget_too_small_keeps_nothing_and_changes_nothing(tmp_path, monkeypatch):
    import tdnlint.register

    files = _office(tmp_path)
    monkeypatch.setattr(tdnlint.register, "READ_AHEAD_BYTES", 1)
    engine = _run(files)
    assert engine.read_ahead.kept == 0
    assert _findings(engine, files) == _findings(_run(files, read_ahead=False), files)


def _probe() -> tuple[int, int, int]:
    """(kept, taken, pending) of a PassPool worker's ReadAhead (runs in the worker)."""
    from tdnlint.repo import _WORKER

    ahead = _WORKER["engine"].read_ahead
    return ahead.kept, ahead.taken, ahead.pending


def test_jobs_2_each_worker_lints_the_files_it_read_with_the_serial_findings(tmp_path):
    from tdnlint.cli import process_file
    from tdnlint.repo import PassPool

    files = _office(tmp_path)
    files += list(discover([str(copy_office(tmp_path / "office2"))]))
    serial = _run(files)
    expected = _findings(serial, files)
    engine = Engine(registry(), RunOptions(no_config=True))
    pool = prepare_run(engine, files, no_cache=True, jobs=2)
    assert isinstance(pool, PassPool) and engine.read_ahead is None  # the parent keeps nothing
    assert engine.options.register.digest() == serial.options.register.digest()  # the serial register
    assert sorted(set(pool.owner)) == [0, 1]  # both workers read files
    data = engine.options.register.to_json()
    for w in pool.workers:  # what PassPool.results does, with a look at each worker's ReadAhead after
        w.submit(_register_in_worker, data)
    futures = [pool.workers[pool.owner[i]].submit(_lint_in_worker, c) for i, c in enumerate(pool.chunks)]
    results = [r for f in futures for r in f.result()]
    stats = [w.submit(_probe).result() for w in pool.workers]
    pool.close()
    assert sum(k for k, _, _ in stats) == len(files) and all(k == t and p == 0 for k, t, p in stats)
    got = [(f, r.error, [(x.rule, x.line, x.column, x.message, x.suggestion, x.fix.edits if x.fix else None)
                         for x in r.findings]) for f, r in zip(files, results, strict=True)]
    assert got == expected
    engine = Engine(registry(), RunOptions(no_config=True))
    pool = prepare_run(engine, files, no_cache=True, jobs=2)
    assert [r.path for r in pool.results(engine.options.register, process_file)] == files


def _register_in_worker(data):
    from tdnlint.repo import _worker_register

    _worker_register(data)


def _lint_in_worker(paths):
    from tdnlint.cli import process_file
    from tdnlint.repo import _worker_lint

    return _worker_lint(paths, process_file)


def test_no_read_ahead_without_a_register_or_for_a_single_file_pool(tmp_path):
    files = _office(tmp_path)
    assert _run(files[:1], jobs=2).read_ahead is not None  # one file: linted here, no pool
    engine = Engine(registry(), RunOptions(no_config=True, overrides={"select": ["TDN2"]}))
    assert prepare_run(engine, files, no_cache=True, jobs=2) is None
    assert engine.read_ahead is None


def test_the_result_cache_still_works_with_the_read_ahead(tmp_path):
    files = _office(tmp_path)
    cache = str(tmp_path / "cache")
    first = _run(files, cache_dir=cache)
    expected = _findings(first, files)
    assert first.read_ahead.taken == len(files)
    second = _run(files, cache_dir=cache)  # every entry from the cache: nothing read, nothing kept
    assert second.read_ahead.kept == 0
    assert _findings(second, files) == expected
    assert second.options.cache.hits >= 2 * len(files) and second.options.cache.misses == 0
