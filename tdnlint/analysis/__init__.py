"""Shared document analyses, each computed once per document through :class:`tdnlint.context.Context`."""
