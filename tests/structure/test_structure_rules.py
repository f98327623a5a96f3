"""Every structure/header/numbering/signature rule: a bad fixture fires it, clean fixtures are silent.

Fixtures are our own drafts in fixtures/structure/ (never text from ../shared).  Each bad fixture is a clean
one with a single defect; its file name starts with the code it must trigger.  The same fixtures are also
checked as .docx (header block and signature in borderless tables, runs split mid-word).
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES, codes, lint_path, lint_text, registry
from structure_docx import docx_from_text

STRUCT = FIXTURES / "structure"
CLEAN = sorted((STRUCT / "clean").glob("*.txt"))
BAD = sorted((STRUCT / "bad").glob("TDN*.txt"))

MY_PREFIXES = ("TDN10", "TDN11", "TDN12", "TDN13", "TDN14", "TDN50", "TDN51", "TDN52", "TDN53")


def mine(result) -> list[str]:
    return [c for c in codes(result) if c.startswith(MY_PREFIXES) and c >= "TDN106"]


def test_every_rule_has_a_bad_fixture():
    ours = {c for c in registry().rules if c.startswith(MY_PREFIXES) and c >= "TDN106"}
    covered = {p.name.split("_")[0] for p in BAD}
    assert ours <= covered, sorted(ours - covered)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.stem)
def test_clean_fixture_txt_is_silent(path):
    assert mine(lint_path(path)) == []


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.stem)
def test_clean_fixture_docx_is_silent(path, tmp_path):
    docx = docx_from_text(path.read_text(encoding="utf-8"), tmp_path / (path.stem + ".docx"))
    assert mine(lint_path(docx)) == []


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_bad_fixture_txt_fires(path):
    code = path.name.split("_")[0]
    result = lint_path(path, select=[code])
    assert code in codes(result), [f.message for f in result.findings]
    # and nothing else of ours fires on it when everything is enabled, except knock-on effects listed here
    others = set(mine(lint_path(path))) - {code} - KNOCK_ON.get(path.stem, set())
    assert not others, others


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_bad_fixture_docx_fires(path, tmp_path):
    code = path.name.split("_")[0]
    docx = docx_from_text(path.read_text(encoding="utf-8"), tmp_path / (path.stem + ".docx"))
    result = lint_path(docx, select=[code])
    assert code in codes(result), [f.message for f in result.findings]


# A defect that is legitimately reported by two rules (e.g. a missing title leaves no summary either).
KNOCK_ON: dict[str, set[str]] = {}


def test_party_colon_is_a_warning_and_state_colon_an_error():
    party = lint_path(STRUCT / "bad" / "TDN108_number_label_party_colon.txt", select=["TDN108"])
    state = lint_path(STRUCT / "bad" / "TDN108_number_label_no_colon.txt", select=["TDN108"])
    assert [f.severity.value for f in party.findings] == ["warning"]
    assert [f.severity.value for f in state.findings] == ["error"]


def test_missing_signature_is_a_warning_on_a_draft_and_an_error_otherwise():
    done = lint_path(STRUCT / "bad" / "TDN530_signature_missing.txt", select=["TDN530"])
    assert [f.severity.value for f in done.findings] == ["error"]
    text = (STRUCT / "clean" / "state_kehoach.txt").read_text(encoding="utf-8")
    draft = text.replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Thị Minh Hòa\n", "")
    r = lint_text(draft, select=["TDN530"])
    assert [f.severity.value for f in r.findings] == ["warning"]  # "Số:      /KH-UBND": number left blank


@pytest.mark.parametrize(
    ("old", "new", "fixed"),
    [
        ("1.2. Địa điểm", "1.2 Địa điểm", "1.2. Địa điểm"),
        ("Số:      /KH-UBND", "Số: 5/KH-UBND", "Số: 05/KH-UBND"),
        ("An Thạnh, ngày 05 tháng 02 năm 2026", "An Thạnh ngày 5 tháng 2 năm 2026", "An Thạnh, ngày 05 tháng 02 năm 2026"),
        ("KT. CHỦ TỊCH", "K/T CHỦ TỊCH", "KT. CHỦ TỊCH"),
        ("II. NỘI DUNG", "II. Nội dung", "II. NỘI DUNG"),
        ("KẾ HOẠCH\n", "Kế hoạch\n", "KẾ HOẠCH\n"),
    ],
)
def test_fixes_restore_the_clean_text(old, new, fixed):
    clean = (STRUCT / "clean" / "state_kehoach.txt").read_text(encoding="utf-8")
    bad = clean.replace(old, new)
    result = lint_text(bad, select=["TDN108", "TDN109", "TDN113", "TDN115", "TDN513", "TDN516", "TDN531"])
    lines = bad.split("\n")
    edits = []
    for f in result.findings:
        assert f.fix is not None, f.message
        edits += f.fix.edits
    for e in sorted(edits, key=lambda e: (e.paragraph, e.start), reverse=True):
        line = lines[e.paragraph]
        lines[e.paragraph] = line[: e.start] + e.replacement + line[e.end:]
    assert "\n".join(lines) == clean.replace(old, fixed)


def test_docs_fields_present():
    for code, rule in registry().rules.items():
        if code.startswith(MY_PREFIXES) and code >= "TDN106":
            assert rule.summary and rule.summary_en and rule.bad and rule.good and rule.basis != "convention", code
