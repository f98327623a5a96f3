"""Memory of the shared tables and of the spelling scan (issue 10 item 3).

Peak RSS is measured in a subprocess (``_measure.py``) with generous limits; bench/bench_memory.py has the
exact figures per input class and docs/reader.md the table.  The structural tests below check what keeps the
memory low (tables off the Python heap, loaded only when needed, the scan's pieces equal to the one-pass
versions they replace) and fail if a change quietly brings the old structures back.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _measure import measure

from tdnlint.vietnamese.checker import _PUNCT, _split_words
from tdnlint.vietnamese.lexicon import HashedMap, HashedSet, base_lexicon, parse_lexicon

DRAFT = "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì phối hợp thực hiện kế hoạch đổi mới.\n"


def _as_installed(tmp_path, monkeypatch) -> None:
    """Run the CLI as an installed tool runs: with a bytecode cache (without one, every start compiles ~250
    modules and the compiler's garbage dominates the peak being measured); the first run fills it."""
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path / "pycache"))
    measure("rules", cwd=tmp_path)


def test_memory_floor_of_a_one_line_draft_stays_low(tmp_path, monkeypatch):
    (tmp_path / "one.txt").write_text(DRAFT, encoding="utf-8")
    _as_installed(tmp_path, monkeypatch)
    run = measure("check", "--no-config", "--no-cache", "--format", "json", "one.txt", cwd=tmp_path)
    assert json.loads(run.stdout)["files"][0]["error"] is None, run.stderr
    # 68 MB when the lexicon was sets of strings and the n-gram blocks were decompressed all at once;
    # ~39 MB measured now (import ~27 MB, tables ~11 MB)
    assert run.peak_mb < 60


def test_a_document_without_words_loads_no_word_table(tmp_path):
    (tmp_path / "blank.txt").write_text("\n" * 5000, encoding="utf-8")
    script = (
        "from tdnlint.engine import Engine, RunOptions\n"
        "from tdnlint.plugins import load_registry\n"
        "from tdnlint.vietnamese.lexicon import base_lexicon\n"
        "from tdnlint.vietnamese import ngrams\n"
        "r = Engine(load_registry(), RunOptions(no_config=True)).process('blank.txt')\n"
        "assert r.error is None, r.error\n"
        "loaded = vars(base_lexicon())\n"
        "print(sorted(n for n in ('syllables', 'words', 'nearmiss') if n in loaded), ngrams.load_ngrams.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]", "0"], out.stderr


def test_hashed_set_and_map_answer_like_a_set_and_a_dict():
    rng = random.Random(5)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    strings = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(3000)})
    member, absent = strings[::2], strings[1::2]
    hs = HashedSet.of([member[:700], member[700:]])
    assert all(s in hs for s in member) and not any(s in hs for s in absent)
    assert len(hs) == len(member)
    with_user = hs | ["thêm từ"]
    assert "thêm từ" in with_user and "thêm từ" not in hs and member[0] in with_user
    values = ["đổi mới", "kết luận", "an ninh"]
    mapping = {s: values[i % 3] for i, s in enumerate(member)}
    keys = list(mapping)
    hm = HashedMap([keys[:100], keys[100:]], lambda: [[mapping[k] for k in keys[:50]], [mapping[k] for k in keys[50:]]])
    assert all(hm[k] == v and hm.get(k) == v and k in hm for k, v in mapping.items())
    assert not any(k in hm for k in absent) and hm.get(absent[0]) is None
    with pytest.raises(KeyError):
        hm[absent[0]]
    probe = set(absent[:500]) | set(member[:40])
    assert probe & hm.keys() == set(member[:40]) == hm.keys() & probe


def test_shipped_lexicon_reads_every_section():
    lex = base_lexicon()
    assert "phản đối" in lex.words and "ỷ quyền ỷ thế" in lex.words and "phản" not in lex.words
    assert lex.nearmiss["đối mới"] == "đổi mới" and "an ninh" in lex.terms and "người" in lex.syllables
    text = (
        "# header\n@syllables\nđổi mới an ninh\n3 2 1 1\n@words\nđổi mới\nan ninh\n@terms\nđổi mới\n"
        "@nearmiss\nđối mới\n@nearmiss-targets\nđổi mới\n"
    )
    small = parse_lexicon(text.encode("utf-8"))
    assert small.syllables == frozenset(["đổi", "mới", "an", "ninh"]) and small.weight["đổi"] == 3
    assert "an ninh" in small.words and "mới an" not in small.words
    assert small.nearmiss["đối mới"] == "đổi mới" and small.terms == frozenset(["đổi mới"])


@pytest.mark.parametrize("seed", range(30))
def test_spelling_scan_words_are_those_of_the_one_pass_split(seed):
    rng = random.Random(seed)
    pieces = ["ủy", "ban,", "(dân)", "tỉnh...", "“sở”", "\x00", "a-b", "x/y", "2025", "…", "đ/c"]
    seps = [" ", "  ", "\t", "\n", ",", " - ", ""]
    low = "".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(0, 4000)))
    words = _split_words(low, chunk=rng.randint(1, 80))
    assert words == _PUNCT.sub(" \x00 ", low).split()
    # one string per distinct word (400,000 words of a 2 MB text are a few thousand distinct ones)
    assert len({id(w) for w in words}) == len(set(words))


def test_two_megabyte_paragraph_stays_within_the_memory_target(tmp_path, monkeypatch):
    rng = random.Random(1)
    words = DRAFT.split()
    text = " ".join(rng.choice(words) for _ in range(300_000))  # ~2 MB, one paragraph
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    _as_installed(tmp_path, monkeypatch)
    run = measure("check", "--no-config", "--no-cache", "--timeout-per-file", "0", "--format", "json", "long.txt",
                  cwd=tmp_path)
    assert json.loads(run.stdout)["files"][0]["error"] is None, run.stderr
    target = 40 + 30 * len(text.encode("utf-8")) / 2**20  # issue 10: 40 MB + 30 × the text
    assert run.peak_mb < 1.5 * target  # was 175 MB for 2.5 MB (target 114); ~110 MB measured


def test_paragraphs_and_runs_stay_small():
    """The model's per-paragraph cost (docs/reader.md, "Memory"): 10 slots a paragraph, rarely-set attributes in
    one shared object, one shared empty run tuple, 3 slots a run; layout values read and set as attributes."""
    from tdnlint.model import Paragraph, Run

    a, b = Paragraph("", line=1000, number=1000), Paragraph("", line=1001, number=1001)
    assert sys.getsizeof(a) <= 120 and not hasattr(a, "__dict__")
    assert a.runs is b.runs and a._x is b._x  # shared: no per-paragraph list or layout object
    c, d = Paragraph("x", style="Normal", alignment="center"), Paragraph("y", style="Normal", alignment="center")
    assert c._x is d._x and (c.style, c.alignment, c.fields, c.drawings) == ("Normal", "center", (), ())
    d.alignment = "both"  # setting one paragraph's layout leaves the other's alone
    assert (c.alignment, d.alignment, d.style) == ("center", "both", "Normal")
    r = Run(0, 5, font="Times New Roman", bold=True)
    assert sys.getsizeof(r) <= 64 and (r.font, r.bold, r.italic, r.hidden) == ("Times New Roman", True, None, False)
    assert r == Run(0, 5, "Times New Roman", None, True) and Paragraph("x", runs=[r]) == Paragraph("x", runs=[r])


def test_nfd_offsets_are_compact_and_match_the_cluster_by_cluster_version():
    import unicodedata
    from array import array

    from tdnlint.model import nfc_with_offsets

    def plain(source: str):  # the per-cluster loop the compact version replaces
        out, offsets, i = [], [], 0
        while i < len(source):
            j = i + 1
            while j < len(source) and unicodedata.combining(source[j]):
                j += 1
            chunk = unicodedata.normalize("NFC", source[i:j])
            out.append(chunk)
            offsets.extend([i] * len(chunk))
            i = j
        return "".join(out), [*offsets, len(source)]

    rng = random.Random(11)
    alphabet = [*"aăâeêioôơuưy Đđ\t", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b",
                "\u212b", "\u1100", "\u1161", "\u11a8", "\u0344", "\U0001d15e"]
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    samples.append(unicodedata.normalize("NFD", DRAFT * 400))  # more than one block of clusters
    for s in samples:
        text, offsets = nfc_with_offsets(s)
        if offsets is None:
            assert unicodedata.is_normalized("NFC", s) and text == s
            continue
        assert isinstance(offsets, array) and offsets.itemsize == 4
        assert (text, list(offsets)) == plain(s)


def test_the_main_part_is_parsed_as_it_is_decompressed(monkeypatch):
    """The main part of a .docx is never held whole in memory while reading (up to 200 MB of XML)."""
    sys.path.insert(0, str(Path(__file__).parent.parent))
    from docx_factory import docx_bytes

    from tdnlint.ooxml.package import Package
    from tdnlint.readers.docx import DocxReader

    data = docx_bytes(["Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì."] * 50)
    whole = []
    read = Package.read
    monkeypatch.setattr(Package, "read", lambda self, name: whole.append(name) or read(self, name))
    doc = DocxReader().read("x.docx", data)
    assert len(doc.main) == 50 and "word/document.xml" not in whole
