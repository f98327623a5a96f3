"""The sample drafts in fixtures/fixes (used by docs/fixes.md) fix to the committed expected output."""

from __future__ import annotations

import codecs
import shutil

from conftest import FIXTURES, run_cli

HERE = FIXTURES / "fixes"


def test_markdown_sample_fixes_to_the_expected_file(tmp_path):
    work = tmp_path / "ke-hoach-loi.md"
    shutil.copy(HERE / "ke-hoach-loi.md", work)
    proc = run_cli("check", "--no-config", "--select", "TDN2,TDN001", "--fix", str(work))
    assert proc.returncode == 0 and "đã sửa 7 chỗ" in proc.stdout_text, proc.stdout_text
    assert work.read_bytes() == (HERE / "ke-hoach-loi.fixed.md").read_bytes()


def test_crlf_bom_sample_keeps_its_bytes_outside_the_fixes(tmp_path):
    work = tmp_path / "a.txt"
    shutil.copy(HERE / "ke-hoach-loi-crlf-bom.txt", work)
    run_cli("check", "--no-config", "--select", "TDN2", "--fix", str(work))
    data = work.read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and data.count(b"\r\n") == 4
    assert "I. MỤC ĐÍCH, YÊU CẦU\r\nĐánh giá kết quả năm 2025, rút ra bài học kinh nghiệm.\r\n" in data.decode("utf-8-sig")
