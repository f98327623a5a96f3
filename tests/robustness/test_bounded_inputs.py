"""Adversarial inputs through the real CLI: exit codes, one-line messages, and time and peak memory
bounded by the input (measured in a subprocess with ``resource``).  Limits here are generous (CI machines
are slow and shared); the measured figures are in docs/reader.md."""

from __future__ import annotations

import io
import json
import os
import random
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _measure import measure

GB = 1024

WORDS = ["Ủy", "ban", "nhân", "dân", "tỉnh", "giao", "Sở", "Tài", "chính", "chủ", "trì", ",phối", "hợp", "với", "các", "cơ", "quan", "liên", "quan", "thực", "hiện", "theo", "quy", "định"]
GOOD = "Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì,phối hợp thực hiện.\n"


def _prose(n_chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out, size = [], 0
    while size < n_chars:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


def _one_line_errors(stdout: str, path: str) -> list[str]:
    return [ln for ln in stdout.splitlines() if ln.startswith(path + ":") and ": lỗi:" in ln]


# ---- time and memory --------------------------------------------------------------------------------
def test_two_megabyte_single_paragraph_is_checked_in_bounded_time_and_memory(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text(_prose(2_000_000), encoding="utf-8")
    run = measure("check", "--no-config", "--format", "json", str(p), cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    data = json.loads(run.stdout)
    assert data["files"][0]["error"] is None and data["files"][0]["findings"]
    assert run.seconds < 120  # was > 90 s for 0.9 MB (quadratic de-duplication); ~8 s measured
    assert run.peak_mb < 1 * GB


def test_findings_of_one_rule_are_capped_with_a_summary(tmp_path):
    p = tmp_path / "many.txt"
    p.write_text("a,b\n" * 3000, encoding="utf-8")
    run = measure("check", "--no-config", "--select", "TDN201", "--format", "json", str(p), cwd=tmp_path)
    findings = json.loads(run.stdout)["files"][0]["findings"]
    assert len(findings) == 501
    assert "và 2500 chỗ khác" in findings[-1]["message"]


def test_cr_only_file_has_the_same_findings_as_lf_and_fix_keeps_cr(tmp_path):
    text = "Dòng một,có lỗi.\nDòng hai  có lỗi.\n\nDòng bốn ,xong.\n"
    (tmp_path / "lf.txt").write_text(text, encoding="utf-8", newline="")
    (tmp_path / "cr.txt").write_bytes(text.replace("\n", "\r").encode("utf-8"))
    (tmp_path / "mixed.txt").write_bytes(text.replace("\n", "\r", 1).replace("\n", "\r\n", 1).encode("utf-8"))

    def found(name):
        run = measure("check", "--no-config", "--select", "TDN2", "--format", "json", name, cwd=tmp_path)
        return [(f["rule"], f["line"], f["column"]) for f in json.loads(run.stdout)["files"][0]["findings"]]

    lf = found("lf.txt")
    assert lf and {line for _, line, _ in lf} >= {1, 2, 4}
    assert found("cr.txt") == lf
    assert found("mixed.txt") == lf
    measure("check", "--no-config", "--select", "TDN2", "--fix", "cr.txt", "mixed.txt", cwd=tmp_path)
    cr = (tmp_path / "cr.txt").read_bytes()
    assert b"\n" not in cr and cr.count(b"\r") == 4 and "một, có".encode() in cr
    mixed = (tmp_path / "mixed.txt").read_bytes()
    endings = [ln[len(ln.rstrip(b"\r\n")):] for ln in mixed.splitlines(keepends=True)]
    assert endings == [b"\r", b"\r\n", b"\n", b"\n"]


def test_blank_line_flood_is_refused_quickly_in_little_memory(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("\n" * 2_000_000, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    run = measure("check", "--no-config", "blank.txt", "good.txt", cwd=tmp_path)
    assert run.returncode == 2
    [err] = _one_line_errors(run.stdout, "blank.txt")
    assert "quá nhiều đoạn văn" in err
    assert "good.txt: " in run.stdout  # the other input is still checked
    assert run.peak_mb < 300  # was 776 MB; ~28 MB measured (line breaks counted without a list)
    assert run.seconds < 60


def _docx_with_empty_paragraphs(n: int) -> bytes:
    rng = random.Random(0)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p w:rsidR="{rng.getrandbits(32):08X}"/>' for _ in range(n))
    doc = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
          '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
          'document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


def test_docx_with_a_million_empty_paragraphs_is_refused_while_reading(tmp_path):
    (tmp_path / "empty.docx").write_bytes(_docx_with_empty_paragraphs(1_000_000))
    run = measure("check", "--no-config", "empty.docx", cwd=tmp_path)
    assert run.returncode == 2
    [err] = _one_line_errors(run.stdout, "empty.docx")
    assert "quá nhiều đoạn văn" in err
    assert run.peak_mb < 600  # was 556 MB and 29 s before the limit; ~130 MB measured
    assert run.seconds < 90


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_time_budget_per_file_is_an_error_and_the_run_goes_on(tmp_path, jobs):
    (tmp_path / "a-slow.txt").write_text(_prose(2_000_000), encoding="utf-8")  # ~8 s
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")  # well under a second
    run = measure("check", "--no-config", "--timeout-per-file", "1", "-j", jobs, "--format", "json", ".",
                  cwd=tmp_path)
    assert run.returncode == 2
    files = {f["path"]: f for f in json.loads(run.stdout)["files"]}
    assert "quá thời gian kiểm tra" in files["a-slow.txt"]["error"] and "\n" not in files["a-slow.txt"]["error"]
    assert files["b-good.txt"]["error"] is None and files["b-good.txt"]["findings"]


# ---- special files and permissions ------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_given_directly_or_in_a_folder_never_hangs(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    for args in (["pipe.txt", "good.txt"], ["."]):
        run = measure("check", "--no-config", *args, cwd=tmp_path, timeout=60)
        assert run.returncode == 2
        [err] = _one_line_errors(run.stdout, "pipe.txt")
        assert "không phải tệp thường" in err
        assert "good.txt: " in run.stdout


def test_socket_is_an_error_not_a_hang(tmp_path):
    s = socket.socket(socket.AF_UNIX)
    path = tmp_path / "s.md"
    try:
        s.bind(str(path))
    except OSError:
        pytest.skip("cannot bind a unix socket here")
    try:
        run = measure("check", "--no-config", "s.md", cwd=tmp_path, timeout=60)
    finally:
        s.close()
    assert run.returncode == 2 and "socket" in run.stdout


def test_device_is_an_error(tmp_path):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    run = measure("check", "--no-config", "/dev/zero", cwd=tmp_path, timeout=60)
    assert run.returncode == 2 and "không phải tệp thường" in run.stdout


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_among_good_ones_is_a_per_file_error(tmp_path):
    bad = tmp_path / "secret.txt"
    bad.write_text(GOOD, encoding="utf-8")
    bad.chmod(0)
    sub = tmp_path / "locked"
    sub.mkdir()
    (sub / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    try:
        sub.chmod(0)
        run = measure("check", "--no-config", "secret.txt", "good.txt", cwd=tmp_path)
        assert run.returncode == 2
        assert "secret.txt: lỗi: không có quyền đọc tệp" in run.stdout and "good.txt: " in run.stdout
        folder = measure("check", "--no-config", ".", cwd=tmp_path)
        assert "locked: lỗi: không có quyền đọc thư mục" in folder.stdout
    finally:
        sub.chmod(0o755)


def test_unreadable_path_is_not_rejected_by_the_command_line_parser():
    # click's readable-path check aborted the whole run (usage error) before any file was checked
    from tdnlint.cli import check

    paths = next(p for p in check.params if p.name == "paths")
    assert paths.type.readable is False


# ---- configuration ----------------------------------------------------------------------------------
@pytest.mark.parametrize("case", ["invalid-utf8", "binary-word-list", "deep-nesting", "huge-word-list"])
def test_broken_config_is_a_config_error_naming_the_file(tmp_path, case):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    cfg = tmp_path / ".tdnlint.toml"
    if case == "invalid-utf8":
        cfg.write_bytes(b'select = ["TDN2"]\n# \xff\xfe\n')
        named = cfg
    elif case == "binary-word-list":
        (tmp_path / "w.bin").write_bytes(bytes(range(256)) * 10)
        cfg.write_text('word-list = "w.bin"\n', encoding="utf-8")
        named = tmp_path / "w.bin"
    elif case == "deep-nesting":
        cfg.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
        named = cfg
    else:
        (tmp_path / "w.txt").write_text("\n".join(f"tu{i}" for i in range(300_000)), encoding="utf-8")
        cfg.write_text('word-list = "w.txt"\n', encoding="utf-8")
        named = tmp_path / "w.txt"
    run = measure("check", "x.txt", cwd=tmp_path, timeout=120)
    assert run.returncode == 2
    lines = [ln for ln in run.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("tdnlint: lỗi cấu hình: ")
    assert str(named.resolve()) in lines[0] or str(named) in lines[0]
    assert "nội bộ" not in run.stderr
    assert run.seconds < 60


# ---- output -----------------------------------------------------------------------------------------
def _piped_into_head(args: list[str], cwd) -> subprocess.CompletedProcess:
    producer = subprocess.Popen([sys.executable, "-m", "tdnlint.cli", *args], cwd=cwd, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"})
    head = subprocess.run(["head", "-1"], stdin=producer.stdout, capture_output=True, timeout=120)
    producer.stdout.close()
    err = producer.stderr.read().decode("utf-8", "replace")
    rc = producer.wait(timeout=120)
    return subprocess.CompletedProcess(args, rc, head.stdout, err)


def test_rules_into_a_closed_pipe_is_a_normal_end(tmp_path):
    proc = _piped_into_head(["rules"], tmp_path)
    assert proc.stdout.startswith(b"TDN")
    assert proc.returncode == 0 and proc.stderr == ""


def test_check_into_a_closed_pipe_exits_as_the_findings_say(tmp_path):
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(GOOD * 50, encoding="utf-8")
    proc = _piped_into_head(["check", "--no-config", "--select", "TDN201", "."], tmp_path)
    assert proc.returncode == 1  # findings, not a crash
    assert proc.stderr == ""


def test_report_that_cannot_be_written_says_so(tmp_path):
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    run = measure("check", "--no-config", "--format", "json", "-o", "no-such-dir/r.json", "x.txt", cwd=tmp_path)
    assert run.returncode == 2
    assert "không ghi được báo cáo vào no-such-dir/r.json" in run.stderr and "nội bộ" not in run.stderr


def test_our_temp_files_are_never_inputs(tmp_path):
    (tmp_path / ".tdnlint-abc123.tmp").write_text(GOOD, encoding="utf-8")
    (tmp_path / "x.txt").write_text(GOOD, encoding="utf-8")
    run = measure("check", "--no-config", "--format", "json", ".", cwd=tmp_path)
    assert [f["path"] for f in json.loads(run.stdout)["files"]] == ["x.txt"]
