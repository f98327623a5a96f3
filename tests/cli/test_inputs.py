"""What ``tdnlint check`` reads: files, folders, stdin; unreadable inputs never stop the others."""

from __future__ import annotations

import json

from conftest import cli_json, run_cli

BAD = "Thực hiện năm 2021,Ban Thường trực.\n"  # TDN201 at 1:19
CLEAN = "Không có lỗi nào ở đây.\n"


def _paths(data):
    return [f["path"] for f in data["files"]]


def test_folder_recurses_into_docx_txt_md_and_skips_lock_and_other_files(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.TXT").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "sub" / "~$a.docx").write_bytes(b"lock")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(BAD, encoding="utf-8")
    rc, data = cli_json("--no-config", "--select", "TDN201", ".", cwd=tmp_path)
    # a PDF is not checked but not passed over silently either: a notice, counted, not an error
    assert _paths(data) == ["a.txt", "sub/b.md", "sub/deeper/c.TXT", "notes.pdf"]
    assert rc == 1
    assert [len(f["findings"]) for f in data["files"]] == [1, 1, 0, 0]
    assert "chuyển sang .docx" in data["files"][3]["skipped"] and data["files"][3]["error"] is None
    assert data["summary"]["skipped"] == 1


def test_same_file_twice_is_checked_once(tmp_path):
    (tmp_path / "a.txt").write_text(BAD, encoding="utf-8")
    _, data = cli_json("--no-config", "a.txt", "a.txt", cwd=tmp_path)
    assert _paths(data) == ["a.txt"]


def test_stdin_with_filename_uses_its_name_and_format():
    md = "# Tiêu đề\n\nThực hiện **năm 2021,Ban** Thường trực.\n"
    rc, data = cli_json("--no-config", "--select", "TDN201", "--stdin-filename", "du-thao.md", "-",
                        input=md.encode())
    [file] = data["files"]
    assert file["path"] == "du-thao.md" and file["error"] is None
    [f] = file["findings"]
    # column counts in the original line, markup included
    assert (f["line"], f["column"]) == (3, md.splitlines()[2].index(",") + 1)
    assert rc == 1


def test_stdin_without_filename_is_plain_text():
    rc, data = cli_json("--no-config", "--select", "TDN201", "-", input=BAD.encode())
    assert data["files"][0]["path"] == "-"
    assert [f["column"] for f in data["files"][0]["findings"]] == [19]
    assert rc == 1


def test_stdin_config_is_found_from_stdin_filename(tmp_path):
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / ".tdnlint.toml").write_text('ignore = ["TDN201"]\n', encoding="utf-8")
    _, data = cli_json("--select", "TDN201", "--stdin-filename", str(tmp_path / "proj" / "x.txt"), "-",
                       input=BAD.encode(), cwd=tmp_path)
    assert data["files"][0]["findings"] == []


def test_unreadable_inputs_exit_2_but_every_other_file_is_checked(tmp_path):
    (tmp_path / "good.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Quyết định".encode("cp1258", "replace") + b"\xff\xfe\xfa")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    rc, data = cli_json("--no-config", "--select", "TDN201", "missing.txt", "latin1.txt", "good.txt",
                        "empty.txt", "scan.pdf", cwd=tmp_path)
    assert rc == 2
    by = {f["path"]: f for f in data["files"]}
    assert list(by) == ["missing.txt", "latin1.txt", "good.txt", "empty.txt", "scan.pdf"]
    assert [f["rule"] for f in by["good.txt"]["findings"]] == ["TDN201"]
    for name in ("missing.txt", "latin1.txt", "empty.txt", "scan.pdf"):
        assert by[name]["error"], name
        assert by[name]["findings"] == []
    assert "UTF-8" in by["latin1.txt"]["error"]
    assert ".pdf" in by["scan.pdf"]["error"]


def test_unreadable_input_in_text_output_is_named_and_exit_2(tmp_path):
    (tmp_path / "good.txt").write_text(CLEAN, encoding="utf-8")
    proc = run_cli("check", "--no-config", "good.txt", "nope.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert "nope.txt: lỗi: không tìm thấy tệp" in proc.stdout_text
    assert "1 tệp không đọc được" in proc.stdout_text


def test_no_path_checks_the_current_folder(tmp_path):
    # like ruff: `tdnlint check` alone checks the folder it is run in
    (tmp_path / "a.txt").write_text(BAD, encoding="utf-8")
    rc, data = cli_json("--no-config", "--select", "TDN201", cwd=tmp_path)
    assert rc == 1 and _paths(data) == ["a.txt"]


def test_empty_folder_checks_nothing_and_exits_0(tmp_path):
    rc, data = cli_json("--no-config", str(tmp_path))
    assert rc == 0 and data["files"] == [] and data["summary"]["files"] == 0


def test_utf16_and_bom_and_crlf_inputs(tmp_path):
    (tmp_path / "u16.txt").write_bytes(BAD.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + BAD.replace("\n", "\r\n").encode())
    rc, data = cli_json("--no-config", "--select", "TDN201", "u16.txt", "bom.txt", cwd=tmp_path)
    assert rc == 1
    assert [[(f["line"], f["column"]) for f in x["findings"]] for x in data["files"]] == [[(1, 19)], [(1, 19)]]


def test_output_file_written_and_stdout_empty(tmp_path):
    (tmp_path / "a.txt").write_text(BAD, encoding="utf-8")
    proc = run_cli("check", "--no-config", "--format", "json", "-o", "report.json", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout_text == ""
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["summary"]["files"] == 1


def test_folder_named_like_a_document_is_searched(tmp_path):
    (tmp_path / "bao-cao.md").mkdir()
    (tmp_path / "bao-cao.md" / "a.txt").write_text(BAD, encoding="utf-8")
    rc, data = cli_json("--no-config", "--select", "TDN201", "bao-cao.md", cwd=tmp_path)
    assert _paths(data) == ["bao-cao.md/a.txt"] and rc == 1


def test_fix_applies_in_parallel_workers_too(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(BAD, encoding="utf-8")
    proc = run_cli("check", "--no-config", "--select", "TDN201", "--fix", "-j", "2", ".", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout_text + proc.stderr_text
    assert [(tmp_path / f"{i}.txt").read_text(encoding="utf-8") for i in range(3)] == [
        "Thực hiện năm 2021, Ban Thường trực.\n"] * 3
