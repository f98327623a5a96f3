"""--fix / --diff on .txt and .md: mapping, encodings, line endings, markup, writing safety."""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata

import pytest
from conftest import cli_json, registry, run_cli

from tdnlint.engine import Engine, RunOptions
from tdnlint.findings import Edit, Finding, Fix, Severity
from tdnlint.fixer import MAX_PASSES, post_lint, select_fixes
from tdnlint.writers import SourceEdit
from tdnlint.writers.text_writer import apply_text_edits

SPACING = "TDN2"
BROKEN = "Thực hiện năm 2021,Ban  Thường trực ( có ngoặc ) .\nDòng hai,có lỗi.\n"
FIXED = "Thực hiện năm 2021, Ban Thường trực (có ngoặc).\nDòng hai, có lỗi.\n"


def _doc(text: str | bytes, name: str = "a.txt"):
    engine = Engine(registry(), RunOptions(no_config=True))
    return engine.read(name, text.encode("utf-8") if isinstance(text, str) else text)


def _fix(tmp_path, name: str, data: bytes, *args: str):
    p = tmp_path / name
    p.write_bytes(data)
    proc = run_cli("check", "--no-config", "--select", SPACING, "--fix", *args, str(p))
    return p.read_bytes(), proc


# ---- the writer, edit by edit ---------------------------------------------------------------------
def test_replace_span_in_plain_line():
    doc = _doc("năm 2021,Ban\n")
    data, refused = apply_text_edits(doc, [Edit(0, 8, 9, ", ")])
    assert data == "năm 2021, Ban\n".encode() and refused == []


def test_insertion_goes_after_previous_character():
    doc = _doc("a,b\n")
    assert apply_text_edits(doc, [Edit(0, 2, 2, " ")])[0] == b"a, b\n"


def test_several_edits_in_one_line_apply_right_to_left():
    doc = _doc("a  b  c\n")
    data, _ = apply_text_edits(doc, [Edit(0, 1, 3, " "), Edit(0, 4, 6, " ")])
    assert data == b"a b c\n"


def test_overlapping_edit_is_refused_not_merged():
    doc = _doc("abcdef\n")
    data, refused = apply_text_edits(doc, [Edit(0, 1, 4, "X"), Edit(0, 3, 5, "Y")])
    assert len(refused) == 1 and data in (b"aXef\n", b"abcYf\n")


def test_edit_outside_paragraph_is_refused():
    doc = _doc("abc\n")
    assert apply_text_edits(doc, [Edit(0, 2, 9, "")])[1] and apply_text_edits(doc, [Edit(7, 0, 1, "")])[1]


def test_nfd_line_gets_nfd_replacement_and_whole_clusters():
    src = unicodedata.normalize("NFD", "Điều  ấy,được\n")
    doc = _doc(src)
    p = doc.paragraphs[0]
    assert p.text == "Điều  ấy,được"
    # replace "ấy" (2 analysis chars, 4+ source code points) by "ấn"
    data, refused = apply_text_edits(doc, [Edit(0, 6, 8, "ấn")])
    assert not refused
    out = data.decode()
    assert unicodedata.is_normalized("NFD", out)
    assert unicodedata.normalize("NFC", out) == "Điều  ấn,được\n"


def test_crlf_and_missing_final_newline_are_kept():
    doc = _doc(b"a  b\r\nc  d")
    data, _ = apply_text_edits(doc, [Edit(0, 1, 3, " "), Edit(1, 1, 3, " ")])
    assert data == b"a b\r\nc d"


def test_mixed_line_endings_are_kept_per_line():
    doc = _doc(b"a  b\r\nc  d\ne  f\r\n")
    data, _ = apply_text_edits(doc, [Edit(i, 1, 3, " ") for i in range(3)])
    assert data == b"a b\r\nc d\ne f\r\n"


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_and_encoding_are_kept(bom, codec):
    doc = _doc(bom + "năm 2021,Ban\r\n".encode(codec))
    data, _ = apply_text_edits(doc, [Edit(0, 8, 9, ", ")])
    assert data == bom + "năm 2021, Ban\r\n".encode(codec)


def test_markdown_emphasis_after_insertion_stays_attached_to_its_word():
    doc = _doc("năm 2021,**Ban** Thường trực\n", "a.md")
    assert doc.paragraphs[0].text == "năm 2021,Ban Thường trực"
    data, _ = apply_text_edits(doc, [Edit(0, 8, 9, ", ")])
    assert data.decode() == "năm 2021, **Ban** Thường trực\n"


def test_markdown_heading_and_emphasis_outside_span_untouched():
    doc = _doc("## Điều 1.  **Phạm vi** điều chỉnh\n", "a.md")
    t = doc.paragraphs[0].text
    s = t.index("  ")
    data, _ = apply_text_edits(doc, [Edit(0, s, s + 2, " ")])
    assert data.decode() == "## Điều 1. **Phạm vi** điều chỉnh\n"


def test_markdown_markup_inside_span_refuses_the_edit():
    doc = _doc("a **b** c\n", "a.md")
    assert doc.paragraphs[0].text == "a b c"
    data, refused = apply_text_edits(doc, [Edit(0, 2, 4, "X")])  # "b " spans the closing "**"
    assert refused and data == b"a **b** c\n"


def test_source_edit_drops_directive_line_between_blank_lines():
    doc = _doc("a\n\n<!-- x -->\n\nb\n", "a.md")
    data, _ = apply_text_edits(doc, [SourceEdit(2, 0, 10, "", drop_line=True)])
    assert data == b"a\n\n\nb\n"


def test_source_edit_keeps_an_empty_line_between_two_text_lines():
    doc = _doc("a\n<!-- x -->\n<!-- y -->\nb\n", "a.md")
    data, _ = apply_text_edits(doc, [SourceEdit(1, 0, 10, "", drop_line=True), SourceEdit(2, 0, 10, "", drop_line=True)])
    assert data == b"a\n\nb\n"


# ---- selection ------------------------------------------------------------------------------------
def _f(rule, edits, safe=True):
    return Finding(rule=rule, name="x", category="spacing", severity=Severity.WARNING, message=rule,
                   fix=Fix(tuple(edits), safe))


def test_select_skips_unsafe_unless_asked():
    fs = [_f("A", [Edit(0, 0, 1, "x")], safe=False), _f("B", [Edit(0, 5, 6, "y")])]
    assert [f.rule for f in select_fixes(fs, unsafe=False)[1]] == ["B"]
    assert [f.rule for f in select_fixes(fs, unsafe=True)[1]] == ["A", "B"]


def test_select_keeps_first_of_overlapping_or_touching_fixes():
    fs = [_f("A", [Edit(0, 2, 4, "x")]), _f("B", [Edit(0, 3, 5, "y")]), _f("C", [Edit(0, 4, 4, "z")]),
          _f("D", [Edit(0, 6, 7, "w")]), _f("E", [Edit(1, 3, 5, "v")])]
    assert [f.rule for f in select_fixes(fs, unsafe=False)[1]] == ["A", "D", "E"]


def test_identical_fix_from_two_rules_counts_both():
    e = (Edit(0, 2, 4, "x"),)
    edits, fixed = select_fixes([_f("A", e), _f("B", e)], unsafe=False)
    assert edits == list(e) and [f.rule for f in fixed] == ["A", "B"]


def test_multi_edit_fix_is_all_or_nothing():
    fs = [_f("A", [Edit(0, 0, 1, "x")]), _f("B", [Edit(0, 1, 1, "y"), Edit(2, 0, 1, "z")])]
    edits, fixed = select_fixes(fs, unsafe=False)
    assert [f.rule for f in fixed] == ["A"] and edits == [Edit(0, 0, 1, "x")]


# ---- end to end -----------------------------------------------------------------------------------
def test_fix_round_trip_nfd_crlf_bom(tmp_path):
    data = codecs.BOM_UTF8 + unicodedata.normalize("NFD", BROKEN.replace("\n", "\r\n")).encode()
    out, proc = _fix(tmp_path, "a.txt", data)
    assert proc.returncode == 0, proc.stdout_text + proc.stderr_text
    assert out.startswith(codecs.BOM_UTF8)
    text = out[3:].decode()
    assert unicodedata.is_normalized("NFD", text)
    assert text.count("\r\n") == 2 and text.count("\n") == 2
    assert unicodedata.normalize("NFC", text) == FIXED.replace("\n", "\r\n")
    assert "đã sửa 6 chỗ" in proc.stdout_text


def test_fix_is_idempotent(tmp_path):
    once, _ = _fix(tmp_path, "a.txt", BROKEN.encode())
    twice, proc = _fix(tmp_path, "a.txt", once)
    assert once == twice == FIXED.encode()
    assert "đã sửa" not in proc.stdout_text and proc.returncode == 0


def test_fix_reports_only_what_is_left_and_counts_fixed(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(BROKEN, encoding="utf-8")
    code, report = cli_json("--no-config", "--select", "TDN2,TDN101", "--fix", str(p))
    [f] = report["files"][0]["findings"] if "files" in report else report[0]["findings"]
    assert f["rule"] == "TDN101" and f["severity"] == "info" and code == 0  # form not recognised


def test_fix_keeps_permissions(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(BROKEN, encoding="utf-8")
    os.chmod(p, 0o640)
    run_cli("check", "--no-config", "--select", SPACING, "--fix", str(p))
    assert p.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640


def test_fix_leaves_no_temp_files(tmp_path):
    _fix(tmp_path, "a.txt", BROKEN.encode())
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_fix_refuses_to_write_when_file_changed_since_read(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(BROKEN, encoding="utf-8")
    opts = RunOptions(no_config=True, overrides={"select": [SPACING]})
    opts.fix, opts.diff, opts.annotate, opts.fix_mode, opts.unsafe_fixes = True, False, None, "tracked", False
    engine = Engine(registry(), opts)
    result = engine.lint_path(str(p))
    p.write_text("Người khác vừa sửa tệp này.\n", encoding="utf-8")  # between read and write
    post_lint(engine, str(p), result)
    assert result.error and "đã bị thay đổi" in result.error
    assert p.read_text(encoding="utf-8") == "Người khác vừa sửa tệp này.\n"


def test_fix_refusal_is_exit_2_in_cli(tmp_path, monkeypatch):
    # Same, through process_file: the error is a file error (exit 2), not a crash.
    from tdnlint.cli import process_file

    p = tmp_path / "a.txt"
    p.write_text(BROKEN, encoding="utf-8")
    opts = RunOptions(no_config=True, overrides={"select": [SPACING]})
    opts.fix, opts.diff, opts.annotate, opts.fix_mode, opts.unsafe_fixes = True, False, None, "tracked", False
    engine = Engine(registry(), opts)
    real = engine.lint_path

    def lint_then_touch(path, data=None):
        r = real(path, data)
        if data is None:
            p.write_text("khác\n", encoding="utf-8")
        return r

    monkeypatch.setattr(engine, "lint_path", lint_then_touch)
    result = process_file(engine, str(p))
    assert result.error and p.read_text(encoding="utf-8") == "khác\n"


def test_diff_shows_change_and_writes_nothing(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(BROKEN, encoding="utf-8")
    proc = run_cli("check", "--no-config", "--select", SPACING, "--diff", str(p))
    assert p.read_text(encoding="utf-8") == BROKEN
    out = proc.stdout_text
    assert out.startswith(f"--- {p}\n+++ {p}\n")
    assert "-Dòng hai,có lỗi.\n+Thực hiện năm 2021, Ban Thường trực (có ngoặc).\n+Dòng hai, có lỗi.\n" in out
    assert proc.stderr_text == "tdnlint: --fix sẽ sửa 6 chỗ trong 1 tệp (chưa ghi gì)\n"
    assert proc.returncode == 1


def test_diff_output_applies_with_patch(tmp_path):
    import shutil
    import subprocess

    if not shutil.which("patch"):
        pytest.skip("patch is not installed")
    p = tmp_path / "a.txt"
    p.write_text(BROKEN, encoding="utf-8")
    proc = run_cli("check", "--no-config", "--select", SPACING, "--diff", "a.txt", cwd=tmp_path)
    subprocess.run(["patch", "-p0", "-s"], input=proc.stdout, cwd=tmp_path, check=True)
    assert p.read_text(encoding="utf-8") == FIXED


def test_diff_from_stdin_and_fix_from_stdin_refused(tmp_path):
    proc = run_cli("check", "--no-config", "--select", SPACING, "--diff", "-", input=b"a,b\n")
    assert "+a, b" in proc.stdout_text
    proc = run_cli("check", "--no-config", "--select", SPACING, "--fix", "-", input=b"a,b\n")
    assert proc.returncode == 2 and "stdin" in proc.stdout_text


def test_markdown_fix_touches_only_the_edited_spans(tmp_path):
    src = "# Kế hoạch\n\n- Mục **một**,hai  ba\n\n```\ncode ,x  y\n```\n"
    out, _ = _fix(tmp_path, "a.md", src.encode())
    assert out.decode() == "# Kế hoạch\n\n- Mục **một**, hai ba\n\n```\ncode ,x  y\n```\n"


def test_fix_with_jobs_fixes_every_file(tmp_path):
    for n in range(3):
        (tmp_path / f"f{n}.txt").write_text(BROKEN, encoding="utf-8")
    proc = run_cli("check", "--no-config", "--select", SPACING, "--fix", "-j", "2", str(tmp_path))
    assert proc.returncode == 0, proc.stdout_text
    assert all((tmp_path / f"f{n}.txt").read_text(encoding="utf-8") == FIXED for n in range(3))
    assert "đã sửa 18 chỗ" in proc.stdout_text


def test_fix_loop_is_bounded():
    assert 1 < MAX_PASSES <= 10


def test_fix_without_fixable_findings_does_not_rewrite(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Không có lỗi khoảng trắng.\n", encoding="utf-8")
    before = os.stat(p).st_mode, p.stat().st_mtime_ns
    run_cli("check", "--no-config", "--select", SPACING, "--fix", str(p))
    assert (os.stat(p).st_mode, p.stat().st_mtime_ns) == before


def test_unsafe_fixes_need_the_flag(tmp_path, monkeypatch):
    # A synthetic unsafe fix through the real loop (no built-in rule marks its fix unsafe yet).
    from tdnlint.fixer import fix_loop

    p = tmp_path / "a.txt"
    p.write_text("năm 2021,Ban\n", encoding="utf-8")
    engine = Engine(registry(), RunOptions(no_config=True, overrides={"select": ["TDN201"]}))
    result = engine.lint_path(str(p))
    [f] = result.findings
    f.fix = Fix(f.fix.edits, safe=False)
    doc = result.document
    assert fix_loop(engine, str(p), doc, result, unsafe=False, mode="direct").fixed == 0
    assert fix_loop(engine, str(p), doc, result, unsafe=True, mode="direct").fixed == 1


def test_refused_fix_does_not_block_its_neighbour(tmp_path):
    from tdnlint.findings import FileResult
    from tdnlint.fixer import fix_loop

    p = tmp_path / "a.md"
    p.write_text("a **b** ,c\n", encoding="utf-8")
    engine = Engine(registry(), RunOptions(no_config=True, overrides={"select": ["TDN001"]}))
    doc = engine.lint_path(str(p)).document
    assert doc.paragraphs[0].text == "a b ,c"
    crossing = _f("A", [Edit(0, 2, 4, "X")])  # "b " crosses the closing "**": the writer refuses it
    neighbour = _f("B", [Edit(0, 4, 5, ", ")])  # touches A, so it cannot go in the same pass
    out = fix_loop(engine, str(p), doc, FileResult(path=str(p), findings=[crossing, neighbour]),
                   unsafe=False, mode="direct")
    assert out.fixed == 1 and out.data == b"a **b** , c\n"


def test_fix_through_a_symlink_updates_the_target(tmp_path):
    target = tmp_path / "that.txt"
    target.write_text(BROKEN, encoding="utf-8")
    link = tmp_path / "this.txt"
    link.symlink_to(target)
    run_cli("check", "--no-config", "--select", SPACING, "--fix", str(link))
    assert link.is_symlink() and target.read_text(encoding="utf-8") == FIXED


def test_atomic_write_checks_again_right_before_the_rename(tmp_path, monkeypatch):
    # Someone saves the file while the temp copy is being written: nothing is replaced, no temp left.
    from tdnlint import atomic

    p = tmp_path / "a.txt"
    p.write_bytes(b"old\n")
    real_fsync = os.fsync

    def save_meanwhile(fd):
        real_fsync(fd)
        p.write_bytes(b"saved by someone else\n")

    monkeypatch.setattr(atomic.os, "fsync", save_meanwhile)
    with pytest.raises(atomic.ChangedOnDiskError):
        atomic.atomic_write_bytes(str(p), b"new\n", expect=b"old\n")
    assert p.read_bytes() == b"saved by someone else\n" and os.listdir(tmp_path) == ["a.txt"]


def test_a_fix_that_does_not_resolve_its_finding_is_applied_once(tmp_path, monkeypatch):
    # A buggy rule whose fix keeps re-creating the problem must not make --fix loop 10 times.
    from tdnlint.findings import FileResult
    from tdnlint.fixer import fix_loop

    p = tmp_path / "a.txt"
    p.write_text("ab\n", encoding="utf-8")
    engine = Engine(registry(), RunOptions(no_config=True, overrides={"select": ["TDN001"]}))
    doc = engine.lint_path(str(p)).document
    grow = _f("X", [Edit(0, 0, 1, "aa")])
    real = engine.lint_path

    def relint(path, data=None):
        r = real(path, data)
        r.findings = [_f("X", [Edit(0, 0, 1, "aa")])]  # the "rule" flags the same spot again
        return r

    monkeypatch.setattr(engine, "lint_path", relint)
    out = fix_loop(engine, str(p), doc, FileResult(path=str(p), findings=[grow]), unsafe=False, mode="direct")
    assert out.passes == 1 and out.data == b"aab\n"
