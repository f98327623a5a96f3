"""The Rule base class: identity, documentation and the check entry point.

A rule is a small class with a stable code, a kebab-case name, a category,
a default severity and its documentation (Vietnamese summary, a bad and a
good example, the legal basis).  ``check`` receives a
:class:`tdnlint.context.Context` and yields findings through
``ctx.report(...)``.  Rules never parse the document themselves: everything
expensive (segmentation, outline, citations, dates, tokens) is on ``ctx``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from .findings import CATEGORIES, Finding, Severity

if TYPE_CHECKING:
    from .context import Context

CODE_RE = re.compile(r"^[A-Z]{2,8}\d{3,4}$")
NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    #: None = every profile; else a set of "state", "party", "mttq", "unknown".
    profiles: ClassVar[frozenset[str] | None] = None
    #: Formats the rule applies to (None = all).
    formats: ClassVar[frozenset[str] | None] = None
    summary: ClassVar[str] = ""  # one line, Vietnamese
    summary_en: ClassVar[str] = ""
    description: ClassVar[str] = ""  # developer/English explanation (markdown)
    bad: ClassVar[str] = ""
    good: ClassVar[str] = ""
    basis: ClassVar[str] = "convention"  # legal basis, e.g. "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3 [T]"
    fixable: ClassVar[bool] = False
    plugin: str = "?"  # set by the registry

    def check(self, ctx: Context) -> Iterable[Finding]:  # pragma: no cover - interface
        raise NotImplementedError

    @classmethod
    def validate(cls) -> None:
        problems = []
        if not CODE_RE.match(getattr(cls, "code", "")):
            problems.append(f"bad code {getattr(cls, 'code', None)!r}")
        if not NAME_RE.match(getattr(cls, "name", "")):
            problems.append(f"bad name {getattr(cls, 'name', None)!r}")
        if getattr(cls, "category", None) not in CATEGORIES:
            problems.append(f"unknown category {getattr(cls, 'category', None)!r}")
        if not isinstance(cls.severity, Severity):
            problems.append("severity must be a Severity")
        if problems:
            raise ValueError(f"rule {cls.__name__}: " + "; ".join(problems))

    @classmethod
    def docs(cls, lang: str = "vi") -> str:
        summary = cls.summary_en if lang == "en" and cls.summary_en else cls.summary
        lines = [
            f"{cls.code} {cls.name}",
            f"  category: {cls.category}   severity: {cls.severity.value}   plugin: {cls.plugin}"
            + (f"   profiles: {', '.join(sorted(cls.profiles))}" if cls.profiles else "")
            + ("   fixable" if cls.fixable else ""),
            "",
            summary,
        ]
        if cls.description:
            lines += ["", cls.description.strip()]
        if cls.bad:
            lines += ["", "Sai / bad:" if lang != "en" else "Bad:", _indent(cls.bad)]
        if cls.good:
            lines += ["", "Đúng / good:" if lang != "en" else "Good:", _indent(cls.good)]
        lines += ["", ("Căn cứ / basis: " if lang != "en" else "Basis: ") + cls.basis]
        return "\n".join(lines)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.strip("\n").splitlines())
