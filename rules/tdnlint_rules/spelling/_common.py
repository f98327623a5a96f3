"""Helpers shared by the spelling rules."""

from __future__ import annotations

from tdnlint.api import Edit, Fix, Issue, spelling_scan

__all__ = ["issues", "report_issue", "spelling_on", "spelling_scan"]


def issues(ctx, *kinds: str) -> list[Issue]:
    return [i for i in spelling_scan(ctx).issues if i.kind in kinds]


def report_issue(rule, ctx, issue: Issue, message: str, message_en: str) -> None:
    """Report with a safe fix when the suggestion is confident, an unsafe one otherwise."""
    if not issue.suggestions:
        ctx.report(rule, issue.paragraph, issue.start, issue.end, message=message, message_en=message_en)
        return
    best = issue.suggestions[0]
    if issue.confident:
        ctx.report(rule, issue.paragraph, issue.start, issue.end, message=message, message_en=message_en,
                   replacement=best)
    else:
        fix = Fix((Edit(issue.paragraph.index, issue.start, issue.end, best),), safe=False)
        ctx.report(rule, issue.paragraph, issue.start, issue.end, message=message, message_en=message_en,
                   fix=fix, suggestion=best)


def spelling_on(ctx) -> bool:
    """False when the text is in a legacy encoding (TDN421 reports it once instead)."""
    return ctx.tokens.spelling_enabled
