"""--baseline / --write-baseline: adopt tdnlint on legacy documents, report only new findings."""

from __future__ import annotations

import json

from conftest import run_cli

SEL = ("--no-config", "--select", "TDN201,TDN204")
LEGACY = "Mở đầu.\nnăm 2021,Ban  Thường trực.\nMột  câu khác.\nMột  câu khác.\n"


def _check(cwd, *args):
    return run_cli("check", *SEL, "--format", "json", *args, cwd=cwd)


def _new(proc):
    report = json.loads(proc.stdout_text)
    files = report["files"] if isinstance(report, dict) and "files" in report else report
    return sorted((f["path"], x["rule"], x["line"]) for f in files for x in f["findings"])


def _setup(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(LEGACY, encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("Sạch.\n", encoding="utf-8")
    proc = _check(tmp_path, "--baseline", "tdnlint-baseline.json", "--write-baseline", "docs")
    assert proc.returncode == 0, proc.stderr_text
    return tmp_path / "tdnlint-baseline.json"


def test_write_baseline_records_counts_and_relative_paths(tmp_path):
    base = _setup(tmp_path)
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["tdnlint_baseline"] == 1
    assert list(data["files"]) == ["docs/a.txt"]  # clean files are not listed
    entries = data["files"]["docs/a.txt"]
    assert sum(e["count"] for e in entries) == 4
    assert {e["rule"] for e in entries} == {"TDN201", "TDN204"}
    # the two identical "Một  câu khác." lines share one fingerprint with count 2
    assert any(e["count"] == 2 for e in entries)


def test_unchanged_documents_report_nothing(tmp_path):
    _setup(tmp_path)
    proc = _check(tmp_path, "--baseline", "tdnlint-baseline.json", "docs")
    assert proc.returncode == 0 and _new(proc) == []
    assert "baseline" in proc.stderr_text


def test_line_shifts_do_not_make_findings_new(tmp_path):
    _setup(tmp_path)
    a = tmp_path / "docs" / "a.txt"
    a.write_text("Dòng mới.\nThêm một dòng.\n" + LEGACY, encoding="utf-8")
    assert _new(_check(tmp_path, "--baseline", "tdnlint-baseline.json", "docs")) == []


def test_new_finding_is_reported_alone(tmp_path):
    _setup(tmp_path)
    a = tmp_path / "docs" / "a.txt"
    a.write_text(LEGACY + "Một câu mới,có lỗi.\n", encoding="utf-8")
    assert _new(_check(tmp_path, "--baseline", "tdnlint-baseline.json", "docs")) == [("docs/a.txt", "TDN201", 5)]


def test_one_more_identical_occurrence_is_new(tmp_path):
    _setup(tmp_path)
    a = tmp_path / "docs" / "a.txt"
    a.write_text(LEGACY + "Một  câu khác.\n", encoding="utf-8")
    got = _new(_check(tmp_path, "--baseline", "tdnlint-baseline.json", "docs"))
    assert got == [("docs/a.txt", "TDN204", 5)] or (len(got) == 1 and got[0][1] == "TDN204")


def test_edited_context_still_matches_by_text(tmp_path):
    _setup(tmp_path)
    a = tmp_path / "docs" / "a.txt"
    a.write_text(LEGACY.replace("Thường trực.", "Thường trực tỉnh đã họp."), encoding="utf-8")
    assert _new(_check(tmp_path, "--baseline", "tdnlint-baseline.json", "docs")) == []


def test_new_file_reports_everything(tmp_path):
    _setup(tmp_path)
    (tmp_path / "docs" / "c.txt").write_text("a,b\n", encoding="utf-8")
    assert _new(_check(tmp_path, "--baseline", "tdnlint-baseline.json", "docs")) == [("docs/c.txt", "TDN201", 1)]


def test_paths_are_relative_to_the_baseline_file_not_the_cwd(tmp_path):
    _setup(tmp_path)
    proc = _check(tmp_path / "docs", "--baseline", "../tdnlint-baseline.json", "a.txt")
    assert _new(proc) == []


def test_rewriting_the_baseline_merges_other_files(tmp_path):
    base = _setup(tmp_path)
    (tmp_path / "other.txt").write_text("tỉnh,huyện\n", encoding="utf-8")
    _check(tmp_path, "--baseline", "tdnlint-baseline.json", "--write-baseline", "other.txt")
    files = json.loads(base.read_text(encoding="utf-8"))["files"]
    assert sorted(files) == ["docs/a.txt", "other.txt"]


def test_fixed_file_drops_out_of_the_baseline(tmp_path):
    base = _setup(tmp_path)
    (tmp_path / "docs" / "a.txt").write_text("Sạch.\n", encoding="utf-8")
    _check(tmp_path, "--baseline", "tdnlint-baseline.json", "--write-baseline", "docs")
    assert json.loads(base.read_text(encoding="utf-8"))["files"] == {}


def test_missing_or_bad_baseline_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("a,b\n", encoding="utf-8")
    proc = _check(tmp_path, "--baseline", "nope.json", "a.txt")
    assert proc.returncode == 2 and "không tìm thấy" in proc.stderr_text
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    proc = _check(tmp_path, "--baseline", "bad.json", "a.txt")
    assert proc.returncode == 2 and "không phải tệp baseline" in proc.stderr_text


def test_write_baseline_needs_baseline(tmp_path):
    proc = run_cli("check", "--write-baseline", str(tmp_path))
    assert proc.returncode == 2


def test_baseline_with_docx(tmp_path):
    from docx_factory import make_docx

    make_docx(tmp_path / "a.docx", ["năm 2021,Ban  Thường trực."])
    _check(tmp_path, "--baseline", "b.json", "--write-baseline", "a.docx")
    make_docx(tmp_path / "a.docx", ["Đoạn mới chèn lên đầu.", "năm 2021,Ban  Thường trực."])
    assert _new(_check(tmp_path, "--baseline", "b.json", "a.docx")) == []
