"""Everything click prints — usage line, metavars, section titles, option help, error messages — is
Vietnamese by default and English with ``--lang en`` or an English locale."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

# Words that only English text has (option help, click's own texts, metavars).  Vietnamese output may
# contain command names, format names and values (text, json, tracked, state…), never these ("in" and
# "on" are not listed: "in" is Vietnamese for "print").  Option names (--timeout-per-file) do not count.
ENGLISH = re.compile(
    r"(?<![-\w])(Usage|Options|Commands|Error|Missing|Try|Show|the|and|to|of|for|with|this|that|OPTIONS|"
    r"PATHS|COMMAND|ARGS|CODE|TEXT|INTEGER|FLOAT|RANGE|PATH|FILE|default|Address|Port|Largest|Parallel|"
    r"Time|Config|seconds|file|folder)\b(?!-)")

HELP_PAGES = [("--help",), ("check", "--help"), ("explain", "--help"), ("serve", "--help"), ("rules", "--help")]


def _run(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "NO_COLOR": "1"}
    # the installed console script, so the usage line names `tdnlint` as a user types it
    script = os.path.join(os.path.dirname(sys.executable), "tdnlint")
    return subprocess.run([script, *args], capture_output=True, env=env, timeout=120, text=True)


@pytest.mark.parametrize("args", HELP_PAGES, ids=" ".join)
def test_help_pages_are_vietnamese_by_default(args):
    out = _run(*args).stdout
    assert out.startswith("Cách dùng: tdnlint")
    assert "Tùy chọn:" in out and "Hiện trợ giúp này rồi thoát." in out
    english = sorted({m.group(0) for m in ENGLISH.finditer(out)})
    assert not english, f"English left in `tdnlint {' '.join(args)}`: {english}\n{out}"


def test_vietnamese_usage_lines():
    assert _run("--help").stdout.startswith("Cách dùng: tdnlint [TÙY CHỌN] LỆNH [ĐỐI SỐ]...")
    assert "Lệnh:" in _run("--help").stdout
    assert _run("check", "--help").stdout.startswith("Cách dùng: tdnlint check [TÙY CHỌN] [ĐƯỜNG DẪN]...")
    assert _run("explain", "--help").stdout.startswith("Cách dùng: tdnlint explain [TÙY CHỌN] MÃ")
    assert _run("serve", "--help").stdout.startswith("Cách dùng: tdnlint serve [TÙY CHỌN]\n")
    serve = _run("serve", "--help").stdout
    assert "--host CHUỖI" in serve and "Địa chỉ lắng nghe" in serve and "--port SỐ" in serve


@pytest.mark.parametrize("how", ["--lang en", "LANG=en"])
@pytest.mark.parametrize("args", HELP_PAGES, ids=" ".join)
def test_help_pages_are_english_when_asked(args, how):
    if how == "--lang en":
        if args[0] not in ("check", "explain", "rules"):
            pytest.skip("only check, explain and rules take --lang; the others follow the locale")
        out = _run(*args, "--lang", "en").stdout
    else:
        out = _run(*args, lang="en_US.UTF-8").stdout
    assert out.startswith("Usage: tdnlint") and "Options:" in out and "Show this message and exit." in out
    assert "Cách dùng" not in out and "Tùy chọn" not in out


def test_english_usage_lines():
    en = "en_US.UTF-8"
    assert _run("--help", lang=en).stdout.startswith("Usage: tdnlint [OPTIONS] COMMAND [ARGS]...")
    assert _run("check", "--help", lang=en).stdout.startswith("Usage: tdnlint check [OPTIONS] [PATHS]...")
    assert _run("explain", "--help", lang=en).stdout.startswith("Usage: tdnlint explain [OPTIONS] CODE")
    serve = _run("serve", "--help", lang=en).stdout
    assert "--host TEXT" in serve and "Address to listen on" in serve


def test_bad_option_in_both_languages():
    vi = _run("check", "--no-such-option")
    assert vi.returncode == 2
    assert vi.stderr.startswith("Cách dùng: tdnlint check [TÙY CHỌN] [ĐƯỜNG DẪN]...")
    assert "Xem trợ giúp: 'tdnlint check --help'." in vi.stderr
    assert "Lỗi: Không có tùy chọn '--no-such-option'." in vi.stderr
    bad_number = _run("check", "--jobs", "x").stderr
    assert "Lỗi: Giá trị không hợp lệ cho '--jobs' / '-j': 'x' không phải là một số hợp lệ." in bad_number
    en = _run("check", "--no-such-option", lang="en_US.UTF-8")
    assert en.returncode == 2 and "Error: No such option '--no-such-option'." in en.stderr
    assert en.stderr.startswith("Usage: tdnlint check [OPTIONS] [PATHS]...")
    assert "Error: No such option" in _run("check", "--lang", "en", "--no-such-option").stderr


def test_missing_argument_in_both_languages():
    vi = _run("explain")
    assert vi.returncode == 2
    assert vi.stderr.startswith("Cách dùng: tdnlint explain [TÙY CHỌN] MÃ")
    assert "Lỗi: Thiếu đối số 'MÃ'." in vi.stderr
    en = _run("explain", lang="en_US.UTF-8")
    assert en.returncode == 2 and "Error: Missing argument 'CODE'." in en.stderr
    assert not ENGLISH.search(_run("serve", "--port", "99999").stderr.replace("tdnlint serve", ""))
