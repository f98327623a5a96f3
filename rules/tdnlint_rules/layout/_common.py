"""Shared helpers for the .docx layout rules: which text counts, effective run fonts/sizes, severities."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from tdnlint.api import Context, Document, Paragraph, Run

# Internal slips outside NĐ 30 Điều 7 (no prescribed layout): the layout rules stay silent.
EXEMPT_TYPES = frozenset({"PHIẾU TRÌNH"})
# Fonts that draw symbols, not text (bullets, check boxes, equations).
SYMBOL_FONTS = frozenset({"symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings", "mt extra",
                          "cambria math", "zapfdingbats", "marlett"})
_STYLE_SUFFIX_RE = re.compile(r"[\s,-]*(?:ps)?[-,\s]*(?:bold|italic|oblique|regular|mt|psmt|boldmt|italicmt|"
                              r"bolditalicmt|bolditalic)+$", re.I)
LEGACY_FONT_RE = re.compile(r"^\s*(?:\.Vn|VNI[- ])", re.I)
UNVERIFIED = " (quy định của văn bản Đảng chưa được kiểm chứng)"


def applies(ctx: Context) -> bool:
    """Layout rules judge official documents only: a recognised profile or an official header/type line
    (an English memo or the NĐ 30 template collection itself is not held to NĐ 30 page rules)."""
    seg = ctx.segments
    if seg.doc_type in EXEMPT_TYPES:
        return False
    return ctx.profile != "unknown" or bool(seg.doc_type or seg.national_header or seg.party_header)


@lru_cache(maxsize=1024)
def font_family(name: str) -> str:
    """"Times New Roman Bold" / "TimesNewRomanPS-BoldMT" → "times new roman"."""
    n = name.strip()
    n = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", n)  # TimesNewRoman → Times New Roman
    n = _STYLE_SUFFIX_RE.sub("", n.lower()).strip(" ,-")
    n = re.sub(r"\s+ps$", "", n)
    return re.sub(r"\s+", " ", n)


def is_times(name: str) -> bool:
    return font_family(name) == "times new roman"


def text_paragraphs(ctx: Context) -> list[Paragraph]:
    """Paragraphs whose runs are document text: main story and footnotes (not comments, not header/footer art)."""
    return [p for p in ctx.document.paragraphs if p.part in ("body", "table", "footnote") and p.text.strip()]


def count_letters(text: str) -> int:
    """Number of letters (``str.isalpha``) in ``text``, counted in C (no per-character generator)."""
    if text.isalpha():
        return len(text)
    return sum(map(str.isalpha, text))


def letters(p: Paragraph, r: Run) -> int:
    return count_letters(p.text[r.start:r.end])


class LetterRuns(dict):
    """paragraph index -> visible runs holding letters, with their letter counts; computed on first look
    at each paragraph.  Registered as the ``layout.letter_runs`` analysis (one per document, in the
    Context's cache): the font and size rules all walk the same runs."""

    def __init__(self, document: Document):
        super().__init__()
        self.document = document

    def __missing__(self, index: int) -> tuple[list[Run], array]:
        # the runs and their letter counts side by side (a (run, count) tuple per run was 64 bytes: 76 MB for a
        # .docx of a million runs)
        p = self.document.paragraphs[index]
        text = p.text
        runs: list[Run] = []
        counts = array("I")
        for r in p.runs:
            if not r.hidden and (n := count_letters(text[r.start:r.end])):
                runs.append(r)
                counts.append(n)
        hit = self[index] = (p.runs if len(runs) == len(p.runs) else runs, counts)  # usually all of them
        return hit


def letter_runs(document: Document) -> LetterRuns:
    return LetterRuns(document)


def runs_with_text(ctx: Context, paragraphs: Iterable[Paragraph]) -> Iterator[tuple[Paragraph, Run, int]]:
    runs: LetterRuns = ctx.get("layout.letter_runs")
    for p in paragraphs:
        rs, ns = runs[p.index]
        for r, n in zip(rs, ns):
            yield p, r, n


def effective_font(ctx: Context, r: Run) -> str | None:
    return r.font or ctx.document.default_font


def effective_size(ctx: Context, r: Run) -> float | None:
    return r.size or ctx.document.default_size


def dominant_size(ctx: Context, p: Paragraph, start: int = 0, end: int | None = None) -> float | None:
    sizes: Counter[float] = Counter()
    end = len(p.text) if end is None else end
    for r in p.runs_at(start, end):
        s = effective_size(ctx, r)
        n = count_letters(p.text[max(r.start, start):min(r.end, end)])
        if s and n:
            sizes[s] += n
    return sizes.most_common(1)[0][0] if sizes else None


def fmt_pt(v: float) -> str:
    return (f"{v:.1f}".rstrip("0").rstrip(".")).replace(".", ",")


def fmt_mm(v: float) -> str:
    return (f"{v:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
