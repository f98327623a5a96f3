"""Each rule's documented bad example triggers it and its good example does not."""

from __future__ import annotations

import pytest
from conftest import codes, lint_text, registry

# Rules whose examples need a whole document (own date line, title, headings) are shown by
# their fixtures instead: TDN321, TDN330, TDN331, TDN334.
SELF_CONTAINED = ["TDN301", "TDN302", "TDN303", "TDN304", "TDN305", "TDN306", "TDN307", "TDN308", "TDN309",
                  "TDN310", "TDN311", "TDN312", "TDN313", "TDN320", "TDN322", "TDN323", "TDN325", "TDN326", "TDN332",
                  "TDN333"]


@pytest.mark.parametrize("code", SELF_CONTAINED)
def test_bad_example_triggers_and_good_does_not(code):
    rule = registry().rules[code]
    bad = rule.bad.replace("…", "… .\n").replace("; ", ";\n")
    good = rule.good.replace("…", "… .\n").replace("; ", ";\n")
    assert code in codes(lint_text(bad, select=[code])), rule.bad
    assert code not in codes(lint_text(good, select=[code])), rule.good


def test_every_rule_is_documented():
    for code, rule in registry().rules.items():
        if code.startswith("TDN3"):
            assert rule.summary and rule.summary_en and rule.bad and rule.good and rule.basis, code
            assert rule.category in ("citation", "date", "year", "consistency"), code
