"""The engine's own plugin: built-in readers, reporters and shared analyses (never rules).

The analyses are registered through the ``tdnlint_analysers`` hook exactly as a third-party
pack would register its own; each is a function whose parameter names say what it needs
(``document``, ``settings``, ``registry``, ``ctx`` or another analysis by name) and is computed
once per document into the Context's one cache.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .hookspecs import hookimpl

if TYPE_CHECKING:
    from .analysis.assignments import Assignments
    from .analysis.citations import Citations
    from .analysis.dates import Dates
    from .analysis.outline import Outline
    from .analysis.protected import Protected
    from .analysis.registry import KnownDocuments
    from .analysis.segments import Segments
    from .analysis.spacing import Spacing
    from .analysis.tokens import DocumentTokens
    from .config import Settings
    from .context import Context
    from .model import Document, Paragraph
    from .plugins import Registry
    from .vietnamese.checker import SpellingScan
    from .vietnamese.lexicon import Lexicon


@hookimpl
def tdnlint_readers():
    from .readers.docx import DocxReader
    from .readers.text import MarkdownReader, TextReader

    return [DocxReader(), TextReader(), MarkdownReader()]


@hookimpl
def tdnlint_reporters():
    from .reporters import REPORTERS

    return dict(REPORTERS)


# ---- analysers ------------------------------------------------------------------------------
def segments(document: Document) -> Segments:
    from .analysis.segments import segment

    return segment(document)


def detected_profile(document: Document, segments: Segments) -> str:
    from .analysis.profile import detect_profile

    return detect_profile(document, segments)


def profile(settings: Settings, ctx: Context) -> str:
    forced = settings.profile
    if forced and forced != "auto":
        return forced
    return ctx.detected_profile


def is_vietnamese(document: Document) -> bool:
    from .analysis.language import is_vietnamese as detect

    return detect(document)


def outline(document: Document, segments: Segments) -> Outline:
    from .analysis.outline import build_outline

    return build_outline(document, segments)


def citations(document: Document, segments: Segments) -> Citations:
    from .analysis.citations import extract_citations

    return extract_citations(document, segments)


def dates(document: Document, segments: Segments) -> Dates:
    from .analysis.dates import extract_dates

    return extract_dates(document, segments)


def assignments(document: Document, segments: Segments) -> Assignments:
    from .analysis.assignments import extract_assignments

    return extract_assignments(document, segments)


def tokens(document: Document) -> DocumentTokens:
    from .analysis.tokens import tokenize_document

    return tokenize_document(document)


def lexicon(settings: Settings) -> Lexicon:
    from .vietnamese.lexicon import load_lexicon

    return load_lexicon(extra_words=settings.extra_words, ignore_words=settings.ignore_words)


def known_documents(settings: Settings, registry: Registry | None) -> KnownDocuments:
    from .analysis.registry import KnownDocuments

    # a pack's entries may depend on the document's configuration: tdnlint_known_documents(settings)
    for_settings = getattr(registry, "known_documents_for", None)  # a hand-made registry may lack it
    extra = (list(for_settings(settings)) if for_settings is not None
             else list(getattr(registry, "known_documents", ()) or ()))
    extra += list(settings.known_documents)
    return KnownDocuments.load(extra)


def text_paragraphs(document: Document) -> list[Paragraph]:
    """Paragraphs whose wording rules check: main story, headers, footers, footnotes."""
    return [p for p in document.paragraphs if p.part not in ("comment", "metadata") and p.text]


class _ProtectedSpans(dict):
    """paragraph index -> Protected spans, computed on first look at each paragraph."""

    def __init__(self, document: Document):
        super().__init__()
        self.document = document

    def __missing__(self, index: int) -> Protected:
        from .analysis.protected import Protected

        hit = self[index] = Protected(self.document.paragraphs[index].text)
        return hit


def protected(document: Document) -> dict[int, Protected]:
    return _ProtectedSpans(document)


def spelling(ctx: Context) -> SpellingScan:
    from .vietnamese.checker import SpellingScan

    return SpellingScan(ctx)


def capitals(ctx: Context) -> Any:
    """The one capitalisation pass (TDN430–TDN434, docs/spelling.md); its table is loaded on first use."""
    from .vietnamese.capitals import CapitalsScan

    return CapitalsScan(ctx)


def acronyms(ctx: Context) -> Any:
    """Acronyms of the document: Telex residue, transposed letters, use before the definition (TDN435–437)."""
    from .vietnamese.capitals import AcronymScan

    return AcronymScan(ctx.get("capitals"))


def spacing(ctx: Context) -> Spacing:
    from .analysis.spacing import find_spacing

    return find_spacing(ctx)


ANALYSERS: dict[str, Callable[..., Any]] = {
    f.__name__: f
    for f in (segments, detected_profile, profile, is_vietnamese, outline, citations, dates, assignments,
              tokens, lexicon, known_documents, text_paragraphs, protected, spelling, spacing, capitals, acronyms)
}


@hookimpl
def tdnlint_analysers():
    return dict(ANALYSERS)


@hookimpl
def tdnlint_config_options():
    from .config import ConfigOption

    # docs/repo.md: "repository" (default) also reads the rest of the git work tree / config folder for the
    # document register when only some of its files are checked; "checked" keeps it to the checked files.
    return [ConfigOption("register_scope", str, "repository",
                         "register of documents: 'repository' (default) or 'checked'"),
            # docs/spelling.md: the n-gram real-word pass of TDN403 (the context-aware spelling model).
            # Off, TDN403 still reports the curated near-miss pairs; bench/bench.py measures both ways.
            ConfigOption("spelling_context", bool, True,
                         "real-word slips found by the n-gram model of official text (TDN403): true (default) or false")]
