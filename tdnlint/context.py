"""Per-document context handed to every rule.

Holds the document, the effective settings, and the shared analyses.  Every
analysis — the built-in ones (segments, outline, citations, dates, tokens,
spelling, spacing …) exactly like a plugin's — is registered through the
``tdnlint_analysers`` hook and computed at most once per document, on first
use, into ONE cache (``ctx.get(name)``).  The typed properties
(``ctx.segments``, ``ctx.citations`` …) read that cache.

An analyser is a function whose parameter names say what it needs, like a
pytest fixture: ``ctx``, ``document``, ``settings``, ``registry`` or the name
of another analysis (``def outline(document, segments): …``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .findings import Edit, Finding, Fix, Location, Severity
from .model import Document, Paragraph

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
    from .plugins import Registry
    from .register import RegisterView
    from .rule import Rule
    from .vietnamese.checker import SpellingScan
    from .vietnamese.lexicon import Lexicon

_COMPUTING = object()  # cache marker while an analysis runs: a dependency cycle is an error, not a hang
_ARGS_CACHE: dict[Callable[..., Any], tuple[str, ...]] = {}


def analyser_args(fn: Callable[..., Any]) -> tuple[str, ...]:
    """Parameter names of an analyser (inspected once per function)."""
    hit = _ARGS_CACHE.get(fn)
    if hit is None:
        try:
            hit = tuple(inspect.signature(fn).parameters)
        except (TypeError, ValueError):
            hit = ("ctx",)
        _ARGS_CACHE[fn] = hit
    return hit


class Context:
    def __init__(self, document: Document, settings: Settings, registry: Registry | None = None):
        self.document = document
        self.settings = settings
        self.registry = registry
        self.findings: list[Finding] = []
        # The one analysis cache (name -> value).  ``_extra`` is the old name of the same dict.
        self._cache: dict[str, Any] = {}
        self._extra = self._cache
        self._current_rule: Rule | None = None
        self.run_register: Any = None  # the run's tdnlint.register.Register, set by the engine (docs/repo.md)
        # Findings one rule may store (the engine sets it; tdnlint/limits.py); past it report() only counts.
        self.finding_limit: int | None = None
        self.overflow = 0
        self.suppressions: Any = None  # suppress.Suppressions, set by the engine for a run

    # ---- shared analyses (lazy, computed once, one cache) --------------------------------
    def get(self, name: str) -> Any:
        """Value of the analysis ``name`` (built-in or plugin-registered), computed once per document."""
        cache = self._cache
        hit = cache.get(name, None)
        if hit is not None and hit is not _COMPUTING:
            return hit
        if name in cache:
            if hit is _COMPUTING:
                raise RuntimeError(f"analysis {name!r} depends on itself")
            return hit  # a computed None
        fn = self.registry.analysers.get(name) if self.registry is not None else None
        if fn is None:  # the engine's own analyses are there even for a hand-made registry
            fn = _builtin_analysers().get(name)
        if fn is None:
            raise KeyError(f"no analysis named {name!r} is registered")
        cache[name] = _COMPUTING
        try:
            value = fn(*[self._argument(a) for a in analyser_args(fn)])
        except BaseException:
            del cache[name]
            raise
        cache[name] = value
        return value

    def _argument(self, name: str) -> Any:
        if name == "ctx":
            return self
        if name == "document":
            return self.document
        if name == "settings":
            return self.settings
        if name == "registry":
            return self.registry
        return self.get(name)

    def _cached(self, name: str) -> Any:
        try:
            hit = self._cache[name]
        except KeyError:
            return self.get(name)
        return hit if hit is not _COMPUTING else self.get(name)

    @property
    def profile(self) -> str:
        """"state", "party", "mttq" or "unknown" (``--profile`` / config, else detected)."""
        return self._cached("profile")

    @property
    def detected_profile(self) -> str:
        return self._cached("detected_profile")

    @property
    def is_vietnamese(self) -> bool:
        """False for a document whose words are (almost) never Vietnamese: foreign text, or text in a
        legacy 8-bit encoding (.VnTime/VNI) that reads as Latin-1.  Short texts count as Vietnamese."""
        return self._cached("is_vietnamese")

    @property
    def segments(self) -> Segments:
        return self._cached("segments")

    @property
    def outline(self) -> Outline:
        return self._cached("outline")

    @property
    def citations(self) -> Citations:
        return self._cached("citations")

    @property
    def dates(self) -> Dates:
        return self._cached("dates")

    @property
    def assignments(self) -> Assignments:
        """Bodies the text assigns work to / reports to / implements, and the parsed "Nơi nhận" lines."""
        return self._cached("assignments")

    @property
    def tokens(self) -> DocumentTokens:
        return self._cached("tokens")

    @property
    def lexicon(self) -> Lexicon:
        return self._cached("lexicon")

    @property
    def known_documents(self) -> KnownDocuments:
        return self._cached("known_documents")

    @property
    def spelling(self) -> SpellingScan:
        """The one spelling pass of the document (TDN401–TDN410 report its issues)."""
        return self._cached("spelling")

    @property
    def spacing(self) -> Spacing:
        """Every spacing problem of the document, found in one pass (TDN201–TDN207 report their kind)."""
        return self._cached("spacing")

    @property
    def register(self) -> RegisterView:
        """The documents of the checked tree as this file sees them (tdnlint/register.py, docs/repo.md).
        Not a hook analyser: it reads the run's register, which the engine sets on the context."""
        hit = self._cache.get("register")
        if hit is None:
            from .register import RegisterView

            hit = self._cache["register"] = RegisterView(self.run_register, self.document.path, self)
        return hit

    def text_paragraphs(self) -> list[Paragraph]:
        """Paragraphs whose wording rules check: main story, headers, footers, footnotes."""
        return self._cached("text_paragraphs")

    def protected(self, paragraph: Paragraph) -> Protected:
        """URL / e-mail / file-name spans of ``paragraph`` (cached): text rules skip them."""
        return self._cached("protected")[paragraph.index]

    # ---- language ------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.settings.lang

    def msg(self, vi: str, en: str | None = None) -> str:
        return en if (self.settings.lang == "en" and en) else vi

    # ---- reporting -----------------------------------------------------------------------
    def report(
        self,
        rule: Rule | type[Rule],
        paragraph: Paragraph | None = None,
        start: int | None = None,
        end: int | None = None,
        *,
        message: str,
        message_en: str | None = None,
        suggestion: str | None = None,
        fix: Fix | None = None,
        replacement: str | None = None,
        safe: bool = True,
        severity: Severity | None = None,
        related: list[tuple[Paragraph, int, int]] | None = None,
    ) -> Finding:
        """Record a finding on ``paragraph[start:end]`` (analysis offsets; ``end`` exclusive).

        ``replacement`` is a shortcut for a one-edit fix of that span, with
        ``suggestion`` defaulting to it.  Without a paragraph the finding is
        about the whole document (line null).  ``related`` lists the other
        places of the same problem (paragraph, start, end) for a finding
        reported once per document or per list.
        """
        if replacement is not None and fix is None and paragraph is not None and start is not None:
            fix = Fix((Edit(paragraph.index, start, end if end is not None else start, replacement),), safe)
            if suggestion is None:
                suggestion = replacement
        f = Finding(
            rule=rule.code,
            name=rule.name,
            category=rule.category,
            severity=severity or (rule.severity_for(self.profile) if rule.severity_by_profile else rule.severity),
            message=self.msg(message, message_en),
            suggestion=suggestion,
            fix=fix,
            plugin=getattr(rule, "plugin", None),
        )
        if paragraph is not None:
            s = 0 if start is None else start
            e = len(paragraph.text) if end is None else end
            f.part = paragraph.part
            f.paragraph = paragraph.number
            f.paragraph_index = paragraph.index
            f.start, f.end = s, e
            f.text = paragraph.text[s:e]
            f.line, f.column = paragraph.position(s)
            # end_column is inclusive: position of the last character of the span
            last = max(s, e - 1)
            f.end_line, f.end_column = paragraph.position(last)
        if related:
            f.related = [self.location(p, s, e) for p, s, e in related]
        if self.suppressions is not None and self.suppressions.silences(f):
            return f  # suppressed: neither stored nor counted against the per-rule cap
        if self.finding_limit is not None and len(self.findings) >= self.finding_limit:
            self.overflow += 1  # memory stays bounded; the engine adds one "… and K more" finding
            return f
        self.findings.append(f)
        return f

    def take_overflow(self) -> int:
        n, self.overflow = self.overflow, 0
        return n

    def location(self, paragraph: Paragraph, start: int, end: int) -> Location:
        line, column = paragraph.position(start)
        return Location(line, column, paragraph.part, paragraph.number, paragraph.text[start:end])


def _builtin_analysers() -> dict[str, Callable[..., Any]]:
    """The engine's analysers, for a Context made without a registry (tests, tools)."""
    from .builtin import ANALYSERS

    return ANALYSERS
