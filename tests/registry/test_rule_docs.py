"""Every registered rule explains itself to a clerk and is pinned by its own fixtures (issue 10 item 13, issue 14).

For each rule of the registry:
- ``description`` is Vietnamese text that names no code internals (module paths, ``ctx.``, ``.py`` files,
  snake_case identifiers): it is what ``tdnlint explain`` shows a clerk;
- ``description_en`` exists and names no module path either;
- ``fixtures/rules/<CODE>/`` exists with at least one ``bad*`` and one ``good*`` case
  (tests/registry/test_rule_fixtures.py compares them with their snapshots);
- ``tdnlint explain CODE`` prints the Vietnamese summary and description, ``--lang en`` the English ones.

``problems()`` is the check itself; the last test runs it on a rule that breaks each point, so the whole-registry
tests cannot pass vacuously.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, registry

from tdnlint.cli import main

RULES = list(registry().rules.values())
CASES = FIXTURES / "rules"

# A word holding a letter only Vietnamese uses (ă â đ ê ô ơ ư or a precomposed tone mark U+1EA0–U+1EF9).
_VN_WORD = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
# Code internals a clerk cannot use: "tdnlint.analysis…", "tdnlint_rules.x", "segments.py", "ctx.segments",
# "recipients_label".  ".tdnlint.toml" (the configuration file a clerk edits) is not one.
_MODULE_PATH = re.compile(r"(?<![.\w])tdnlint(?:_rules)?\.(?!toml\b)\w|\b\w+\.py\b|\bctx\.\w")
_SNAKE_CASE = re.compile(r"(?<![\w-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


def vietnamese_share(text: str) -> float:
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return sum(1 for w in words if _VN_WORD.search(w)) / max(1, len(words))


def cases(code: str, root: Path = CASES) -> list[Path]:
    folder = root / code
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.is_dir() or p.suffix in (".txt", ".md", ".docx")]


def problems(rule, root: Path = CASES) -> list[str]:
    """What keeps ``rule`` from being documented for a clerk and pinned by fixtures (empty: nothing)."""
    out = []
    vi = getattr(rule, "description", "") or ""
    en = getattr(rule, "description_en", "") or ""
    if not vi.strip():
        out.append("no Vietnamese description")
    elif vietnamese_share(vi) < 0.3:
        out.append(f"description is not Vietnamese ({vietnamese_share(vi):.0%} Vietnamese words)")
    for m in (*_MODULE_PATH.finditer(vi), *_SNAKE_CASE.finditer(vi)):
        out.append(f"description names a code internal: {m.group()!r}")
    if not en.strip():
        out.append("no English description_en")
    for m in _MODULE_PATH.finditer(en):
        out.append(f"description_en names a module path: {m.group()!r}")
    stems = [p.stem for p in cases(rule.code, root)]
    if not (root / rule.code).is_dir():
        out.append(f"no fixture folder fixtures/rules/{rule.code}/")
    else:
        if not any(s.startswith("bad") for s in stems):
            out.append(f"fixtures/rules/{rule.code}/ has no bad* case")
        if not any(s.startswith("good") for s in stems):
            out.append(f"fixtures/rules/{rule.code}/ has no good* case")
    return out


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented_in_vietnamese_and_has_fixtures(rule):
    assert problems(rule) == []


def _explain(*args: str) -> str:
    result = CliRunner().invoke(main, ["explain", *args])
    assert result.exit_code == 0, result.output
    return result.output


def _squeeze(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_explain_prints_the_vietnamese_page_by_default_and_the_english_one_with_lang_en(rule):
    vi = _squeeze(_explain(rule.code))
    assert _squeeze(rule.summary) in vi and _squeeze(rule.description) in vi
    assert _squeeze(rule.description_en) not in vi
    en = _squeeze(_explain(rule.code, "--lang", "en"))
    assert _squeeze(rule.summary_en) in en and _squeeze(rule.description_en) in en
    assert _squeeze(rule.description) not in en


def test_the_check_fails_on_a_rule_without_fixtures_or_vietnamese_text(tmp_path):
    """The whole-registry test above can fail: a rule that breaks every point is caught on each one."""
    bad = SimpleNamespace(code="TDN999", description="Checks ctx.segments.recipients_label in tdnlint.analysis.",
                          description_en="See tdnlint_rules/recipients/label_format.py.")
    found = problems(bad)
    assert any("not Vietnamese" in p for p in found)
    assert any("'ctx.s'" in p for p in found) and any("'recipients_label'" in p for p in found)
    assert any("description_en names a module path" in p for p in found)
    assert "no fixture folder fixtures/rules/TDN999/" in found
    # a real rule with its fixture folder taken away: the same check reports it
    real = registry().rules["TDN550"]
    like_real = SimpleNamespace(code="TDN999", description=real.description, description_en=real.description_en)
    assert problems(like_real) == ["no fixture folder fixtures/rules/TDN999/"]
    # a folder with good cases only, then with bad cases only
    (tmp_path / "TDN999").mkdir()
    (tmp_path / "TDN999" / "good.txt").write_text("Văn bản đúng.\n", encoding="utf-8")
    assert problems(like_real, tmp_path) == ["fixtures/rules/TDN999/ has no bad* case"]
    (tmp_path / "TDN999" / "good.txt").rename(tmp_path / "TDN999" / "bad.txt")
    assert problems(like_real, tmp_path) == ["fixtures/rules/TDN999/ has no good* case"]
