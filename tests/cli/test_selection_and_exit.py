"""--select/--ignore/--extend-select by prefix, --fail-on, --exit-zero and the exit-code contract."""

from __future__ import annotations

from conftest import cli_json, run_cli

# TDN201 (comma glued, warning) at 1:19 and TDN204 (double space, warning) at 1:23; TDN101 (info, doc-level: form not recognised)
TEXT = "Thực hiện năm 2021,Ban  Thường trực.\n"


def _rules(data):
    return sorted({f["rule"] for x in data["files"] for f in x["findings"]})


def _lint(tmp_path, *args, text=TEXT):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return cli_json("--no-config", *args, "a.txt", cwd=tmp_path)


def test_select_by_exact_code_and_by_prefix(tmp_path):
    assert _rules(_lint(tmp_path, "--select", "TDN201")[1]) == ["TDN201"]
    assert _rules(_lint(tmp_path, "--select", "TDN2")[1]) == ["TDN201", "TDN204"]
    assert _rules(_lint(tmp_path, "--select", "TDN201,TDN101")[1]) == ["TDN101", "TDN201"]
    assert _rules(_lint(tmp_path, "--select", "tdn20")[1]) == ["TDN201", "TDN204"]  # case-insensitive


def test_ignore_and_extend_select(tmp_path):
    assert _rules(_lint(tmp_path, "--select", "TDN2", "--ignore", "TDN204")[1]) == ["TDN201"]
    assert _rules(_lint(tmp_path, "--select", "TDN201", "--extend-select", "TDN204")[1]) == ["TDN201", "TDN204"]
    # the more specific code wins over a broader ignore (ruff semantics)
    assert _rules(_lint(tmp_path, "--ignore", "TDN2", "--extend-select", "TDN204", "--select", "TDN2")[1]) == [
        "TDN204"]


def test_unknown_code_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    for opt in ("--select", "--ignore", "--extend-select"):
        proc = run_cli("check", "--no-config", opt, "TDN999", "a.txt", cwd=tmp_path)
        assert proc.returncode == 2, opt
        assert "TDN999" in proc.stderr_text and opt in proc.stderr_text


def test_exit_codes_follow_fail_on(tmp_path):
    warn_only = ["--select", "TDN201"]
    assert _lint(tmp_path, *warn_only)[0] == 1  # default fail level: warning
    assert _lint(tmp_path, *warn_only, "--fail-on", "error")[0] == 0
    assert _lint(tmp_path, *warn_only, "--fail-on", "info")[0] == 1
    assert _lint(tmp_path, "--select", "TDN101", "--fail-on", "error")[0] == 0
    assert _lint(tmp_path, "--select", "TDN101", "--fail-on", "info")[0] == 1
    assert _lint(tmp_path, "--select", "TDN2", text="Không có lỗi.\n")[0] == 0


def test_info_findings_only_fail_with_fail_on_info(tmp_path):
    (tmp_path / ".tdnlint.toml").write_text('[severity]\nTDN201 = "info"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    rc, data = cli_json("--select", "TDN201", "a.txt", cwd=tmp_path)
    assert rc == 0 and data["files"][0]["findings"][0]["severity"] == "info"
    assert data["summary"]["infos"] == 1
    rc, _ = cli_json("--select", "TDN201", "--fail-on", "info", "a.txt", cwd=tmp_path)
    assert rc == 1


def test_exit_zero_still_reports(tmp_path):
    rc, data = _lint(tmp_path, "--exit-zero")
    assert rc == 0 and data["summary"]["findings"] >= 2


def test_bad_option_values_are_usage_errors(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    for args in (["--format", "xml"], ["--fail-on", "fatal"], ["--profile", "army"], ["--jobs", "-1"],
                 ["--lang", "fr"], ["--no-such-option"]):
        proc = run_cli("check", "--no-config", *args, "a.txt", cwd=tmp_path)
        assert proc.returncode == 2, args
        assert proc.stdout_text == "", args


def test_internal_crash_exits_2_not_1(tmp_path):
    # a reporter crash (here: output into a directory that does not exist) must not look like "findings"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    proc = run_cli("check", "--no-config", "-o", str(tmp_path / "no" / "such" / "dir" / "r.txt"), "a.txt",
                   cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr_text


def test_crash_while_checking_one_file_costs_that_file_only():
    from tdnlint.cli import process_file
    from tdnlint.engine import Engine, RunOptions
    from tdnlint.plugins import load_registry

    class Exploding(Engine):
        def lint_path(self, path, data=None):
            raise KeyError("boom")

    result = process_file(Exploding(load_registry(), RunOptions()), "a.txt")
    assert result.path == "a.txt" and "KeyError" in result.error and result.findings == []


def test_jobs_0_means_one_per_cpu(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(TEXT, encoding="utf-8")
    rc, data = cli_json("--no-config", "-j", "0", "--select", "TDN201", ".", cwd=tmp_path)
    assert rc == 1 and [len(f["findings"]) for f in data["files"]] == [1, 1, 1]
