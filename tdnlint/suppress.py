"""Inline suppressions, applied by the engine after every rule has run.

Where they come from
--------------------
* .txt / .md -- HTML comments, markdownlint style, read from ``Paragraph.original``
  (the Markdown reader blanks comment-only lines in the analysis text)::

      <!-- tdnlint-disable TDN501 TDN2 -->   … <!-- tdnlint-enable -->   (block; no codes = all)
      <!-- tdnlint-disable-line TDN201 -->                              (this line)
      <!-- tdnlint-disable-next-line TDN201 -->                         (the next line)
      <!-- tdnlint-disable-file TDN101 -->                              (whole file, also findings without a line)

  Codes are separated by spaces, commas or semicolons and may be prefixes (``TDN2``); ``ALL``
  or no code means every code.  The first word that is not a code (or anything after `` -- ``)
  starts a free reason.  A mistyped code (``TDN-204``) makes the directive silence nothing --
  never "everything" -- and is reported.  Directives inside fenced code blocks are ignored.
  Directives quoted in inline code (backticks) are examples, not directives.
  ``tdnlint-enable CODES`` re-enables only those codes (also carving them out of a
  broader ``disable``).
* .docx -- a Word comment whose text starts with ``tdnlint-disable CODE[,CODE]``
  silences those codes on the commented range (no codes = all);
  ``tdnlint-disable-file CODES`` anywhere silences them in the whole document.

Unused suppressions (TDN001)
----------------------------
Every directive remembers which of its codes silenced something.  When TDN001 is
enabled for the file (it is an ordinary rule for select/ignore/severity/per-file
ignores; the rule class in ``tdnlint_rules.meta`` only documents it), a directive
code that silenced nothing is reported -- but only if that code names a rule that
actually ran, so ``--select`` never makes directives look unused.  For .txt/.md the
finding carries a safe fix that removes the directive (or rewrites it with the codes
still in use).  Internal errors (TDN000) are never suppressed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .config import effective_severity, enabled_codes, ignored_for_file, matches
from .findings import Finding, Fix
from .writers import SourceEdit

if TYPE_CHECKING:
    from .context import Context
    from .model import Document

UNUSED_CODE = "TDN001"
INTERNAL_CODE = "TDN000"

_TEXT_DIRECTIVE = re.compile(
    r"<!--\s*tdnlint-(?P<kind>disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])"
    r"(?P<rest>(?:(?!-->).)*)-->",
    re.IGNORECASE,
)
_DOCX_DIRECTIVE = re.compile(r"^\s*tdnlint-(?P<kind>disable-file|disable)(?![\w-])(?P<rest>.*)$",
                             re.IGNORECASE | re.DOTALL)
_MD_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_TOKEN = re.compile(r"^[A-Z]{2,8}\d{0,4}$|^ALL$")


@dataclass(eq=False)
class Directive:
    kind: str  # disable | enable | disable-line | disable-next-line | disable-file
    codes: tuple[str, ...]  # empty: every code
    paragraph: int  # Document.paragraphs index
    start: int  # txt/md: span of the comment in Paragraph.original; docx: anchor (analysis offsets)
    end: int
    reason: str = ""
    raw: str = ""
    comment_id: str | None = None
    end_paragraph: int | None = None  # docx: range end
    end_offset: int | None = None
    bad: tuple[str, ...] = ()  # tokens that are not rule codes
    used: set[str] = field(default_factory=set)  # tokens (or "*") that silenced something
    closes: list[Directive] = field(default_factory=list)  # enable: the disables it closed

    @property
    def inert(self) -> bool:
        """Only malformed codes: silences nothing (never read as "every code")."""
        return not self.codes and bool(self.bad)

    def matching(self, code: str) -> list[str]:
        if self.inert:
            return []
        if not self.codes:
            return ["*"]
        return [t for t in self.codes if t == "ALL" or code.startswith(t)]


# ---- parsing ----------------------------------------------------------------------------------------
def _tokens(rest: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(codes, malformed codes, reason) of a directive's argument text.

    Codes come first; the first word that does not look like a code starts a free reason
    ("tdnlint-disable TDN204 vì bảng căn lề").  A word that looks like a code but is not
    one ("TDN-204") is *malformed* -- reported, never silently read as "all codes".
    ``ALL`` means every code, like no code at all.
    """
    reason = ""
    if "--" in rest:
        rest, reason = rest.split("--", 1)
    words = [w for w in re.split(r"[\s,;:]+", rest.strip()) if w]  # "tdnlint-disable: A, B" too
    good: list[str] = []
    bad: list[str] = []
    for k, w in enumerate(words):
        t = w.upper()
        if _TOKEN.match(t):
            good.append(t)
        elif re.search(r"\d", t) or t.startswith("TDN"):
            bad.append(w)
        else:
            reason = " ".join(words[k:]) + (" -- " + reason if reason else "")
            break
    if "ALL" in good:
        good = []
    return tuple(good), tuple(bad), reason.strip()


def text_directives(doc: Document) -> list[Directive]:
    out: list[Directive] = []
    in_fence = False
    for p in doc.paragraphs:
        src = p.original
        if doc.format == "md":
            if _MD_FENCE.match(src):
                in_fence = not in_fence
                continue
            if in_fence:
                continue
        if "tdnlint-" not in src.lower():
            continue
        code_spans = [c.span() for c in _MD_CODE_SPAN.finditer(src)] if doc.format == "md" else []
        for m in _TEXT_DIRECTIVE.finditer(src):
            if any(a < m.end() and m.start() < b for a, b in code_spans):
                continue  # `<!-- tdnlint-disable -->` quoted in inline code is an example, not a directive
            codes, bad, reason = _tokens(m.group("rest"))
            out.append(Directive(m.group("kind").lower(), codes, p.index, m.start(), m.end(), reason,
                                 m.group(0), bad=bad))
    return out


def docx_directives(doc: Document) -> list[Directive]:
    out: list[Directive] = []
    for c in doc.comments:
        m = _DOCX_DIRECTIVE.match(c.text or "")
        if not m:
            continue
        first_line = m.group("rest").split("\n", 1)[0]
        codes, bad, reason = _tokens(first_line)
        kind = m.group("kind").lower()
        if c.anchor is None:
            pi, s, e = -1, 0, 0
        else:
            pi, s, e = c.anchor
        d = Directive(kind, codes, pi, s, e, reason, (c.text or "").strip(), comment_id=c.id, bad=bad)
        if c.anchor_end is not None:
            d.end_paragraph, d.end_offset = c.anchor_end
        else:
            d.end_paragraph, d.end_offset = pi, e
        out.append(d)
    return out


# ---- matching ---------------------------------------------------------------------------------------
class _Index:
    """Which directives cover which finding."""

    def __init__(self, doc: Document, directives: list[Directive]):
        self.doc = doc
        self.file = [d for d in directives if d.kind == "disable-file"]
        self.line: dict[int, list[Directive]] = defaultdict(list)
        self.ranges: list[Directive] = []
        # Block state per paragraph: (directive, token or None, carved-out codes).
        self.block: dict[int, tuple[tuple[Directive, str | None, frozenset[str]], ...]] = {}
        if doc.format == "docx":
            self.ranges = [d for d in directives if d.kind == "disable" and d.paragraph >= 0]
            return
        by_par: dict[int, list[Directive]] = defaultdict(list)
        for d in directives:
            if d.kind == "disable-line":
                self.line[d.paragraph].append(d)
            elif d.kind == "disable-next-line":
                self.line[d.paragraph + 1].append(d)
            elif d.kind in ("disable", "enable"):
                by_par[d.paragraph].append(d)
        state: list[tuple[Directive, str | None, frozenset[str]]] = []
        snapshot: tuple = ()
        for p in doc.paragraphs:
            for d in by_par.get(p.index, ()):
                state = _step(state, d)
                snapshot = tuple(state)
            if snapshot:
                self.block[p.index] = snapshot

    def covering(self, f: Finding) -> list[tuple[Directive, list[str]]]:
        hits: list[tuple[Directive, list[str]]] = []
        for d in self.file:
            toks = d.matching(f.rule)
            if toks:
                hits.append((d, toks))
        pi = f.paragraph_index
        if pi is None:
            return hits
        for d in self.line.get(pi, ()):
            toks = d.matching(f.rule)
            if toks:
                hits.append((d, toks))
        for d, tok, carved in self.block.get(pi, ()):
            if (tok is None or tok == "ALL" or f.rule.startswith(tok)) and not any(f.rule.startswith(c) for c in carved):
                hits.append((d, [tok or "*"]))
        for d in self.ranges:
            toks = d.matching(f.rule)
            if toks and _in_range(d, pi, f.start or 0, f.end if f.end is not None else (f.start or 0)):
                hits.append((d, toks))
        return hits


def _step(state, d: Directive):
    if d.inert:
        return state
    if d.kind == "disable":
        return state + ([(d, t, frozenset()) for t in d.codes] if d.codes else [(d, None, frozenset())])
    # enable
    if not d.codes:
        d.closes.extend(x for x, _, _ in state)
        return []
    new = []
    for x, tok, carved in state:
        closed = [t for t in d.codes if tok is not None and tok != "ALL" and tok.startswith(t)]
        if closed:
            d.closes.append(x)
            continue
        extra = {t for t in d.codes if tok is None or tok == "ALL" or t.startswith(tok)}
        new.append((x, tok, carved | extra))
    return new


def _in_range(d: Directive, pi: int, s: int, e: int) -> bool:
    start = (d.paragraph, d.start)
    end = (d.end_paragraph if d.end_paragraph is not None else d.paragraph,
           d.end_offset if d.end_offset is not None else d.end)
    if start == end:  # collapsed anchor: the whole paragraph
        return pi == d.paragraph
    if s == e:
        return start <= (pi, s) <= end
    return (pi, s) < end and (pi, e) > start


# ---- engine entry point -----------------------------------------------------------------------------
def directives_of(doc: Document) -> list[Directive]:
    if doc.format == "docx":
        return docx_directives(doc)
    if doc.format in ("txt", "md"):
        return text_directives(doc)
    return []


class Suppressions:
    """The directives of one document, consulted as each finding is reported.

    ``Context.report`` asks :meth:`silences` before it stores or counts a finding, so the per-rule cap
    (``limits.MAX_FINDINGS_PER_RULE``) applies to what the user would see: a suppressed finding beyond the
    cap still marks its directive used (no TDN001), and "… và K chỗ khác" never counts suppressed ones.
    """

    def __init__(self, doc: Document):
        self.directives = directives_of(doc)
        self.index = _Index(doc, self.directives) if self.directives else None

    def silences(self, f: Finding) -> bool:
        """True (and the directive marked used) when a directive covers ``f``; internal errors never."""
        if self.index is None or f.rule == INTERNAL_CODE:
            return False
        hits = self.index.covering(f)
        for d, toks in hits:
            d.used.update(toks)
        return bool(hits)

    def apply(self, ctx: Context, findings: list[Finding]) -> list[Finding]:
        """``findings`` minus the suppressed ones, plus TDN001 for directives that silenced nothing."""
        if self.index is None:
            return findings
        kept = [f for f in findings if not self.silences(f)]
        kept.extend(_unused(ctx, self.directives))
        return kept


def apply_suppressions(ctx: Context, findings: list[Finding]) -> list[Finding]:
    return Suppressions(ctx.document).apply(ctx, findings)


def _unused(ctx: Context, directives: list[Directive]) -> list[Finding]:
    registry = ctx.registry
    rule = registry.rules.get(UNUSED_CODE) if registry is not None else None
    if rule is None:
        return []
    all_codes = list(registry.rules)
    enabled = enabled_codes(ctx.settings, all_codes)
    if UNUSED_CODE not in enabled or matches(UNUSED_CODE, ignored_for_file(ctx.settings, ctx.document.path)):
        return []
    ignored = ignored_for_file(ctx.settings, ctx.document.path)
    ran = {c for c in enabled if not matches(c, ignored)}
    out: list[Finding] = []
    for d in directives:
        if d.kind == "enable":
            continue
        if d.inert:
            unused, unknown = [], []
        elif not d.codes:
            unused = [] if d.used else ["*"]
            unknown = []
        else:
            unknown = [t for t in d.codes if t != "ALL" and not any(c.startswith(t) for c in all_codes)]
            unused = [t for t in d.codes if t not in d.used and t not in unknown
                      and (t == "ALL" or any(c.startswith(t) for c in ran))]
        unknown += list(d.bad)
        if not unused and not unknown:
            continue
        closer = None
        if d.kind == "disable":
            # the enable that closes only this block goes with it (an orphan enable is litter)
            closer = next((e for e in directives if e.kind == "enable" and e.closes
                           and set(e.closes) == {d} and e.paragraph != d.paragraph), None)
        out.append(_finding(ctx, rule, d, unused, unknown, closer))
    return out


def _finding(ctx: Context, rule, d: Directive, unused: list[str], unknown: list[str],
             closer: Directive | None = None) -> Finding:
    doc = ctx.document
    what = "tdnlint-" + d.kind + ("" if not d.codes else " " + " ".join(d.codes))
    parts_vi, parts_en = [], []
    if unused == ["*"]:
        parts_vi.append("không tắt phát hiện nào")
        parts_en.append("suppresses nothing")
    elif unused:
        parts_vi.append(f"không có phát hiện {', '.join(unused)} nào để tắt")
        parts_en.append(f"no {', '.join(unused)} finding to suppress")
    if unknown:
        parts_vi.append(f"mã không tồn tại: {', '.join(unknown)}")
        parts_en.append(f"unknown code(s): {', '.join(unknown)}")
    if doc.format == "docx":
        tail_vi, tail_en = "; hãy xóa chú thích này.", "; delete this comment."
    else:
        tail_vi, tail_en = "; hãy xóa chỉ thị này.", "; remove this directive."
    message = ctx.msg(f"Chỉ thị '{what}' " + "; ".join(parts_vi) + tail_vi,
                      f"Directive '{what}' " + "; ".join(parts_en) + tail_en)
    f = Finding(rule=rule.code, name=rule.name, category=rule.category,
                severity=effective_severity(ctx.settings, rule.code, rule.severity), message=message,
                plugin=getattr(rule, "plugin", None))
    if not 0 <= d.paragraph < len(doc.paragraphs):
        f.text = d.raw
        return f
    p = doc.paragraphs[d.paragraph]
    f.part, f.paragraph, f.paragraph_index = p.part, p.number, p.index
    if doc.format == "docx":
        s, e = d.start, d.end
        f.start, f.end = s, e
        f.text = p.text[s:e] or d.raw
        f.line, f.column = p.position(s)
        f.end_line, f.end_column = p.position(max(s, e - 1))
        return f
    # txt/md: the span is in source offsets; find the analysis offsets around it (blank lines: 0).
    a_start = _analysis_index(p, d.start)
    a_end = max(a_start, _analysis_index(p, d.end))
    f.start, f.end = a_start, a_end
    f.text = d.raw
    f.line = p.line
    f.column = d.start + 1
    f.end_line, f.end_column = p.line, d.end
    keep = [t for t in d.codes if t not in unused and t not in unknown]
    if unknown:
        # A mistyped code is more likely a typo than a directive to delete: report, do not fix.
        f.suggestion = None
        return f
    edits = [_removal(p.original, d, keep)]
    if not keep and closer is not None:
        edits.append(_removal(doc.paragraphs[closer.paragraph].original, closer, []))
    f.fix = Fix(tuple(edits), safe=True)
    f.suggestion = _rewrite(d, keep) if keep else ctx.msg("xóa chỉ thị", "remove the directive")
    return f


def _analysis_index(p, src: int) -> int:
    if p.offsets is None:
        return min(src, len(p.text))
    for i, o in enumerate(p.offsets):
        if o >= src:
            return min(i, len(p.text))
    return len(p.text)


def _rewrite(d: Directive, keep: list[str]) -> str:
    reason = f" -- {d.reason}" if d.reason else ""
    return f"<!-- tdnlint-{d.kind} {' '.join(keep)}{reason} -->"


def _removal(line: str, d: Directive, keep: list[str]) -> SourceEdit:
    if keep:
        return SourceEdit(d.paragraph, d.start, d.end, _rewrite(d, keep))
    s, e = d.start, d.end
    rest = line[:s] + line[e:]
    if not rest.strip():
        return SourceEdit(d.paragraph, 0, len(line), "", drop_line=True)
    # Inline directive: take the spaces before it with it ("text <!-- … -->" -> "text").
    while s > 0 and line[s - 1] in " \t":
        s -= 1
    if s == 0:  # directive at the start of the line: take the spaces after it instead
        while e < len(line) and line[e] in " \t":
            e += 1
    return SourceEdit(d.paragraph, s, e, "")
