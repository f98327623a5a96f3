"""The per-rule finding cap counts what the user is shown: suppressed findings are neither listed nor
counted in "… và K chỗ khác", and a suppression of a finding beyond the cap is still used (no TDN001)."""

from __future__ import annotations

import json

from conftest import run_cli


def _findings(path):
    r = run_cli("check", "--no-config", "--select", "TDN201,TDN001", "--format", "json", str(path))
    return json.loads(r.stdout)["files"][0]["findings"]


def test_suppression_beyond_the_cap_counts_as_used_and_is_not_counted(tmp_path):
    lines = ["a,b"] * 600
    lines[0] = "<!-- tdnlint-disable TDN201 -->a,b"  # block: lines 1-10
    lines[10] = "<!-- tdnlint-enable TDN201 -->"
    lines[549] = "a,b <!-- tdnlint-disable-line TDN201 -->"  # far beyond the 500th finding
    p = tmp_path / "many.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = _findings(p)
    assert not [f for f in found if f["rule"] == "TDN001"]  # both directives silenced something
    listed = [f for f in found if f["rule"] == "TDN201"]
    assert len(listed) == 501 and listed[0]["line"] == 12  # 500 + the summary, first after the block
    assert 550 not in [f["line"] for f in listed[:-1]]
    # 600 lines - 10 in the block - the enable line - line 550 = 588 shown or counted: 500 listed, 88 more
    assert "và 88 chỗ khác" in listed[-1]["message"]


def test_unused_suppression_beyond_the_cap_is_still_reported(tmp_path):
    lines = ["a,b"] * 600
    lines[549] = "ab <!-- tdnlint-disable-line TDN201 -->"  # nothing to silence on this line
    p = tmp_path / "many.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = _findings(p)
    assert [f["line"] for f in found if f["rule"] == "TDN001"] == [550]
    assert "và 99 chỗ khác" in [f for f in found if f["rule"] == "TDN201"][-1]["message"]
