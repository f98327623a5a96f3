"""The HTTP API and the server-rendered page, through Starlette's test client.

The JSON of ``POST /api/check`` must be the CLI's ``--format json`` for the same file; the annotated
and fixed copies the CLI's ``--annotate`` / ``--fix``.  Every request leaves its temporary directory
removed (checked after each test), limits and bad files get one-line messages, never a traceback.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the 'serve' extra is not installed")
with warnings.catch_warnings():  # Starlette ≥ 1.x prefers httpx2 but still works with httpx
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from tdnlint.web.app import WebSettings, create_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DOCX = ROOT / "fixtures" / "samples" / "ke-hoach-loi.docx"
SAMPLE_TXT = ROOT / "fixtures" / "samples" / "ke-hoach-loi.txt"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tdnlint", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env={**os.environ, "NO_COLOR": "1"}, timeout=300)


def cli_json(path: Path, *args: str) -> dict:
    proc = cli("check", "--no-config", "--format", "json", *args, str(path))
    return json.loads(proc.stdout)


def without_path(report: dict) -> dict:
    report = json.loads(json.dumps(report))
    for f in report["files"]:
        f.pop("path")
    return report


@pytest.fixture(scope="module")
def tmp_root(tmp_path_factory):
    return tmp_path_factory.mktemp("web-tmp")


@pytest.fixture(scope="module")
def client(tmp_root):
    app = create_app(WebSettings(workers=2, timeout=60, tmp_root=str(tmp_root), max_upload_mb=1))
    with TestClient(app) as c:
        yield c


@pytest.fixture(autouse=True)
def temp_dirs_removed(request):
    yield
    if "tmp_root" in request.fixturenames:
        root = request.getfixturevalue("tmp_root")
        assert os.listdir(root) == [], "a request left files behind"


def upload(client, url: str, path: Path | None = None, data: bytes | None = None, name: str | None = None,
           **fields):
    content = data if data is not None else path.read_bytes()
    return client.post(url, files={"file": (name or path.name, content)}, data=fields)


# ---- /api/check --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sample", [SAMPLE_DOCX, SAMPLE_TXT], ids=["docx", "txt"])
def test_api_check_is_the_cli_json(client, tmp_root, sample):
    r = upload(client, "/api/check", sample)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    api = r.json()
    assert api["files"][0]["path"] == sample.name
    assert api["summary"]["findings"] > 5
    assert without_path(api) == without_path(cli_json(sample))


def test_api_check_profile_and_language_as_the_cli(client, tmp_root):
    r = upload(client, "/api/check", SAMPLE_TXT, profile="party", lang="en")
    assert r.status_code == 200
    api = r.json()
    assert api["files"][0]["profile"] == "party"
    assert without_path(api) == without_path(cli_json(SAMPLE_TXT, "--profile", "party", "--lang", "en"))
    assert any("Missing space" in f["message"] for f in api["files"][0]["findings"])


# ---- /api/annotate, /api/fix ------------------------------------------------------------------------
def comment_texts(data: bytes) -> list[str]:
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/comments.xml"))
    return ["".join(c.itertext()) for c in root.iter(f"{W_NS}comment")]


def test_api_annotate_gives_the_cli_annotated_copy(client, tmp_root, tmp_path):
    r = upload(client, "/api/annotate", SAMPLE_DOCX)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument")
    assert "ke-hoach-loi-gop-y.docx" in r.headers["content-disposition"]
    texts = comment_texts(r.content)
    out = tmp_path / "cli.docx"
    proc = cli("check", "--no-config", "--annotate", str(out), str(SAMPLE_DOCX))
    assert proc.returncode == 1
    assert texts == comment_texts(out.read_bytes())
    assert len(texts) == int(r.headers["x-tdnlint-findings"]) == cli_json(SAMPLE_DOCX)["summary"]["findings"]
    assert all(re.match(r"\[TDN\d{3}\] ", t) for t in texts)
    import docx  # the copy opens in python-docx like any Word file

    assert docx.Document(io.BytesIO(r.content)).paragraphs


def test_api_fix_gives_tracked_changes_like_the_cli(client, tmp_root, tmp_path):
    r = upload(client, "/api/fix", SAMPLE_DOCX)
    assert r.status_code == 200
    fixed = int(r.headers["x-tdnlint-fixed"])
    assert fixed > 0
    copy = tmp_path / "ke-hoach-loi.docx"
    shutil.copy(SAMPLE_DOCX, copy)
    cli("check", "--no-config", "--fix", str(copy))
    with zipfile.ZipFile(io.BytesIO(r.content)) as z:
        document = z.read("word/document.xml").decode()
    assert document.count("<w:ins ") > 0 and 'w:author="tdnlint"' in document
    # the same text as the CLI's fixed file (dates of the revisions aside): re-checking both agrees
    served = tmp_path / "served.docx"
    served.write_bytes(r.content)
    assert without_path(cli_json(served)) == without_path(cli_json(copy))
    assert cli_json(served)["summary"]["findings"] < cli_json(SAMPLE_DOCX)["summary"]["findings"]


def test_api_fix_on_text_gives_the_cli_fixed_text(client, tmp_root, tmp_path):
    r = upload(client, "/api/fix", SAMPLE_TXT)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    assert "ke-hoach-loi-da-sua.txt" in r.headers["content-disposition"]
    copy = tmp_path / SAMPLE_TXT.name
    shutil.copy(SAMPLE_TXT, copy)
    cli("check", "--no-config", "--fix", str(copy))
    assert r.content == copy.read_bytes() != SAMPLE_TXT.read_bytes()
    assert "10/01/2024 của" in r.content.decode("utf-8")


def test_api_annotate_needs_a_docx(client, tmp_root):
    r = upload(client, "/api/annotate", SAMPLE_TXT)
    assert r.status_code == 415
    assert ".docx" in r.json()["error"]


# ---- limits and bad input ----------------------------------------------------------------------------
def test_upload_over_the_limit_is_413_in_vietnamese(client, tmp_root):
    big = b"a" * (1024 * 1024 + 10)
    r = upload(client, "/api/check", data=big, name="lon.txt")
    assert r.status_code == 413
    assert r.json()["error"] == "Tệp quá lớn: tối đa 1 MB cho mỗi lần tải lên."
    page = upload(client, "/check", data=big, name="lon.txt")
    assert page.status_code == 413
    assert "Tệp quá lớn" in page.text and "Traceback" not in page.text


def test_limit_enforced_while_streaming_without_content_length(client, tmp_root):
    boundary = "tdnlintboundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()
    sent = []

    def body():
        yield head
        for _ in range(40):  # 40 × 64 KiB = 2.5 MiB, more than the 1 MB limit
            sent.append(1)
            yield b"x" * 65536
        yield f"\r\n--{boundary}--\r\n".encode()

    r = client.post("/api/check", content=body(),
                    headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert r.status_code == 413


def test_declared_length_over_the_limit_is_refused_before_reading(client, tmp_root):
    r = client.post("/api/check", content=b"", headers={
        "content-type": "multipart/form-data; boundary=x", "content-length": str(50 * 1024 * 1024)})
    assert r.status_code == 413


def test_unsupported_file_is_415_with_the_cli_message(client, tmp_root, tmp_path):
    pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"
    r = upload(client, "/api/check", data=pdf, name="bao-cao.pdf")
    assert r.status_code == 415
    err = r.json()["files"][0]["error"]
    f = tmp_path / "bao-cao.pdf"
    f.write_bytes(pdf)
    proc = cli("check", "--no-config", "--format", "json", str(f))
    assert proc.returncode == 2
    assert err == json.loads(proc.stdout)["files"][0]["error"]
    assert "không hỗ trợ định dạng tệp .pdf" in err
    page = upload(client, "/check", data=pdf, name="bao-cao.pdf", profile="party")
    assert page.status_code == 415
    assert f"bao-cao.pdf: {err}" in page.text
    assert '<option value="party" selected>' in page.text  # the clerk's choice is kept


def test_damaged_docx_is_400_with_the_cli_message(client, tmp_root, tmp_path):
    damaged = b"PK\x03\x04" + b"\x00" * 200
    r = upload(client, "/api/check", data=damaged, name="hong.docx")
    assert r.status_code == 400
    err = r.json()["files"][0]["error"]
    f = tmp_path / "hong.docx"
    f.write_bytes(damaged)
    assert err == cli_json(f)["files"][0]["error"]
    for url in ("/api/annotate", "/api/fix"):
        r = upload(client, url, data=damaged, name="hong.docx")
        assert r.status_code == 400
        assert r.json()["error"] == f"hong.docx: {err}"
    page = upload(client, "/check", data=damaged, name="hong.docx")
    assert page.status_code == 400 and err in page.text and "Traceback" not in page.text


def test_missing_file_and_bad_profile_are_400(client, tmp_root):
    r = client.post("/api/check", data={"profile": "auto"}, files={"other": ("x.txt", b"abc")})
    assert r.status_code == 400 and "Chưa chọn tệp" in r.json()["error"]
    r = upload(client, "/api/check", SAMPLE_TXT, profile="../../etc")
    assert r.status_code == 400
    r = client.post("/api/check", content=b"hello", headers={"content-type": "text/plain"})
    assert r.status_code == 400 and "multipart/form-data" in r.json()["error"]


# ---- concurrency ---------------------------------------------------------------------------------------
DRAFT = "KẾ HOẠCH\nTổ chức hội nghị năm 2024\nNội dung {word} của kế hoạch.\n"
WORDS = ["Ket", "cuông", "giai đạon", "Đối mới", "nghiêp", "tỉnhvề", "truong", "hoat", "dông", "thưc",
         "quyêt", "chât", "lương", "nhiêm", "vu", "huong", "dân", "biêt", "tiêp", "nhân"]


def test_twenty_parallel_uploads_each_get_their_own_findings(client, tmp_root):
    def one(i: int):
        text = DRAFT.format(word=f"{WORDS[i]}")
        r = upload(client, "/api/check", data=text.encode(), name=f"du-thao-{i}.txt")
        return i, r

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(one, range(20)))
    for i, r in results:
        assert r.status_code == 200, r.text
        report = r.json()
        assert report["files"][0]["path"] == f"du-thao-{i}.txt"
        texts = " ".join(f["text"] or "" for f in report["files"][0]["findings"])
        # its own findings, the same as checking that draft alone, and nobody else's words
        alone = upload(client, "/api/check", data=DRAFT.format(word=WORDS[i]).encode(), name=f"du-thao-{i}.txt")
        assert report == alone.json()
        for j, other in enumerate(WORDS):
            if j != i and other not in WORDS[i] and WORDS[i] not in other:
                assert other not in texts


# ---- the page ------------------------------------------------------------------------------------------
def test_page_escapes_document_text_and_file_name(client, tmp_root):
    text = "KẾ HOẠCH\nNội dung <script>alert('x')</script> tỉnhvề <b>đậm</b>.\n"
    r = upload(client, "/check", data=text.encode(), name="<img src=x onerror=alert(1)>.txt")
    assert r.status_code == 200
    html = r.text
    assert "<script>alert" not in html and "<b>đậm" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in html and "<img src=x" not in html
    # the only scripts are the package's own file
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/tdnlint.js" defer>']
    assert "style=" not in html and "onclick" not in html


def test_security_headers_everywhere(client, tmp_root):
    for r in (client.get("/"), client.get("/static/tdnlint.css"), client.get("/healthz"),
              upload(client, "/api/check", SAMPLE_TXT)):
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    assert client.get("/").headers["cache-control"] == "no-store"


def test_no_server_path_is_readable(client, tmp_root):
    for url in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/../pyproject.toml",
                "/static//etc/passwd"):
        r = client.get(url)
        assert r.status_code in (404, 400), url
        assert "WebSettings" not in r.text and "root:" not in r.text


def test_healthz(client):
    r = client.get("/healthz")
    from tdnlint import __version__

    assert r.json() == {"status": "ok", "version": __version__}


def test_page_shows_verdict_text_and_findings(client, tmp_root):
    r = upload(client, "/check", SAMPLE_DOCX)
    assert r.status_code == 200
    html = r.text
    assert 'data-verdict="fail"' in html and "KHÔNG ĐẠT" in html
    report = cli_json(SAMPLE_DOCX)
    assert html.count('class="fi ') == report["summary"]["findings"]
    # findings with a span are highlighted: marks carry the ids of the findings that cover them
    spans = [f for f in report["files"][0]["findings"] if f["line"] is not None]
    assert spans and len(re.findall(r'<mark class="f s-(?:error|warning|info)', html)) >= len(
        {(f["line"], f["column"]) for f in spans})
    # the parts the segmentation found
    for label in ("Phần đầu", "Tên loại và trích yếu", "Nơi nhận", "Chữ ký"):
        assert label in html
    en = upload(client, "/check?lang=en", SAMPLE_DOCX)
    assert ">FAIL<" in en.text and "All findings" in en.text and "Danh sách phát hiện" not in en.text


def test_downloads_without_javascript_then_token_expires(client, tmp_root):
    page = upload(client, "/check", SAMPLE_DOCX)
    token = re.search(r'name="token" value="([^"]+)"', page.text).group(1)
    r = client.post("/download", data={"token": token, "kind": "annotate"})
    assert r.status_code == 200
    assert len(comment_texts(r.content)) == cli_json(SAMPLE_DOCX)["summary"]["findings"]
    r = client.post("/download", data={"token": token, "kind": "json"})
    assert without_path(r.json()) == without_path(cli_json(SAMPLE_DOCX))
    r = client.post("/download", data={"token": token, "kind": "fix"})
    assert r.status_code == 200 and int(r.headers["x-tdnlint-fixed"]) > 0
    r = client.post("/download", data={"token": "not-a-token", "kind": "annotate"})
    assert r.status_code == 410 and "hết hạn" in r.text


def test_clean_document_passes(client, tmp_root):
    clean = ROOT / "fixtures" / "clean" / "state_congvan_ubnd.txt"
    assert upload(client, "/api/check", clean).json()["summary"]["findings"] == 0
    page = upload(client, "/check", clean)
    assert 'data-verdict="pass"' in page.text and ">ĐẠT<" in page.text
    assert "Không có phát hiện nào" in page.text
    assert 'value="fix"' not in page.text  # nothing to fix: no fix button


# ---- time limit ----------------------------------------------------------------------------------------
def test_a_check_past_the_time_limit_is_stopped_and_the_server_goes_on(tmp_path):
    app = create_app(WebSettings(workers=1, timeout=1.0, tmp_root=str(tmp_path), max_upload_mb=50))
    line = "Ủy ban nhân dân tỉnh triển khai kế hoạch tuyên truyền,vận động nhân dân tham gia tỉnhvề.\n"
    huge = ("KẾ HOẠCH\n" + line * 60000).encode()  # ~6 MB of text: several seconds of checking
    with TestClient(app) as c:
        upload(c, "/api/check", SAMPLE_TXT)  # the worker is up
        r = upload(c, "/api/check", data=huge, name="lon.txt")
        assert r.status_code == 503
        assert "quá 1 giây" in r.json()["error"]
        ok = upload(c, "/api/check", SAMPLE_TXT)  # a fresh worker took over
        assert ok.status_code == 200
    assert os.listdir(tmp_path) == []


# ---- the CLI -------------------------------------------------------------------------------------------
def test_core_cli_never_imports_web_dependencies(tmp_path):
    code = ("import sys; from click.testing import CliRunner; from tdnlint.cli import main; "
            f"CliRunner().invoke(main, ['check', '--no-config', {str(SAMPLE_TXT)!r}]); "
            "bad = [m for m in ('starlette', 'uvicorn', 'jinja2', 'python_multipart', 'tdnlint.web') "
            "if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stderr


def test_serve_reports_a_busy_port(tmp_path):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    port = s.getsockname()[1]
    try:
        proc = cli("serve", "--port", str(port))
    finally:
        s.close()
    assert proc.returncode == 2
    assert f"không mở được 127.0.0.1:{port}" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_serve_prints_the_address_and_warns_for_the_network(monkeypatch):
    import socket

    import uvicorn

    from tdnlint.web import server

    def loopback(_host, _port):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        return s

    monkeypatch.setattr(server, "_bind", loopback)
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    lines: list[str] = []
    server.run("127.0.0.1", 8765, WebSettings(workers=1), echo=lines.append)
    assert len(lines) == 1 and re.search(r"mở http://127\.0\.0\.1:\d+/ trong trình duyệt", lines[0])
    lines.clear()
    server.run("0.0.0.0", 8765, WebSettings(workers=1), echo=lines.append)
    assert len(lines) == 2 and "CẢNH BÁO" in lines[1] and "mọi máy trong mạng" in lines[1]
