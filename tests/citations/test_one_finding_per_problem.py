"""One problem, one finding: a document-wide style problem is reported once with its other places; an
impossible date is judged once; a symbol's inner spaces belong to the citation rules."""

from __future__ import annotations

from conftest import lint_text, registry

from tdnlint.config import Settings
from tdnlint.context import Context

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/KH-UBND\nHòa Bình, ngày {date}\n\nKẾ HOẠCH\nCông tác văn thư năm 2025\n\n")


def ctx_for(text: str) -> Context:
    from tdnlint.engine import Engine, RunOptions

    doc = Engine(registry(), RunOptions(no_config=True)).read("draft.txt", text.encode("utf-8"))
    return Context(doc, Settings(), registry())


def test_period_dash_style_once_per_document_with_every_place():
    body = ("I. MỤC ĐÍCH\n1. Giai đoạn 2021 - 2025 và nhiệm kỳ 2020 - 2025.\n2. Giai đoạn 2026 - 2030.\n"
            "3. Chiến lược 2021-2030.\n4. Kế hoạch 2023-2025 và 2024-2026.\n")
    result = lint_text(HEAD.format(date="10 tháng 3 năm 2025") + body, select=["TDN333"])
    (f,) = result.findings
    assert f.text == "-" and "và 2 chỗ khác" in f.message
    assert len(f.related) == 2
    assert len(f.fix.edits) == 3 and {e.replacement for e in f.fix.edits} == {" - "}


def test_fix_rewrites_every_odd_period(tmp_path):
    from conftest import run_cli

    path = tmp_path / "kh.txt"
    path.write_text(HEAD.format(date="10 tháng 3 năm 2025")
                    + "1. Giai đoạn 2021 - 2025, 2026 - 2030.\n2. Năm 2021-2030 và 2023-2025.\n", encoding="utf-8")
    run_cli("check", "--no-config", "--select", "TDN333", "--fix", str(path))
    text = path.read_text(encoding="utf-8")
    assert "2021 - 2030 và 2023 - 2025" in text


def test_impossible_own_date_is_reported_once():
    result = lint_text(HEAD.format(date="31 tháng 4 năm 2025") + "I. NỘI DUNG\nNội dung./.\n")
    impossible = [f for f in result.findings if "không có thật" in f.message]
    assert [f.rule for f in impossible] == ["TDN320"]


def test_symbol_spans_for_the_spacing_family():
    ctx = ctx_for(HEAD.format(date="10 tháng 3 năm 2025") + "Thực hiện Kế hoạch số 12/KH- UBND ngày 05/3/2025.\n")
    cit = next(c for c in ctx.citations.references() if c.symbol.number == "12")
    i = cit.paragraph
    text = ctx.document.paragraphs[i].text
    dash = text.index("- UBND")
    assert ctx.citations.in_symbol(i, dash, dash + 2)
    assert (cit.symbol.start, cit.symbol.end) in ctx.citations.symbol_spans(i)
    assert not ctx.citations.in_symbol(i, 0, 5)


def test_spaced_symbol_is_one_finding_with_one_fix():
    result = lint_text(HEAD.format(date="10 tháng 3 năm 2025")
                       + "I. NỘI DUNG\n1. Thực hiện Kế hoạch số 12/KH- UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh./.\n",
                       select=["TDN2", "TDN3"])
    on_symbol = [f for f in result.findings if (f.text and "KH- UBND" in f.text) or f.text == "- "]
    assert [f.rule for f in on_symbol] == ["TDN302"]
    assert on_symbol[0].suggestion == "12/KH-UBND"
