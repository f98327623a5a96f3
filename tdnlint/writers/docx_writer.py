"""Apply edits to a .docx: as Word tracked changes (default) or directly, keeping formatting.

Every edit (analysis offsets) is mapped to the paragraph's source text, trimmed to the
characters that really change (", " for "," is an insertion of " "), and then applied
to the ``w:t`` nodes of the runs it covers (``Paragraph.handle.pieces``):

* direct mode -- the covered text is cut out of each run's ``w:t`` and the new text is
  put into the first covered run (an insertion goes at the end of the run before it), so
  every run keeps its own ``w:rPr``;
* tracked mode -- each covered stretch is split into its own run (same ``w:rPr``),
  wrapped in ``w:del`` (``w:t`` -> ``w:delText``) and followed by a ``w:ins`` run carrying
  the new text with the formatting of the run it continues; author ``tdnlint``, ``w:date``
  now (UTC), ``w:id`` unique in the package.  Text that is itself a pending tdnlint
  insertion is edited in place (it is our own suggestion); text inserted by someone else
  gets a nested ``w:del`` (as Word does); inserting *into* someone else's insertion is
  refused.

Refused (left reported): spans crossing a tab/break/symbol, field results (Word would
overwrite them when updating fields), math, or anything the pieces do not cover
exactly.  Only the parts that changed are re-serialised; every other zip member is
copied byte-identical (``Package.save``).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from ..findings import Edit
from ..model import Document, Paragraph
from . import SourceEdit
from .docx_ops import (
    AUTHOR,
    RevisionIds,
    drop_if_empty,
    enclosing,
    names_of,
    new_run_like,
    now_w3c,
    preserve,
    revision,
    split_run,
)

EDITABLE = ("t", "ins")


@dataclass
class _Span:
    start: int  # source offsets in Paragraph.original
    end: int
    text: str
    edit: Edit


def fresh_copy(doc: Document) -> Document:
    """The same document parsed again from its bytes: writers never touch the trees rules saw."""
    from ..readers.docx import DocxReader

    return DocxReader().read(doc.path, doc.raw or b"")


def apply_docx_edits(doc: Document, edits: list[Edit], tracked: bool = True) -> tuple[bytes, list[Edit]]:
    fresh = fresh_copy(doc)
    refused: list[Edit] = []
    if len(fresh.paragraphs) != len(doc.paragraphs):
        return doc.raw or b"", list(edits)
    pkg = fresh.handle
    ids = RevisionIds(pkg)
    date = now_w3c()
    modified: set[str] = set()
    by_par: dict[int, list[Edit]] = defaultdict(list)
    for e in edits:
        by_par[e.paragraph].append(e)
    for pi, pedits in by_par.items():
        if not 0 <= pi < len(fresh.paragraphs):
            refused.extend(pedits)
            continue
        p = fresh.paragraphs[pi]
        if p.handle is None or p.text != doc.paragraphs[pi].text:
            refused.extend(pedits)
            continue
        spans = []
        for e in pedits:
            s = _span(p, e)
            if s is None:
                refused.append(e)
            else:
                spans.append(s)
        spans.sort(key=lambda s: (s.start, s.end), reverse=True)
        left_limit = None
        # Located once, like the paragraph's own pieces: right-to-left edits keep both valid.
        twin = _twin(p) if p.handle.textbox else None
        for s in spans:
            if left_limit is not None and (s.end > left_limit or s.start == s.end == left_limit):
                refused.append(s.edit)
                continue
            plan = _plan(p, s, tracked)
            twin_plan = _plan(twin, s, tracked) if twin else None
            if plan is None or twin is False or (twin is not None and twin_plan is None):
                refused.append(s.edit)
                continue
            _execute(p, s, plan, tracked, ids, date)
            if twin is not None:
                _execute(twin, s, twin_plan, tracked, ids, date)  # keep the VML copy identical
            modified.add(p.handle.part)
            left_limit = s.start
    if not modified:
        return doc.raw or b"", refused
    return pkg.save(modified), refused


class _TwinHandle:
    def __init__(self, element, pieces, part):
        self.element, self.pieces, self.part, self.textbox = element, pieces, part, False


class _Twin:
    """The VML Fallback copy of a text-box paragraph, addressed like a Paragraph (plain w:t pieces)."""

    def __init__(self, element, pieces, original: str, part: str):
        self.handle = _TwinHandle(element, pieces, part)
        self.original = self.text = original


def _twin(p: Paragraph):
    """None: no Fallback copy to keep in step; False: one exists but cannot be mirrored safely.

    Word stores a text box twice (DrawingML ``mc:Choice`` and VML ``mc:Fallback``); an edit made
    to one copy only would resurface in applications that read the other, so both get it or
    neither does.
    """
    from ..ooxml.story import Piece

    el = p.handle.element
    n = names_of(el)
    choice = el.getparent()
    while choice is not None and choice.tag != n.mc_choice:
        choice = choice.getparent()
    if choice is None:
        return None
    fallback = choice.getparent().find(n.mc_fallback)
    if fallback is None:
        return None
    ours, theirs = list(choice.iter(n.p)), list(fallback.iter(n.p))
    if len(ours) != len(theirs) or el not in ours:
        return False
    twin = theirs[ours.index(el)]
    pieces, pos = [], 0
    for node in twin.iter():
        if node.tag in (n.tab, n.br, n.cr, n.sym, n.noBreakHyphen, n.fldChar, n.instrText, n.fldSimple):
            return False  # only plain text is mirrored
        if node.tag != n.t or enclosing(node, n.del_, n.p) is not None:
            continue
        text = node.text or ""
        kind = "ins" if enclosing(node, n.ins, n.p) is not None else "t"
        pieces.append(Piece(pos, pos + len(text), node, 0, kind, node.getparent()))
        pos += len(text)
    original = "".join(x.node.text or "" for x in pieces)
    if original != p.original:
        return False
    return _Twin(twin, pieces, original, p.handle.part)


def _span(p: Paragraph, e: Edit) -> _Span | None:
    if isinstance(e, SourceEdit):
        return None  # source edits are a .txt/.md notion (directive comments)
    src = p.original
    if not 0 <= e.start <= e.end <= len(p.text):
        return None
    ss = p.source_index(e.start)
    se = p.source_index(e.end) if e.end < len(p.text) else len(src)
    if e.start < e.end:
        se = ss + 1 if se <= ss else se
        # whole clusters: take combining marks following the last character
        last = p.source_index(e.end - 1) + 1
        while last < len(src) and unicodedata.combining(src[last]):
            last += 1
        se = last
        if unicodedata.normalize("NFC", src[ss:se]) != p.text[e.start:e.end]:
            return None
    else:
        se = ss
    repl = e.replacement
    if any(c in repl for c in "\n\r\t\x0b\x0c"):
        return None  # breaks and tabs are elements in Word, not characters of w:t: never guess
    if not unicodedata.is_normalized("NFC", src):
        repl = unicodedata.normalize("NFD", repl)
    old = src[ss:se]
    # Trim what does not change: ", " for "," is only an insertion of " ".
    k = 0
    while k < len(old) and k < len(repl) and old[k] == repl[k]:
        k += 1
    j = 0
    while j < len(old) - k and j < len(repl) - k and old[len(old) - 1 - j] == repl[len(repl) - 1 - j]:
        j += 1
    ss, se, repl = ss + k, se - j, repl[k:len(repl) - j]
    if ss == se and not repl:
        return None  # nothing to do (already as asked)
    return _Span(ss, se, repl, e)


@dataclass
class _Plan:
    covered: list  # (piece, local start, local end) left to right
    anchor: object | None  # piece receiving an insertion
    anchor_off: int


def _own_ins(piece, p: Paragraph):
    """The ``w:ins`` holding ``piece`` if tdnlint inserted it (then we may simply edit it)."""
    n = names_of(piece.node)
    ins = enclosing(piece.run, n.ins, n.p)
    return ins is not None and ins.get(n.attr("author")) == AUTHOR


def _plan(p: Paragraph, s: _Span, tracked: bool) -> _Plan | None:
    pieces = [x for x in p.handle.pieces if x.src_end > x.src_start]
    covered = []
    if s.end > s.start:
        for x in pieces:
            if x.src_start < s.end and x.src_end > s.start:
                if x.kind not in EDITABLE or x.node is None or x.run is None:
                    return None
                a = max(s.start, x.src_start) - x.src_start + x.offset
                b = min(s.end, x.src_end) - x.src_start + x.offset
                covered.append((x, a, b))
        if sum(b - a for _, a, b in covered) != s.end - s.start:
            return None
        if not s.text:
            return _Plan(covered, None, 0)
        first = covered[0][0]
        if tracked and first.kind == "ins" and not _own_ins(first, p):
            return None
        return _Plan(covered, first, covered[0][1])
    # pure insertion: after the character before it (same run, same formatting) if we can
    before = next((x for x in pieces if x.src_start < s.start <= x.src_end), None)
    after = next((x for x in pieces if x.src_start == s.start), None)
    for cand, off in ((before, None), (after, 0)):
        if cand is None or cand.kind not in EDITABLE or cand.node is None or cand.run is None:
            continue
        if tracked and cand.kind == "ins" and not _own_ins(cand, p):
            continue
        local = (s.start - cand.src_start + cand.offset) if off is None else cand.offset
        return _Plan([], cand, local)
    return None


def _execute(p: Paragraph, s: _Span, plan: _Plan, tracked: bool, ids: RevisionIds, date: str) -> None:
    n = names_of(p.handle.element)
    if not tracked:
        for x, a, b in reversed(plan.covered):
            t = x.node.text or ""
            x.node.text = t[:a] + (s.text if x is plan.anchor else "") + t[b:]
            preserve(x.node)
        if not plan.covered:
            t = plan.anchor.node.text or ""
            plan.anchor.node.text = t[:plan.anchor_off] + s.text + t[plan.anchor_off:]
            preserve(plan.anchor.node)
        return
    first_del = None
    for x, a, b in reversed(plan.covered):
        if x.kind == "ins" and _own_ins(x, p):
            t = x.node.text or ""
            x.node.text = t[:a] + (s.text if x is plan.anchor else "") + t[b:]
            preserve(x.node)
            if x is plan.anchor:
                plan = _Plan(plan.covered, None, 0)  # text already placed
            continue
        run = x.run
        split_run(run, x.node, b, n, ids)
        mid = split_run(run, x.node, a, n, ids)
        if mid is None:
            continue
        drop_if_empty(run, n)
        for t in mid.iter(n.t):
            t.tag = n.delText
            preserve(t)
        d = revision(n, n.del_, ids, date)
        mid.addprevious(d)
        d.append(mid)
        if x is plan.covered[0][0]:
            first_del = d
    if plan.anchor is None or not s.text:
        return
    anchor = plan.anchor
    if first_del is not None:
        where, run_src = first_del, anchor.run
        ins = _ins_run(n, run_src, s.text, ids, date)
        where.addnext(ins)
        return
    if anchor.kind == "ins" and _own_ins(anchor, p):
        t = anchor.node.text or ""
        anchor.node.text = t[:plan.anchor_off] + s.text + t[plan.anchor_off:]
        preserve(anchor.node)
        return
    run = anchor.run
    ins = _ins_run(n, run, s.text, ids, date)
    right = split_run(run, anchor.node, plan.anchor_off, n, ids)
    if not any(c.tag != n.rPr for c in run):
        # nothing left of the insertion point in this run: put the insertion before it
        (right if right is not None else run).addprevious(ins)
        drop_if_empty(run, n)
    else:
        run.addnext(ins)


def _ins_run(n, like_run, text: str, ids: RevisionIds, date: str):
    ins = revision(n, n.ins, ids, date)
    r = new_run_like(like_run, n)
    t = r.makeelement(n.t, {})
    t.text = text
    preserve(t)
    r.append(t)
    ins.append(r)
    return ins
