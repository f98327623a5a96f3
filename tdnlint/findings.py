"""Findings, severities and fixes: what rules produce and reporters print."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any

CATEGORIES = (
    "header",
    "structure",
    "numbering",
    "citation",
    "date",
    "year",
    "spelling",
    "spacing",
    "consistency",
    "recipients",
    "signature",
    "formatting",
    "hygiene",
)


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value.lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None


@dataclass(slots=True, frozen=True)
class Edit:
    """Replace ``[start, end)`` of paragraph ``paragraph`` (analysis text) with ``replacement``."""

    paragraph: int  # Document.paragraphs index
    start: int
    end: int
    replacement: str


@dataclass(slots=True, frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    safe: bool = True


@dataclass(slots=True, frozen=True)
class Location:
    """A place in the document: 1-based line/column as in Finding, the part and paragraph number."""

    line: int | None
    column: int | None
    part: str
    paragraph: int | None
    text: str | None = None

    def to_json(self) -> dict:
        return {"line": self.line, "column": self.column, "text": self.text,
                "location": {"part": self.part, "paragraph": self.paragraph}}


@dataclass(slots=True)
class Finding:
    rule: str
    name: str
    category: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    text: str | None = None
    suggestion: str | None = None
    part: str = "body"
    paragraph: int | None = None  # 1-based number within part (JSON location.paragraph)
    paragraph_index: int | None = None  # Document.paragraphs index (internal)
    start: int | None = None  # analysis offsets inside the paragraph (internal)
    end: int | None = None
    fix: Fix | None = None
    plugin: str | None = None
    # Other places of the same problem, for findings reported once per document or per list (a style
    # choice made inconsistently): each a Location.  JSON "related", SARIF relatedLocations.
    related: list[Location] = field(default_factory=list)

    def sort_key(self) -> tuple:
        return (
            self.line if self.line is not None else -1,
            self.column or 0,
            self.rule,
            self.message,
        )

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "suggestion": self.suggestion,
            "location": {"part": self.part, "paragraph": self.paragraph},
            **({"related": [loc.to_json() for loc in self.related]} if self.related else {}),
        }


@dataclass(slots=True)
class FileResult:
    path: str
    profile: str = "unknown"
    error: str | None = None
    findings: list[Finding] = field(default_factory=list)
    parts: dict | None = None
    fixed: int = 0
    internal_errors: int = 0
    # Set by tdnlint/fixer.py (--diff) and the engine (--baseline); not part of the JSON contract.
    diff: str | None = None  # what --fix would change (unified diff)
    would_fix: int = 0  # findings --fix would fix (--diff)
    fingerprints: dict | None = None  # finding id -> baseline fingerprint (tdnlint/baseline.py)
    # A file of a format tdnlint does not read, found in a checked folder (.doc, .pdf…): a notice, not an error.
    skipped: str | None = None
    # The document this result was computed from (the fixer and annotator use it); never serialised,
    # dropped once the file's work is done so a run over 1,000 files does not keep 1,000 documents.
    document: Any = field(default=None, repr=False, compare=False)
    # Register keys the cross-document rules looked up on this file (tdnlint/register.py), read by the
    # incremental cache to decide when the result is stale; None: the whole register. Not serialised.
    register_deps: list[str] | None = field(default_factory=list, repr=False, compare=False)

    def to_json(self) -> dict:
        out = {
            "path": self.path,
            "profile": self.profile,
            "error": self.error,
            "findings": [f.to_json() for f in self.findings],
            # The gate's answer for this file (verdict() below); null for a skipped file.
            "verdict": None if self.skipped is not None else verdict(self),
        }
        if self.parts is not None:
            out["parts"] = self.parts
        if self.skipped is not None:
            out["skipped"] = self.skipped
        return out


# The gate's answer for one file, before the list: computed from severities only, so a clerk, the text
# report, the JSON report and the web page all say the same thing.  An unreadable file is "fail": it
# could not be checked.
VERDICT_LABELS = {
    "pass": ("ĐẠT", "PASS"),
    "needs-fix": ("CẦN SỬA", "NEEDS FIXES"),
    "fail": ("KHÔNG ĐẠT", "FAIL"),
}


def verdict(result: FileResult) -> str:
    """"fail" when the file has an error-level finding or could not be read, "needs-fix" with warnings,
    "pass" otherwise (info findings are advice, not a reason to hold a document back)."""
    if result.error:
        return "fail"
    worst = max((f.severity.rank for f in result.findings), default=0)
    if worst >= Severity.ERROR.rank:
        return "fail"
    if worst >= Severity.WARNING.rank:
        return "needs-fix"
    return "pass"


def verdict_label(code: str, lang: str = "vi") -> str:
    vi, en = VERDICT_LABELS[code]
    return en if lang == "en" else vi


def finding_dict(f: Finding) -> dict:
    return asdict(f)
