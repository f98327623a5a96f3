"""The third-party example pack in examples/ plugs in through the ``tdnlint`` entry point."""

from __future__ import annotations

import json

from plugin_env import ROOT, env_with, fake_dist, run

PACK = ROOT / "examples" / "tdnlint-example-pack"


def _env(tmp_path):
    site = tmp_path / "site"
    fake_dist(site, "tdnlint-example-pack", {"example": "tdnlint_example_pack"})
    return env_with(site, PACK)


def test_pack_finding_shows_in_text_and_json(tmp_path):
    env = _env(tmp_path)
    draft = tmp_path / "du-thao.txt"
    draft.write_text("Thời gian thực hiện: XXX ngày kể từ ngày ký.\n", encoding="utf-8")

    text = run(["check", "--no-config", "--select", "EXA", str(draft)], env)
    assert text.returncode == 1, text.stderr_text
    assert "1:22 EXA001" in text.stdout_text
    assert "XXX" in text.stdout_text

    js = run(["check", "--no-config", "--format", "json", "--select", "EXA001", str(draft)], env)
    [f] = json.loads(js.stdout_text)["files"][0]["findings"]
    assert (f["rule"], f["name"], f["line"], f["column"], f["end_column"], f["text"]) == (
        "EXA001", "leftover-marker", 1, 22, 24, "XXX")


def test_pack_listed_by_rules_explain_and_version(tmp_path):
    env = _env(tmp_path)
    rules = run(["rules"], env)
    assert rules.returncode == 0, rules.stderr_text
    [line] = [ln for ln in rules.stdout_text.splitlines() if ln.startswith("EXA001")]
    assert "leftover-marker" in line and "hygiene" in line and "warning" in line and "example" in line

    explain = run(["explain", "EXA001"], env)
    assert explain.returncode == 0
    assert "XXX ngày" in explain.stdout_text and "30 ngày" in explain.stdout_text

    version = run(["--version"], env)
    assert "example: tdnlint_example_pack (tdnlint-example-pack 0.1.0)" in version.stdout_text


def test_pack_rule_obeys_config_like_a_builtin(tmp_path):
    env = _env(tmp_path)
    (tmp_path / ".tdnlint.toml").write_text('ignore = ["EXA001"]\n', encoding="utf-8")
    draft = tmp_path / "a.txt"
    draft.write_text("TODO: bổ sung số liệu.\n", encoding="utf-8")
    proc = run(["check", "--format", "json", "--select", "EXA", str(draft)], env)
    assert json.loads(proc.stdout_text)["files"][0]["findings"] == []
    assert proc.returncode == 0


def test_pack_run_hooks_through_a_real_entry_point(tmp_path):
    """Each run hook of the example pack, loaded through its entry point, with the arguments it takes."""
    env = _env(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    log = tmp_path / "exa.log"
    (work / ".tdnlint.toml").write_text(
        'example-markers = ["CHƯA RÕ"]\n'                      # tdnlint_configure(settings)
        'example-known-symbols = ["123/2099/QĐ-UBND"]\n'       # tdnlint_known_documents(settings)
        f'example-log = "{log.as_posix()}"\n',                  # document_read + lint_finished
        encoding="utf-8")
    (work / "du-thao.txt").write_text("Kinh phí: CHƯA RÕ, số liệu TODO.\nDòng hai.\n", encoding="utf-8")
    (work / "nhap-ghi-chu.txt").write_text("TODO: việc riêng.\n", encoding="utf-8")  # tdnlint_collect_file
    proc = run(["check", "--no-cache", "--format", "json", "--select", "EXA", "."], env, cwd=work)
    assert proc.returncode == 1, proc.stderr_text
    files = json.loads(proc.stdout_text)["files"]
    assert [f["path"] for f in files] == ["du-thao.txt"]  # the scratch note was skipped by the pack
    assert [f["text"] for f in files[0]["findings"]] == ["CHƯA RÕ", "TODO"]  # the configured marker too
    assert log.read_text(encoding="utf-8") == "du-thao.txt\t3 đoạn\t2 EXA001\n"  # 2 lines + the empty one after the last newline

    # Named on the command line, the scratch note is checked (collect_file is about folders).
    named = run(["check", "--no-cache", "--format", "json", "--select", "EXA", "nhap-ghi-chu.txt"], env, cwd=work)
    assert json.loads(named.stdout_text)["files"][0]["findings"][0]["text"] == "TODO"

    # tdnlint_known_documents(settings): the configured symbol is a known document for the citation rules.
    cite = work / "trich-dan.txt"
    cite.write_text("Căn cứ Quyết định số 123/2099/QĐ-UBND của Ủy ban nhân dân tỉnh;\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from tdnlint.engine import Engine, RunOptions\n"
        "from tdnlint.context import Context\n"
        "from tdnlint.plugins import load_registry\n"
        "reg = load_registry(); eng = Engine(reg, RunOptions())\n"
        "s = eng.settings_for(sys.argv[1])\n"
        "ctx = Context(eng.read(sys.argv[1], None), s, reg)\n"
        "print(ctx.known_documents.get('123/2099/QĐ-UBND') is not None, reg.failures)\n"
    )
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", probe, str(cite)], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.strip() == "True []", out.stderr


def test_failing_run_hook_is_an_internal_error_on_the_file(tmp_path):
    site = tmp_path / "site"
    fake_dist(site, "tdnlint-broken-hooks", {"broken": "broken_hooks"})
    (site / "broken_hooks.py").write_text(
        "from tdnlint.api import hookimpl\n"
        "@hookimpl\n"
        "def tdnlint_document_read(document):\n"
        "    raise RuntimeError('boom')\n", encoding="utf-8")
    draft = tmp_path / "a.txt"
    draft.write_text("Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì thực hiện.\n", encoding="utf-8")
    proc = run(["check", "--no-config", "--no-cache", "--format", "json", str(draft)], env_with(site))
    assert proc.returncode == 2
    [f] = [f for f in json.loads(proc.stdout_text)["files"][0]["findings"] if f["rule"] == "TDN000"]
    assert "plugin broken: tdnlint_document_read" in f["message"] and "boom" in f["message"]
