"""Example tdnlint rule pack: one rule, EXA001, flagging leftover TODO/XXX/FIXME markers.

It also shows every run hook, each taking the arguments it needs (pytest style):

* ``tdnlint_config_options`` + ``tdnlint_configure(settings)``: the config key ``example-markers`` (extra
  markers, e.g. ``["CHƯA RÕ"]``) is read and compiled once per configuration, not once per document;
* ``tdnlint_collect_file(path)``: scratch notes named ``nhap-*`` in a checked folder are skipped;
* ``tdnlint_known_documents(settings)``: documents listed under ``example-known-symbols`` are known to the
  citation rules;
* ``tdnlint_document_read(document, settings)`` and ``tdnlint_lint_finished(path, findings)``: with
  ``example-log = "FILE"`` a line per checked document (paragraphs read, EXA001 findings) is appended to FILE.
"""

from __future__ import annotations

import re

from tdnlint.api import ConfigOption, Rule, Severity, hookimpl

# Whole words only, upper case: "todo" inside ordinary Vietnamese text is not a marker.
_MARKER = re.compile(r"(?<![\w])(TODO|XXX|FIXME)(?![\w])")
_DEFAULT_MARKERS = ("TODO", "XXX", "FIXME")
# id(settings) -> (settings, compiled marker pattern, log path): filled by tdnlint_configure, once per config
_CONFIGURED: dict[int, tuple[object, re.Pattern[str], str | None]] = {}
_READ: dict[str, tuple[int, str]] = {}  # document path -> (paragraphs read, log file): tdnlint_document_read


def _configured(settings) -> tuple[re.Pattern[str], str | None]:
    hit = _CONFIGURED.get(id(settings))
    if hit is None or hit[0] is not settings:  # a context made without the engine (tests, tools)
        tdnlint_configure(settings)
        hit = _CONFIGURED[id(settings)]
    return hit[1], hit[2]


class LeftoverMarker(Rule):
    code = "EXA001"
    name = "leftover-marker"
    category = "hygiene"
    severity = Severity.WARNING
    summary = "Còn ghi chú soạn thảo (TODO, XXX, FIXME) trong dự thảo."
    summary_en = "A drafting marker (TODO, XXX, FIXME) is left in the draft."
    bad = "Thời gian thực hiện: XXX ngày kể từ ngày ký."
    good = "Thời gian thực hiện: 30 ngày kể từ ngày ký."
    basis = "convention (văn bản ban hành không còn ghi chú soạn thảo)"

    def check(self, ctx):
        marker, _log = _configured(ctx.settings)
        for p in ctx.text_paragraphs():
            for m in marker.finditer(p.text):
                ctx.report(
                    self, p, m.start(), m.end(),
                    message=f"Còn ghi chú soạn thảo “{m.group(1)}”: điền nội dung hoặc xóa trước khi ban hành.",
                    message_en=f"Drafting marker “{m.group(1)}” left in: fill it in or delete it before issuing.",
                )


@hookimpl
def tdnlint_rules():
    return [LeftoverMarker]


@hookimpl
def tdnlint_config_options():
    return [
        ConfigOption("example-markers", list, [], "extra drafting markers EXA001 reports"),
        ConfigOption("example-known-symbols", list, [], "symbols of documents the citation rules should know"),
        ConfigOption("example-log", str, None, "append one line per checked document to this file"),
    ]


@hookimpl
def tdnlint_configure(settings):
    markers = [*_DEFAULT_MARKERS, *(str(m) for m in settings.option("example-markers") or [])]
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(m) for m in markers) + r")(?![\w])")
    _CONFIGURED[id(settings)] = (settings, pattern, settings.option("example-log"))


@hookimpl
def tdnlint_collect_file(path):
    import os

    if os.path.basename(path).lower().startswith("nhap-"):
        return False  # a scratch note, not a draft
    return None  # no opinion: tdnlint's default


@hookimpl
def tdnlint_known_documents(settings):
    return [{"symbol": s} for s in settings.option("example-known-symbols") or []]


@hookimpl
def tdnlint_document_read(document, settings):
    log = _configured(settings)[1]
    if log:
        _READ[document.path] = (len(document.paragraphs), log)


@hookimpl
def tdnlint_lint_finished(path, findings):
    if path not in _READ:
        return
    paragraphs, log = _READ.pop(path)
    count = sum(1 for f in findings if f.rule == "EXA001")
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(f"{path}\t{paragraphs} đoạn\t{count} EXA001\n")
