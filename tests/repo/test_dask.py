"""The Dask executor: the same findings as a local run, on a 2-worker LocalCluster (loopback only).

One cluster for the whole module (a few seconds to start).  Needs the dask extra
(pip install -e '.[test,dask]', what .ci/run installs)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, needs_shared, registry

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from tdnlint import dask as tdask  # noqa: E402
from tdnlint.engine import Engine, RunOptions, discover  # noqa: E402

from .helpers import check_json, copy_office, plain  # noqa: E402


@pytest.fixture(scope="module")
def client():
    c = tdask.local_client(2)
    yield c
    cluster = c.cluster
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tree")
    copy_office(root / "xa_an_phu")
    copy_office(root / "binh_minh", FIXTURES / "repo" / "clean")
    for f in sorted((FIXTURES / "citations").glob("*.txt"))[:30]:
        (root / "citations").mkdir(exist_ok=True)
        (root / "citations" / f.name).write_bytes(f.read_bytes())
    return root


def _address(client) -> str:
    return client.scheduler.address


def _cli(*args: str) -> tuple[int, str, str]:
    """The CLI in this process (no interpreter start, Dask already imported)."""
    from click.testing import CliRunner

    from tdnlint.cli import main

    res = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    return res.exit_code, res.stdout, res.stderr


def _dask_json(client, *args: str) -> tuple[int, dict]:
    import json

    code, out, _ = _cli("--format", "json", "--no-cache", "--executor", "dask", "--scheduler", _address(client),
                        *args)
    return code, json.loads(out)


@pytest.fixture(scope="module")
def local(tree) -> dict:
    return check_json("--no-cache", str(tree))[1]


def test_cli_on_dask_gives_the_local_findings(client, tree, local):
    code, remote = _dask_json(client, str(tree))
    assert code == 1
    assert plain(remote) == plain(local)
    assert remote["summary"] == local["summary"]


def test_text_report_on_dask_is_the_local_text_report(client, tree):
    from tdnlint.cli import main  # noqa: F401  (imported once: the CLI below runs in this process)

    local_code, local_out, _ = _cli("--no-cache", str(tree))
    code, out, _ = _cli("--no-cache", "--executor", "dask", "--scheduler", _address(client), str(tree))
    assert (code, out) == (local_code, local_out)
    assert "TDN380" in out


def _local_results(files: list[str]) -> list:
    from tdnlint.repo import prepare_run

    engine = Engine(registry(), RunOptions())
    prepare_run(engine, files, no_cache=True)
    return [engine.process(f) for f in files]


def _same(a: list, b: list) -> None:
    assert [r.path for r in a] == [r.path for r in b]
    assert [(r.error, [f.to_json() for f in r.findings]) for r in a] == \
        [(r.error, [f.to_json() for f in r.findings]) for r in b]


def test_many_small_partitions_and_a_two_level_reduce_give_the_local_findings(client, tree):
    files = list(discover([str(tree)]))
    assert len(files) > 3 * tdask.REDUCE_FAN_IN  # > 8 partitions of 3: the register is merged in two levels
    remote = list(tdask.results(client, Engine(registry(), RunOptions()), files, partition_files=3))
    _same(remote, _local_results(files))
    assert any(f.rule == "TDN383" for r in remote for f in r.findings)


def test_a_partition_dask_gives_up_on_becomes_error_results_and_the_run_goes_on(client, tree):
    files = list(discover([str(tree)]))[:6]

    def lint_or_fail(paths, blob, register):  # nested: pickled by value for the workers
        from tdnlint.dask import lint_partition

        if any(p.endswith(paths_failing) for p in paths):
            raise RuntimeError("hỏng")
        return lint_partition(paths, blob, register)

    paths_failing = os.path.basename(files[2])
    got = [r for chunk in tdask.stream(client, Engine(registry(), RunOptions()), files, task=lint_or_fail,
                                       partition_files=2) for _, r in chunk]
    assert [r.path for r in got] == files
    assert [bool(r.error) for r in got] == [False, False, True, True, False, False]
    assert "hỏng" in got[2].error
    assert all(r.document is None for r in got)  # the client never holds a read document


def test_parquet_and_jsonl_rows_are_the_findings(client, tree, local, tmp_path):
    import pandas as pd

    want = sorted((Path(f["path"]).name, x["rule"], x["line"], x["column"]) for f in local["files"]
                  for x in f["findings"])
    for fmt in ("parquet", "jsonl"):
        out = tmp_path / fmt
        code, stdout, stderr = _cli("--no-cache", "--executor", "dask", "--scheduler", _address(client),
                                    "--output-format", fmt, "-o", str(out), str(tree))
        assert code == 1, stderr
        assert stdout == ""
        assert f"{len(want)} phát hiện" in stderr
        if fmt == "parquet":
            df = pd.read_parquet(out)
        else:
            df = pd.concat([pd.read_json(p, lines=True) for p in sorted(out.glob("*.jsonl"))])
        got = sorted((Path(r.path).name, r.rule, r.line, r.column) for r in df.itertuples())
        assert got == want
        assert set(df.columns) >= {"path", "file_hash", "rule", "category", "severity", "line", "column", "profile"}
        assert df["file_hash"].str.len().eq(32).all()


def test_notebook_api_returns_a_dask_dataframe_of_findings(client, tree, local):
    import dask.dataframe as dd

    ddf = tdask.check(str(tree), client=client, no_cache=True)
    assert isinstance(ddf, dd.DataFrame)
    df = ddf.compute()
    assert len(df) == local["summary"]["findings"]
    assert set(df["rule"]) >= {"TDN380", "TDN383", "TDN385"}
    bag = __import__("dask.bag", fromlist=["from_sequence"]).from_sequence(
        sorted(str(p) for p in (tree / "xa_an_phu").glob("*.txt")), npartitions=2)
    assert set(tdask.check(bag, client=client, no_cache=True).compute()["rule"]) >= {"TDN380", "TDN383"}


def test_a_worker_killed_mid_run_loses_no_file_and_counts_none_twice(client, tree):
    files = list(discover([str(tree)]))
    # the streaming path the CLI uses: one file per partition, two partitions per worker in flight
    stream = tdask.results(client, Engine(registry(), RunOptions()), files, partition_files=1, per_worker=2)
    results = [next(stream)]  # the run is under way: the window's partitions sit on the workers
    pids = client.run(os.getpid)
    victim = next(a for a, pid in pids.items() if pid != os.getpid())
    os.kill(pids[victim], signal.SIGKILL)  # Dask re-runs that worker's partitions elsewhere
    results += list(stream)
    assert [r.path for r in results] == files  # every file once, in order
    deadline = time.monotonic() + 30
    while len(client.scheduler_info()["workers"]) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)  # the nanny restarts the worker for the next tests
    again = list(tdask.results(client, Engine(registry(), RunOptions()), files))
    assert [[f.to_json() for f in r.findings] for r in results] == [[f.to_json() for f in r.findings] for r in again]
    assert sum(len(r.findings) for r in results) > 0


def test_the_stream_keeps_a_bounded_window_of_partitions_in_flight(client, tree):
    files = list(discover([str(tree)]))
    seen: list[int] = []
    stream = tdask.stream(client, Engine(registry(), RunOptions()), files, partition_files=1, per_worker=1)
    for _ in stream:
        # lint tasks the scheduler knows of: a window of 2 workers x 1 (the one just taken is released)
        seen.append(client.run_on_scheduler(
            lambda dask_scheduler: sum(1 for k in dask_scheduler.tasks if str(k).startswith("lint_partition"))))
    assert len(seen) == len(files)
    assert max(seen) <= 4  # (+ a released one the scheduler has not forgotten yet)


def test_plugin_collect_file_hook_is_honoured_by_dask_discovery(client, tmp_path, monkeypatch):
    from tdnlint import plugins
    from tdnlint.api import hookimpl

    root = copy_office(tmp_path / "o")
    (root / "ghi-chu.txt").write_text("Ghi chú nội bộ, không phải văn bản.\n", encoding="utf-8")
    (root / "bien-ban.vb").write_bytes((root / "kh_18_ngay_hoi.txt").read_bytes())

    class Pack:  # skips notes, claims its own extension
        @hookimpl
        def tdnlint_collect_file(self, path):
            name = os.path.basename(path)
            return False if name.startswith("ghi-chu") else True if name.endswith(".vb") else None

    real_load = plugins.load_registry
    monkeypatch.setattr(plugins, "load_registry", lambda *a, **k: real_load([Pack()], *a[1:], **k))
    df = tdask.check(str(root), client=client, no_cache=True).compute()
    names = set(df["path"].map(os.path.basename))
    assert "bien-ban.vb" in names
    assert "ghi-chu.txt" not in names


def test_without_dask_the_option_says_how_to_install_it(tmp_path):
    f = copy_office(tmp_path / "o") / "kh_18_ngay_hoi.txt"
    code = ("import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None\n"
            "from tdnlint.cli import main\n"
            f"main(['check', '--no-cache', '--executor', 'dask', {str(f)!r}])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "tdnlint: --executor dask: cần Dask: pip install 'tdnlint[dask]' (dask[distributed], dask[dataframe], pyarrow)"]


@needs_shared
def test_a_corpus_sample_gives_the_local_findings(client, tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    from corpus import extract

    paths = extract(tmp_path / "corpus", "all", limit=16)
    folder = str(tmp_path / "corpus")
    assert len(paths) == 16
    _, local = check_json("--no-cache", folder)
    _, remote = _dask_json(client, folder)
    assert plain(remote) == plain(local)
    assert local["summary"]["findings"] > 0
    # and through the API, five partitions of four files
    files = list(discover([folder]))
    _same(list(tdask.results(client, Engine(registry(), RunOptions()), files, partition_files=4)),
          _local_results(files))
