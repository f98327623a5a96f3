"""Per-document context handed to every rule.

Holds the document, the effective settings, and the shared analyses.  Each
analysis is computed at most once per document, on first use
(``functools.cached_property``), and every rule sees the same result.  Plugins
add their own analyses with the ``tdnlint_analysers`` hook and read them with
``ctx.get(name)``.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .findings import Edit, Finding, Fix, Location, Severity
from .model import Document, Paragraph

if TYPE_CHECKING:
    from .config import Settings
    from .plugins import Registry
    from .rule import Rule


_VN_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
# One match per whitespace-separated word holding a Vietnamese letter (_VN_LETTERS or U+1EA0–U+1EF9, all
# letters): from its first such letter to the end of the word (starts with a class: fast scan, linear).
_VN_WORD_RE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]\\S*")


class Context:
    def __init__(self, document: Document, settings: Settings, registry: Registry | None = None):
        self.document = document
        self.settings = settings
        self.registry = registry
        self.findings: list[Finding] = []
        self._extra: dict[str, Any] = {}
        self._current_rule: Rule | None = None
        # Findings one rule may store (the engine sets it; tdnlint/limits.py); past it report() only counts.
        self.finding_limit: int | None = None
        self.overflow = 0

    # ---- shared analyses (lazy, computed once) -------------------------------------------
    @cached_property
    def profile(self) -> str:
        forced = self.settings.profile
        if forced and forced != "auto":
            return forced
        return self.detected_profile

    @cached_property
    def is_vietnamese(self) -> bool:
        """False for a document whose words are (almost) never Vietnamese: foreign text, or text in a
        legacy 8-bit encoding (.VnTime/VNI) that reads as Latin-1.  Short texts count as Vietnamese."""
        words = vn = 0
        isalpha = str.isalpha
        for p in self.document.main:
            text = p.text
            if not text:
                continue
            tokens = text.split()
            words += len(tokens)
            for w in tokens:
                if not w.isalpha() and not any(map(isalpha, w)):
                    words -= 1
            vn += len(_VN_WORD_RE.findall(text))
            if words >= 4000:
                break
        if vn == 0 and words >= 5:
            return False
        return words < 40 or vn / words >= 0.05

    @cached_property
    def detected_profile(self) -> str:
        from .analysis.profile import detect_profile

        return detect_profile(self.document, self.segments)

    @cached_property
    def segments(self) -> Any:
        from .analysis.segments import segment

        return segment(self.document)

    @cached_property
    def outline(self) -> Any:
        from .analysis.outline import build_outline

        return build_outline(self.document, self.segments)

    @cached_property
    def citations(self) -> Any:
        from .analysis.citations import extract_citations

        return extract_citations(self.document, self.segments)

    @cached_property
    def dates(self) -> Any:
        from .analysis.dates import extract_dates

        return extract_dates(self.document, self.segments)

    @cached_property
    def assignments(self) -> Any:
        """Bodies the text assigns work to / reports to / implements, and the parsed "Nơi nhận" lines."""
        from .analysis.assignments import extract_assignments

        return extract_assignments(self.document, self.segments)

    @cached_property
    def tokens(self) -> Any:
        from .analysis.tokens import tokenize_document

        return tokenize_document(self.document)

    @cached_property
    def lexicon(self) -> Any:
        from .vietnamese.lexicon import load_lexicon

        return load_lexicon(
            extra_words=self.settings.extra_words,
            ignore_words=self.settings.ignore_words,
        )

    @cached_property
    def known_documents(self) -> Any:
        from .analysis.registry import KnownDocuments

        extra = list(self.registry.known_documents) if self.registry else []
        extra += list(self.settings.known_documents)
        return KnownDocuments.load(extra)

    def text_paragraphs(self) -> list[Paragraph]:
        """Paragraphs whose wording rules check: main story, headers, footers, footnotes."""
        return [p for p in self.document.paragraphs if p.part not in ("comment", "metadata") and p.text]

    def protected(self, paragraph: Paragraph) -> Any:
        """URL / e-mail / file-name spans of ``paragraph`` (cached): text rules skip them."""
        cache = self._extra.setdefault("__protected__", {})
        hit = cache.get(paragraph.index)
        if hit is None:
            from .analysis.protected import Protected

            hit = cache[paragraph.index] = Protected(paragraph.text)
        return hit

    def get(self, name: str) -> Any:
        """Value of a plugin-registered analysis (computed once per document)."""
        if name not in self._extra:
            if self.registry is None or name not in self.registry.analysers:
                raise KeyError(f"no analysis named {name!r} is registered")
            self._extra[name] = self.registry.analysers[name](self)
        return self._extra[name]

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
            severity=severity or rule.severity,
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
