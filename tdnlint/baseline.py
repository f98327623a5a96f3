"""Baselines: adopt tdnlint on a legacy set of documents without fixing them all first.

``tdnlint check --baseline FILE --write-baseline PATHS`` records today's findings;
``tdnlint check --baseline FILE PATHS`` afterwards reports only findings that are
not in it.

Format (JSON, UTF-8, stable key order so it diffs well in review)::

    {"tdnlint_baseline": 1, "tool_version": "0.1.0",
     "files": {"van-ban/kh-12.docx": [
        {"rule": "TDN204", "fingerprint": "9c1e…", "key": "41d0…", "count": 2,
         "text": "  ", "message": "Thừa dấu cách…"}]}}

Paths are relative to the folder holding the baseline file (POSIX separators), so
the baseline keeps working when the whole folder is moved or checked out elsewhere.

Matching never uses line numbers, so inserting or deleting paragraphs above a
finding does not make it "new":

* ``fingerprint`` = rule + part + the offending text + up to 24 characters of the
  paragraph on each side (whitespace collapsed).  It pins one occurrence among
  identical ones ("  " double spaces) -- the engine computes it while the document
  is still in memory (``FileResult.fingerprints``);
* ``key`` = rule + offending text (or the message, for document-level findings): a
  fallback when a finding's surroundings were edited.

A run first consumes exact fingerprints, then keys, each up to its recorded
``count``; what is left over is reported.  ``--write-baseline`` merges: entries of
files not checked in this run are kept, files now clean disappear.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter

import click

from .findings import FileResult, Finding

FORMAT_VERSION = 1
INTERNAL_CODE = "TDN000"
CONTEXT = 24
_WS = re.compile(r"\s+")


class BaselineError(click.ClickException):
    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"tdnlint: baseline: {self.message}", err=True)


# ---- fingerprints -----------------------------------------------------------------------------------
def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def finding_key(f: Finding) -> str:
    return _h(f.rule, unicodedata.normalize("NFC", f.text) if f.text else f.message)


def finding_id(f: Finding) -> tuple:
    return (f.rule, f.paragraph_index, f.start, f.end, f.message)


def fingerprint(f: Finding, paragraph_text: str | None) -> str:
    before = after = ""
    if paragraph_text is not None and f.start is not None:
        end = f.end if f.end is not None else f.start
        before = _WS.sub(" ", paragraph_text[max(0, f.start - CONTEXT):f.start])
        after = _WS.sub(" ", paragraph_text[end:end + CONTEXT])
    text = f.text if f.text is not None else f.message
    return _h(f.rule, f.part, unicodedata.normalize("NFC", text), before, after)


def fingerprints(doc, findings: list[Finding]) -> dict[tuple, str]:
    """Fingerprints of ``findings`` of ``doc`` (called by the engine while the document is at hand)."""
    out = {}
    for f in findings:
        p = doc.paragraphs[f.paragraph_index] if f.paragraph_index is not None and \
            0 <= f.paragraph_index < len(doc.paragraphs) else None
        out[finding_id(f)] = fingerprint(f, p.text if p is not None else None)
    return out


def _fp(result: FileResult, f: Finding) -> str:
    known = getattr(result, "fingerprints", None) or {}
    return known.get(finding_id(f)) or fingerprint(f, None)


# ---- paths ------------------------------------------------------------------------------------------
def _rel(baseline: str, path: str) -> str:
    if path == "-" or not path:
        return path
    base = os.path.dirname(os.path.abspath(baseline))
    rel = os.path.relpath(os.path.abspath(path), base)
    return rel.replace(os.sep, "/")


# ---- read / write -----------------------------------------------------------------------------------
def load_baseline(path: str) -> dict[str, list[dict]]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise BaselineError(f"không tìm thấy {path} (tạo bằng --write-baseline)") from None
    except (OSError, ValueError) as exc:
        raise BaselineError(f"không đọc được {path}: {exc}") from None
    if not isinstance(data, dict) or data.get("tdnlint_baseline") != FORMAT_VERSION \
            or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path} không phải tệp baseline của tdnlint (phiên bản {FORMAT_VERSION})")
    return data["files"]


def _entries(result: FileResult) -> list[dict]:
    agg: dict[tuple[str, str, str], dict] = {}
    for f in result.findings:
        fp = _fp(result, f)
        k = (f.rule, fp, finding_key(f))
        if k in agg:
            agg[k]["count"] += 1
        else:
            agg[k] = {"rule": f.rule, "fingerprint": fp, "key": k[2], "count": 1,
                      "text": f.text, "message": f.message}
    return sorted(agg.values(), key=lambda e: (e["rule"], e["fingerprint"]))


def write_baseline_file(path: str, results: list[FileResult]) -> int:
    """Record the findings of ``results`` into ``path`` (merging other files' entries); returns the count."""
    from . import __version__
    from .atomic import atomic_write_text

    files: dict[str, list[dict]] = {}
    if os.path.exists(path):
        try:
            files = load_baseline(path)
        except BaselineError:
            files = {}  # an unreadable old baseline is replaced, not merged
    for r in results:
        if r.error is not None:
            continue  # keep what was recorded for a file we could not read this time
        rel = _rel(path, r.path)
        entries = _entries(r)
        if entries:
            files[rel] = entries
        else:
            files.pop(rel, None)
    payload = {"tdnlint_baseline": FORMAT_VERSION, "tool_version": __version__,
               "files": dict(sorted(files.items()))}
    atomic_write_text(path, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    total = sum(e["count"] for r in results if r.error is None for e in _entries(r))
    print(f"tdnlint: đã ghi {total} phát hiện của {sum(1 for r in results if r.error is None)} tệp vào "
          f"baseline {path}", file=sys.stderr)
    return total


def filter_with_baseline(path: str, results: list[FileResult]) -> list[FileResult]:
    """Drop findings recorded in the baseline at ``path``; returns the same results, filtered."""
    files = load_baseline(path)
    hidden = 0
    for r in results:
        entries = files.get(_rel(path, r.path))
        if not entries or not r.findings:
            continue
        by_fp: Counter[str] = Counter()
        by_key: Counter[tuple[str, str]] = Counter()
        fp_key: dict[str, tuple[str, str]] = {}
        for e in entries:
            try:
                n = int(e.get("count", 1))
                by_fp[e["fingerprint"]] += n
                by_key[(e["rule"], e["key"])] += n
                fp_key[e["fingerprint"]] = (e["rule"], e["key"])
            except (KeyError, TypeError, ValueError):
                continue  # a hand-edited entry we cannot use: it simply matches nothing
        matched = [False] * len(r.findings)
        for i, f in enumerate(r.findings):
            if f.rule == INTERNAL_CODE:
                continue  # an internal error is never "known"
            fp = _fp(r, f)
            if by_fp[fp] > 0 and fp_key.get(fp, (f.rule, None))[0] == f.rule:
                by_fp[fp] -= 1
                by_key[fp_key[fp]] -= 1
                matched[i] = True
        for i, f in enumerate(r.findings):
            k = (f.rule, finding_key(f))
            if not matched[i] and f.rule != INTERNAL_CODE and by_key[k] > 0:
                by_key[k] -= 1
                matched[i] = True
        hidden += sum(matched)
        r.findings = [f for f, m in zip(r.findings, matched, strict=True) if not m]
    if hidden:
        print(f"tdnlint: {hidden} phát hiện đã có trong baseline {path} được bỏ qua", file=sys.stderr)
    return results
