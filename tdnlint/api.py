"""The public rule API of tdnlint: everything a rule (built-in or third-party) may import.

Rules import from here and from nowhere else in ``tdnlint`` (enforced by ruff's banned-api, TID251,
for ``rules/`` and ``examples/``): the engine's modules can then move and change freely.  The
built-in rules use exactly this API, so a third-party pack can do whatever they do::

    from tdnlint.api import Context, Rule, Severity, hookimpl

    class LeftoverMarker(Rule):
        code = "EXA001"; name = "leftover-marker"; category = "hygiene"; severity = Severity.WARNING
        ...
        def check(self, ctx: Context) -> None:
            for p in ctx.text_paragraphs():
                ...
                ctx.report(self, p, start, end, message="…", message_en="…")

    @hookimpl
    def tdnlint_rules():
        return [LeftoverMarker]

Shared analyses are typed properties of :class:`Context` (``ctx.segments`` → :class:`Segments`,
``ctx.outline`` → :class:`Outline`, ``ctx.citations`` → :class:`Citations`, ``ctx.dates`` →
:class:`Dates`, ``ctx.tokens`` → :class:`DocumentTokens`, ``ctx.assignments`` → :class:`Assignments`,
``ctx.spelling`` → :class:`SpellingScan`, ``ctx.spacing`` → :class:`Spacing` …), computed once per
document into one cache; a pack registers its own with the ``tdnlint_analysers`` hook and reads them
with ``ctx.get(name)``.
"""

from __future__ import annotations

# The rule contract (Rule, Context, Finding/Fix/Edit, Severity, Location, hookimpl), the document model,
# the shared analyses' result types and the helpers rules use on them, the shared vocabulary (header
# wording, document types, authority words) and Vietnamese orthography.
from .analysis import citation_codes
from .analysis.assignments import Assignment, Assignments, RecipientLine
from .analysis.citation_issuers import issuer_id, issuer_label, normalise_issuer
from .analysis.citations import Citation, Citations, Symbol, SymbolPart, normalise_subject
from .analysis.dates import DateRef, Dates, Period, YearMention, format_date
from .analysis.outline import VIET_LETTERS, Item, Outline, roman_value, to_roman
from .analysis.protected import Protected
from .analysis.registry import KnownDocument, KnownDocuments
from .analysis.segments import (
    AUTHORITY_RE,
    MOTTO,
    NATIONAL_HEADER,
    PARTY_HEADER,
    TYPE_NAMES,
    DateLine,
    NumberLine,
    Segments,
    fold,
    upper_ratio,
)
from .analysis.spacing import Spacing, SpacingIssue
from .analysis.tokens import DocumentTokens, Token
from .config import ConfigOption, Settings
from .context import Context
from .findings import CATEGORIES, Edit, Finding, Fix, Location, Severity
from .hookspecs import hookimpl
from .model import Document, Paragraph, Run
from .register import (
    Entry,
    RegisterView,
    clipped_subject,
    fold_words,
    format_iso,
    issuer_compatible,
    subject_overlap,
)
from .rule import PROFILES, Rule
from .vietnamese.checker import Issue, SpellingScan, spelling_scan
from .vietnamese.lexicon import Lexicon
from .vietnamese.ngrams import NGrams, load_ngrams
from .vietnamese.orthography import ONSETS, compose, open_glide_style, parse

__all__ = [
    "AUTHORITY_RE",
    "CATEGORIES",
    "MOTTO",
    "NATIONAL_HEADER",
    "ONSETS",
    "PARTY_HEADER",
    "PROFILES",
    "TYPE_NAMES",
    "VIET_LETTERS",
    "Assignment",
    "Assignments",
    "Citation",
    "Citations",
    "ConfigOption",
    "Context",
    "DateLine",
    "DateRef",
    "Dates",
    "Document",
    "DocumentTokens",
    "Edit",
    "Entry",
    "Finding",
    "Fix",
    "Issue",
    "Item",
    "KnownDocument",
    "KnownDocuments",
    "Lexicon",
    "Location",
    "NGrams",
    "NumberLine",
    "Outline",
    "Paragraph",
    "Period",
    "Protected",
    "RecipientLine",
    "RegisterView",
    "Rule",
    "Run",
    "Segments",
    "Settings",
    "Severity",
    "Spacing",
    "SpacingIssue",
    "SpellingScan",
    "Symbol",
    "SymbolPart",
    "Token",
    "YearMention",
    "citation_codes",
    "clipped_subject",
    "compose",
    "fold",
    "fold_words",
    "format_date",
    "format_iso",
    "hookimpl",
    "issuer_compatible",
    "issuer_id",
    "issuer_label",
    "load_ngrams",
    "normalise_issuer",
    "normalise_subject",
    "open_glide_style",
    "parse",
    "roman_value",
    "spelling_scan",
    "subject_overlap",
    "to_roman",
    "upper_ratio",
]

