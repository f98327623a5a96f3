"""--fix on .docx: tracked changes (default) and direct edits, formatting kept, minimal rewrite."""

from __future__ import annotations

import os
import re
import stat

import pytest
from conftest import registry, run_cli
from docx_cases import (
    FIXED_KINDS,
    P_BASIS,
    P_BASIS_FIXED,
    P_HEADING,
    P_LAST,
    P_LAST_FIXED,
    P_MIXED,
    P_MIXED_FIXED,
    W,
    accepted_text,
    body_paragraphs,
    build_broken,
    char_formats,
    member,
    members,
    original_text,
)
from docx_factory import Para, R, docx_bytes, make_docx
from lxml import etree

from tdnlint.engine import Engine, RunOptions
from tdnlint.findings import Edit
from tdnlint.fixer import post_lint
from tdnlint.readers.docx import DocxReader
from tdnlint.writers.docx_writer import apply_docx_edits

SPACING = "TDN2"


@pytest.fixture
def broken_docx(tmp_path):
    return build_broken(tmp_path / "du-thao.docx")


def _para(data: bytes, text_start: str):
    return next(p for p in body_paragraphs(data) if original_text(p).startswith(text_start))


def _check(path, *args):
    return run_cli("check", "--no-config", *args, str(path))


# ---- end to end -----------------------------------------------------------------------------------
def test_tracked_fix_end_to_end(broken_docx):
    before = broken_docx.read_bytes()
    proc = _check(broken_docx, "--fix")
    after = broken_docx.read_bytes()
    assert "đã sửa" in proc.stdout_text, proc.stdout_text
    # 1. re-checked: nothing left of the fixed kinds (spacing, citation, spelling, closing mark)
    first = _check(broken_docx, "--select", FIXED_KINDS)
    assert first.returncode == 0, first.stdout_text
    assert accepted_text(_para(after, "Căn cứ")) == P_BASIS_FIXED and original_text(_para(after, "Căn cứ")) == P_BASIS
    # 2. accepted text is the fixed text; rejecting gives back the original text
    p = _para(after, "Thực hiện")
    assert accepted_text(p) == P_MIXED_FIXED
    assert original_text(p) == P_MIXED
    # 3. tracked changes are real Word revisions by tdnlint with a date and unique ids
    root = etree.fromstring(member(after, "word/document.xml"))
    revs = list(root.iter(W + "ins", W + "del"))
    assert revs and all(r.get(W + "author") == "tdnlint" for r in revs)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r.get(W + "date")) for r in revs)
    all_ids = [e.get(W + "id") for e in root.iter() if e.get(W + "id") is not None]
    assert len(all_ids) == len(set(all_ids))
    assert all(d.find(f"{W}r/{W}delText") is not None for d in root.iter(W + "del"))
    # python-docx opens the file and sees the same revisions through its element tree
    import docx

    body = docx.Document(str(broken_docx)).element.body
    assert len(body.xpath(".//w:ins[@w:author='tdnlint']")) == len(list(root.iter(W + "ins")))
    assert len(body.xpath(".//w:del[@w:author='tdnlint']")) == len(list(root.iter(W + "del")))
    # 4. untouched paragraph: XML identical; other zip members byte-identical
    for start in ("1. Mục đích", "KẾ HOẠCH", "Nơi nhận", "- Như trên"):
        assert etree.tostring(_para(after, start)) == etree.tostring(_para(before, start))
    last = _para(after, P_LAST[:10])
    assert accepted_text(last) == P_LAST_FIXED and original_text(last) == P_LAST
    # in an edited paragraph, the runs the fixes did not touch are byte-for-byte the same XML
    old_runs = [etree.tostring(r) for r in _para(before, P_LAST[:10]).iter(W + "r")]
    new_runs = [etree.tostring(r) for r in last.iter(W + "r")]
    assert old_runs[:2] == new_runs[:2]  # "Các cơ quan, " (bold Arial), "đơn vị triển khai" (13 pt red)
    old, new = members(before), members(after)
    assert list(old) == list(new)
    assert {k for k in old if old[k] != new[k]} == {"word/document.xml"}


def test_tracked_fix_keeps_each_runs_formatting(broken_docx):
    before = broken_docx.read_bytes()
    _check(broken_docx, "--fix")
    old = dict(enumerate(char_formats(_para(before, "Thực hiện"))))
    new = char_formats(_para(broken_docx.read_bytes(), "Thực hiện"))
    bold, italic, under = old[0][1], old[P_MIXED.index("Ban")][1], old[P_MIXED.index("các")][1]
    fmt = {c_i: f for c_i, (_, f) in enumerate(new)}
    text = "".join(c for c, _ in new)
    assert fmt[text.index("2024")] == bold
    assert fmt[text.index(", Ban") + 1] == bold  # inserted space takes the run before it
    assert fmt[text.index("Ban")] == italic and fmt[text.index("(Ủy")] == italic
    assert fmt[text.index("các")] == under and fmt[len(text) - 1] == under


def test_direct_fix_edits_in_place_without_revisions(broken_docx):
    before = broken_docx.read_bytes()
    _check(broken_docx, "--fix", "--fix-mode", "direct")
    after = broken_docx.read_bytes()
    root = etree.fromstring(member(after, "word/document.xml"))
    assert not list(root.iter(W + "ins", W + "del"))
    p = _para(after, "Thực hiện")
    assert accepted_text(p) == P_MIXED_FIXED
    # same number of runs, each with its own properties
    old_runs = [r.find(W + "rPr") for r in _para(before, "Thực hiện").iter(W + "r")]
    new_runs = [r.find(W + "rPr") for r in p.iter(W + "r")]
    assert [etree.tostring(x) for x in old_runs] == [etree.tostring(x) for x in new_runs]
    assert accepted_text(_para(after, "I.")) == "I. MỤC ĐÍCH, YÊU CẦU"


def test_fix_is_idempotent_in_both_modes(tmp_path):
    for mode in ("tracked", "direct"):
        path = build_broken(tmp_path / f"{mode}.docx")
        _check(path, "--fix", "--fix-mode", mode)
        once = path.read_bytes()
        proc = _check(path, "--fix", "--fix-mode", mode)
        assert path.read_bytes() == once and "đã sửa" not in proc.stdout_text


def test_diff_on_docx_is_paragraph_level_and_writes_nothing(broken_docx):
    before = broken_docx.read_bytes()
    proc = _check(broken_docx, "--select", SPACING, "--diff")
    assert broken_docx.read_bytes() == before
    out = proc.stdout_text
    assert f"@@ [body 10] @@\n-{P_HEADING}\n+I. MỤC ĐÍCH, YÊU CẦU\n" in out
    assert f"@@ [body 12] @@\n-{P_MIXED}\n+{P_MIXED_FIXED}\n" in out
    assert "Căn cứ" not in out  # unchanged paragraphs are not shown
    # stdout: only the diff; stderr: one summary line
    assert proc.stderr_text.count("\n") == 1 and "--fix sẽ sửa" in proc.stderr_text


def test_docx_fix_keeps_permissions_and_refuses_changed_file(broken_docx):
    os.chmod(broken_docx, 0o604)
    _check(broken_docx, "--select", SPACING, "--fix")
    assert stat.S_IMODE(os.stat(broken_docx).st_mode) == 0o604

    make = docx_bytes(["Một  câu,có lỗi."])
    broken_docx.write_bytes(make)
    opts = RunOptions(no_config=True, overrides={"select": [SPACING]})
    opts.fix, opts.diff, opts.annotate, opts.fix_mode, opts.unsafe_fixes = True, False, None, "tracked", False
    engine = Engine(registry(), opts)
    result = engine.lint_path(str(broken_docx))
    other = docx_bytes(["Nội dung do người khác vừa lưu."])
    broken_docx.write_bytes(other)
    post_lint(engine, str(broken_docx), result)
    assert result.error and broken_docx.read_bytes() == other


# ---- the writer, case by case ---------------------------------------------------------------------
def _doc(blocks, **kw):
    data = docx_bytes(blocks, **kw)
    return DocxReader().read("x.docx", data), data


def _apply(doc, edits, tracked=True):
    out, refused = apply_docx_edits(doc, edits, tracked=tracked)
    return DocxReader().read("x.docx", out), out, refused


def test_deletion_across_two_runs_keeps_both_runs():
    doc, _ = _doc([Para([R("a ", bold=True), R(" b", italic=True)])])
    for tracked in (True, False):
        new, out, refused = _apply(doc, [Edit(0, 1, 3, " ")], tracked)
        assert not refused and new.paragraphs[0].text == "a b"
        fm = char_formats(body_paragraphs(out)[0])
        assert fm[0][1] != fm[2][1]  # "a" bold, "b" italic still


def test_replacement_spanning_runs_tracked_deletes_each_run_and_inserts_once():
    doc, _ = _doc([Para([R("Quy đ", bold=True), R("ịnh chung")])])
    _, out, _ = _apply(doc, [Edit(0, 0, 8, "Quy định")])  # same text: nothing to do
    assert out == doc.raw
    _, out, _ = _apply(doc, [Edit(0, 4, 6, "XY")])
    p = body_paragraphs(out)[0]
    assert accepted_text(p) == "Quy XYnh chung" and original_text(p) == "Quy định chung"
    assert len(list(p.iter(W + "del"))) == 2 and len(list(p.iter(W + "ins"))) == 1


def test_insertion_at_paragraph_start_and_end():
    doc, _ = _doc(["giữa"])
    new, out, _ = _apply(doc, [Edit(0, 0, 0, "["), Edit(0, 4, 4, "]")])
    assert new.paragraphs[0].text == "[giữa]"
    assert len(list(body_paragraphs(out)[0].iter(W + "ins"))) == 2


def test_edit_next_to_someone_elses_tracked_insertion():
    doc, _ = _doc([Para(["Đã ", R("thêm", tracked="ins"), " ,xong"])])
    assert doc.paragraphs[0].text == "Đã thêm ,xong"
    new, out, refused = _apply(doc, [Edit(0, 7, 9, ", ")])
    assert not refused and new.paragraphs[0].text == "Đã thêm, xong"
    foreign = [i for i in etree.fromstring(member(out, "word/document.xml")).iter(W + "ins")
               if i.get(W + "author") != "tdnlint"]
    assert len(foreign) == 1 and accepted_text(foreign[0]) == "thêm"


def test_deleting_inside_someone_elses_insertion_nests_a_deletion():
    doc, _ = _doc([Para(["A ", R("b  c", tracked="ins")])])
    new, out, refused = _apply(doc, [Edit(0, 3, 5, " ")])
    assert not refused and new.paragraphs[0].text == "A b c"
    ins = next(i for i in etree.fromstring(member(out, "word/document.xml")).iter(W + "ins"))
    assert ins.find(W + "del") is not None


def test_own_pending_insertion_is_edited_in_place():
    doc, _ = _doc(["a,b"])
    new, _, _ = _apply(doc, [Edit(0, 2, 2, " ")])
    new2, out2, _ = _apply(new, [Edit(0, 2, 3, "")])  # withdraw the space we just proposed
    assert new2.paragraphs[0].text == "a,b"
    root = etree.fromstring(member(out2, "word/document.xml"))
    assert not list(root.iter(W + "del"))  # our own insertion was edited, not deleted as a revision


def test_field_results_and_tabs_are_not_edited():
    from docx_factory import Field

    doc, _ = _doc([Para(["Trang ", Field("PAGE", "1  2")]), "a\t b"])
    s = doc.paragraphs[0].text.index("  ")
    _, out, refused = _apply(doc, [Edit(0, s, s + 2, " ")])
    assert refused and out == doc.raw
    _, out, refused = _apply(doc, [Edit(1, 1, 3, " ")])
    assert refused and out == doc.raw


def test_nfd_run_gets_nfd_replacement():
    import unicodedata

    doc, _ = _doc([unicodedata.normalize("NFD", "Điều  ấy")])
    _, out, _ = _apply(doc, [Edit(0, 4, 6, " ")], tracked=False)
    t = accepted_text(body_paragraphs(out)[0])
    assert unicodedata.is_normalized("NFD", t) and unicodedata.normalize("NFC", t) == "Điều ấy"


def test_header_part_is_fixed_too(tmp_path):
    path = make_docx(tmp_path / "h.docx", ["Nội dung."], header="Trang  đầu")
    before = path.read_bytes()
    run_cli("check", "--no-config", "--select", "TDN204", "--fix", "--fix-mode", "direct", str(path))
    after = path.read_bytes()
    changed = {k for k, v in members(before).items() if members(after)[k] != v}
    assert changed == {"word/header1.xml"}
    assert b"Trang \xc4\x91\xe1\xba\xa7u" in member(after, "word/header1.xml")


def test_unreadable_paragraph_mapping_refuses_rather_than_guessing():
    doc, _ = _doc(["abc"])
    _, out, refused = _apply(doc, [Edit(0, 2, 9, "")])
    assert refused and out == doc.raw


def _with_format_change(data: bytes) -> bytes:
    """Give every run a tracked formatting change (w:rPrChange, w:id 50, 51 …) as Word writes it."""
    from docx_factory import replace_member

    root = etree.fromstring(member(data, "word/document.xml"))
    for k, rpr in enumerate(root.iter(W + "rPr")):
        ch = etree.SubElement(rpr, W + "rPrChange")
        ch.set(W + "id", str(50 + k))
        ch.set(W + "author", "Nguyễn Văn A")
        ch.set(W + "date", "2025-01-05T08:00:00Z")
        etree.SubElement(ch, W + "rPr")
    return replace_member(data, "word/document.xml", etree.tostring(root, xml_declaration=True,
                                                                        encoding="UTF-8", standalone=True))


def test_split_runs_keep_formatting_revisions_with_unique_ids(tmp_path):
    from tdnlint.writers.docx_annotate import annotate_docx

    data = _with_format_change(docx_bytes([Para([R("năm 2021,Ban  Thường", bold=True)])]))
    doc = DocxReader().read("x.docx", data)
    _, out, refused = _apply(doc, [Edit(0, 8, 9, ", "), Edit(0, 12, 14, " ")])
    assert not refused
    root = etree.fromstring(member(out, "word/document.xml"))
    ids = [e.get(W + "id") for e in root.iter() if e.get(W + "id") is not None]
    assert len(ids) == len(set(ids))
    for r in root.iter(W + "r"):
        inserted = r.getparent().tag == W + "ins"
        assert (r.find(f"{W}rPr/{W}rPrChange") is None) == inserted  # new text has no formatting history
    doc2 = DocxReader().read("x.docx", data)
    engine = Engine(registry(), RunOptions(no_config=True))
    result = engine.lint_document(engine.read("x.docx", data), engine.settings_for("x.docx"))
    ann = annotate_docx(doc2, [f for f in result.findings if f.paragraph_index is not None])
    root = etree.fromstring(member(ann, "word/document.xml"))
    ids = [e.get(W + "id") for e in root.iter() if e.get(W + "id") is not None
           and e.tag not in (W + "commentRangeStart", W + "commentRangeEnd", W + "commentReference")]
    assert len(ids) == len(set(ids))


def test_docx_fix_with_jobs(tmp_path):
    paths = [build_broken(tmp_path / f"d{k}.docx") for k in range(3)]
    proc = run_cli("check", "--no-config", "--select", SPACING, "--fix", "-j", "2", str(tmp_path))
    assert proc.returncode == 0, proc.stdout_text
    for p in paths:
        assert accepted_text(_para(p.read_bytes(), "Thực hiện")) == P_MIXED_FIXED


def test_text_box_edit_is_mirrored_into_the_vml_fallback():
    from docx_factory import TextBox

    for tracked in (True, False):
        doc, _ = _doc([Para(["Neo", TextBox(["Dòng  trong  hộp"])])])
        tb = next(p for p in doc.paragraphs if p.handle is not None and p.handle.textbox)
        s1 = tb.text.index("  ")
        s2 = tb.text.index("  ", s1 + 2)
        _, out, refused = _apply(doc, [Edit(tb.index, s1, s1 + 2, " "), Edit(tb.index, s2, s2 + 2, " ")], tracked)
        assert not refused
        root = etree.fromstring(member(out, "word/document.xml"))
        mc = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
        choice, fallback = next(root.iter(mc + "Choice")), next(root.iter(mc + "Fallback"))
        assert [accepted_text(p) for p in choice.iter(W + "p")] == ["Dòng trong hộp"]
        assert [accepted_text(p) for p in fallback.iter(W + "p")] == ["Dòng trong hộp"]


def test_text_box_whose_fallback_differs_is_not_edited():
    from docx_factory import TextBox, replace_member

    _, data = _doc([Para(["Neo", TextBox(["Dòng  trong hộp"])])])
    xml = member(data, "word/document.xml").decode()
    k = xml.rindex("Dòng  trong hộp")  # the Fallback copy comes last
    data = replace_member(data, "word/document.xml", xml[:k] + "Dòng  khác" + xml[k + len("Dòng  trong hộp"):])
    doc = DocxReader().read("x.docx", data)
    tb = next(p for p in doc.paragraphs if p.handle is not None and p.handle.textbox)
    s = tb.text.index("  ")
    _, out, refused = _apply(doc, [Edit(tb.index, s, s + 2, " ")])
    assert refused and out == doc.raw


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_sees_the_tracked_changes(broken_docx, tmp_path):
    import subprocess

    _check(broken_docx, "--fix")
    root = etree.fromstring(member(broken_docx.read_bytes(), "word/document.xml"))
    n_ins, n_del = len(list(root.iter(W + "ins"))), len(list(root.iter(W + "del")))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "fodt", "--outdir", str(tmp_path / "lo"), str(broken_docx)],
                   check=True, capture_output=True, timeout=180)
    odt = etree.parse(str(tmp_path / "lo" / "du-thao.fodt")).getroot()
    text = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    regions = list(odt.iter(text + "changed-region"))
    kinds = [next(iter(r)).tag.replace(text, "") for r in regions]
    assert kinds.count("insertion") == n_ins and kinds.count("deletion") == n_del
    creators = {"".join(c.itertext()) for c in odt.iter("{http://purl.org/dc/elements/1.1/}creator")}
    assert "tdnlint" in creators


def test_replacement_with_a_line_break_or_tab_is_refused():
    doc, _ = _doc(["a  b"])
    for repl in ("\n", "\t"):
        _, out, refused = _apply(doc, [Edit(0, 1, 3, repl)])
        assert refused and out == doc.raw


def test_long_paragraph_diff_shows_only_the_changed_stretch():
    from tdnlint.fixer import _windows

    a = "x" * 300 + " ma tuý " + "y" * 300
    b = "x" * 300 + " ma túy " + "y" * 300
    x, y = _windows(a, b)
    assert x.startswith("…") and x.endswith("…") and "ma tuý" in x and len(x) < 120
    assert y.replace("túy", "tuý") == x


def test_fix_refuses_a_document_open_in_word(broken_docx):
    before = broken_docx.read_bytes()
    lock = broken_docx.with_name("~$" + broken_docx.name[2:])
    lock.write_bytes(b"\x05Tester" + b"\x00" * 48)
    proc = _check(broken_docx, "--fix")
    assert proc.returncode == 2 and "đang được mở trong Word" in proc.stdout_text
    assert broken_docx.read_bytes() == before
    lock.unlink()
    assert _check(broken_docx, "--fix").returncode in (0, 1) and broken_docx.read_bytes() != before
