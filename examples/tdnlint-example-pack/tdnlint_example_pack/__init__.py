"""Example tdnlint rule pack: one rule, EXA001, flagging leftover TODO/XXX/FIXME markers."""

from __future__ import annotations

import re

from tdnlint.api import Rule, Severity, hookimpl

# Whole words only, upper case: "todo" inside ordinary Vietnamese text is not a marker.
_MARKER = re.compile(r"(?<![\w])(TODO|XXX|FIXME)(?![\w])")


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
        for p in ctx.text_paragraphs():
            for m in _MARKER.finditer(p.text):
                ctx.report(
                    self, p, m.start(), m.end(),
                    message=f"Còn ghi chú soạn thảo “{m.group(1)}”: điền nội dung hoặc xóa trước khi ban hành.",
                    message_en=f"Drafting marker “{m.group(1)}” left in: fill it in or delete it before issuing.",
                )


@hookimpl
def tdnlint_rules():
    return [LeftoverMarker]
