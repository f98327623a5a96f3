"""Every fixture under fixtures/citations shows one problem (named by its file) or none (clean-*)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, codes, lint_path

CITATIONS = FIXTURES / "citations"
ALL = sorted([*CITATIONS.glob("*.txt"), *CITATIONS.glob("*.md")])


def _tdn3(result):
    return [c for c in codes(result) if c.startswith("TDN3")]


def _lint(path):
    # Our rules alone: in a full run the engine keeps one finding when two rules fix the same
    # text (e.g. the header rule TDN110 and TDN302 on the own number line).
    return lint_path(path, select=["TDN3"])


@pytest.mark.parametrize("path", [p for p in ALL if p.name.startswith("clean-")], ids=lambda p: p.name)
def test_clean_fixture_has_no_citation_date_or_year_finding(path: Path):
    assert _tdn3(lint_path(path)) == []  # full run: nothing of ours


@pytest.mark.parametrize("path", [p for p in ALL if p.name.startswith("tdn")], ids=lambda p: p.name)
def test_fixture_shows_exactly_its_problem(path: Path):
    expected = path.name.split("-", 1)[0].upper()
    assert _tdn3(_lint(path)) == [expected]


def test_there_is_a_fixture_for_every_rule_and_clean_ones_for_each_family():
    from conftest import registry

    # cross-document rules (needs_register) show their problems on a repository: fixtures/repo, tests/repo
    ours = {code for code, rule in registry().rules.items()
            if code.startswith("TDN3") and not getattr(rule, "needs_register", False)}
    shown = {p.name.split("-", 1)[0].upper() for p in ALL if p.name.startswith("tdn")}
    assert ours <= shown, ours - shown
    assert {"clean-state.txt", "clean-party.txt", "clean-mttq.txt"} <= {p.name for p in ALL}


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("tdn301-separators.txt", "61/HD-MTTQ-BTT"),
        ("tdn301-glued.txt", "15/QĐ-UBND"),
        ("tdn302-number-line-space.txt", "69-HD/BTGTU"),
        ("tdn302-citation-space.txt", "57-KL/TW"),
        ("tdn303-en-dash.txt", "57-KL/TW"),
        ("tdn304-case.txt", "56/2012/NĐ-CP"),
        ("tdn305-party-as-state.txt", "11-CT/TW"),
        ("tdn305-state-as-party.txt", "21/CT-TTg"),
        ("tdn305-mttq-as-party.txt", "97/HD-MTTQ-BTT"),
        ("tdn306-type-code.txt", "KL"),
        ("tdn307-qh-year.txt", "103/2023/QH15"),
        ("tdn307-decree-year.txt", "30/2020/NĐ-CP"),
        ("tdn308-admin-year.txt", "15/KH-UBND"),
        ("tdn311-registry-issuer.txt", "Ban Bí thư"),
        ("tdn325-citation-date-zero.txt", "06/8/2012"),
        ("tdn330-heading-year.txt", "2024"),
        ("tdn333-period-dash.txt", "2021 - 2030"),
    ],
)
def test_suggestion(name: str, suggestion: str):
    findings = [f for f in _lint(CITATIONS / name).findings if f.rule.startswith("TDN3")]
    assert [f.suggestion for f in findings] == [suggestion]


def test_own_number_line_gets_one_finding_in_a_full_run():
    findings = [f for f in lint_path(CITATIONS / "tdn302-number-line-space.txt").findings if f.line == 4]
    assert [f.suggestion for f in findings] == ["69-HD/BTGTU"]
    assert findings[0].rule in ("TDN110", "TDN302")
