"""Shared helper of the spacing rules: the spacing analysis (``ctx.spacing``) finds every issue in one
pass over the document; each rule reports the issues of its own kind."""

from __future__ import annotations

from tdnlint.api import Context, Rule, SpacingIssue


def around(text: str, start: int, end: int, replacement: str) -> str:
    """The corrected text with the neighbouring words, for a readable suggestion: "2021, Ban"."""
    left = start
    while left > 0 and text[left - 1] not in " \t":
        left -= 1
    if left == start and left > 0:  # the span starts at a space: take the previous word too
        left -= 1
        while left > 0 and text[left - 1] not in " \t":
            left -= 1
    right = end
    while right < len(text) and text[right] not in " \t":
        right += 1
    if right == end and right < len(text):
        right += 1
        while right < len(text) and text[right] not in " \t":
            right += 1
    return (text[left:start] + replacement + text[end:right]).strip()


def report(rule: Rule, ctx: Context, issue: SpacingIssue, message: str, message_en: str,
           readable: bool = True) -> None:
    """Report one issue with its fix; ``readable``: suggest the corrected words around it."""
    p = issue.paragraph
    ctx.report(rule, p, issue.start, issue.end, message=message, message_en=message_en,
               replacement=issue.replacement,
               suggestion=around(p.text, issue.start, issue.end, issue.replacement) if readable else None)
