"""The .docx fixer and annotator on real Word / LibreOffice / Google Docs files from ../shared."""

from __future__ import annotations

import glob
import io
import os
import unicodedata
import zipfile

import pytest
from conftest import SHARED, needs_shared, registry

from tdnlint.engine import Engine, RunOptions
from tdnlint.fixer import applicable, fix_loop
from tdnlint.readers.docx import DocxReader
from tdnlint.writers.docx_annotate import annotate_docx

REAL = sorted(glob.glob(str(SHARED / "real-docx" / "*.docx")))
TEXT_PARTS = ("word/document", "word/header", "word/footer", "word/footnotes", "word/endnotes")


def _members(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {i.filename: z.read(i.filename) for i in z.infolist()}


def _lint(path):
    engine = Engine(registry(), RunOptions(no_config=True))
    result = engine.lint_path(path)
    if result.error:
        pytest.skip(f"not readable: {result.error}")
    return engine, result, result.document


@needs_shared
@pytest.mark.parametrize("path", REAL, ids=[os.path.basename(p) for p in REAL])
@pytest.mark.parametrize("mode", ["tracked", "direct"])
def test_fix_real_document(path, mode):
    engine, result, doc = _lint(path)
    out = fix_loop(engine, path, doc, result, unsafe=False, mode=mode)
    assert not applicable(out.result.findings, unsafe=False), "safe fixes left after the loop"
    old, new = _members(doc.raw), _members(out.data)
    assert list(old) == list(new)
    changed = [k for k in old if old[k] != new[k]]
    assert all(k.startswith(TEXT_PARTS) for k in changed), changed
    assert bool(changed) == (out.fixed > 0)
    # idempotent: a second run has nothing left to do
    again = fix_loop(engine, path, out.document, out.result, unsafe=False, mode=mode)
    assert again.fixed == 0 and again.data == out.data
    # NFD documents stay NFD where we wrote
    if "nfd" in os.path.basename(path) and out.fixed:
        fixed_doc = DocxReader().read("x.docx", out.data)
        assert not fixed_doc.was_nfc


@needs_shared
@pytest.mark.parametrize("path", REAL, ids=[os.path.basename(p) for p in REAL])
def test_annotate_real_document(path):
    _, result, doc = _lint(path)
    data = annotate_docx(doc, result.findings)
    copy = DocxReader().read("x.docx", data)
    texts = lambda d: [p.text for p in d.paragraphs if p.part != "comment"]  # noqa: E731
    assert texts(copy) == texts(doc)
    ours = [c for c in copy.comments if c.author == "tdnlint"]
    theirs = [c for c in doc.comments]
    assert len(ours) == len(result.findings)
    assert len(copy.comments) == len(theirs) + len(ours)
    for c in ours:
        assert unicodedata.is_normalized("NFC", c.text) and c.text.startswith("[TDN")
