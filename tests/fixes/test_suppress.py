"""Suppressions: config (per-file-ignores, severity off), inline directives in .txt/.md, TDN001."""

from __future__ import annotations

import json

from conftest import cli_json, codes, lint_text, run_cli

# One TDN201 (",B") and one TDN204 ("  ") per line.
BAD = "năm 2021,Ban  Thường trực"


def _rules(text, name="a.md", select=("TDN201", "TDN204", "TDN001")):
    return [(f.rule, f.line) for f in lint_text(text, name, select=list(select)).findings]


# ---- config -------------------------------------------------------------------------------------------
def _files(report):
    return report["files"] if isinstance(report, dict) and "files" in report else report


def test_per_file_ignores_from_config(tmp_path):
    (tmp_path / ".tdnlint.toml").write_text('[per-file-ignores]\n"legacy/*.txt" = ["TDN204"]\n', encoding="utf-8")
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "a.txt").write_text(BAD + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(BAD + "\n", encoding="utf-8")
    _, report = cli_json("--select", "TDN201,TDN204", ".", cwd=tmp_path)
    got = {f["path"]: sorted(x["rule"] for x in f["findings"]) for f in _files(report)}
    assert got == {"legacy/a.txt": ["TDN201"], "b.txt": ["TDN201", "TDN204"]}


def test_severity_off_in_config_disables_the_rule(tmp_path):
    (tmp_path / ".tdnlint.toml").write_text('[severity]\nTDN204 = "off"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(BAD + "\n", encoding="utf-8")
    _, report = cli_json("--select", "TDN201,TDN204", "a.txt", cwd=tmp_path)
    assert [x["rule"] for x in _files(report)[0]["findings"]] == ["TDN201"]


# ---- inline directives --------------------------------------------------------------------------------
def test_no_directive_reports_both():
    assert _rules(BAD + "\n") == [("TDN201", 1), ("TDN204", 1)]


def test_disable_line_with_code():
    assert _rules(f"{BAD} <!-- tdnlint-disable-line TDN204 -->\n") == [("TDN201", 1)]


def test_disable_line_without_codes_silences_all():
    assert _rules(f"{BAD} <!-- tdnlint-disable-line -->\n") == []


def test_disable_next_line_only_affects_next_line():
    text = f"<!-- tdnlint-disable-next-line TDN201 -->\n{BAD}\n{BAD}\n"
    assert _rules(text) == [("TDN204", 2), ("TDN201", 3), ("TDN204", 3)]


def test_block_disable_enable_with_codes_and_prefix():
    text = f"{BAD}\n<!-- tdnlint-disable TDN2 -->\n{BAD}\n<!-- tdnlint-enable -->\n{BAD}\n"
    assert _rules(text) == [("TDN201", 1), ("TDN204", 1), ("TDN201", 5), ("TDN204", 5)]


def test_block_without_closing_runs_to_end_of_file():
    text = f"<!-- tdnlint-disable -->\n{BAD}\n{BAD}\n"
    assert _rules(text) == []


def test_enable_one_code_carves_it_out_of_a_broader_block():
    text = f"<!-- tdnlint-disable -->\n{BAD}\n<!-- tdnlint-enable TDN201 -->\n{BAD}\n"
    assert _rules(text) == [("TDN201", 4)]


def test_enable_one_code_closes_only_that_code():
    text = f"<!-- tdnlint-disable TDN201, TDN204 -->\n{BAD}\n<!-- tdnlint-enable TDN204 -->\n{BAD}\n"
    assert _rules(text) == [("TDN204", 4)]


def test_directives_work_in_txt_too():
    text = f"{BAD} <!-- tdnlint-disable-line TDN201 TDN204 -->\n{BAD}\n"
    assert _rules(text, "a.txt") == [("TDN201", 2), ("TDN204", 2)]


def test_reason_after_double_dash_is_ignored():
    assert _rules(f"{BAD} <!-- tdnlint-disable-line TDN204 -- bảng căn lề bằng dấu cách -->\n") == [("TDN201", 1)]


def test_case_insensitive_codes_and_keyword():
    assert _rules(f"{BAD} <!-- TDNLINT-DISABLE-LINE tdn204 -->\n") == [("TDN201", 1)]


def test_directive_inside_fenced_code_is_not_a_directive():
    text = f"```\n<!-- tdnlint-disable -->\n```\n{BAD}\n"
    assert _rules(text) == [("TDN201", 4), ("TDN204", 4)]


def test_disable_file_also_silences_document_level_findings():
    text = f"{BAD}\n<!-- tdnlint-disable-file TDN101 -->\n"
    assert "TDN101" in codes(lint_text(BAD + "\n", "a.md", select=["TDN101"]))
    assert codes(lint_text(text, "a.md", select=["TDN101", "TDN001"])) == []


def test_internal_errors_are_never_suppressed():
    from tdnlint.findings import Finding, Severity
    from tdnlint.suppress import apply_suppressions

    class Ctx:  # the smallest context apply_suppressions needs
        pass

    from conftest import registry

    from tdnlint.config import Settings
    from tdnlint.engine import Engine, RunOptions

    engine = Engine(registry(), RunOptions(no_config=True))
    ctx = Ctx()
    ctx.document = engine.read("a.md", b"<!-- tdnlint-disable-file -->\nx\n")
    ctx.settings, ctx.registry = Settings(select=["TDN2"]), registry()
    ctx.msg = lambda vi, en=None: vi
    f = Finding(rule="TDN000", name="internal-error", category="hygiene", severity=Severity.ERROR, message="boom")
    assert apply_suppressions(ctx, [f]) == [f]


# ---- TDN001 unused suppression -------------------------------------------------------------------------
def test_unused_directive_is_reported_with_position():
    text = "Dòng sạch.\n<!-- tdnlint-disable-next-line TDN204 -->\nDòng cũng sạch.\n"
    [f] = lint_text(text, "a.md", select=["TDN204", "TDN001"]).findings
    assert (f.rule, f.line, f.column) == ("TDN001", 2, 1)
    assert "TDN204" in f.message and f.fix is not None and f.fix.safe


def test_used_directive_is_not_reported():
    assert _rules(f"{BAD} <!-- tdnlint-disable-line TDN204 -->\n") == [("TDN201", 1)]


def test_partially_used_directive_names_the_unused_code():
    [f] = [f for f in lint_text(f"{BAD} <!-- tdnlint-disable-line TDN204 TDN205 -->\n", "a.md",
                                select=["TDN2", "TDN001"]).findings if f.rule == "TDN001"]
    assert "TDN205" in f.message and "TDN204" not in f.message.split("'")[2]
    assert f.suggestion == "<!-- tdnlint-disable-line TDN204 -->"


def test_unknown_code_is_reported():
    [f] = [f for f in lint_text(f"{BAD} <!-- tdnlint-disable-line TDN204 TDN999 -->\n", "a.md",
                                select=["TDN2", "TDN001"]).findings if f.rule == "TDN001"]
    assert "không tồn tại: TDN999" in f.message


def test_directive_for_a_rule_that_did_not_run_is_not_unused():
    # TDN204 not selected: we cannot know whether the directive is needed.
    assert _rules("Sạch. <!-- tdnlint-disable-line TDN204 -->\n", select=("TDN201", "TDN001")) == []


def test_unused_not_reported_when_tdn001_not_selected_or_ignored(tmp_path):
    text = "Sạch. <!-- tdnlint-disable-line TDN204 -->\n"
    assert _rules(text, select=("TDN204",)) == []
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    _, report = cli_json("--no-config", "--select", "TDN2,TDN001", "--ignore", "TDN001", str(tmp_path / "a.md"))
    assert _files(report)[0]["findings"] == []


def test_unused_blanket_disable_block_is_reported():
    [f] = lint_text("<!-- tdnlint-disable -->\nSạch.\n<!-- tdnlint-enable -->\n", "a.md",
                    select=["TDN2", "TDN001"]).findings
    assert f.rule == "TDN001" and f.line == 1 and "không tắt phát hiện nào" in f.message


def test_tdn001_is_listed_and_explained():
    proc = run_cli("rules", "--format", "json")
    [r] = [r for r in json.loads(proc.stdout_text) if r["code"] == "TDN001"]
    assert r["name"] == "unused-suppression" and r["fixable"]
    assert "tdnlint-disable" in run_cli("explain", "TDN001").stdout_text


def test_fix_removes_unused_directive_line(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# Tiêu đề\n\n<!-- tdnlint-disable-next-line TDN204 -->\nDòng sạch.\n", encoding="utf-8")
    proc = run_cli("check", "--no-config", "--select", "TDN2,TDN001", "--fix", str(p))
    assert p.read_text(encoding="utf-8") == "# Tiêu đề\n\nDòng sạch.\n", proc.stdout_text
    assert proc.returncode == 0


def test_fix_removes_inline_directive_and_its_leading_space(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Dòng sạch. <!-- tdnlint-disable-line TDN204 -->\r\nHai.\r\n", encoding="utf-8")
    run_cli("check", "--no-config", "--select", "TDN2,TDN001", "--fix", str(p))
    assert p.read_bytes() == "Dòng sạch.\r\nHai.\r\n".encode()


def test_fix_keeps_the_codes_still_in_use(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(f"{BAD} <!-- tdnlint-disable-line TDN201 TDN205 -->\n", encoding="utf-8")
    run_cli("check", "--no-config", "--select", "TDN2,TDN001", "--fix", str(p))
    # TDN204 is fixed, TDN201 stays silenced, TDN205 (unused) is dropped from the directive.
    assert p.read_text(encoding="utf-8") == "năm 2021,Ban Thường trực <!-- tdnlint-disable-line TDN201 -->\n"


def test_suppressed_findings_are_not_fixed(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(f"{BAD} <!-- tdnlint-disable-line TDN204 -->\n", encoding="utf-8")
    run_cli("check", "--no-config", "--select", "TDN2", "--fix", str(p))
    assert p.read_text(encoding="utf-8") == "năm 2021, Ban  Thường trực <!-- tdnlint-disable-line TDN204 -->\n"


def test_tdn001_follows_config_like_any_rule(tmp_path):
    text = "Sạch. <!-- tdnlint-disable-line TDN204 -->\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "b.md").write_text(text, encoding="utf-8")
    (tmp_path / ".tdnlint.toml").write_text(
        'select = ["TDN2", "TDN001"]\n[per-file-ignores]\n"legacy/*" = ["TDN001"]\n[severity]\nTDN001 = "error"\n',
        encoding="utf-8")
    _, report = cli_json(".", cwd=tmp_path)
    got = {f["path"]: [(x["rule"], x["severity"]) for x in f["findings"]] for f in _files(report)}
    assert got == {"a.md": [("TDN001", "error")], "legacy/b.md": []}
    (tmp_path / ".tdnlint.toml").write_text('select = ["TDN2", "TDN001"]\n[severity]\nTDN001 = "off"\n',
                                            encoding="utf-8")
    _, report = cli_json(".", cwd=tmp_path)
    assert all(f["findings"] == [] for f in _files(report))


def test_fix_removes_an_unused_block_with_its_enable(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# A\n\n<!-- tdnlint-disable TDN204 -->\nSạch.\n<!-- tdnlint-enable -->\n\nB.\n", encoding="utf-8")
    run_cli("check", "--no-config", "--select", "TDN2,TDN001", "--fix", str(p))
    assert p.read_text(encoding="utf-8") == "# A\n\nSạch.\n\nB.\n"


def test_directive_quoted_in_inline_code_is_not_a_directive():
    text = f"Viết `<!-- tdnlint-disable-line TDN204 -->` để tắt: {BAD}\n"
    assert _rules(text) == [("TDN201", 1), ("TDN204", 1)]


def test_reason_without_double_dash_is_not_read_as_codes():
    assert _rules(f"{BAD} <!-- tdnlint-disable-line TDN204 vì bảng căn lề -->\n") == [("TDN201", 1)]


def test_mistyped_code_silences_nothing_and_is_reported_without_fix():
    r = lint_text(f"{BAD} <!-- tdnlint-disable-line TDN-204 -->\n", "a.md", select=["TDN2", "TDN001"])
    assert sorted(f.rule for f in r.findings) == ["TDN001", "TDN201", "TDN204"]
    [f] = [f for f in r.findings if f.rule == "TDN001"]
    assert "TDN-204" in f.message and f.fix is None


def test_all_means_every_code():
    assert _rules(f"{BAD} <!-- tdnlint-disable-line ALL -->\n") == []
    text = f"<!-- tdnlint-disable TDN204 -->\n{BAD}\n<!-- tdnlint-enable all -->\n{BAD}\n"
    assert _rules(text) == [("TDN201", 2), ("TDN201", 4), ("TDN204", 4)]
