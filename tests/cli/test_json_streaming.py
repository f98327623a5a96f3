"""JSON to stdout is streamed: each file's part is written when the file is done, not at the end."""

from __future__ import annotations

import json

from conftest import registry

from tdnlint.cli import CheckRun
from tdnlint.engine import RunOptions


def test_json_is_written_file_by_file_and_is_the_one_document(tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text("Ngày 5 tháng 3 năm 2025,Ủy ban  nhân dân xã.\n", encoding="utf-8")
    written: list[str] = []
    run = CheckRun(registry(), RunOptions(no_config=True), fmt="json", output=None, quiet=False,
                   statistics=False, lang=None)
    assert run.streaming_json
    monkeypatch.setattr(run.out, "write", lambda text: written.append(text))
    seen_before: list[int] = []
    real = run._results

    def results(jobs, pool=None):
        for r in real(jobs, pool):
            seen_before.append(sum(t.count('"path"') for t in written))  # files already on stdout
            yield r

    monkeypatch.setattr(run, "_results", results)
    out = run.execute([str(tmp_path)], 1, no_cache=True)
    run.report(out)
    assert seen_before == [0, 1, 2]  # file k is written before file k+1 is linted
    data = json.loads("".join(written))
    assert [f["path"] for f in data["files"]] == [str(tmp_path / f"d{i}.txt") for i in range(3)]
    assert data["summary"]["files"] == 3 and data["summary"]["findings"] > 0
    # the same bytes as the reporter's one document
    assert "".join(written) == registry().reporters["json"](out, run._info(out))
