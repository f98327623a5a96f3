"""The shared citation / date analysis: what rules and plugins read from ctx."""

from __future__ import annotations

import pytest
from conftest import codes, lint_text, registry

from tdnlint.analysis.citations import parse_symbol
from tdnlint.config import Settings
from tdnlint.context import Context


def ctx_for(text: str, **settings) -> Context:
    from tdnlint.engine import Engine, RunOptions

    engine = Engine(registry(), RunOptions(no_config=True))
    doc = engine.read("draft.txt", text.encode("utf-8"))
    return Context(doc, Settings(**settings), registry())


@pytest.mark.parametrize(
    ("symbol", "family", "type_code", "issuer", "canonical"),
    [
        ("57-KL/TW", "party", "KL", "TW", "57-KL/TW"),
        ("07-KH/BCĐ-TTĐN", None, "KH", "BCĐ", "07-KH/BCĐ-TTĐN"),
        ("1648/QĐ-TTg", "state", "QĐ", "TTg", "1648/QĐ-TTg"),
        ("120/KH-UBND", "state", "KH", "UBND", "120/KH-UBND"),
        ("97/HD-MTTQ-BTT", "mttq", "HD", "MTTQ", "97/HD-MTTQ-BTT"),
        ("108/HD-MTTW-BTT", "mttq", "HD", "MTTW", "108/HD-MTTW-BTT"),
        ("30/2020/NĐ-CP", "state", "NĐ", "CP", "30/2020/NĐ-CP"),
        ("103/2023/QH15", "state", None, "QH15", "103/2023/QH15"),
        ("10/2000/CT-TTg", "state", "CT", "TTg", "10/2000/CT-TTg"),
        ("30/2018/TT-BYT", "state", "TT", "BYT", "30/2018/TT-BYT"),
        ("12/UBND-VX", "state", None, "UBND", "12/UBND-VX"),
        # wrong as written: the canonical form is the correction
        ("61/HD/MTTQ-BTT", "mttq", "HD", "MTTQ", "61/HD-MTTQ-BTT"),
        ("11/CT-TW", "party", "CT", "TW", "11-CT/TW"),
        ("21-CT/TTg", "state", "CT", "TTg", "21/CT-TTg"),
        ("15/QĐUBND", "state", "QĐ", "UBND", "15/QĐ-UBND"),
        ("56/2012/Nđ-cp", "state", "NĐ", "CP", "56/2012/NĐ-CP"),
    ],
)
def test_symbol_grammar(symbol, family, type_code, issuer, canonical):
    sym = parse_symbol(symbol)
    assert sym is not None
    assert (sym.family, sym.type_code, sym.issuer, sym.canonical) == (family, type_code, issuer, canonical)


def test_citation_parts_and_exact_spans():
    text = ("Căn cứ Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, "
            "hiệu quả công tác thông tin đối ngoại trong tình hình mới;\n")
    ctx = ctx_for(text)
    (cit,) = ctx.citations.references()
    p = ctx.document.paragraphs[cit.paragraph]
    assert cit.type_word == "Kết luận"
    assert p.text[cit.type_span[1]:cit.type_span[2]] == "Kết luận"
    assert p.text[cit.so_span[1]:cit.so_span[2]] == "số"
    assert p.text[cit.symbol.start:cit.symbol.end] == "57-KL/TW"
    assert (cit.date.day, cit.date.month, cit.date.year, cit.date.style) == (15, 6, 2023, "slash")
    assert p.text[cit.date.start:cit.date.end] == "15/6/2023"
    assert cit.comma_before_date
    assert cit.issuer == "Bộ Chính trị"
    assert cit.subject.startswith("tiếp tục nâng cao chất lượng, hiệu quả")
    assert cit.subject.endswith("tình hình mới")


def test_long_date_issuer_before_date_and_bare_symbol():
    ctx = ctx_for("Theo Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05 tháng 3 năm 2020 (xem 12/UBND-VX).\n")
    first, bare = ctx.citations.references()
    assert first.issuer_before_date and first.date.style == "long" and first.date.month == 3
    assert bare.role == "bare" and bare.symbol.text == "12/UBND-VX"


def test_own_number_line_and_date():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 15/KH-UBND\nHòa Bình, ngày 05 tháng 01 năm 2025\n\nKẾ HOẠCH\nCông tác văn thư năm 2025\n\n"
            "I. MỤC ĐÍCH\nNội dung.\n")
    ctx = ctx_for(text)
    assert ctx.citations.own.symbol.canonical == "15/KH-UBND"
    assert ctx.dates.own.date.isoformat() == "2025-01-05"
    assert ctx.dates.title_year == 2025


def test_prose_is_not_a_symbol():
    text = ("Phát triển kinh tế - xã hội giai đoạn 2021 - 2025; phòng, chống Covid - 19; điểm 1 - BAN; "
            "Hội nghị lần thứ 32 (tháng 12/2023); lúc 9h30 ngày 05/3/2024; TCVN 6909:2001.\n")
    ctx = ctx_for(text)
    assert ctx.citations.references() == []
    assert [(p.first, p.second) for p in ctx.dates.periods] == [(2021, 2025)]


def test_analysis_is_computed_once():
    ctx = ctx_for("Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị.\n")
    assert ctx.citations is ctx.citations and ctx.dates is ctx.dates and ctx.known_documents is ctx.known_documents


def test_registry_is_extended_from_config():
    extra = [{"symbol": "05-HD/TU", "type": "Hướng dẫn", "date": "2024-03-12", "issuer": "Tỉnh ủy"}]
    text = "Thực hiện Hướng dẫn số 05-HD/TU ngày 21/3/2024 của Tỉnh ủy.\n"
    assert codes(lint_text(text, select=["TDN311"])) == []
    result = lint_text(text, select=["TDN311"], known_documents=extra)
    assert codes(result) == ["TDN311"]
    assert "12/3/2024" in result.findings[0].message


def test_registry_bad_config_entry_is_reported_not_fatal():
    ctx = ctx_for("x\n", known_documents=[{"symbol": "không phải ký hiệu"}, {"symbol": "05-HD/TU", "date": "32/1/2024"}])
    assert len(ctx.known_documents.problems) == 2


def test_registry_from_plugin_hook():
    class FakeRegistry:
        known_documents = ({"symbol": "09-HD/BTCTW", "type": "Hướng dẫn", "issuer": "Ban Tổ chức Trung ương"},)
        analysers: dict = {}

    from tdnlint.engine import Engine, RunOptions

    doc = Engine(registry(), RunOptions(no_config=True)).read("x.txt", b"x\n")
    ctx = Context(doc, Settings(), FakeRegistry())  # type: ignore[arg-type]
    assert ctx.known_documents.get("09-HD/BTCTW").issuer == "Ban Tổ chức Trung ương"
    assert ctx.known_documents.get("57-KL/TW") is not None  # shipped data still there


def test_shipped_registry_is_consistent():
    from tdnlint.analysis.registry import KnownDocuments

    reg = KnownDocuments.load()
    assert len(reg) >= 20 and not reg.problems
    for e in reg:
        sym = parse_symbol(e.symbol)
        assert sym is not None and sym.canonical == e.symbol, e.symbol
        if e.date and e.year:
            assert e.date.year == e.year, e.symbol


def test_numeric_date_line_is_the_own_date_but_a_citation_date_is_not():
    ctx = ctx_for("ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nHà Nội, ngày 05/01/2023\n\nKẾ HOẠCH\nCông tác năm 2023\n\nNội dung.\n")
    assert ctx.dates.own is not None and ctx.dates.own.style == "slash"
    ctx = ctx_for("Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về công tác thông tin đối ngoại trong tình hình mới.\n")
    assert ctx.dates.own is None


@pytest.mark.parametrize("text", [
    "Số:", "Số: /", "Số 12-", "12/", "Kết luận số", "Kết luận số 57-", "ngày 99/99/9999", "\u00a0\u2011\u2013",
    "Kế hoạch số 12/KH-UBND ngày tháng năm 2024", "Căn cứ Quyết định số 15/QĐUBND, ngày 00/00/2000 của",
])
def test_odd_input_never_crashes(text):
    assert "TDN000" not in codes(lint_text(text, select=["TDN0", "TDN3"]))


def test_known_documents_from_pyproject_and_bad_entry_is_a_config_error(tmp_path):
    from conftest import cli_json, run_cli

    (tmp_path / "a.txt").write_text("Thực hiện Hướng dẫn số 05-HD/TU ngày 21/3/2024 của Tỉnh ủy.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tdnlint]\nknown_documents = [{symbol = "05-HD/TU", type = "Hướng dẫn", date = 2024-03-12}]\n',
        encoding="utf-8")
    rc, data = cli_json("--select", "TDN311", "a.txt", cwd=tmp_path)
    assert rc == 1
    assert [f["rule"] for f in data["files"][0]["findings"]] == ["TDN311"]
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tdnlint]\nknown_documents = [{symbol = "05-HD/TU", date = "31/02/2024"}]\n', encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "31/02/2024" in proc.stderr_text


def test_long_paragraph_without_punctuation_stays_linear():
    import time

    text = "Kết luận số 57-KL/TW của Bộ Chính trị " * 3000 + "\n" + "Kế hoạch số 12/KH-UBND ngày 05/3/2024 về việc " * 3000
    start = time.perf_counter()
    ctx = ctx_for(text)
    assert len(ctx.citations.references()) == 6000
    assert time.perf_counter() - start < 10  # was quadratic (40 s) before the issuer/subject bounds
