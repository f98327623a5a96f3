"""pluggy hook specifications: the whole plugin API of tdnlint.

A plugin is any module (or object) registered under the ``tdnlint``
entry-point group.  The built-in rules (package ``tdnlint_rules``) are found
exactly the same way a third-party rule pack is.

Every hook is optional; implement only what you contribute::

    from tdnlint.api import hookimpl

    @hookimpl
    def tdnlint_rules():
        return [MyRule]

Hooks take the arguments they need, by name, as in pytest: an implementation may list fewer parameters
than the spec (``def tdnlint_configure(settings)`` and ``def tdnlint_configure()`` both work), so a hook can
gain an argument without breaking existing packs.  The contribution hooks (``tdnlint_rules`` …) are called
once per process; the run hooks (``tdnlint_configure``, ``tdnlint_collect_file``, ``tdnlint_document_read``,
``tdnlint_lint_finished``) are called by the engine as it works.  With ``--jobs N`` each worker process calls
them for its own files.  An implementation that raises is contained: a failing ``tdnlint_configure`` or
``tdnlint_collect_file`` is a plugin failure (TDN000, exit 2), a failing per-document hook is a TDN000
finding on that file; the other plugins still run.

Rules import from :mod:`tdnlint.api` only.
"""

from __future__ import annotations

from typing import Any

import pluggy

PROJECT = "tdnlint"
ENTRY_POINT_GROUP = "tdnlint"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


class TdnlintSpec:
    @hookspec
    def tdnlint_rules(self) -> list[type]:
        """Return a list of :class:`tdnlint.rule.Rule` subclasses."""

    @hookspec
    def tdnlint_readers(self) -> list[Any]:
        """Return :class:`tdnlint.readers.base.Reader` instances (new input formats)."""

    @hookspec
    def tdnlint_reporters(self) -> dict[str, Any]:
        """Return ``{format_name: reporter_callable}``; see :mod:`tdnlint.reporters`."""

    @hookspec
    def tdnlint_config_options(self) -> list[Any]:
        """Return :class:`tdnlint.config.ConfigOption` objects: extra ``[tool.tdnlint]`` keys."""

    @hookspec
    def tdnlint_analysers(self) -> dict[str, Any]:
        """Return ``{name: function}``: shared analyses computed once per document, on first use, into the
        Context's one cache and read with ``ctx.get(name)``.  The function's parameter names say what it needs,
        like a pytest fixture: ``document``, ``settings``, ``registry``, ``ctx`` or another analysis by name
        (``def outline(document, segments)``).  The engine registers its own (segments, outline, citations,
        dates, tokens, spelling, spacing …) through this hook too; a name already taken is a plugin failure."""

    @hookspec
    def tdnlint_known_documents(self, settings) -> list[dict]:
        """Return entries for the known-documents registry (symbol, type, date, issuer, subject).
        ``settings``: the configuration of the document being checked (a pack may read its own keys)."""

    # ---- run hooks: called by the engine as it works ------------------------------------------------
    @hookspec
    def tdnlint_configure(self, settings) -> None:
        """Called once per configuration in a run (each config file in use, or the defaults), before the first
        document it governs is read.  Read your own keys here, once: ``settings.option("my-key")``."""

    @hookspec(firstresult=True)
    def tdnlint_collect_file(self, path: str) -> bool | None:
        """A regular file found while expanding a folder: return True to check it (even with an extension
        tdnlint does not collect by default; a reader must then accept it), False to skip it, None for no
        opinion (the default: .docx/.txt/.md).  The first non-None answer wins.  Files named on the command
        line are always checked."""

    @hookspec
    def tdnlint_document_read(self, document, settings) -> None:
        """A document was read and is about to be checked (``document``: :class:`tdnlint.api.Document`)."""

    @hookspec
    def tdnlint_lint_finished(self, path: str, findings: list) -> None:
        """A document's findings are final (suppressions applied, duplicates removed); ``path`` as shown in
        the report.  Read-only: change findings through rules, not here."""
