"""A third-party pack reads the shared citation analysis and adds known documents."""

from __future__ import annotations

import types

from tdnlint import hookimpl
from tdnlint.config import Settings
from tdnlint.engine import Engine, RunOptions
from tdnlint.findings import Severity
from tdnlint.plugins import load_registry
from tdnlint.rule import Rule


class OldSteeringCommittee(Rule):
    code = "ACME301"
    name = "old-steering-committee"
    category = "citation"
    severity = Severity.INFO
    summary = "Ban Chỉ đạo cũ."

    def check(self, ctx):
        for cit in ctx.citations.references():
            if cit.symbol.issuer == "BCĐ" and cit.date and cit.date.year < 2025:
                p = ctx.document.paragraphs[cit.paragraph]
                ctx.report(self, p, cit.symbol.start, cit.symbol.end, message=f"{cit.symbol.key}: Ban Chỉ đạo cũ.")


def _pack():
    mod = types.ModuleType("acme_pack")

    @hookimpl
    def tdnlint_rules():
        return [OldSteeringCommittee]

    @hookimpl
    def tdnlint_known_documents():
        return [{"symbol": "05-HD/TU", "type": "Hướng dẫn", "date": "12/3/2024", "issuer": "Tỉnh ủy"}]

    mod.tdnlint_rules = tdnlint_rules
    mod.tdnlint_known_documents = tdnlint_known_documents
    return mod


def test_third_party_rule_and_registry_entries():
    registry = load_registry(extra_plugins=[_pack()])
    engine = Engine(registry, RunOptions(no_config=True))
    text = ("Thực hiện Kế hoạch số 01-KH/BCĐ, ngày 18/01/2024 của Ban Chỉ đạo tỉnh; "
            "Hướng dẫn số 05-HD/TU ngày 21/3/2024 của Tỉnh ủy.\n")
    doc = engine.read("draft.txt", text.encode("utf-8"))
    result = engine.lint_document(doc, Settings(select=["ACME", "TDN311"]))
    found = [(f.rule, f.text) for f in result.findings]
    assert ("ACME301", "01-KH/BCĐ") in found
    assert ("TDN311", "21/3/2024") in found
