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
