"""The incremental cache: identical results, re-use of unchanged files, precise invalidation, safety."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import registry

from tdnlint.cache import Cache, cached_lint
from tdnlint.engine import Engine, RunOptions, discover
from tdnlint.repo import prepare_run

from .helpers import check_json, copy_office, plain


def _engine(folder: Path, cache_dir: Path) -> tuple[Engine, list[str]]:
    engine = Engine(registry(), RunOptions(no_config=True))
    files = list(discover([str(folder)]))
    prepare_run(engine, files, cache_dir=str(cache_dir))
    return engine, files


def _run(folder: Path, cache_dir: Path):
    engine, files = _engine(folder, cache_dir)
    cache: Cache = engine.options.cache
    calls = []
    real = engine.lint_path
    engine.lint_path = lambda p, data=None: (calls.append(os.path.basename(p)), real(p, data))[1]
    results = [cached_lint(engine, f) for f in files]
    return results, sorted(calls), cache


def _data(results):
    from tdnlint.cache import result_to_json

    return [result_to_json(r) for r in results]


def test_results_are_identical_with_and_without_the_cache(tmp_path):
    folder = copy_office(tmp_path / "office")
    cache_dir = tmp_path / "cache"
    _, cold = check_json("--no-cache", str(folder))
    _, first = check_json("--cache-dir", str(cache_dir), str(folder))
    _, warm = check_json("--cache-dir", str(cache_dir), str(folder))
    assert plain(first) == plain(cold)
    assert plain(warm) == plain(cold)
    assert warm["summary"] == cold["summary"]
    assert any((cache_dir / "v1" / "r").rglob("*.json"))


def test_an_unchanged_tree_is_served_from_the_cache(tmp_path):
    folder = copy_office(tmp_path / "office")
    first, linted, _ = _run(folder, tmp_path / "c")
    assert len(linted) == 7
    again, linted, cache = _run(folder, tmp_path / "c")
    assert linted == []  # nothing read twice
    assert _data(again) == _data(first)
    assert cache.hits >= 14  # 7 register entries + 7 results


def test_a_changed_document_re_checks_only_the_files_that_depend_on_it(tmp_path):
    folder = copy_office(tmp_path / "office")
    _run(folder, tmp_path / "c")
    plan = folder / "kh_12_phong_chong_thien_tai.txt"
    plan.write_text(plan.read_text(encoding="utf-8").replace("ngày 05 tháng 3", "ngày 06 tháng 3"), encoding="utf-8")
    results, linted, _ = _run(folder, tmp_path / "c")
    # the plan itself and every file that cites 12/KH-UBND; the two 18/KH-UBND plans and the công văn's
    # other citations are untouched
    assert linted == ["bc_20_ket_qua_thien_tai.txt", "cv_25_bo_sung_vat_tu.txt", "du_thao_bc_tong_ket.txt",
                      "kh_08_tap_huan.txt", "kh_12_phong_chong_thien_tai.txt"]
    by_name = {os.path.basename(r.path): [f.rule for f in r.findings] for r in results}
    assert "TDN380" not in by_name["bc_20_ket_qua_thien_tai.txt"]  # 06/3 is now right there …
    assert "TDN380" in by_name["cv_25_bo_sung_vat_tu.txt"]  # … and wrong here
    fresh = [cached_lint(_engine(folder, tmp_path / "fresh")[0], f) for f in sorted(discover([str(folder)]))]
    assert _data(results) == _data(fresh)


def test_a_corrupt_or_truncated_entry_is_ignored_and_rebuilt(tmp_path):
    folder = copy_office(tmp_path / "office")
    first, _, _ = _run(folder, tmp_path / "c")
    broken = sorted((tmp_path / "c").rglob("*.json"))
    for i, p in enumerate(broken):
        p.write_bytes(b"{\"result\": " if i % 2 else b"\x00garbage")
    again, linted, _ = _run(folder, tmp_path / "c")
    assert len(linted) == 7
    assert _data(again) == _data(first)
    third, linted, _ = _run(folder, tmp_path / "c")
    assert linted == []  # rewritten on the second run
    assert _data(third) == _data(first)


def test_the_cache_folder_is_never_taken_as_input(tmp_path):
    folder = copy_office(tmp_path / "office")
    (folder / ".tdnlint.toml").write_text("[tool.tdnlint]\n", encoding="utf-8")
    check_json(str(folder))
    cache = folder / ".tdnlint_cache"
    assert cache.is_dir() and (cache / ".gitignore").read_text() == "*\n"
    (cache / "v1" / "stray.txt").write_text("Số: 18/KH-UBND\n", encoding="utf-8")
    assert not [f for f in discover([str(folder)]) if ".tdnlint_cache" in f]
    _, report = check_json(str(folder))
    assert len(report["files"]) == 7


def test_concurrent_runs_share_one_cache_safely(tmp_path):
    folder = copy_office(tmp_path / "office")
    cache_dir = tmp_path / "shared-cache"
    cmd = [sys.executable, "-m", "tdnlint.cli", "check", "--format", "json", "--cache-dir", str(cache_dir),
           str(folder)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert len(set(outs)) == 1 and outs[0]
    assert not list(cache_dir.rglob("*.part"))  # no temporary file left behind
    _, warm = check_json("--cache-dir", str(cache_dir), str(folder))
    _, cold = check_json("--no-cache", str(folder))
    assert plain(warm) == plain(cold)


def test_editing_settings_invalidates(tmp_path):
    folder = copy_office(tmp_path / "office")
    cache_dir = tmp_path / "c"
    _, full = check_json("--cache-dir", str(cache_dir), str(folder))
    _, only = check_json("--cache-dir", str(cache_dir), "--select", "TDN383", str(folder))
    assert {x["rule"] for f in only["files"] for x in f["findings"]} == {"TDN383"}
    assert len({x["rule"] for f in full["files"] for x in f["findings"]}) > 1


def test_a_result_names_the_register_keys_it_depends_on(tmp_path):
    engine, files = _engine(copy_office(tmp_path / "o"), tmp_path / "cache")
    deps = {os.path.basename(f): engine.lint_path(f).register_deps for f in files}
    # a plan citing Kế hoạch 12/KH-UBND depends on that key; the cache stores exactly these keys
    assert any("12/KH-UBND" in (d or []) for d in deps.values())
    assert all(d is not None for d in deps.values())  # no rule iterates the whole register
    other = engine.lint_path(str(tmp_path / "o" / "kh_08_tap_huan.txt")).register_deps
    assert deps["bc_20_ket_qua_thien_tai.txt"] != other  # per file, not one set for the run
