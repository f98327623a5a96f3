"""Layout rules (TDN601–TDN607) on .docx built with docx_factory."""

from __future__ import annotations

import pytest
from conftest import SHARED, codes, lint_path, needs_shared
from official_docx import official_docx

SELECT = ["TDN6"]


def lint(tmp_path, name="a.docx", **kw):
    return lint_path(official_docx(tmp_path / name, **kw), select=SELECT)


def test_clean_document_has_no_layout_findings(tmp_path):
    result = lint(tmp_path)
    assert result.findings == [], [f.message for f in result.findings]


def test_font_not_times_one_finding_with_counts(tmp_path):
    result = lint(tmp_path, body_font="Arial")
    (f,) = [f for f in result.findings if f.rule == "TDN601"]
    assert "Arial" in f.message and "ký tự" in f.message and f.severity.value == "error"
    assert f.line is not None  # anchored on the first paragraph using it


def test_times_new_roman_style_variants_are_times(tmp_path):
    assert lint(tmp_path, body_font="Times New Roman Bold").findings == []


def test_legacy_font_used_on_runs(tmp_path):
    result = lint(tmp_path, body_font=".VnTime")
    assert codes(result) == ["TDN602"]
    assert "chuyển mã" in result.findings[0].message.lower()


def test_legacy_font_only_declared_is_not_reported(tmp_path):
    # Normal style says .VnTime, every run says Times New Roman: only used fonts count.
    result = lint(tmp_path, font=".VnTime", run_font="Times New Roman")
    assert "TDN602" not in codes(result)
    # … but a run that inherits .VnTime from the style does use it
    inherited = lint(tmp_path, "b.docx", font=".VnTime")
    assert "TDN602" in codes(inherited)


def test_body_size_measured_on_body_only(tmp_path):
    result = lint(tmp_path, body_size=12)
    (f,) = [f for f in result.findings if f.rule == "TDN603"]
    assert "12" in f.message and "13 đến 14" in f.message
    assert codes(lint(tmp_path, "b.docx", body_size=13)) == []


def test_page_size_letter_and_landscape_a4(tmp_path):
    result = lint(tmp_path, page_mm=(215.9, 279.4))
    assert [f.rule for f in result.findings] == ["TDN604"]
    assert "Letter" in result.findings[0].message
    assert codes(lint(tmp_path, "b.docx", landscape=True, margins_mm=(20, 20, 30, 15))) == []


def test_margins(tmp_path):
    result = lint(tmp_path, margins_mm=(20, 20, 25, 15))
    (f,) = result.findings
    assert f.rule == "TDN605" and "trái 25 mm" in f.message and "30–35" in f.message


def test_national_header_size_and_bold(tmp_path):
    result = lint(tmp_path, header_size=14, header_bold=False)
    (f,) = [f for f in result.findings if f.rule == "TDN606"]
    assert "Quốc hiệu" in f.message and "cỡ chữ 14" in f.message and "đậm" in f.message
    motto = lint(tmp_path, "b.docx", motto_size=12)
    assert next(f.message for f in motto.findings if f.rule == "TDN606").startswith("Tiêu ngữ")


def test_recipients_format(tmp_path):
    result = lint(tmp_path, label_size=14, label_italic=False, list_size=13)
    label, lines = (f.message for f in result.findings if f.rule == "TDN608")
    assert "cỡ chữ 14 (cần 12)" in label and "không in nghiêng" in label
    assert "cỡ chữ 13" in lines and "cỡ 11" in lines


def test_text_file_is_not_checked(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("KẾ HOẠCH\nNội dung.\n", encoding="utf-8")
    assert lint_path(p, select=SELECT).findings == []


@needs_shared
def test_real_docx_declared_vntime_not_reported():
    real = SHARED / "real-docx"
    names = ["vn-kehoach-thi-dua-cchc-2026-vntime.docx", "vn-thongbao-ket-luan-hoi-nghi-cchc.docx"]
    for name in names:
        if not (real / name).exists():
            pytest.skip("real-docx not present")
        result = lint_path(real / name, select=["TDN601", "TDN602", "TDN603", "TDN606"])
        assert result.findings == [], (name, [f.message for f in result.findings])


@pytest.mark.parametrize("name,expected", [
    ("clean.docx", []),
    ("bad-layout.docx", ["TDN601", "TDN603", "TDN604", "TDN605", "TDN606", "TDN608", "TDN608"]),
    ("bad-legacy-font.docx", ["TDN602"]),
])
def test_committed_fixtures(name, expected):
    from conftest import FIXTURES

    result = lint_path(FIXTURES / "layout" / name, select=["TDN54", "TDN55", "TDN6", "TDN7"])
    assert sorted(codes(result)) == expected, [f.message for f in result.findings]
