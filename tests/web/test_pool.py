"""The worker pool: a worker that died while idle is replaced and the job still runs."""

from __future__ import annotations

import pytest

from tdnlint.web.pool import WorkerPool


@pytest.fixture
def pool():
    p = WorkerPool(1, timeout=60)
    yield p
    p.close()


def job_for(tmp_path, name="du-thao.txt", text="KẾ HOẠCH\nNội dung tỉnhvề kế hoạch.\n"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {"path": str(path), "display": name, "action": "check", "view": False, "profile": None,
            "lang": None, "config": None}


def test_a_worker_killed_while_idle_is_replaced(pool, tmp_path):
    first = pool.run(job_for(tmp_path))
    assert first["error"] is None and first["summary"]["findings"] >= 1
    [worker] = pool._all
    worker.process.kill()  # our own child process, by its handle
    worker.process.join(5)
    again = pool.run(job_for(tmp_path))
    assert again["report"] == first["report"]
    assert pool._all and pool._all[0] is not worker


def test_an_exception_in_a_job_is_one_line(pool, tmp_path):
    bad = job_for(tmp_path)
    bad["action"] = "nonsense"
    with pytest.raises(RuntimeError, match=r"^ValueError: unknown action 'nonsense'$"):
        pool.run(bad)
    assert pool.run(job_for(tmp_path))["error"] is None  # the worker goes on
