"""Helpers shared by the capitalisation rules."""

from __future__ import annotations

from tdnlint.api import Edit, Fix, Severity

__all__ = ["capitals_scan", "report_hit"]


def capitals_scan(ctx):
    """The shared capitalisation pass (the "capitals" analysis, tdnlint/vietnamese/capitals.py)."""
    return ctx.get("capitals")

_SEVERITY = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


def report_hit(rule, ctx, hit, message: str, message_en: str) -> None:
    """Report ``hit`` with its fix: safe when the standard form is certain, unsafe otherwise."""
    if ctx.lexicon.ignored(hit.written):
        return  # the project accepts this form (ignore-words)
    fix = Fix((Edit(hit.paragraph.index, hit.start, hit.end, hit.fix),), hit.safe)
    ctx.report(rule, hit.paragraph, hit.start, hit.end, message=message, message_en=message_en, fix=fix,
               suggestion=hit.fix, severity=_SEVERITY.get(hit.severity))
