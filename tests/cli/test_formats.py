"""Output formats: the stable JSON contract, SARIF 2.1.0 (schema-validated), GitHub commands, text."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import cli_json, run_cli

HERE = Path(__file__).resolve().parent
SCHEMA = HERE.parent / "data" / "sarif-schema-2.1.0.json"

# A state draft: national header + motto recognised, one glued comma (TDN201) and a double space (TDN204).
STATE = (
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH AN GIANG\tĐộc lập - Tự do - Hạnh phúc\n"
    "\n"
    "KẾ HOẠCH\n"
    "Thực hiện năm 2021,Ban  Thường trực.\n"
)
NO_HEADER = "Thực hiện năm 2021,Ban Thường trực.\n"  # TDN101 (document level, info: form not recognised) + TDN201


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "state.txt").write_text(STATE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(NO_HEADER, encoding="utf-8")
    return tmp_path


# ---- JSON --------------------------------------------------------------------------------------

FINDING_KEYS = ["rule", "name", "category", "severity", "message", "line", "column", "end_line", "end_column",
                "text", "suggestion", "location"]


def test_json_contract_shape(drafts):
    rc, data = cli_json("--no-config", "--select", "TDN101,TDN201,TDN204", "state.txt", "plain.txt",
                        "missing.txt", cwd=drafts)
    assert rc == 2  # missing.txt
    assert list(data) == ["tool", "files", "summary"]
    assert data["tool"]["name"] == "tdnlint" and isinstance(data["tool"]["version"], str)
    assert [f["path"] for f in data["files"]] == ["state.txt", "plain.txt", "missing.txt"]
    for file in data["files"]:
        # "parts" is an additive, optional key (segmentation summary)
        assert set(file) - {"parts"} == {"path", "profile", "error", "findings", "verdict"}
        assert file["profile"] in ("state", "party", "mttq", "unknown")
        for f in file["findings"]:
            assert list(f) == FINDING_KEYS
            assert f["severity"] in ("error", "warning", "info")
            assert set(f["location"]) == {"part", "paragraph"}
    state, plain, missing = data["files"]
    assert state["error"] is None and state["profile"] == "state" and plain["profile"] == "unknown"
    assert missing["error"] and missing["findings"] == [] and missing["profile"] == "unknown"
    assert data["summary"] == {"files": 3, "findings": 4, "errors": 0, "warnings": 3, "infos": 1}


def test_json_positions_are_1_based_code_points_with_inclusive_end(drafts):
    _, data = cli_json("--no-config", "--select", "TDN201,TDN204", "state.txt", cwd=drafts)
    glued, double = data["files"][0]["findings"]
    line5 = STATE.splitlines()[4]
    assert glued == {
        "rule": "TDN201", "name": "missing-space-after-punctuation", "category": "spacing",
        "severity": "warning", "message": glued["message"], "line": 5, "column": line5.index(",") + 1,
        "end_line": 5, "end_column": line5.index(",") + 1, "text": ",", "suggestion": glued["suggestion"],
        "location": {"part": "body", "paragraph": 5},
    }
    assert (double["column"], double["end_column"], double["text"]) == (
        line5.index("  ") + 1, line5.index("  ") + 2, "  ")


def test_json_document_level_finding_has_null_line(drafts):
    _, data = cli_json("--no-config", "--select", "TDN101", "plain.txt", cwd=drafts)
    [f] = data["files"][0]["findings"]
    assert (f["rule"], f["line"], f["column"], f["end_line"], f["end_column"]) == ("TDN101", None, None, None, None)


def test_profile_detected_and_overridden(drafts):
    _, data = cli_json("--no-config", "--select", "TDN201", "state.txt", cwd=drafts)
    assert data["files"][0]["profile"] == "state"
    for forced in ("party", "mttq", "state"):
        _, data = cli_json("--no-config", "--profile", forced, "--select", "TDN201", "state.txt", cwd=drafts)
        assert data["files"][0]["profile"] == forced


def test_jobs_output_is_identical_to_serial(tmp_path):
    for i in range(12):
        body = STATE if i % 3 else NO_HEADER
        (tmp_path / f"d{i:02d}.txt").write_text(body * (1 + i % 4), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00")  # an unreadable one in the middle
    serial = run_cli("check", "--no-config", "--format", "json", "-j", "1", ".", cwd=tmp_path)
    parallel = run_cli("check", "--no-config", "--format", "json", "-j", "2", ".", cwd=tmp_path)
    assert serial.returncode == parallel.returncode == 2
    assert parallel.stdout_text == serial.stdout_text
    assert len(json.loads(serial.stdout_text)["files"]) == 13


def test_lang_en_messages(drafts):
    _, vi = cli_json("--no-config", "--select", "TDN201", "plain.txt", cwd=drafts)
    _, en = cli_json("--no-config", "--select", "TDN201", "--lang", "en", "plain.txt", cwd=drafts)
    assert vi["files"][0]["findings"][0]["message"] != en["files"][0]["findings"][0]["message"]
    assert en["files"][0]["findings"][0]["message"].isascii()


# ---- SARIF -------------------------------------------------------------------------------------

def _sarif(drafts, *args):
    proc = run_cli("check", "--no-config", "--format", "sarif", *args, cwd=drafts)
    return proc.returncode, json.loads(proc.stdout_text)


def test_sarif_validates_against_official_schema(drafts):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the [test] extra")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    (drafts / "tên có dấu cách.txt").write_text(NO_HEADER, encoding="utf-8")
    rc, data = _sarif(drafts, "state.txt", "plain.txt", "tên có dấu cách.txt", "missing.txt")
    assert rc == 2
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)


def test_sarif_meets_github_code_scanning_requirements(drafts):
    _, data = _sarif(drafts, "state.txt", "plain.txt")
    assert data["version"] == "2.1.0" and data["$schema"].startswith("https://")
    [run] = data["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "tdnlint"
    assert "informationUri" not in driver or "invalid" not in driver["informationUri"]
    ids = [r["id"] for r in driver["rules"]]
    assert len(ids) == len(set(ids)) and "TDN201" in ids
    assert run["results"]
    for res in run["results"]:
        assert res["ruleId"] in ids and ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] in ("none", "note", "warning", "error")
        assert res["message"]["text"]
        phys = res["locations"][0]["physicalLocation"]
        assert phys["artifactLocation"]["uri"] in ("state.txt", "plain.txt")
        assert phys["region"]["startLine"] >= 1


def test_sarif_region_end_column_is_exclusive_and_uris_are_encoded(drafts):
    (drafts / "sub dir").mkdir()
    (drafts / "sub dir" / "dự thảo.txt").write_text(NO_HEADER, encoding="utf-8")
    _, data = _sarif(drafts, "--select", "TDN201", "sub dir/dự thảo.txt")
    [res] = data["runs"][0]["results"]
    uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "sub%20dir/d%E1%BB%B1%20th%E1%BA%A3o.txt"
    region = res["locations"][0]["physicalLocation"]["region"]
    col = NO_HEADER.index(",") + 1
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, col, col + 1)


def test_sarif_absolute_paths_become_relative_to_cwd(drafts):
    _, data = _sarif(drafts, "--select", "TDN201", str(drafts / "plain.txt"))
    uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "plain.txt"


# ---- GitHub workflow commands ------------------------------------------------------------------

def test_github_annotations(drafts):
    proc = run_cli("check", "--no-config", "--format", "github", "--select", "TDN101,TDN201", "plain.txt",
                   "missing.txt", cwd=drafts)
    lines = proc.stdout_text.splitlines()
    col = NO_HEADER.index(",") + 1
    assert any(ln.startswith(f"::warning file=plain.txt,line=1,col={col},endLine=1,endColumn={col},"
                             "title=TDN201 missing-space-after-punctuation::") for ln in lines)
    assert any(ln.startswith("::notice file=plain.txt,title=TDN101 national-header-missing::") for ln in lines)
    assert any(ln.startswith("::error file=missing.txt,title=tdnlint::") for ln in lines)
    assert proc.returncode == 2


def test_github_escaping():
    from tdnlint.findings import FileResult, Finding, Severity
    from tdnlint.reporters import ReportInfo
    from tdnlint.reporters.github import render

    f = Finding(rule="TDN201", name="x", category="spacing", severity=Severity.INFO,
                message="50% xong\ndòng 2: a,b", line=3, column=4, suggestion="a, b")
    out = render([FileResult(path="a,b:c.txt", findings=[f])], ReportInfo(version="0"))
    assert out == ("::notice file=a%2Cb%3Ac.txt,line=3,col=4,title=TDN201 x::"
                   "50%25 xong%0Adòng 2: a,b (gợi ý: a, b)\n")


# ---- text --------------------------------------------------------------------------------------

def test_text_grouped_by_file_with_hint_profile_and_summary(drafts):
    proc = run_cli("check", "--no-config", "--select", "TDN101,TDN201,TDN204", "state.txt", "plain.txt",
                   cwd=drafts)
    out = proc.stdout_text
    assert "\x1b[" not in out  # not a TTY: no colour
    lines = out.splitlines()
    assert lines[0] == "state.txt: CẦN SỬA  [hồ sơ: nhà nước]"  # the verdict before the list
    col = STATE.splitlines()[4].index(",") + 1
    assert lines[1].split()[:2] == [f"5:{col}", "TDN201"] and "(gợi ý:" in lines[1]
    assert "plain.txt: CẦN SỬA  [hồ sơ: không xác định]" in lines  # a warning (TDN201); the form notice is info
    assert any(ln.strip().startswith("- TDN101") for ln in lines)  # document-level: no line
    assert lines[-2].startswith("Đã kiểm tra 2 tệp")
    assert "4 phát hiện" in lines[-2] and "0 lỗi" in lines[-2] and "3 cảnh báo" in lines[-2] and "1 thông tin" in lines[-2]
    # fixable findings are marked as ruff does, and the run ends with how many --fix would fix
    assert " TDN201 [*] " in lines[1]
    assert not any(" TDN101 [*]" in ln for ln in lines)
    assert lines[-1] == "3 phát hiện có thể tự sửa với --fix"


def test_text_clean_run_shows_profile_in_summary(drafts):
    proc = run_cli("check", "--no-config", "--select", "TDN204", "plain.txt", cwd=drafts)
    assert proc.returncode == 0
    assert proc.stdout_text == ("plain.txt: ĐẠT  [hồ sơ: không xác định]\n"
                                "Đã kiểm tra 1 tệp [hồ sơ không xác định: 1]: 0 phát hiện (0 lỗi, 0 cảnh báo, 0 thông tin)\n")


def test_text_english(drafts):
    proc = run_cli("check", "--no-config", "--lang", "en", "--select", "TDN201", "state.txt", cwd=drafts)
    assert "[profile: state]" in proc.stdout_text and "(suggestion:" in proc.stdout_text
    assert proc.stdout_text.splitlines()[0].startswith("state.txt: NEEDS FIXES")
    assert proc.stdout_text.splitlines()[-2].startswith("1 file(s) checked")
    assert proc.stdout_text.splitlines()[-1].endswith("fixable with --fix")


def test_quiet_and_statistics(drafts):
    quiet = run_cli("check", "--no-config", "-q", "--select", "TDN201", "state.txt", "plain.txt", cwd=drafts)
    assert "Đã kiểm tra" not in quiet.stdout_text and "TDN201" in quiet.stdout_text
    assert quiet.returncode == 1
    clean = run_cli("check", "--no-config", "-q", "--select", "TDN204", "plain.txt", cwd=drafts)
    assert clean.stdout_text == "" and clean.returncode == 0
    stats = run_cli("check", "--no-config", "--statistics", "--select", "TDN201,TDN204", "state.txt", "plain.txt",
                    cwd=drafts)
    assert "     2  TDN201  missing-space-after-punctuation" in stats.stdout_text.splitlines()
    assert "     1  TDN204  double-space" in stats.stdout_text.splitlines()


def test_colour_only_on_a_tty(drafts):
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    proc = subprocess.Popen([sys.executable, "-m", "tdnlint.cli", "check", "--no-config", "--select", "TDN201",
                             "plain.txt"], cwd=drafts, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(master)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert "\x1b[33mTDN201\x1b[0m" in out
    # NO_COLOR turns it off even on a TTY (https://no-color.org)
    plain = run_cli("check", "--no-config", "--select", "TDN201", "plain.txt", cwd=drafts)
    assert "\x1b[" not in plain.stdout_text


def test_docx_findings_in_every_format(tmp_path):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the [test] extra")
    from docx_factory import make_docx

    make_docx(tmp_path / "du-thao.docx", ["KẾ HOẠCH", "Thực hiện năm 2021,Ban Thường trực."],
              footer="Trang  1")
    rc, data = cli_json("--no-config", "--select", "TDN201,TDN204,TDN101", "du-thao.docx", cwd=tmp_path)
    file = data["files"][0]
    assert file["error"] is None and rc == 1, file["error"]
    by = {f["rule"]: f for f in file["findings"]}
    assert (by["TDN201"]["line"], by["TDN201"]["column"]) == (2, 19)
    assert by["TDN201"]["location"] == {"part": "body", "paragraph": 2}
    assert by["TDN101"]["line"] is None
    # a finding in the footer: no line of the main story, the part and paragraph say where
    footer = by["TDN204"]
    assert (footer["line"], footer["column"], footer["location"]) == (None, 6, {"part": "footer", "paragraph": 1})
    sarif = json.loads(run_cli("check", "--no-config", "--format", "sarif", "--select", "TDN201,TDN204,TDN101",
                               "du-thao.docx", cwd=tmp_path).stdout_text)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    gh = run_cli("check", "--no-config", "--format", "github", "--select", "TDN201", "du-thao.docx", cwd=tmp_path)
    assert gh.stdout_text.startswith("::warning file=du-thao.docx,line=2,col=19,")
