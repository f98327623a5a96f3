"""De-duplication: the sweep gives exactly what the pairwise comparison gave, and scales."""

from __future__ import annotations

import random
import time

from tdnlint.engine import _covers, _dedupe
from tdnlint.findings import Edit, Finding, Fix, Severity


def _pairwise(findings: list[Finding]) -> list[Finding]:
    """The former O(n²) algorithm, kept as the reference."""
    seen = set()
    out = []
    for f in findings:
        key = (f.rule, f.paragraph_index, f.start, f.end, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    fixed = [f for f in out if f.fix and f.fix.edits]
    if len(fixed) < 2:
        return out
    by_para: dict[int, list[Finding]] = {}
    for f in fixed:
        by_para.setdefault(f.fix.edits[0].paragraph, []).append(f)
    dropped: set[int] = set()
    for group in by_para.values():
        for a in group:
            for b in group:
                if a is b or a.rule == b.rule or id(a) in dropped or id(b) in dropped:
                    continue
                if _covers(a, b) and (not _covers(b, a) or a.rule < b.rule):
                    dropped.add(id(b))
    return [f for f in out if id(f) not in dropped]


def _finding(rng: random.Random, text: str) -> Finding:
    para = rng.randrange(3)
    edits = []
    for _ in range(rng.choice((1, 1, 1, 2))):
        s = rng.randrange(len(text))
        e = min(len(text), s + rng.choice((0, 1, 1, 2, 3, 5, 8)))
        repl = rng.choice((text[s:e], text[s:e].upper(), "x", "", " " + text[s:e]))
        edits.append(Edit(para if rng.random() < 0.9 else (para + 1) % 3, s, e, repl))
    s0, e0 = edits[0].start, edits[0].end
    return Finding(rule=rng.choice(("TDN201", "TDN202", "TDN401", "TDN402")), name="n", category="spacing",
                   severity=Severity.WARNING, message=rng.choice(("m1", "m2")), paragraph_index=para,
                   start=s0, end=e0, text=text[s0:e0] if rng.random() < 0.7 else None,
                   fix=Fix(tuple(edits)) if rng.random() < 0.9 else None)


def test_same_result_as_pairwise_on_random_overlaps():
    text = "abcabcabcabc"
    for seed in range(400):
        rng = random.Random(seed)
        findings = [_finding(rng, text) for _ in range(rng.randrange(2, 25))]
        assert [id(f) for f in _dedupe(findings)] == [id(f) for f in _pairwise(findings)], seed


def test_nested_fix_is_dropped_and_chains_resolve():
    outer = Finding("TDN101", "a", "header", Severity.ERROR, "m", paragraph_index=0, start=0, end=9, text="CONG HOA",
                    fix=Fix((Edit(0, 0, 8, "CỘNG HÒA"),)))
    inner = Finding("TDN401", "b", "spelling", Severity.ERROR, "m", paragraph_index=0, start=5, end=8, text="HOA",
                    fix=Fix((Edit(0, 5, 8, "HÒA"),)))
    assert _dedupe([outer, inner]) == [outer]


def test_many_disjoint_fixes_in_one_paragraph_scale():
    n = 100_000
    findings = [Finding("TDN201" if i % 2 else "TDN202", "n", "spacing", Severity.WARNING, "m", paragraph_index=0,
                        start=3 * i, end=3 * i + 1, text=",", fix=Fix((Edit(0, 3 * i, 3 * i + 1, ", "),)))
                for i in range(n)]
    t = time.process_time()
    assert len(_dedupe(findings)) == n
    # Pairwise took minutes here; the sweep takes well under a second.  Generous bound, not a benchmark.
    assert time.process_time() - t < 20
