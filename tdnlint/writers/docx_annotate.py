"""``--annotate``: a copy of the .docx with every finding as a Word comment.

Each finding becomes one ``w:comment`` (author ``tdnlint``, initials ``TDN``, date now
UTC) whose text is ``[TDN301] message — gợi ý: suggestion``, anchored with
``w:commentRangeStart`` / ``w:commentRangeEnd`` on the offending text and followed by
the ``w:commentReference`` run, as Word writes them.  Findings without a position
(document level), or outside the main story (headers, footers, footnotes, comments:
Word does not anchor comments in headers/footers, and we keep to the main part), go on the title paragraph (else the first non-empty paragraph of the body),
with the part named in the text.

``word/comments.xml`` is created when absent (plus its relationship from the main
part and its ``[Content_Types].xml`` override), or appended to when present.  Only
the main part, the comments part and -- when created -- the relationships and content
types are re-serialised; every other zip member is copied byte-identical.

Markers are inserted from right to left in each paragraph, each at a run boundary
(splitting a run keeps its ``w:rPr`` on both halves), so the text and formatting of the
document do not change: re-reading the copy gives the same paragraphs.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict

from lxml import etree

from ..findings import Finding
from ..model import Document, Paragraph
from ..ooxml.names import CONTENT_TYPES, PKG_RELS, STRICT, names_for
from .docx_ops import AUTHOR, RevisionIds, clean_xml_text, now_w3c, preserve, split_run
from .docx_writer import fresh_copy

COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
REL_COMMENTS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/comments"
_ANCHORABLE = ("body", "table")
_PART_VI = {"header": "đầu trang", "footer": "chân trang", "footnote": "chú thích cuối trang",
            "comment": "chú thích", "metadata": "thuộc tính tệp"}
_OWN = re.compile(r"^\[[A-Z]{2,8}\d{3,4}\] ")
W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
_SPLITTABLE = ("t", "ins", "moveTo", "field")
_INLINE_CONTAINERS = ("p", "hyperlink", "ins", "sdtContent", "smartTag", "customXml", "fldSimple", "moveTo")


def comment_text(f: Finding, lang: str = "vi") -> str:
    hint = "suggestion" if lang == "en" else "gợi ý"
    text = f"[{f.rule}] {f.message}"
    if f.suggestion:
        text += f" — {hint}: {f.suggestion}"
    return clean_xml_text(text)


def annotate_docx(doc: Document, findings: list[Finding], lang: str = "vi", title: int | None = None) -> bytes:
    """Bytes of a copy of ``doc`` with one comment per finding (``doc.raw`` is not modified)."""
    fresh = fresh_copy(doc)
    pkg = fresh.handle
    main = pkg.main
    root = pkg.xml(main)
    n = names_for(root)
    ids = RevisionIds(pkg)
    date = now_w3c()
    modified: set[str] = {main}
    added: dict[str, bytes] = {}
    comments_name, comments_root, created = _comments_part(pkg, main, n, modified)
    if not created:
        _remove_own_comments(pkg, main, root, comments_root, n, modified)
    ids.at_least(_next_comment_id(comments_root, n))

    fallback = _fallback_paragraph(fresh, title)
    # paragraph index -> [(source start, source end, comment id)]
    anchors: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for f in findings:
        p = fresh.paragraphs[f.paragraph_index] if f.paragraph_index is not None and \
            0 <= f.paragraph_index < len(fresh.paragraphs) else None
        where = ""
        if p is None or p.handle is None or p.part not in _ANCHORABLE or p.handle.part != main:
            if p is not None and p.part not in ("body", "table"):
                where = f"({_PART_VI.get(p.part, p.part)} {p.number or ''}".rstrip() + ") "
            p = fallback
            s = e = None
        elif p.handle.textbox:
            # Markers inside a text box would land in one of its two stored copies only: comment
            # the paragraph that anchors the box (text-box paragraphs follow it in reading order).
            where = "(hộp văn bản: “" + _clip(p.text) + "”) "
            p = _anchor_of_textbox(fresh, p) or fallback
            s = e = None
        else:
            s, e = f.start, f.end
        if p is None:
            continue  # an empty document: nowhere to anchor (the report still lists it)
        cid = ids.take()  # one id space for comments and the revisions of split runs
        text = comment_text(f, lang)
        if where:
            text = text.replace("] ", "] " + where, 1)
        comments_root.append(_comment(n, cid, text, date))
        anchors[p.index].append((*_source_span(p, s, e), cid))
    for pi, items in anchors.items():
        _anchor_in_paragraph(fresh.paragraphs[pi], items, n, ids)
    if created:
        added[comments_name] = etree.tostring(comments_root.getroottree(), xml_declaration=True,
                                              encoding="UTF-8", standalone=True)
    else:
        modified.add(comments_name)
    return pkg.save(modified, added)


# ---- the comments part ----------------------------------------------------------------------------
def _comments_part(pkg, main: str, n, modified: set[str]):
    for target in pkg.rel_targets(main, "comments"):
        name = pkg.member_name(target)
        if name:
            return name, pkg.xml(name), False
    folder = posixpath.dirname(main)
    name = posixpath.join(folder, "comments.xml")
    k = 1
    while pkg.has(name):
        name = posixpath.join(folder, f"comments{k}.xml")
        k += 1
    root = etree.Element(n.comments, nsmap={"w": n.W})
    _add_relationship(pkg, main, name, n, modified)
    _add_override(pkg, name, modified)
    return name, root, True


def _add_relationship(pkg, main: str, target: str, n, modified: set[str]) -> None:
    folder, base = posixpath.split(main)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    rtype = REL_COMMENTS_STRICT if n is STRICT else REL_COMMENTS
    if pkg.has(rels_name):
        rels = pkg.xml(rels_name)
        modified.add(pkg.member_name(rels_name))
    else:  # pragma: no cover - a main part always has relationships in practice (styles, settings)
        raise ValueError("main part has no relationships part")
    used = {r.get("Id") for r in rels}
    k = len(used) + 1
    while f"rId{k}" in used:
        k += 1
    rel = etree.SubElement(rels, "{" + PKG_RELS + "}Relationship")
    rel.set("Id", f"rId{k}")
    rel.set("Type", rtype)
    rel.set("Target", posixpath.relpath(target, folder))


def _add_override(pkg, name: str, modified: set[str]) -> None:
    ct = pkg.xml("[Content_Types].xml")
    part = "/" + name
    for o in ct.iter("{" + CONTENT_TYPES + "}Override"):
        if (o.get("PartName") or "").lower() == part.lower():
            return
    o = etree.SubElement(ct, "{" + CONTENT_TYPES + "}Override")
    o.set("PartName", part)
    o.set("ContentType", COMMENTS_CT)
    modified.add(pkg.member_name("[Content_Types].xml"))


def _remove_own_comments(pkg, main: str, root, comments_root, n, modified: set[str]) -> None:
    """Drop the comments a previous ``--annotate`` left (author tdnlint, text ``[CODE] …``).

    Annotating an already annotated copy then gives one comment per *current* finding instead
    of piling stale ones up.  A comment someone replied to is kept: the discussion matters more.
    """
    side = {kind: [pkg.member_name(t) for t in pkg.rel_targets(main, kind)]
            for kind in ("commentsExtended", "commentsIds", "commentsExtensible")}
    replied: set[str] = set()
    for name in side["commentsExtended"]:
        for ex in pkg.xml(name):
            parent = _local_attr(ex, "paraIdParent")
            if parent:
                replied.add(parent)
    drop: set[str] = set()
    para_ids: set[str] = set()
    for c in list(comments_root.findall(n.comment)):
        text = "".join(t.text or "" for t in c.iter(n.t))
        if c.get(n.attr("author")) != AUTHOR or not _OWN.match(text):
            continue
        pids = {p.get(W14_PARA_ID) for p in c.iter(n.p)} - {None}
        if pids & replied:
            continue
        drop.add(c.get(n.id))
        para_ids |= pids
        comments_root.remove(c)
    if not drop:
        return
    for el in list(root.iter(n.commentRangeStart, n.commentRangeEnd, n.commentReference)):
        if el.get(n.id) not in drop:
            continue
        parent = el.getparent()
        parent.remove(el)
        if el.tag == n.commentReference and parent.tag == n.r and not any(ch.tag != n.rPr for ch in parent):
            parent.getparent().remove(parent)
    durable: set[str] = set()
    for kind in ("commentsExtended", "commentsIds"):
        for name in side[kind]:
            part = pkg.xml(name)
            for ex in list(part):
                if _local_attr(ex, "paraId") in para_ids:
                    if kind == "commentsIds" and _local_attr(ex, "durableId"):
                        durable.add(_local_attr(ex, "durableId"))
                    part.remove(ex)
                    modified.add(name)
    for name in side["commentsExtensible"]:
        part = pkg.xml(name)
        for ex in list(part):
            if _local_attr(ex, "durableId") in durable:
                part.remove(ex)
                modified.add(name)


def _local_attr(el, local: str) -> str | None:
    if not isinstance(el.tag, str):
        return None  # an XML comment or processing instruction
    for k, v in el.attrib.items():
        if k == local or k.endswith("}" + local):
            return v
    return None


def _next_comment_id(comments_root, n) -> int:
    """Above every existing comment id (the comments part may not have been parsed by the reader)."""
    used = [int(c.get(n.id)) for c in comments_root.iter(n.comment) if (c.get(n.id) or "").isdigit()]
    return max(used, default=-1) + 1


def _comment(n, cid: str, text: str, date: str):
    c = etree.Element(n.comment)
    c.set(n.id, cid)
    c.set(n.attr("author"), AUTHOR)
    c.set(n.attr("date"), date)
    c.set(n.attr("initials"), "TDN")
    for k, line in enumerate(text.split("\n")):
        p = etree.SubElement(c, n.p)
        if k == 0:
            r0 = etree.SubElement(p, n.r)
            etree.SubElement(r0, n.w + "annotationRef")
        r = etree.SubElement(p, n.r)
        t = etree.SubElement(r, n.t)
        t.text = line
        preserve(t)
    return c


# ---- anchoring ------------------------------------------------------------------------------------
def _fallback_paragraph(doc: Document, title: int | None) -> Paragraph | None:
    main = [p for p in doc.paragraphs if p.part in ("body", "table") and p.handle is not None
            and p.handle.part == doc.handle.main]
    if title is not None and 0 <= title < len(doc.paragraphs) and doc.paragraphs[title] in main:
        return doc.paragraphs[title]
    return next((p for p in main if p.text.strip()), main[0] if main else None)


def _anchor_of_textbox(doc: Document, p: Paragraph) -> Paragraph | None:
    for q in reversed(doc.paragraphs[:p.index]):
        if q.handle is not None and not q.handle.textbox and q.part in ("body", "table"):
            return q
    return None


def _clip(text: str, width: int = 40) -> str:
    text = text.replace("\n", " ").replace("\t", " ").strip()  # keep double spaces: they may be the finding
    return text if len(text) <= width else text[: width - 1] + "…"


def _source_span(p: Paragraph, s: int | None, e: int | None) -> tuple[int, int]:
    src_len = len(p.original)
    if s is None:
        return 0, src_len
    e = s if e is None else e
    a = min(p.source_index(s), src_len)
    b = min(p.source_index(e) if e < len(p.text) else src_len, src_len)
    return a, max(a, b)


def _anchor_in_paragraph(p: Paragraph, items: list[tuple[int, int, str]], n, ids: RevisionIds) -> None:
    """Insert range markers and reference runs for ``items`` (source spans) into ``p``."""
    points: dict[int, list] = defaultdict(list)
    # Order at one position: ends of earlier ranges, then empty ranges, then starts.
    for s, e, cid in items:
        if s == e:
            points[s].append((1, cid, "start"))
            points[s].append((1, cid, "end"))
        else:
            points[s].append((2, cid, "start"))
            points[e].append((0, cid, "end"))
    for pos in sorted(points, reverse=True):
        els = []
        for _, cid, kind in sorted(points[pos], key=lambda t: t[0]):
            if kind == "start":
                el = etree.Element(n.commentRangeStart)
                el.set(n.id, cid)
                els.append(el)
            else:
                el = etree.Element(n.commentRangeEnd)
                el.set(n.id, cid)
                els.append(el)
                r = etree.Element(n.r)
                ref = etree.SubElement(r, n.commentReference)
                ref.set(n.id, cid)
                els.append(r)
        _insert_at(p, pos, els, n, ids)


def _insert_at(p: Paragraph, pos: int, els: list, n, ids: RevisionIds) -> None:
    """Insert ``els`` at source position ``pos`` of ``p``, splitting a run when ``pos`` falls inside it."""
    pieces = [x for x in p.handle.pieces if x.src_end > x.src_start and x.run is not None]
    para = p.handle.element
    if not pieces:
        ppr = para.find(n.pPr)
        at = 0 if ppr is None else para.index(ppr) + 1
        for k, el in enumerate(els):
            para.insert(at + k, el)
        return
    inside = next((x for x in pieces if x.src_start < pos < x.src_end), None)
    if inside is not None:
        if inside.kind in _SPLITTABLE:
            split_run(inside.run, inside.node, pos - inside.src_start + inside.offset, n, ids)
        _after(_container_child(inside.run, n), els)
        return
    before = next((x for x in reversed(pieces) if x.src_end <= pos), None)
    if before is None:
        _before(_container_child(pieces[0].run, n), els)
        return
    if before.kind in _SPLITTABLE:
        split_run(before.run, before.node, before.src_end - before.src_start + before.offset, n, ids)
    elif before.kind != "math" and before.node is not None and before.node.getparent() is before.run:
        split_run(before.run, before.node, 1, n, ids)  # right after the tab/break/symbol
    _after(_container_child(before.run, n), els)


def _container_child(run, n):
    """``run`` or, for runs in math or other non-inline containers, the ancestor placed in an inline one."""
    allowed = {n.w + t for t in _INLINE_CONTAINERS}
    cur = run
    while cur.getparent() is not None and cur.getparent().tag not in allowed:
        cur = cur.getparent()
    return cur


def _after(el, els: list) -> None:
    for new in reversed(els):
        el.addnext(new)


def _before(el, els: list) -> None:
    for new in els:
        el.addprevious(new)
