"""pluggy hook specifications: the whole plugin API of tdnlint.

A plugin is any module (or object) registered under the ``tdnlint``
entry-point group.  The built-in rules (package ``tdnlint_rules``) are found
exactly the same way a third-party rule pack is.

Every hook is optional; implement only what you contribute::

    from tdnlint.api import hookimpl

    @hookimpl
    def tdnlint_rules():
        return [MyRule]

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
    def tdnlint_known_documents(self) -> list[dict]:
        """Return entries for the known-documents registry (symbol, type, date, issuer, subject)."""
