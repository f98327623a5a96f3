"""Shared helpers for hygiene rules."""

from __future__ import annotations

from tdnlint.api import Context, Paragraph, Run


def first_run(ctx: Context, want) -> tuple[Paragraph, Run] | None:
    for p in ctx.document.paragraphs:
        if p.part in ("comment", "metadata"):
            continue
        for r in p.runs:
            if want(r) and p.text[r.start:r.end].strip():
                return p, r
    return None
