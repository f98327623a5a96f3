"""A real browser (Debian's Chromium through Playwright) on the real server.

Starts ``tdnlint serve --port 0`` on loopback, uploads a draft, reads the verdict and the findings,
clicks a finding, downloads the annotated copy and opens it.  With TDNLINT_WEB_SCREENSHOT=1 it also
saves docs/web-screenshot.png (the README's picture).  Skipped, with the reason, only when Playwright
or Chromium is not available.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the 'serve' extra is not installed")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (pip package) is not installed")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "fixtures" / "samples" / "ke-hoach-loi.docx"
CHROMIUM = os.environ.get("TDNLINT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server():
    proc = subprocess.Popen([sys.executable, "-m", "tdnlint", "serve", "--host", "127.0.0.1", "--port", "0",
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT)
    try:
        line = proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, f"no address printed: {line!r} {proc.stderr.read() if proc.poll() is not None else ''}"
        yield m.group(0)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium not installed ({CHROMIUM}); .ci/run installs it with apt-get")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        except Exception as exc:  # pragma: no cover - depends on the machine
            pytest.skip(f"Chromium cannot be launched: {str(exc).splitlines()[0]}")
        yield b
        b.close()


def expected_report(*args: str) -> dict:
    import json

    out = subprocess.run([sys.executable, "-m", "tdnlint", "check", "--no-config", "--format", "json", *args,
                          str(SAMPLE)], capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def test_upload_review_click_and_download(server, browser, tmp_path):
    expect = sync_api.expect
    counts = expected_report()["summary"]
    page = browser.new_page(viewport={"width": 1366, "height": 1000}, accept_downloads=True)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    # nothing but the server itself: no CDN, no font service
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)

    page.goto(server)
    expect(page.locator("h1")).to_contain_text("Kiểm tra thể thức văn bản")
    page.set_input_files("input[type=file]", str(SAMPLE))
    expect(page.locator("#chosen")).to_contain_text("ke-hoach-loi.docx")
    page.click("#submit")

    verdict = page.locator("#verdict")
    expect(verdict).to_contain_text("KHÔNG ĐẠT")  # the sample misspells the national motto: an error
    assert verdict.get_attribute("data-verdict") == "fail"
    assert page.locator("#total").get_attribute("data-count") == str(counts["findings"])
    expect(page.locator("#count-error .count-n")).to_have_text(str(counts["errors"]))
    expect(page.locator("#count-warning .count-n")).to_have_text(str(counts["warnings"]))
    assert page.locator(".fi").count() == counts["findings"]
    assert page.locator("mark.f").count() >= 5

    # click the finding lowest in the document: its place scrolls into view and is highlighted
    placed = page.locator(".fi a.fl:not([data-p='p-doc'])")
    lowest = max(range(placed.count()),
                 key=lambda i: int(placed.nth(i).get_attribute("data-p").removeprefix("p-")))
    link = placed.nth(lowest)
    para_id = link.get_attribute("data-p")
    fid = link.get_attribute("data-f")
    link.click()
    para = page.locator(f"#{para_id}")
    expect(para).to_be_in_viewport()
    expect(para).to_have_class(re.compile(r"\bcurrent\b"))
    expect(page.locator(f'.flash[data-f~="{fid}"]').first).to_be_in_viewport()
    expect(page.locator(f"#li-{fid}")).to_have_class(re.compile(r"\bactive\b"))

    # hovering a highlight shows its finding's message and suggestion
    mark = page.locator("mark.f:not(.caret)").first
    first = mark.get_attribute("data-f").split()[0]
    message = page.locator(f"#li-{first} .fi-msg").inner_text()
    mark.scroll_into_view_if_needed()
    mark.hover()
    expect(mark.locator(".tip")).to_be_visible()
    expect(mark.locator(".tip")).to_contain_text(message)

    # the severity filter hides the warnings from the list
    page.click("#count-warning")
    assert page.locator(".fi.s-warning:visible").count() == 0
    assert page.locator(".fi.s-error:visible").count() == counts["errors"]
    page.click("#count-warning")

    # screenshot for the README: a highlighted place, an active finding and a tooltip
    placed.first.click()
    page.wait_for_timeout(600)
    page.evaluate("window.scrollTo(0, 0)")
    marks = page.locator("mark.f:not(.caret)")
    marks.nth(min(4, marks.count() - 1)).hover()
    page.wait_for_timeout(200)
    # The README's picture is refreshed on request only (a test run must not dirty the work tree):
    # TDNLINT_WEB_SCREENSHOT=1 pytest tests/web/test_browser.py
    shot = ROOT / "docs" / "web-screenshot.png" if os.environ.get("TDNLINT_WEB_SCREENSHOT") else tmp_path / "shot.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000

    # the annotated copy opens and holds one Word comment per finding
    with page.expect_download() as dl:
        page.click("#dl-annotate")
    target = tmp_path / "gop-y.docx"
    dl.value.save_as(target)
    assert dl.value.suggested_filename == "ke-hoach-loi-gop-y.docx"
    import docx

    d = docx.Document(str(target))
    comments = list(d.part._comments_part.comments) if hasattr(d.part, "_comments_part") else []
    texts = [c.text for c in comments]
    assert len(texts) == counts["findings"]
    assert all(re.match(r"\[TDN\d{3}\] ", t) for t in texts)

    assert not errors, errors
    assert not outside, outside
    page.close()


def test_english_page_and_no_javascript(server, browser, tmp_path):
    report = expected_report("--lang", "en")
    ctx = browser.new_context(java_script_enabled=False, accept_downloads=True)
    page = ctx.new_page()
    page.goto(server + "?lang=en")
    sync_api.expect(page.locator("h1")).to_contain_text("Check an official document")
    page.set_input_files("input[type=file]", str(SAMPLE))
    page.click("#submit")
    sync_api.expect(page.locator("#verdict")).to_contain_text("FAIL")
    # messages in English, as `tdnlint check --lang en` words them
    shown = set(page.locator(".fi-msg").all_inner_texts())
    assert shown == {f["message"] for f in report["files"][0]["findings"]}
    # a finding's link jumps to its place (a plain #anchor)
    link = page.locator(".fi a.fl:not([data-p='p-doc'])").last
    fid = link.get_attribute("data-f")
    link.click()
    assert page.url.endswith(f"#f-{fid}")
    sync_api.expect(page.locator(f'mark.f[data-f~="{fid}"]').first).to_be_in_viewport()
    # the downloads are plain forms: they work without JavaScript
    with page.expect_download() as dl:
        page.click("#dl-fix")
    target = tmp_path / "fixed.docx"
    dl.value.save_as(target)
    assert dl.value.suggested_filename == "ke-hoach-loi-da-sua.docx"
    import zipfile

    with zipfile.ZipFile(target) as z:
        assert 'w:author="tdnlint"' in z.read("word/document.xml").decode()
    ctx.close()
