"""``tdnlint rules``, ``tdnlint explain CODE`` and ``tdnlint --version``."""

from __future__ import annotations

import json

from conftest import run_cli


def test_rules_lists_code_name_category_severity_plugin():
    proc = run_cli("rules")
    assert proc.returncode == 0
    line = next(ln for ln in proc.stdout_text.splitlines() if ln.startswith("TDN201"))
    assert line.split()[:5] == ["TDN201", "missing-space-after-punctuation", "spacing", "warning", "builtin"]


def test_rules_json_and_english():
    proc = run_cli("rules", "--format", "json", "--lang", "en")
    rules = json.loads(proc.stdout_text)
    by = {r["code"]: r for r in rules}
    assert {"code", "name", "category", "severity", "plugin", "fixable", "summary"} <= set(by["TDN201"])
    assert by["TDN201"]["summary"].isascii()
    assert [r["code"] for r in rules] == sorted(by)


def test_explain_shows_bad_and_good_example():
    proc = run_cli("explain", "TDN204")
    assert proc.returncode == 0
    out = proc.stdout_text
    assert out.startswith("TDN204 double-space")
    assert "Viết sai:" in out and "Viết đúng:" in out and "Căn cứ:" in out
    # a clerk's page: Vietnamese labels, no English metadata words
    assert "nhóm: dấu cách, dấu câu" in out and "category:" not in out and "severity:" not in out
    assert "I.  MỤC" in out and "I. MỤC" in out


def test_explain_by_name_lowercase_and_english():
    assert run_cli("explain", "tdn204").stdout_text == run_cli("explain", "double-space").stdout_text
    assert "Bad:" in run_cli("explain", "--lang", "en", "TDN204").stdout_text


def test_explain_unknown_code_exits_2():
    proc = run_cli("explain", "TDN999")
    assert proc.returncode == 2 and "TDN999" in proc.stderr_text


def test_version_lists_plugins():
    proc = run_cli("--version")
    assert proc.returncode == 0
    lines = proc.stdout_text.splitlines()
    assert lines[0].startswith("tdnlint ")
    assert "plugins:" in lines and any(ln.strip().startswith("builtin: tdnlint_rules") for ln in lines)


def test_help_works_and_unknown_command_is_usage_error():
    assert run_cli("--help").returncode == 0
    assert run_cli("check", "--help").returncode == 0
    assert run_cli("lint").returncode == 2


def test_help_and_click_messages_are_vietnamese_unless_english_is_asked_for():
    import os
    import subprocess
    import sys

    def run(*args, lang="C.UTF-8"):
        env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""}
        return subprocess.run([sys.executable, "-m", "tdnlint.cli", *args], capture_output=True, env=env,
                              timeout=120)

    vi = run("check", "--help").stdout.decode()
    assert vi.startswith("Cách dùng:") and "Tùy chọn" in vi and "Tự sửa các lỗi sửa được an toàn." in vi
    err = run("check", "--no-such-option").stderr.decode()
    assert "Lỗi: Không có tùy chọn '--no-such-option'." in err
    assert run("check", "--help", lang="en_US.UTF-8").stdout.decode().startswith("Usage:")
    assert "Apply safe fixes." in run("check", "--lang", "en", "--help").stdout.decode()
