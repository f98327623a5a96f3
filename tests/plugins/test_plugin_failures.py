"""A broken plugin or a crashing rule is an internal error (TDN000) naming the culprit; the run goes on, exit 2."""

from __future__ import annotations

import json
import types

from plugin_env import env_with, fake_dist, run

from tdnlint import hookimpl
from tdnlint.config import Settings
from tdnlint.engine import Engine, RunOptions
from tdnlint.findings import Finding, Severity
from tdnlint.plugins import load_registry
from tdnlint.rule import Rule

GOOD_TEXT = "Thực hiện năm 2021,Ban Thường trực.\n"

CRASHING_PACK = '''
from tdnlint import hookimpl
from tdnlint.findings import Finding, Severity
from tdnlint.rule import Rule


class Boom(Rule):
    code = "BRK001"
    name = "boom"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Luôn lỗi."

    def check(self, ctx):
        raise RuntimeError("rule exploded")


@hookimpl
def tdnlint_rules():
    return [Boom]
'''


class _Boom(Rule):
    code = "BRK002"
    name = "boom-in-process"
    category = "hygiene"
    severity = Severity.WARNING

    def check(self, ctx):
        raise ZeroDivisionError("nope")


def _pack(rules):
    mod = types.ModuleType("crashing_pack")

    @hookimpl
    def tdnlint_rules():
        return rules

    mod.tdnlint_rules = tdnlint_rules
    return mod


def test_crashing_rule_becomes_tdn000_and_other_rules_still_report():
    registry = load_registry(extra_plugins=[_pack([_Boom])])
    engine = Engine(registry, RunOptions(no_config=True))
    result = engine.lint_document(engine.read("a.txt", GOOD_TEXT.encode()), Settings())
    internal = [f for f in result.findings if f.rule == "TDN000"]
    assert len(internal) == 1
    assert "BRK002" in internal[0].message and "crashing_pack" in internal[0].message
    assert "ZeroDivisionError" in internal[0].message
    assert internal[0].severity is Severity.ERROR and internal[0].line is None
    assert "TDN201" in [f.rule for f in result.findings]
    assert result.internal_errors == 1


def test_plugin_that_fails_to_import_is_recorded_and_reported_per_file(monkeypatch):
    registry = load_registry(extra_plugins=["no_such_tdnlint_plugin_module"])
    assert [f.plugin for f in registry.failures] == ["no_such_tdnlint_plugin_module"]
    engine = Engine(registry, RunOptions(no_config=True))
    result = engine.lint_document(engine.read("a.txt", GOOD_TEXT.encode()), Settings())
    internal = [f for f in result.findings if f.rule == "TDN000"]
    assert len(internal) == 1 and "no_such_tdnlint_plugin_module" in internal[0].message
    assert "TDN201" in [f.rule for f in result.findings]


def test_rule_with_invalid_metadata_is_rejected_not_run():
    class Bad(Rule):
        code = "lower1"
        name = "Bad Name"
        category = "nonsense"

    registry = load_registry(extra_plugins=[_pack([Bad])])
    assert "lower1" not in registry.rules
    assert any("bad code" in f.message for f in registry.failures)


def test_cli_broken_entry_point_exit_2_names_plugin_and_checks_anyway(tmp_path):
    site = tmp_path / "site"
    fake_dist(site, "broken-pack", {"broken": "broken_pack_does_not_exist"})
    draft = tmp_path / "a.txt"
    draft.write_text(GOOD_TEXT, encoding="utf-8")
    proc = run(["check", "--no-config", "--format", "json", str(draft)], env_with(site))
    assert proc.returncode == 2
    data = json.loads(proc.stdout_text)
    rules = [f["rule"] for f in data["files"][0]["findings"]]
    assert "TDN201" in rules  # the built-in rules still ran
    [internal] = [f for f in data["files"][0]["findings"] if f["rule"] == "TDN000"]
    assert "broken" in internal["message"] and internal["line"] is None
    assert "plugin broken" in proc.stderr_text

    text = run(["check", "--no-config", str(draft)], env_with(site))
    assert text.returncode == 2 and "TDN000" in text.stdout_text


def test_cli_crashing_rule_exit_2_other_files_still_checked(tmp_path):
    site = tmp_path / "site"
    (site).mkdir()
    (site / "crashing_pack.py").write_text(CRASHING_PACK, encoding="utf-8")
    fake_dist(site, "crashing-pack", {"crashing": "crashing_pack"})
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(GOOD_TEXT, encoding="utf-8")
    b.write_text("Không có lỗi.\n", encoding="utf-8")
    proc = run(["check", "--no-config", "--format", "json", str(a), str(b)], env_with(site))
    assert proc.returncode == 2
    files = json.loads(proc.stdout_text)["files"]
    assert [len([f for f in x["findings"] if f["rule"] == "TDN000"]) for x in files] == [1, 1]
    assert "BRK001" in files[0]["findings"][0]["message"]
    assert "TDN201" in [f["rule"] for f in files[0]["findings"]]

    # --exit-zero does not hide an internal error
    proc = run(["check", "--no-config", "--exit-zero", str(a)], env_with(site))
    assert proc.returncode == 2


class _Yielding(Rule):
    code = "YLD001"
    name = "yielding"
    category = "hygiene"
    severity = Severity.INFO

    def check(self, ctx):
        p = ctx.text_paragraphs()[0]
        yield ctx.report(self, p, 0, 4, message="reported and yielded")  # counted once
        yield Finding(rule=self.code, name=self.name, category=self.category, severity=self.severity,
                      message="yielded only")


def test_findings_yielded_by_a_rule_are_kept_once():
    registry = load_registry(extra_plugins=[_pack([_Yielding])])
    engine = Engine(registry, RunOptions(no_config=True))
    result = engine.lint_document(engine.read("a.txt", GOOD_TEXT.encode()), Settings(select=["YLD"]))
    assert sorted(f.message for f in result.findings) == ["reported and yielded", "yielded only"]
