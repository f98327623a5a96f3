"""Low-level WordprocessingML surgery shared by the .docx fixer and annotator.

Everything works on the lxml trees of :class:`tdnlint.ooxml.package.Package` through
the reader's write-back contract (``Paragraph.handle.pieces``).  The rule that keeps
pieces valid: a paragraph is always modified from the *right* to the left, and a split
at source position ``x`` only moves what lies after ``x`` into new elements -- so every
piece left of ``x`` still points at the right node and offset.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime

from ..ooxml.names import XML_NS, Names, names_for

AUTHOR = "tdnlint"
TEXT_KINDS = ("t", "ins", "moveTo", "field")
_SPACE = "{" + XML_NS + "}space"


def now_w3c() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def preserve(el) -> None:
    """``xml:space="preserve"`` where Word would otherwise drop leading/trailing/double spaces."""
    t = el.text or ""
    if t and (t[0].isspace() or t[-1].isspace() or "  " in t):
        el.set(_SPACE, "preserve")


def clean_xml_text(s: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters in a message would break the part)."""
    return "".join(c for c in s if c in "\t\n\r" or (ord(c) >= 0x20 and not 0xD800 <= ord(c) <= 0xDFFF
                                                     and c not in "\ufffe\uffff"))


class RevisionIds:
    """Fresh ``w:id`` values: above every id already used in any parsed part of the package."""

    def __init__(self, pkg):
        top = 0
        for root in pkg.trees.values():
            n = names_for(root)
            for el in root.iter():
                v = el.get(n.id) if isinstance(el.tag, str) else None
                if v is not None and v.lstrip("-").isdigit():
                    top = max(top, int(v))
        self._next = top + 1

    def at_least(self, value: int) -> None:
        self._next = max(self._next, value)

    def take(self) -> str:
        v = self._next
        self._next += 1
        return str(v)


def names_of(el) -> Names:
    return names_for(el.getroottree().getroot())


def revision(n: Names, tag: str, ids: RevisionIds, date: str):
    from lxml import etree

    el = etree.Element(tag)
    el.set(n.id, ids.take())
    el.set(n.attr("author"), AUTHOR)
    el.set(n.attr("date"), date)
    return el


def new_run_like(run, n: Names, ids: RevisionIds | None = None):
    """An empty ``w:r`` with the same attributes and a copy of ``run``'s properties.

    A formatting revision inside the properties (``w:rPrChange``) is kept with a fresh
    ``w:id`` when ``ids`` is given (both halves of a split run carry it), and dropped
    otherwise (new inserted text has no formatting history).
    """
    new = run.makeelement(run.tag, dict(run.attrib))
    rpr = run.find(n.rPr)
    if rpr is not None:
        rpr = copy.deepcopy(rpr)
        for change in rpr.findall(n.rPrChange):
            if ids is None:
                rpr.remove(change)
            else:
                change.set(n.id, ids.take())
        new.append(rpr)
    return new


def has_content(run, n: Names) -> bool:
    return any(c.tag != n.rPr for c in run)


def split_run(run, node, off: int, n: Names, ids: RevisionIds):
    """Split ``run`` at ``off`` characters into child ``node``; return the new right run (or None).

    For a text node ``off`` indexes ``node.text``; for any other child, 0 = before it and
    1 = after it.  The left part stays in ``run`` (same element), the right part goes to a
    new run right after it with a copy of the run properties.
    """
    children = list(run)
    idx = children.index(node)
    is_text = node.tag in (n.t, n.delText) or node.tag == n.m_t
    if is_text:
        text = node.text or ""
        left_text, right_text = text[:off], text[off:]
        after = children[idx + 1:]
    else:
        left_text = right_text = ""
        after = children[idx + 1:] if off else children[idx:]
    if not right_text and not after:
        return None
    new = new_run_like(run, n, ids)
    if is_text and right_text:
        t2 = node.makeelement(node.tag, dict(node.attrib))
        t2.text = right_text
        preserve(t2)
        new.append(t2)
    for c in after:
        new.append(c)  # moves it
    if is_text:
        if left_text:
            node.text = left_text
            preserve(node)
        else:
            run.remove(node)
    run.addnext(new)
    return new


def enclosing(el, tag: str, stop: str):
    """Nearest ancestor of ``el`` with ``tag`` below the ``stop`` element (e.g. w:ins inside w:p)."""
    cur = el.getparent()
    while cur is not None and cur.tag != stop:
        if cur.tag == tag:
            return cur
        cur = cur.getparent()
    return None


def drop_if_empty(run, n: Names) -> None:
    if run is not None and run.getparent() is not None and not has_content(run, n):
        run.getparent().remove(run)
