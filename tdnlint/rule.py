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
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, ClassVar

from .findings import CATEGORIES, Finding, Severity

if TYPE_CHECKING:
    from .context import Context

PROFILES = ("state", "party", "mttq", "unknown")
# Categories that judge the form of a Vietnamese official document: a rule of one of them needs
# Vietnamese text unless it says otherwise (``needs_vietnamese``); the engine reads the attribute.
FORM_CATEGORIES = frozenset({"header", "structure", "numbering", "signature", "recipients", "citation", "date",
                             "year"})
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
    #: What the rule checks and why, for ``tdnlint explain``: Vietnamese, written for a clerk (no module
    #: paths or code internals); ``description_en`` is the English text shown with ``--lang en``.
    description: ClassVar[str] = ""
    description_en: ClassVar[str] = ""
    bad: ClassVar[str] = ""
    good: ClassVar[str] = ""
    basis: ClassVar[str] = "convention"  # legal basis, e.g. "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3 [T]"
    fixable: ClassVar[bool] = False
    #: Severity where a profile differs from ``severity``, e.g. ``{"party": Severity.INFO}`` when the Party
    #: rule is unverified.  ``ctx.report`` applies it; ``tdnlint rules --profile party`` shows it.
    severity_by_profile: ClassVar[Mapping[str, Severity]] = {}
    #: The rule judges the form of a Vietnamese document: skipped (TDN010) on foreign or legacy-encoded
    #: text.  Defaults to True for the form categories (FORM_CATEGORIES), False otherwise.
    needs_vietnamese: ClassVar[bool] = False
    #: False for rules whose ``bad``/``good`` describe formatting (.docx layout) rather than being text to
    #: check: the registry test checks those through fixtures/rules/<code>/*.docx instead.
    examples_are_text: ClassVar[bool] = True
    #: The rule compares the document with the other documents of the checked tree (``ctx.register``,
    #: docs/repo.md): its examples describe two files, so tests/repo checks it, not the one-file registry test.
    needs_register: ClassVar[bool] = False
    plugin: str = "?"  # set by the registry

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "needs_vietnamese" in cls.__dict__:
            cls._needs_vietnamese_set = True
        elif not getattr(cls, "_needs_vietnamese_set", False):
            cls.needs_vietnamese = getattr(cls, "category", None) in FORM_CATEGORIES
        if "examples_are_text" not in cls.__dict__ and cls.formats is not None and not cls.formats & {"txt", "md"}:
            cls.examples_are_text = False  # a .docx-only rule: its examples describe formatting

    @classmethod
    def severity_for(cls, profile: str) -> Severity:
        """Default severity of this rule's findings on a document of ``profile``."""
        return cls.severity_by_profile.get(profile, cls.severity)

    @classmethod
    def severities(cls) -> dict[str, str]:
        """Severity per profile, for ``tdnlint rules`` / ``explain``."""
        return {p: cls.severity_for(p).value for p in PROFILES}

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
        for prof, sev in dict(cls.severity_by_profile).items():
            if prof not in PROFILES or not isinstance(sev, Severity):
                problems.append(f"severity_by_profile: bad entry {prof!r}: {sev!r}")
        if problems:
            raise ValueError(f"rule {cls.__name__}: " + "; ".join(problems))

    @classmethod
    def docs(cls, lang: str = "vi") -> str:
        summary = cls.summary_en if lang == "en" and cls.summary_en else cls.summary
        lines = [
            f"{cls.code} {cls.name}",
            f"  category: {cls.category}   severity: {cls.severity_text()}   plugin: {cls.plugin}"
            + (f"   profiles: {', '.join(sorted(cls.profiles))}" if cls.profiles else "")
            + (f"   formats: {', '.join(sorted(cls.formats))}" if cls.formats else "")
            + ("   fixable" if cls.fixable else ""),
            "",
            summary,
        ]
        description = (cls.description_en or cls.description) if lang == "en" else cls.description
        if description:
            lines += ["", description.strip()]
        if cls.bad:
            lines += ["", "Sai / bad:" if lang != "en" else "Bad:", _indent(cls.bad)]
        if cls.good:
            lines += ["", "Đúng / good:" if lang != "en" else "Good:", _indent(cls.good)]
        lines += ["", ("Căn cứ / basis: " if lang != "en" else "Basis: ") + cls.basis]
        if not cls.examples_are_text:
            lines += ["", "(ví dụ mô tả định dạng .docx)" if lang != "en" else "(the examples describe .docx formatting)"]
        return "\n".join(lines)

    @classmethod
    def severity_text(cls) -> str:
        """"error" or, when profiles differ, "error (party: info, unknown: warning)"."""
        others = [f"{p}: {cls.severity_for(p).value}" for p in PROFILES if cls.severity_for(p) is not cls.severity]
        return cls.severity.value + (f" ({', '.join(others)})" if others else "")

    @classmethod
    def to_json(cls, lang: str = "vi") -> dict:
        """The rule's identity and documentation, as ``tdnlint rules --format json`` prints it."""
        return {
            "code": cls.code, "name": cls.name, "category": cls.category, "severity": cls.severity.value,
            "severity_by_profile": cls.severities(), "plugin": cls.plugin, "fixable": cls.fixable,
            "summary": cls.summary_en if lang == "en" and cls.summary_en else cls.summary,
            "description": ((cls.description_en or cls.description) if lang == "en" else cls.description).strip(),
            "profiles": sorted(cls.profiles) if cls.profiles is not None else None,
            "formats": sorted(cls.formats) if cls.formats is not None else None,
            "needs_vietnamese": cls.needs_vietnamese, "examples_are_text": cls.examples_are_text,
            "needs_register": cls.needs_register,
            "bad": cls.bad, "good": cls.good, "basis": cls.basis,
        }


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.strip("\n").splitlines())
