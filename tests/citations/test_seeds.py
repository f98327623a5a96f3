"""The real drafts in ../shared/seeds: every citation, symbol, date and year error is found and
no correct citation is flagged.  The expected lists were established by reading each draft."""

from __future__ import annotations

import pytest
from conftest import SHARED, lint_path, needs_shared

# (rule, text of the finding) for every TDN3xx finding expected in each seed; nothing else may appear.
EXPECTED = {
    "000": [("TDN333", " - ")],  # "nhiệm kỳ 2023 - 2025" among "2021 – 2026", "2021 – 2030"
    "001": [
        ("TDN301", "61/HD/MTTQ-BTT"),
        ("TDN325", "04/03/2021"),  # zero before month 3 while the other citations write 08/8, 03/4
        ("TDN306", "KH"),  # Kết luận số 16-KH/TW
        ("TDN305", "21-CT/TTg"),
        ("TDN325", "6/8/2012"),
        ("TDN309", "Quyết định 368/QĐ-TTg"),
        ("TDN309", "Quyết định 1648/QĐ/TTg"),
        ("TDN301", "1648/QĐ/TTg"),
        ("TDN333", " - "),  # "2018 - 2020" among en-dash periods
    ],
    "002": [
        ("TDN302", "57- KL/TW"),  # written so twice: one finding, the second place as `related`
        ("TDN305", "11/CT-TW"),
        ("TDN305", "26/CT-TW"),
    ],
    "003": [("TDN333", "-")],  # "2023-2025" vs "2021 – 2030"
    "004": [
        ("TDN302", "69 -HD/BTGTU"),
        ("TDN309", "Kế hoạch 01-KH/BCĐ"),
        ("TDN309", "Kết luận 57-KL/TW"),
        ("TDN309", "Nghị quyết 103/QH15"),
        ("TDN307", "103/QH15"),
        ("TDN330", "2025"),  # II. … NĂM 2025 in a guidance for 2024
        ("TDN309", "Nghị quyết 34-NQ/TW"),
        ("TDN331", "2025"),  # "trong năm 2025"
    ],
}


def _seed(prefix: str):
    return next((SHARED / "seeds").glob(f"{prefix}_*.txt"))


@needs_shared
@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_findings(prefix: str):
    # TDN3 alone: in a full run the engine keeps one fix per stretch of text, so e.g. TDN205's
    # "04/03/2021của" → "04/03/2021 của" hides TDN325 on the same date until the next run.
    result = lint_path(_seed(prefix), select=["TDN3"])
    found = [(f.rule, f.text) for f in result.findings if f.rule.startswith("TDN3")]
    assert found == EXPECTED[prefix]


@needs_shared
def test_seed_repeated_symbol_is_one_finding_with_both_places():
    result = lint_path(_seed("002"), select=["TDN302"])
    (f,) = result.findings
    assert len(f.related) == 1 and len(f.fix.edits) == 2


@needs_shared
def test_seed_symbol_fixes():
    result = lint_path(_seed("004"), select=["TDN3"])
    by_rule = {f.rule: f for f in result.findings}
    assert by_rule["TDN302"].suggestion == "69-HD/BTGTU"
    assert by_rule["TDN307"].suggestion == "103/2023/QH15"
    result = lint_path(_seed("001"), select=["TDN3"])
    assert {f.suggestion for f in result.findings if f.rule in ("TDN301", "TDN305", "TDN306")} == {
        "61/HD-MTTQ-BTT", "1648/QĐ-TTg", "21/CT-TTg", "KL"}
