"""Capitalisation, acronyms, doubled and dropped words (TDN405, TDN430–TDN438): each rule fires on its bad
fixture and stays silent on the good one; the shipped table has the documented format and the build script
produces a table the loader reads."""

import io
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, lint_path, lint_text, run_cli

from tdnlint.vietnamese.capitals import load_table, parse_table

CAPS = FIXTURES / "spelling" / "caps"
SELECT = ["TDN405", "TDN43"]


def found(path, select=SELECT):
    return [(f.rule, f.text, f.suggestion) for f in lint_path(path, select=select).findings]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("org-name-bad.txt", [
            ("TDN430", "Hội liên hiệp phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"),
            ("TDN430", "Ban tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
            ("TDN430", "Ủy ban Nhân dân tỉnh", "Ủy ban nhân dân tỉnh")]),
        ("admin-unit-bad.txt", [("TDN431", "Tỉnh", "tỉnh"), ("TDN431", "Huyện", "huyện")]),
        ("article-bad.txt", [("TDN432", "điều", "Điều"), ("TDN432", "chương", "Chương"), ("TDN432", "Khoản", "khoản")]),
        ("position-bad.txt", [("TDN433", "phó chủ tịch", "Phó Chủ tịch"), ("TDN433", "giám đốc", "Giám đốc")]),
        ("stray-bad.txt", [("TDN434", "Tại", "tại"), ("TDN434", "Trong", "trong"), ("TDN434", "Hành", "hành")]),
        ("acronym-bad.txt", [("TDN436", "UNBD", "UBND"), ("TDN435", "DDoàn", "Đoàn"), ("TDN435", "DDTN", "ĐTN"),
                             ("TDN435", "HDDND", "HĐND")]),
        ("definition-bad.txt", [("TDN437", "BCĐ", None)]),
        ("dropped-bad.txt", [("TDN438", "Ban Thường Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")]),
        ("doubled-bad.txt", [("TDN405", "Sở Sở", "Sở"), ("TDN405", "của Của", "của"), ("TDN405", "và", "")]),
    ],
)
def test_bad_fixture(name, expected):
    assert sorted(found(CAPS / name), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("path", sorted(CAPS.glob("*-good.txt")), ids=lambda p: p.name)
def test_good_fixture_is_silent(path):
    assert found(path, select=["TDN4"]) == []


def test_clean_spelling_fixtures_stay_clean():
    for path in sorted((FIXTURES / "spelling" / "clean").glob("*.txt")):
        assert found(path, select=SELECT) == [], path.name


def test_severities_follow_the_evidence():
    r = lint_path(CAPS / "article-bad.txt", select=["TDN432"])
    assert [f.severity.value for f in r.findings] == ["error", "error", "info"]
    r = lint_path(CAPS / "org-name-bad.txt", select=["TDN430"])
    assert {f.severity.value for f in r.findings} == {"warning"}


def test_fix_rewrites_the_name_and_keeps_the_rest(tmp_path):
    target = tmp_path / "draft.txt"
    target.write_text("Giao Ủy ban Nhân dân tỉnh và Tỉnh Bình Định thực hiện tại khoản 2 điều 7.\n", encoding="utf-8")
    proc = run_cli("check", "--no-config", "--select", "TDN43", "--fix", str(target))
    assert proc.returncode in (0, 1), proc.stderr_text
    assert target.read_text(encoding="utf-8") == \
        "Giao Ủy ban nhân dân tỉnh và tỉnh Bình Định thực hiện tại khoản 2 Điều 7.\n"


def test_headings_and_title_case_are_skipped():
    text = "KẾ HOẠCH PHỐI HỢP VỚI HỘI LIÊN HIỆP PHỤ NỮ TỈNH\nKế Hoạch Làm Việc Với Ủy Ban Nhân Dân Tỉnh Bình Định\n"
    assert lint_text(text, select=SELECT).findings == []


def test_e2e_cli_on_a_draft(tmp_path):
    draft = tmp_path / "du-thao.txt"
    draft.write_text(
        "Thực hiện Kế hoạch của Ban Thường Tỉnh ủy, Ủy ban Nhân dân tỉnh giao Sở Sở Tư pháp phối hợp với\n"
        "Hội liên hiệp phụ nữ Việt Nam tỉnh tổ chức hội nghị Tại hội trường của Tỉnh Bình Định theo khoản 2 điều 7 của Quy chế.\n",
        encoding="utf-8")
    proc = run_cli("check", "--no-config", "--select", "TDN4", "--format", "json", str(draft))
    assert proc.returncode == 1
    import json

    rules = sorted(f["rule"] for f in json.loads(proc.stdout_text)["files"][0]["findings"])
    assert rules == ["TDN405", "TDN430", "TDN430", "TDN431", "TDN432", "TDN434", "TDN438"]


def test_rules_and_version_do_not_load_the_table():
    code = ("import sys; from click.testing import CliRunner; from tdnlint.cli import main; "
            "CliRunner().invoke(main, ['rules']); CliRunner().invoke(main, ['--version']); "
            "print('tdnlint.vietnamese.capitals' in sys.modules and "
            "sys.modules['tdnlint.vietnamese.capitals'].load_table.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out in ("False", "0")


# ---- the shipped table -------------------------------------------------------------------------
def test_committed_table_format():
    path = ROOT / "tdnlint" / "data" / "capitals.txt"
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert re.search(r"sha256=[0-9a-f]{64} split=train documents=\d+ syllables=\d+", header[1])
    assert header[2].startswith("# params: min-name=")
    sections = re.findall(r"^\[([a-z-]+)\]$", text, re.M)
    assert sections == ["names", "lower", "acronyms", "nodouble", "nodouble-capital", "junctions"]
    table = load_table()
    assert table.names["ủy ban nhân dân"][0] == "Ủy ban nhân dân"
    assert table.names["bộ tài chính"][0] == "Bộ Tài chính"
    assert "tại" in table.lower and "UBND" in table.acronyms
    assert all(len(k.split()) >= 2 for k in table.names)
    assert path.stat().st_size < 200_000  # compact


def _tiny_archive(path: Path) -> None:
    docs = {
        f"doc{i}.txt": ("Giao Ủy ban nhân dân tỉnh và Sở Tư pháp thực hiện theo quy định về việc lập hồ sơ.\n"
                        "Báo cáo gửi Bộ Tài chính trước ngày 15; UBND tỉnh tổng hợp kết quả của các xã.\n") * 3
        for i in range(12)
    }
    with tarfile.open(path, "w:xz") as tar:
        for name, text in docs.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_build_script_on_a_tiny_synthetic_archive(tmp_path):
    archive = tmp_path / "tiny.tar.xz"
    _tiny_archive(archive)
    out = tmp_path / "capitals.txt"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_capitals.py"), "--archive", str(archive), "--out",
                    str(out), "--min-name", "2", "--min-word", "2", "--min-double", "2", "--min-acronym", "2"],
                   check=True, capture_output=True)
    text = out.read_text(encoding="utf-8")
    assert "tiny.tar.xz sha256=" in text
    table = parse_table(text)
    assert table.names["sở tư pháp"][0] == "Sở Tư pháp"
    assert table.names["bộ tài chính"][0] == "Bộ Tài chính"
    assert table.acronyms.get("UBND", 0) >= 2
    assert "về" in table.lower


def test_a_head_typed_twice_before_a_known_name():
    text = "Giao Ban Ban Chỉ đạo tỉnh và Công Công an xã thực hiện; Ủy ban ban hành quyết định.\n"
    assert [(f.rule, f.text) for f in lint_text(text, select=["TDN405"]).findings] == [
        ("TDN405", "Ban Ban"), ("TDN405", "Công Công")]


def test_capitalised_clauses_are_one_finding_per_document():
    text = ("Theo quy định tại Khoản 1 Điều 5, Khoản 2 Điều 6 của Thông tư.\n"
            "Trường hợp tại Điểm a Khoản 3 Điều 7 thì áp dụng quy định tại Khoản 4 Điều 8.\n")
    [f] = lint_text(text, select=["TDN432"]).findings
    assert f.severity.value == "info" and "4 lần" in f.message
    assert len(f.related) == 3 and len(f.fix.edits) == 4


def test_docx_positions_table_cells_and_fix_across_runs(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH PHỐI HỢP VỚI HỘI LIÊN HIỆP PHỤ NỮ TỈNH")
    p = d.add_paragraph("Đề nghị ")
    p.add_run("Ủy ban Nhân").bold = True
    p.add_run(" dân tỉnh chỉ đạo tổ chức hội nghị tại Tỉnh Bình Định.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Chỉ tiêu Trước đợt"  # a table cell: no sentence, no finding
    table.cell(0, 1).text = "Sở Tài chính"
    path = tmp_path / "ke-hoach.docx"
    d.save(path)
    r = lint_path(path, select=SELECT)
    assert [(f.rule, f.paragraph, f.column, f.text) for f in r.findings] == [
        ("TDN430", 2, 9, "Ủy ban Nhân dân tỉnh"), ("TDN431", 2, 59, "Tỉnh")]
    proc = run_cli("check", "--no-config", "--select", "TDN43", "--fix", str(path))
    assert proc.returncode in (0, 1), proc.stderr_text
    # written as tracked changes: read back with the changes accepted, the text is fixed and clean
    assert lint_path(path, select=SELECT).findings == []
    from conftest import registry

    from tdnlint.engine import Engine, RunOptions

    doc = Engine(registry(), RunOptions(no_config=True)).read(str(path))
    assert doc.paragraphs[1].text == "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo tổ chức hội nghị tại tỉnh Bình Định."


def test_positions_found_with_one_pattern_are_those_of_the_pattern_of_the_documents_titles():
    """CapitalsScan._positions_of (one pattern of every position, compiled once) yields what a pattern of
    the titles whose first two words occur yields, also where a title glued to a letter is not one of them."""
    from tdnlint.config import Settings
    from tdnlint.context import Context
    from tdnlint.engine import Engine, RunOptions
    from tdnlint.plugins import load_registry
    from tdnlint.vietnamese import capitals as C

    registry = load_registry()
    engine = Engine(registry, RunOptions(no_config=True))
    for text in ("Thư của xphó chủ tịch Nguyễn Văn An gửi chủ tịch Lê Văn Bình và giám đốc Trần Văn Cơ.\n",
                 "Phó chủ tịch Trần Văn Bình, chủ tịch nước Lê Văn Cường; phó chủ tịch nước X giao chủ tịch "
                 "Phạm Văn Dũng, tổng giám đốc Đỗ Văn Giang, phó giám đốcNguyễn Văn Hà.\n"):
        cs = Context(engine.read("d.txt", text.encode("utf-8")), Settings(), registry).get("capitals")
        titles = frozenset(t for t, pair in C._POSITION_PAIRS_ALL.items() if pair in cs.scan.pairs)
        want = [(p.index, m.span(), m.groups()) for p, m in cs._finditer(C._position_re(titles))]
        assert [(p.index, m.span(), m.groups()) for p, m in cs._positions_of(titles)] == want
        assert want
