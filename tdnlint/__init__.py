"""tdnlint: a linter and validator for Vietnamese official documents."""

from .hookspecs import hookimpl

__version__ = "0.1.0"

__all__ = ["__version__", "hookimpl"]
