"""One test per rule, driven by the registry: every rule's own documentation is checked against its behaviour.

- the ``bad`` example, checked alone (only that rule selected), fires the rule; the ``good`` example does
  not (a rule that needs a whole document has a whole document as its example);
- rules whose examples describe .docx formatting (``examples_are_text = False``) are checked through
  fixtures/rules/<code>/*.docx instead (tests/registry/test_rule_fixtures.py); cross-document rules
  (``needs_register``) by tests/repo, on a tree of files;
- the severity policy (ARCHITECTURE.md, "Severity policy"): ``error`` only when the rule's ``basis`` rests on
  the text of a regulation (evidence tag [T] of the spec), on every profile;
- every rule documents itself: summary, bad, good, basis, Vietnamese and English summary.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import FIXTURES, registry, run_cli

from tdnlint.engine import Engine, RunOptions

RULES = list(registry().rules.values())
# Cross-document rules (needs_register) compare two files of a tree: tests/repo checks their examples.
TEXT_RULES = [r for r in RULES if r.examples_are_text and not r.needs_register]
FORMATTING_RULES = [r for r in RULES if not r.examples_are_text]
# "[T]" (verified against the regulation's text), also inside a mixed tag such as "[T/E]"
REGULATION_TEXT = re.compile(r"\[T(?:\]|/)")


def _ids(rule) -> str:
    return rule.code


def findings_of(rule, text: str):
    """Findings of ``rule`` alone on ``text`` read as a .txt draft (profile forced when the rule is limited
    to some profiles, as `--profile` would)."""
    profile = sorted(rule.profiles)[0] if rule.profiles else None
    engine = Engine(registry(), RunOptions(no_config=True, overrides={"select": [rule.code], "profile": profile}))
    doc = engine.read("example.txt", (text.rstrip("\n") + "\n").encode("utf-8"))
    return [f for f in engine.lint_document(doc, engine.settings_for("example.txt")).findings if f.rule == rule.code]


@pytest.mark.parametrize("rule", TEXT_RULES, ids=_ids)
def test_bad_example_fires_the_rule(rule):
    assert rule.bad.strip(), f"{rule.code} has no bad example"
    assert findings_of(rule, rule.bad), f"{rule.code}'s bad example does not fire it:\n{rule.bad}"


@pytest.mark.parametrize("rule", TEXT_RULES, ids=_ids)
def test_good_example_does_not_fire_the_rule(rule):
    assert rule.good.strip(), f"{rule.code} has no good example"
    found = findings_of(rule, rule.good)
    assert not found, f"{rule.code}'s good example fires it: {[f.message for f in found]}"


@pytest.mark.parametrize("rule", FORMATTING_RULES, ids=_ids)
def test_formatting_rules_are_checked_through_docx_fixtures(rule):
    folder = FIXTURES / "rules" / rule.code
    assert sorted(folder.glob("*.docx")), f"{rule.code} describes formatting: add fixtures/rules/{rule.code}/*.docx"


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_severity_policy_error_only_on_the_text_of_a_regulation(rule):
    errors = [p for p, sev in rule.severities().items() if sev == "error"]
    if errors:
        assert REGULATION_TEXT.search(rule.basis), (
            f"{rule.code} is an error on {errors} but its basis has no [T] evidence: {rule.basis!r}")


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_every_rule_documents_itself(rule):
    assert rule.summary and rule.summary_en and rule.basis
    assert rule.bad.strip() and rule.good.strip() and rule.bad != rule.good


def test_rules_json_carries_examples_basis_profiles_and_formats():
    proc = run_cli("rules", "--format", "json")
    assert proc.returncode == 0, proc.stderr_text
    data = {r["code"]: r for r in json.loads(proc.stdout_text)}
    assert set(data) == {r.code for r in RULES}
    for rule in RULES:
        item = data[rule.code]
        assert (item["bad"], item["good"], item["basis"]) == (rule.bad, rule.good, rule.basis)
        assert item["profiles"] == (sorted(rule.profiles) if rule.profiles is not None else None)
        assert item["formats"] == (sorted(rule.formats) if rule.formats is not None else None)
        assert set(item["severity_by_profile"]) == {"state", "party", "mttq", "unknown"}


def test_rules_profile_option_shows_the_severity_of_that_profile():
    differs = next(r for r in RULES if r.severity_by_profile.get("party") not in (None, r.severity))
    proc = run_cli("rules", "--format", "json", "--profile", "party")
    item = next(r for r in json.loads(proc.stdout_text) if r["code"] == differs.code)
    assert item["severity"] == differs.severity_by_profile["party"].value != differs.severity.value
    text = run_cli("rules", "--profile", "party").stdout_text
    line = next(line for line in text.splitlines() if line.startswith(differs.code))
    assert f" {differs.severity_by_profile['party'].value} " in line


def test_explain_shows_a_whole_document_example_line_by_line():
    multi = next(r for r in TEXT_RULES if r.bad.count("\n") >= 3)
    out = run_cli("explain", multi.code).stdout_text
    for line in multi.bad.strip("\n").splitlines():
        assert "    " + line in out
