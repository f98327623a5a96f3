"""The page's view of a document: highlights cut at finding boundaries, parts from the segmentation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tdnlint.config import Settings
from tdnlint.context import Context
from tdnlint.engine import Engine, RunOptions
from tdnlint.plugins import load_registry
from tdnlint.web.view import _pieces, build_view

ROOT = Path(__file__).resolve().parents[2]


def test_overlapping_findings_each_cover_their_own_text():
    text = "Tăng cuông văn hóa"
    pieces = _pieces(text, [(0, 5, 10, "error"), (1, 0, 10, "warning")])
    assert "".join(p["text"] for p in pieces) == text
    marked = [(p["text"], sorted(p["fids"]), p["sev"]) for p in pieces if p["text"]]
    assert marked == [("Tăng ", [1], "warning"), ("cuông", [0, 1], "error"), (" văn hóa", [], None)]
    # each finding has an anchor where it starts (a link target without JavaScript)
    anchors = [a for p in pieces for a in p["anchors"]]
    assert sorted(anchors) == [0, 1]


def test_zero_width_finding_is_a_caret_at_its_place():
    pieces = _pieces("2021,Ban", [(3, 5, 5, "warning")])
    assert "".join(p["text"] for p in pieces) == "2021,Ban"
    carets = [i for i, p in enumerate(pieces) if p["caret"]]
    assert len(carets) == 1 and pieces[carets[0]]["fids"] == [3]
    assert "".join(p["text"] for p in pieces[:carets[0]]) == "2021,"


def test_view_of_a_draft_puts_paragraphs_in_their_parts():
    registry = load_registry()
    engine = Engine(registry, RunOptions(no_config=True))
    path = ROOT / "fixtures" / "samples" / "ke-hoach-loi.docx"
    result = engine.lint_path(str(path))
    view = build_view(Context(result.document, Settings(), registry), result, registry.rules, "vi")
    parts = {p["part"] for p in view["paragraphs"]}
    assert {"header", "title", "body", "recipients", "signature"} <= parts
    assert len(view["findings"]) == len(result.findings)
    assert sum(g["count"] for g in view["groups"]) == len(result.findings)
    # every finding with a span is highlighted on exactly its text
    for f in result.findings:
        if f.paragraph_index is None or f.start is None or f.start == f.end:
            continue
        para = next(p for p in view["paragraphs"] if p["index"] == f.paragraph_index)
        covered = "".join(pc["text"] for pc in para["pieces"] if result.findings.index(f) in pc["fids"])
        assert covered == f.text
    assert view["document_findings"]  # TDN706: the file's author metadata, about the whole file
    assert not view["shortened"]


def test_serve_without_the_extra_says_what_to_install():
    # A fresh interpreter where the web dependencies cannot be imported (as after a core-only install).
    code = ("import sys; sys.modules['starlette'] = None; sys.modules['uvicorn'] = None; "
            "from tdnlint.cli import main; sys.argv = ['tdnlint', 'serve', '--port', '0']; main()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "pip install 'tdnlint[serve]'" in proc.stderr


def test_a_very_long_document_shows_only_the_paragraphs_around_findings():
    registry = load_registry()
    engine = Engine(registry, RunOptions(no_config=True))
    lines = ["Nội dung của kế hoạch được triển khai đầy đủ."] * 3200
    lines[1500] = "Nội dung của kế hoạch được triển khai tỉnhvề đầy đủ."
    doc = engine.read("dai.txt", ("\n".join(lines) + "\n").encode())
    result = engine.lint_document(doc, Settings(select=["TDN4"]))
    assert any(f.text and "tỉnhvề" in f.text for f in result.findings)
    view = build_view(Context(result.document, Settings(), registry), result, registry.rules, "vi")
    assert view["shortened"]
    shown = [p["index"] for p in view["paragraphs"]]
    assert 1500 in shown and len(shown) < 30


def test_related_places_are_listed_with_the_finding():
    from tdnlint.findings import Location

    registry = load_registry()
    engine = Engine(registry, RunOptions(no_config=True))
    result = engine.lint_path(str(ROOT / "fixtures" / "samples" / "ke-hoach-loi.txt"))
    result.findings[0].related = [Location(12, 3, "body", 12, "hoà"), Location(None, 4, "footer", 1, "hoà")]
    view = build_view(Context(result.document, Settings(), registry), result, registry.rules, "vi")
    assert view["findings"][0]["related"] == ["12:3", "footer#1"]
    assert view["findings"][1]["related"] == []


def test_kinh_gui_lines_are_their_own_part():
    registry = load_registry()
    engine = Engine(registry, RunOptions(no_config=True))
    result = engine.lint_path(str(ROOT / "fixtures" / "clean" / "party_congvan_tinh_uy.txt"))
    view = build_view(Context(result.document, Settings(), registry), result, registry.rules, "vi")
    text = {p["index"]: "".join(pc["text"] for pc in p["pieces"]) for p in view["paragraphs"]}
    parts = {p["index"]: p["part"] for p in view["paragraphs"]}
    kinh_gui = [i for i, t in text.items() if t.startswith("Kính gửi")]
    assert kinh_gui and parts[kinh_gui[0]] == "addressees"
    assert parts[kinh_gui[0] + 1] == "addressees"  # "- Các huyện ủy, …" under it


def test_list_only_view_keeps_every_finding():
    from tdnlint.web.view import list_only_view

    registry = load_registry()
    engine = Engine(registry, RunOptions(no_config=True))
    result = engine.lint_path(str(ROOT / "fixtures" / "samples" / "ke-hoach-loi.txt"))
    view = list_only_view(result, registry.rules, "vi")
    assert view["paragraphs"] == []
    assert sum(g["count"] for g in view["groups"]) == len(result.findings) > 0
    assert {g["part"] for g in view["groups"]} <= {"document", "body", "other"}


def test_the_result_page_renders_a_list_only_view():
    import pytest

    jinja2 = pytest.importorskip("jinja2", reason="the 'serve' extra is not installed")
    from tdnlint.web.texts import Texts
    from tdnlint.web.view import list_only_view

    registry = load_registry()
    engine = Engine(registry, RunOptions(no_config=True))
    result = engine.lint_path(str(ROOT / "fixtures" / "samples" / "ke-hoach-loi.txt"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "tdnlint" / "web" / "templates")),
                             autoescape=True)
    out = {"verdict": "fail", "summary": {"findings": len(result.findings), "errors": 1, "warnings": 0,
                                          "infos": 0}, "profile": "state", "format": "txt"}
    html = env.get_template("result.html").render(
        t=Texts("vi"), lang="vi", version="0", mb="20", minutes=15, out=out,
        view=list_only_view(result, registry.rules, "vi"), display="a.txt", token="x", profile="auto",
        verdict_label="KHÔNG ĐẠT")
    assert html.count('class="fi ') == len(result.findings)
