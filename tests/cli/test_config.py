"""Config in [tool.tdnlint] (pyproject.toml) or .tdnlint.toml, found upward from each checked file."""

from __future__ import annotations

from conftest import cli_json, run_cli

TEXT = "Thực hiện năm 2021,Ban  Thường trực.\n"  # TDN201, TDN204 (+ TDN101 document-level)


def _rules(file):
    return sorted({f["rule"] for f in file["findings"]})


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_nearest_config_upward_applies_per_file(tmp_path):
    _write(tmp_path / "pyproject.toml", '[tool.tdnlint]\nselect = ["TDN2"]\n')
    _write(tmp_path / "team" / ".tdnlint.toml", 'select = ["TDN2"]\nignore = ["TDN204"]\n')
    _write(tmp_path / "a.txt", TEXT)
    _write(tmp_path / "team" / "deep" / "b.txt", TEXT)
    _, data = cli_json(".", cwd=tmp_path)
    by = {f["path"]: f for f in data["files"]}
    assert _rules(by["a.txt"]) == ["TDN201", "TDN204"]
    assert _rules(by["team/deep/b.txt"]) == ["TDN201"]


def test_pyproject_without_tdnlint_section_is_skipped(tmp_path):
    _write(tmp_path / ".tdnlint.toml", 'select = ["TDN204"]\n')
    _write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    _write(tmp_path / "sub" / "a.txt", TEXT)
    _, data = cli_json("sub/a.txt", cwd=tmp_path)
    assert _rules(data["files"][0]) == ["TDN204"]


def test_cli_options_override_config(tmp_path):
    _write(tmp_path / ".tdnlint.toml", 'select = ["TDN204"]\nprofile = "party"\nfail-on = "error"\n')
    _write(tmp_path / "a.txt", TEXT)
    rc, data = cli_json("a.txt", cwd=tmp_path)
    assert rc == 0 and data["files"][0]["profile"] == "party"  # warnings only, fail-on error
    rc, data = cli_json("--select", "TDN201", "--profile", "state", "--fail-on", "warning", "a.txt", cwd=tmp_path)
    assert rc == 1 and _rules(data["files"][0]) == ["TDN201"] and data["files"][0]["profile"] == "state"


def test_no_config_and_explicit_config(tmp_path):
    _write(tmp_path / ".tdnlint.toml", 'select = ["TDN204"]\n')
    _write(tmp_path / "other.toml", 'select = ["TDN201"]\n')
    _write(tmp_path / "a.txt", TEXT)
    assert _rules(cli_json("a.txt", cwd=tmp_path)[1]["files"][0]) == ["TDN204"]
    assert _rules(cli_json("--config", "other.toml", "a.txt", cwd=tmp_path)[1]["files"][0]) == ["TDN201"]
    assert "TDN101" in _rules(cli_json("--no-config", "a.txt", cwd=tmp_path)[1]["files"][0])


def test_explicit_config_may_use_tool_table_or_pyproject(tmp_path):
    _write(tmp_path / "cfg" / "pyproject.toml", '[tool.tdnlint]\nselect = ["TDN201"]\n')
    _write(tmp_path / "cfg2.toml", '[tool.tdnlint]\nselect = ["TDN204"]\n')
    _write(tmp_path / "a.txt", TEXT)
    assert _rules(cli_json("--config", "cfg/pyproject.toml", "a.txt", cwd=tmp_path)[1]["files"][0]) == ["TDN201"]
    assert _rules(cli_json("--config", "cfg2.toml", "a.txt", cwd=tmp_path)[1]["files"][0]) == ["TDN204"]


def test_per_rule_severity_and_off(tmp_path):
    _write(tmp_path / ".tdnlint.toml", '[severity]\nTDN201 = "error"\nTDN204 = "off"\nTDN1 = "info"\n')
    _write(tmp_path / "a.txt", TEXT)
    _, data = cli_json("a.txt", cwd=tmp_path)
    sev = {f["rule"]: f["severity"] for f in data["files"][0]["findings"]}
    assert sev["TDN201"] == "error" and "TDN204" not in sev and sev["TDN101"] == "info"


def test_per_file_ignores_relative_to_config(tmp_path):
    _write(tmp_path / "pyproject.toml",
           '[tool.tdnlint]\nselect = ["TDN2"]\n[tool.tdnlint.per-file-ignores]\n"mau/*.txt" = ["TDN201"]\n')
    _write(tmp_path / "mau" / "a.txt", TEXT)
    _write(tmp_path / "b.txt", TEXT)
    _, data = cli_json(".", cwd=tmp_path / "mau" / "..")
    by = {f["path"]: _rules(f) for f in data["files"]}
    assert by == {"b.txt": ["TDN201", "TDN204"], "mau/a.txt": ["TDN204"]}


def test_extra_words_and_word_list_are_loaded(tmp_path):
    from tdnlint.config import find_config, parse_settings, section_of

    _write(tmp_path / "words.txt", "# từ riêng của cơ quan\nUBMTTQ\nPhường Xuân Hòa\n")
    _write(tmp_path / ".tdnlint.toml", 'extra-words = ["Zalo"]\nword-list = "words.txt"\n')
    path, data = find_config(tmp_path)
    s = parse_settings(section_of(path, data), str(path), {"TDN201"})
    assert s.extra_words == ["Zalo", "UBMTTQ", "Phường Xuân Hòa"]


def test_unknown_key_is_an_error_naming_the_key_and_file(tmp_path):
    _write(tmp_path / ".tdnlint.toml", 'selekt = ["TDN2"]\n')
    _write(tmp_path / "a.txt", TEXT)
    _write(tmp_path / "b.txt", TEXT)
    proc = run_cli("check", ".", cwd=tmp_path)
    assert proc.returncode == 2
    assert "selekt" in proc.stderr_text and ".tdnlint.toml" in proc.stderr_text
    assert proc.stderr_text.count("selekt") == 1  # reported once, not once per file


def test_unknown_rule_codes_are_errors_naming_the_key(tmp_path):
    cases = {
        'select = ["TDN999"]\n': ("select", "TDN999"),
        '[severity]\nXYZ123 = "error"\n': ("severity", "XYZ123"),
        '[per-file-ignores]\n"*.txt" = ["TDN998"]\n': ("per-file-ignores", "TDN998"),
    }
    for body, (key, code) in cases.items():
        _write(tmp_path / ".tdnlint.toml", body)
        _write(tmp_path / "a.txt", TEXT)
        proc = run_cli("check", "a.txt", cwd=tmp_path)
        assert proc.returncode == 2, body
        assert key in proc.stderr_text and code in proc.stderr_text, proc.stderr_text


def test_bad_values_and_bad_toml_are_errors(tmp_path):
    cases = {
        'profile = "army"\n': "profile",
        'select = "TDN2"\n': "select",
        '[severity]\nTDN201 = "fatal"\n': "fatal",
        'fail-on = "never"\n': "fail-on",
        'select = [\n': "TOML",
        'word-list = "missing.txt"\n': "word-list",
    }
    for body, needle in cases.items():
        _write(tmp_path / ".tdnlint.toml", body)
        _write(tmp_path / "a.txt", TEXT)
        proc = run_cli("check", "a.txt", cwd=tmp_path)
        assert proc.returncode == 2, body
        assert needle in proc.stderr_text, (body, proc.stderr_text)


def test_missing_explicit_config_is_an_error(tmp_path):
    _write(tmp_path / "a.txt", TEXT)
    proc = run_cli("check", "--config", "nope.toml", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "nope.toml" in proc.stderr_text
