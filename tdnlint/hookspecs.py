"""pluggy hook specifications: the whole plugin API of tdnlint.

A plugin is any module (or object) registered under the ``tdnlint``
entry-point group.  The built-in rules (package ``tdnlint_rules``) are found
exactly the same way a third-party rule pack is.

Every hook is optional; implement only what you contribute::

    from tdnlint import hookimpl

    @hookimpl
    def tdnlint_rules():
        return [MyRule]
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
        """Return ``{name: function(ctx) -> value}``: shared lazy analyses, read via ``ctx.get(name)``."""

    @hookspec
    def tdnlint_known_documents(self) -> list[dict]:
        """Return entries for the known-documents registry (symbol, type, date, issuer, subject)."""
