"""--annotate: one Word comment per finding, anchored on the offending text; original untouched."""

from __future__ import annotations

import json
import shutil
import subprocess

import docx
import pytest
from conftest import run_cli
from docx_cases import W, build_broken, commented_texts, comments, member, members
from docx_factory import Para, R, make_docx
from lxml import etree

from tdnlint.readers.docx import DocxReader


@pytest.fixture
def broken_docx(tmp_path):
    return build_broken(tmp_path / "du-thao.docx")


def _annotate(src, out, *args):
    return run_cli("check", "--no-config", "--format", "json", *args, str(src), "--annotate", str(out))


def _findings(proc):
    report = json.loads(proc.stdout_text)
    files = report["files"] if isinstance(report, dict) and "files" in report else report
    return files[0]["findings"]


def test_one_comment_per_finding_anchored_on_its_text(broken_docx, tmp_path):
    before = broken_docx.read_bytes()
    out = tmp_path / "gop-y.docx"
    proc = _annotate(broken_docx, out)
    assert broken_docx.read_bytes() == before  # the original is untouched
    findings = _findings(proc)
    data = out.read_bytes()
    cs = comments(data)
    assert len(cs) == len(findings) > 5
    anchored = commented_texts(data)
    by_text = sorted((text, anchored[cid]) for cid, (_, text) in cs.items())
    for f in findings:
        want = f"[{f['rule']}] {f['message']}" + (f" — gợi ý: {f['suggestion']}" if f["suggestion"] else "")
        hits = [a for t, a in by_text if t == want]
        assert hits, want
        if f["line"] is not None and f["text"]:
            assert f["text"] in hits  # anchored exactly on the offending text
    assert all(author == "tdnlint" for author, _ in cs.values())


def test_document_level_findings_go_on_the_title(tmp_path):
    path = make_docx(tmp_path / "a.docx", ["KẾ HOẠCH", "Triển khai công tác năm 2025", "Nội dung."])
    out = tmp_path / "b.docx"
    proc = _annotate(path, out, "--select", "TDN101")
    [f] = _findings(proc)
    assert f["line"] is None
    [(cid, (_, text))] = comments(out.read_bytes()).items()
    assert text.startswith("[TDN101] ")
    assert commented_texts(out.read_bytes())[cid] == "KẾ HOẠCH"


def test_annotated_copy_has_the_same_text_and_untouched_members(broken_docx, tmp_path):
    out = tmp_path / "gop-y.docx"
    _annotate(broken_docx, out)
    a = DocxReader().read("a.docx", broken_docx.read_bytes())
    b = DocxReader().read("b.docx", out.read_bytes())
    main = lambda d: [p.text for p in d.paragraphs if p.part != "comment"]  # noqa: E731
    assert main(a) == main(b)
    old, new = members(broken_docx.read_bytes()), members(out.read_bytes())
    changed = {k for k in old if old[k] != new.get(k)}
    assert changed == {"word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}
    assert set(new) - set(old) == {"word/comments.xml"}
    ct = member(out.read_bytes(), "[Content_Types].xml").decode()
    assert 'PartName="/word/comments.xml"' in ct and "wordprocessingml.comments+xml" in ct
    rels = member(out.read_bytes(), "word/_rels/document.xml.rels").decode()
    assert "relationships/comments" in rels


def test_run_formatting_is_kept_when_markers_split_runs(broken_docx, tmp_path):
    out = tmp_path / "gop-y.docx"
    _annotate(broken_docx, out, "--select", "TDN2")
    root = etree.fromstring(member(out.read_bytes(), "word/document.xml"))
    p = next(p for p in root.iter(W + "p") if "".join(t.text or "" for t in p.iter(W + "t")).startswith("Thực"))
    fmts = {}
    for r in p.iter(W + "r"):
        text = "".join(t.text or "" for t in r.iter(W + "t"))
        rpr = r.find(W + "rPr")
        fmts.setdefault(etree.tostring(rpr) if rpr is not None else b"", []).append(text)
    bold = next(v for k, v in fmts.items() if b"<w:b " in k or b"<w:b/>" in k)
    assert "".join(bold).startswith("Thực hiện hướng dẫn năm 2024")


def test_existing_comments_are_kept_and_ids_stay_unique(tmp_path):
    path = make_docx(tmp_path / "a.docx", [
        Para("Đoạn có góp ý  của chuyên viên.", comment=("Nguyễn Văn A", "Sửa lại câu này")),
        Para([R("Thêm,nữa", comment=("Trần B", "Xem lại"))]),
    ])
    out = tmp_path / "b.docx"
    _annotate(path, out, "--select", "TDN2")
    cs = comments(out.read_bytes())
    authors = sorted(a for a, _ in cs.values())
    assert authors == ["Nguyễn Văn A", "Trần B", "tdnlint", "tdnlint"]
    assert "Sửa lại câu này" in [t for _, t in cs.values()]
    root = etree.fromstring(member(out.read_bytes(), "word/document.xml"))
    starts = [e.get(W + "id") for e in root.iter(W + "commentRangeStart")]
    assert len(starts) == len(set(starts)) == 4
    # python-docx sees them too
    d = docx.Document(str(out))
    assert sorted(c.author for c in d.comments) == authors


def test_python_docx_reads_the_comments(broken_docx, tmp_path):
    out = tmp_path / "gop-y.docx"
    proc = _annotate(broken_docx, out)
    d = docx.Document(str(out))
    texts = [c.text for c in d.comments]
    assert len(texts) == len(_findings(proc))
    assert any(t.startswith("[TDN201] ") and "gợi ý: 2024, Ban" in t for t in texts)


def test_annotate_after_fix_comments_only_what_is_left(broken_docx, tmp_path):
    out = tmp_path / "gop-y.docx"
    proc = _annotate(broken_docx, out, "--fix")
    left = _findings(proc)
    assert not any(f["rule"].startswith("TDN2") for f in left)
    assert len(comments(out.read_bytes())) == len(left)


def test_annotate_needs_a_docx(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("a,b\n", encoding="utf-8")
    proc = run_cli("check", "--no-config", str(p), "--annotate", str(tmp_path / "x.docx"))
    assert proc.returncode == 2 and ".docx" in proc.stdout_text
    assert not (tmp_path / "x.docx").exists()


def test_annotate_refuses_a_folder(tmp_path):
    proc = run_cli("check", str(tmp_path), "--annotate", str(tmp_path / "x.docx"))
    assert proc.returncode == 2


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_shows_the_comments(broken_docx, tmp_path):
    out = tmp_path / "gop-y.docx"
    proc = _annotate(broken_docx, out)
    n = len(_findings(proc))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "fodt", "--outdir", str(tmp_path / "lo"), str(out)],
                   check=True, capture_output=True, timeout=180)
    fodt = (tmp_path / "lo" / "gop-y.fodt").read_text(encoding="utf-8")
    root = etree.fromstring(fodt.encode("utf-8"))
    notes = list(root.iter("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"))
    assert len(notes) == n
    texts = ["".join(a.itertext()) for a in notes]
    assert any("[TDN201] Thiếu dấu cách sau dấu ','." in t for t in texts)
    assert all("tdnlint" in t for t in texts)  # dc:creator


def test_annotate_never_overwrites_the_original(broken_docx):
    before = broken_docx.read_bytes()
    proc = run_cli("check", "--no-config", str(broken_docx), "--annotate", str(broken_docx))
    assert proc.returncode == 2 and "tệp khác" in proc.stdout_text
    assert broken_docx.read_bytes() == before


def test_annotating_an_annotated_copy_replaces_our_old_comments(tmp_path):
    path = make_docx(tmp_path / "a.docx", [
        Para("Đoạn có góp ý  của chuyên viên.", comment=("Nguyễn Văn A", "Sửa lại câu này")),
        "Thêm,nữa và  nữa.",
    ])
    once, twice = tmp_path / "b.docx", tmp_path / "c.docx"
    _annotate(path, once, "--select", "TDN2")
    first = comments(once.read_bytes())
    _annotate(once, twice, "--select", "TDN2")
    second = comments(twice.read_bytes())
    assert sorted(t for _, t in first.values()) == sorted(t for _, t in second.values())
    assert [a for a, _ in second.values()].count("Nguyễn Văn A") == 1
    root = etree.fromstring(member(twice.read_bytes(), "word/document.xml"))
    refs = [e.get(W + "id") for e in root.iter(W + "commentReference")]
    assert sorted(refs) == sorted(second) and len(refs) == len(set(refs))
    # the text is still the same after two rounds of markers
    texts = lambda d: [p.text for p in d.paragraphs if p.part != "comment"]  # noqa: E731
    assert texts(DocxReader().read("a", path.read_bytes())) == texts(DocxReader().read("c", twice.read_bytes()))


def test_findings_in_a_text_box_are_commented_on_its_anchor_paragraph(tmp_path):
    from docx_factory import TextBox

    path = make_docx(tmp_path / "a.docx", ["Mở đầu.", Para(["Neo", TextBox(["Dòng  trong hộp"])]), "Kết."])
    out = tmp_path / "b.docx"
    _annotate(path, out, "--select", "TDN204")
    [(cid, (_, text))] = comments(out.read_bytes()).items()
    assert text.startswith("[TDN204] (hộp văn bản: “Dòng  trong hộp”) ")
    assert commented_texts(out.read_bytes())[cid] == "Neo"
    mc = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
    root = etree.fromstring(member(out.read_bytes(), "word/document.xml"))
    assert not list(next(root.iter(mc + "AlternateContent")).iter(W + "commentRangeStart"))


def test_annotate_says_where_the_comments_went(broken_docx, tmp_path):
    out = tmp_path / "gop-y.docx"
    proc = _annotate(broken_docx, out)
    n = len(_findings(proc))
    assert f"đã ghi {n} góp ý (chú thích Word) vào {out}" in proc.stderr_text
