"""Randomised round trips: whatever edits a writer accepts, reading the result back gives exactly the
analysis text with those edits applied, and characters outside the edits keep their formatting."""

from __future__ import annotations

import random
import unicodedata

import pytest
from conftest import registry
from docx_cases import body_paragraphs, char_formats
from docx_factory import Para, R, docx_bytes

from tdnlint.engine import Engine, RunOptions
from tdnlint.findings import Edit
from tdnlint.readers.docx import DocxReader
from tdnlint.writers.docx_writer import apply_docx_edits
from tdnlint.writers.text_writer import apply_text_edits

WORDS = ["năm", "2021,", "Ban", "Thường", "trực", "(", ")", "quả", "Điều", "ấy", " ", "  ", ".", "hòa"]
REPL = ["", " ", ", ", "x", "ủy", "Đ", "  "]


def _expected(text: str, edits: list[Edit]) -> str:
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:e.start] + e.replacement + text[e.end:]
    return text


def _random_edits(rng, n_chars: int, k: int) -> list[Edit]:
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for _ in range(k):
        s = rng.randrange(0, n_chars + 1)
        e = min(n_chars, s + rng.choice([0, 1, 1, 2, 3]))
        if any(s <= b and a <= e for a, b in taken):
            continue  # the writers get non-touching edits, as the fixer guarantees
        taken.append((s, e))
        edits.append(Edit(0, s, e, rng.choice(REPL) or ("" if e > s else "z")))
    return edits


@pytest.mark.parametrize("seed", range(40))
def test_text_writer_round_trip(seed):
    rng = random.Random(seed)
    line = "".join(rng.choice(WORDS) + rng.choice(["", " "]) for _ in range(8)).strip() or "a"
    form = rng.choice(["NFC", "NFD"])
    md = rng.random() < 0.5
    if md:
        line = line.replace("Ban", "**Ban**", 1)
    raw = (unicodedata.normalize(form, line) + rng.choice(["\n", "\r\n", ""])).encode()
    engine = Engine(registry(), RunOptions(no_config=True))
    name = "a.md" if md else "a.txt"
    doc = engine.read(name, raw)
    text = doc.paragraphs[0].text
    edits = _random_edits(rng, len(text), 4)
    data, refused = apply_text_edits(doc, edits)
    done = [e for e in edits if e not in refused]
    again = engine.read(name, data)
    assert again.paragraphs[0].text == unicodedata.normalize("NFC", _expected(text, done))
    if form == "NFD" and done:
        assert unicodedata.is_normalized("NFD", data.decode().replace("\r", ""))
    assert data.endswith(raw[len(raw.rstrip(b"\r\n")):])  # line terminator kept


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("tracked", [True, False])
def test_docx_writer_round_trip(seed, tracked):
    rng = random.Random(seed)
    runs = []
    form = rng.choice(["NFC", "NFC", "NFD"])
    for _ in range(rng.randrange(1, 5)):
        chunk = unicodedata.normalize(form, "".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 4))))
        runs.append(R(chunk, bold=rng.random() < 0.5, italic=rng.random() < 0.3,
                      size=rng.choice([None, 13, 14]),
                      tracked=rng.choice([None, None, None, "ins", "del"])))  # someone else's revisions
    data = docx_bytes([Para(runs)])
    doc = DocxReader().read("x.docx", data)
    text = doc.paragraphs[0].text
    edits = _random_edits(rng, len(text), 3)
    out, refused = apply_docx_edits(doc, edits, tracked=tracked)
    done = [e for e in edits if e not in refused]
    again = DocxReader().read("x.docx", out)
    assert again.paragraphs[0].text == _expected(text, done)
    if form == "NFD" or any(r.tracked for r in runs):
        return  # formatting check below compares w:t text, which differs from the analysis text here
    # every character outside the edits keeps the formatting of its run
    before = char_formats(body_paragraphs(data)[0])
    after = char_formats(body_paragraphs(out)[0])
    shift, k, moved = 0, 0, {}
    spans = sorted((e.start, e.end, len(e.replacement)) for e in done)
    for i in range(len(text)):
        while k < len(spans) and spans[k][1] <= i and not (spans[k][0] == spans[k][1] == i):
            shift += spans[k][2] - (spans[k][1] - spans[k][0])
            k += 1
        if k < len(spans) and spans[k][0] == spans[k][1] == i:  # insertion right before i
            shift += spans[k][2]
            k += 1
        if any(a <= i < b for a, b, _ in spans):
            continue
        moved[i] = i + shift
    assert all(after[j] == before[i] for i, j in moved.items())


@pytest.mark.parametrize("seed", range(30))
def test_annotate_anchors_every_random_span_exactly(seed):
    from docx_cases import commented_texts, comments

    from tdnlint.findings import Finding, Severity
    from tdnlint.writers.docx_annotate import annotate_docx

    rng = random.Random(seed)
    paras = []
    for _ in range(rng.randrange(1, 4)):
        paras.append(Para([R("".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 4))) or "x",
                             bold=rng.random() < 0.5) for _ in range(rng.randrange(1, 4))]))
    data = docx_bytes(paras)
    doc = DocxReader().read("x.docx", data)
    findings = []
    for k in range(rng.randrange(1, 6)):
        p = rng.choice([q for q in doc.paragraphs if q.part == "body"])
        s = rng.randrange(0, len(p.text) + 1)
        e = min(len(p.text), s + rng.randrange(0, 6))
        findings.append(Finding(rule="TDN999", name="x", category="spacing", severity=Severity.WARNING,
                                message=f"m{k}", paragraph_index=p.index, start=s, end=e, text=p.text[s:e]))
    out = annotate_docx(doc, findings)
    by_msg = {t.split("] ", 1)[1]: cid for cid, (_, t) in comments(out).items()}
    anchored = commented_texts(out)
    for f in findings:
        assert anchored[by_msg[f.message]] == f.text
    assert [p.text for p in DocxReader().read("y.docx", out).paragraphs if p.part != "comment"] == \
        [p.text for p in doc.paragraphs if p.part != "comment"]
