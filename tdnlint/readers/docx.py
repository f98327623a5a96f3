"""The .docx reader: OOXML package -> :class:`tdnlint.model.Document`, with lxml directly.

What it produces
    ``Document.paragraphs``: the main story first (body paragraphs and table-cell paragraphs
    in document order, nested tables included, row by row and cell by cell; empty paragraphs
    counted; text-box paragraphs right after their anchoring paragraph), then header parts,
    footer parts, footnotes and endnotes (part "footnote"), comments.  Main-story paragraphs
    have ``line == number`` = their 1-based position in that sequence; the other parts have
    ``line None`` and ``number`` 1-based within the part kind.  ``table = (table no., row,
    column)`` with 1-based numbers; tables are numbered in document order (nested ones too);
    the column is the grid column (``gridBefore``/``gridSpan`` respected).
    What text is read (tracked changes accepted, field results, tabs, breaks, text boxes ...)
    is described in :mod:`tdnlint.ooxml.story`.  Analysis text is NFC; ``offsets`` map it back
    to the paragraph's source text (``Paragraph.original``).
    Formatting: effective run formatting (``Paragraph.runs``), style name, alignment, outline
    level, indents/spacing, list label (:mod:`tdnlint.ooxml.numbering`), field types, anchored
    drawings; per document: sections (mm), core properties, fonts, comments, counts of tracked
    changes / hidden runs / highlighted runs.  User documentation: docs/reader.md.

Write-back contract (used by --fix / --annotate)
    ``Document.handle`` is a :class:`tdnlint.ooxml.package.Package`: ``.data`` (the original
    bytes), ``.infos`` (zip members in order), ``.trees`` (part name -> parsed lxml root of every
    part read: main document, styles, headers, footers, footnotes, endnotes, comments ...),
    ``.xml(name)`` (parse-and-cache any part), ``.main`` (main part name) and
    ``.save(modified_part_names, added=None) -> bytes``, which re-serialises only those parts
    and copies every other member byte-identical.  The main part is streamed while reading
    (bounded memory) and parsed again on first access through ``.trees``, ``.xml`` or a handle.
    ``Paragraph.handle`` is a :class:`tdnlint.ooxml.story.ParagraphHandle`: ``.part`` (member
    name), ``.element`` (the ``w:p``), ``.pieces`` -- :class:`~tdnlint.ooxml.story.Piece`
    ``(src_start, src_end, node, offset, kind, run)`` covering ``Paragraph.original`` in order.
    A fix on analysis ``[a, b)`` maps to source ``[p.source_index(a), p.source_index(b))``; edit
    ``node.text`` of the ``"t"``/``"ins"``/``"moveTo"`` pieces overlapping it.

Errors
    Every unreadable input raises :class:`ReadError` with a one-line Vietnamese reason: Word
    97-2003 .doc, encrypted documents, Word owner ("lock") files, ODT/RTF/HTML/PDF, corrupt or
    truncated zips, zip bombs, DOCTYPE/entity declarations, packages without a document part.
"""

from __future__ import annotations

from ..limits import MAX_PARAGRAPHS, too_many_paragraphs
from ..model import Comment, Document, Paragraph
from .base import ReadError

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

DOC_MESSAGE = (
    "tệp Word 97-2003 (.doc): hãy chuyển sang .docx: mở bằng Word rồi Lưu thành .docx "
    "(hoặc `soffice --headless --convert-to docx`)"
)
ENCRYPTED_MESSAGE = "tệp .docx được đặt mật khẩu (mã hóa): hãy gỡ mật khẩu trong Word rồi kiểm tra lại"


class DocxReader:
    name = "docx"
    # .doc stays here so a real Word 97-2003 file gets the clear conversion message.
    extensions = (".docx", ".docm", ".dotx", ".dotm", ".doc")

    def sniff(self, head: bytes) -> bool:
        # Content wins over the extension: a .docx saved as ".doc" is a zip; an OLE2 file is
        # claimed so the user gets the .doc / encrypted-document message whatever its name.
        return head.startswith(ZIP_SIGNATURES) or head.startswith(OLE_SIGNATURE)

    def read(self, path: str, data: bytes) -> Document:
        if not data:
            raise ReadError("tệp rỗng (0 byte)")
        if data.startswith(OLE_SIGNATURE):
            raise ReadError(_ole_message(data))
        if not data.startswith(ZIP_SIGNATURES):
            raise ReadError(_not_zip_message(data))
        from ..ooxml.package import Package

        pkg = Package(data)
        _check_package_kind(pkg)
        main = pkg.main_part()
        if main is None:
            raise ReadError(_no_main_message(pkg))
        pkg.main = main
        import gc

        # The reader allocates ~10 container objects per paragraph and creates no reference cycles;
        # pausing the cyclic GC while building saves ~25 % on large documents.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return _DocumentBuilder(pkg, main, path).build()
        finally:
            if was_enabled:
                gc.enable()


# ---- classification of unreadable inputs ---------------------------------------------------------
def _ole_message(data: bytes) -> str:
    # Directory entry names are UTF-16LE in the OLE2 container; no need to parse the FAT.
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return ENCRYPTED_MESSAGE
    if "WordDocument".encode("utf-16-le") in data:
        return DOC_MESSAGE
    if "Workbook".encode("utf-16-le") in data:
        return "tệp Excel 97-2003 (.xls), không phải văn bản Word"
    if "PowerPoint Document".encode("utf-16-le") in data:
        return "tệp PowerPoint 97-2003 (.ppt), không phải văn bản Word"
    return "tệp Office 97-2003 (định dạng OLE2), không phải .docx: hãy mở bằng Word rồi Lưu thành .docx"


def _is_lock_file(data: bytes) -> str | None:
    """Owner name if ``data`` looks like a Word owner/lock file (~$name.docx), else None.

    Word writes 162 bytes: a length byte, the user name (ANSI), NUL padding, then the
    name again as UTF-16 at offset 54.  We accept small files with that first shape.
    """
    if len(data) > 4096 or len(data) < 2:
        return None
    n = data[0]
    if not 0 < n <= 53 or len(data) < n + 1:
        return None
    name = data[1 : 1 + n]
    if b"\x00" in name:
        return None
    rest = data[1 + n : 54]
    if rest and rest.count(0) < len(rest) // 2:
        return None
    try:
        return name.decode("cp1252", "replace").strip() or "?"
    except Exception:
        return "?"


def _not_zip_message(data: bytes) -> str:
    owner = _is_lock_file(data)
    if owner is not None:
        return f"tệp khóa của Word (người đang mở văn bản: {owner}), không phải văn bản; bỏ qua tệp này"
    head = data[:1024].lstrip()
    low = head.lower()
    if low.startswith(b"{\\rtf"):
        return "tệp RTF (chỉ đổi tên thành .docx): hãy mở bằng Word rồi Lưu thành .docx"
    if low.startswith(b"%pdf"):
        return "tệp PDF, không phải .docx: cần bản Word (.docx) của văn bản"
    if b"<html" in low or b"mime-version:" in low or b"<?mso-application" in low:
        return "tệp HTML/MHT/XML của Word (chỉ đổi tên thành .docx): hãy mở bằng Word rồi Lưu thành .docx"
    if data.startswith(b"PK"):
        return "tệp .docx bị hỏng hoặc bị cắt cụt (cấu trúc zip không hợp lệ)"
    return "không phải tệp .docx (nội dung không phải gói zip OOXML)"


def _check_package_kind(pkg) -> None:
    if pkg.has("mimetype"):
        try:
            mime = pkg.read("mimetype")[:200].decode("ascii", "replace").strip()
        except ReadError:
            mime = ""
        if mime == "application/vnd.oasis.opendocument.text":
            raise ReadError("tệp ODT: hãy lưu thành .docx (trong LibreOffice/Word: Lưu thành… Word .docx)")
        if mime.startswith("application/vnd.oasis.opendocument"):
            raise ReadError(f"tệp OpenDocument ({mime.rsplit('.', 1)[-1]}), không phải văn bản Word .docx")
    if pkg.has("EncryptionInfo") or pkg.has("EncryptedPackage"):
        raise ReadError(ENCRYPTED_MESSAGE)


def _no_main_message(pkg) -> str:
    if pkg.has("xl/workbook.xml"):
        return "tệp Excel (.xlsx), không phải văn bản Word"
    if pkg.has("ppt/presentation.xml"):
        return "tệp PowerPoint (.pptx), không phải văn bản Word"
    return "gói zip không chứa văn bản Word (không có phần word/document.xml)"


# ---- building the Document -----------------------------------------------------------------------
class _DocumentBuilder:
    def __init__(self, pkg, main: str, path: str):
        self.pkg = pkg
        self.main = main
        self.path = path

    def build(self) -> Document:
        from ..ooxml.names import TRANSITIONAL, names_for
        from ..ooxml.story import Resolver, StoryWalker
        from ..ooxml.styles import Styles

        pkg, main = self.pkg, self.main
        by_type: dict[str, list[str]] = {}
        by_id: dict[str, str] = {}
        for rid, rtype, target, external in pkg.rels(main):
            if external or not pkg.has(target):
                continue
            by_type.setdefault(rtype, []).append(target)
            by_id[rid] = target

        styles_root = self._first_xml(by_type, "styles")
        n0 = names_for(styles_root) if styles_root is not None else TRANSITIONAL
        styles = Styles(styles_root, n0, self._first_xml(by_type, "theme"))
        resolver = Resolver(pkg, styles)
        numbering = None
        numbering_root = self._first_xml(by_type, "numbering")
        if numbering_root is not None:
            from ..ooxml.numbering import Numbering

            numbering = Numbering(numbering_root, names_for(numbering_root), styles)

        def counters():
            return numbering.for_story() if numbering is not None else None

        main_walker = _stream_main(pkg, main, styles, resolver, counters())
        walkers = [main_walker]

        # Headers and footers referenced by the sections, in order of first reference.
        headers: list[str] = []
        footers: list[str] = []
        shown_on: dict[str, str] = {}  # part -> reference type (default / first / even) of its first use
        for info in main_walker.sections:
            for kind, ref_type, rid in info.references:
                target = by_id.get(rid)
                if target is None:
                    continue
                bucket = headers if kind == "header" else footers
                if target not in bucket:
                    bucket.append(target)
                    shown_on[target] = ref_type
        for kind, parts in (("header", headers), ("footer", footers)):
            for part in parts:
                proot = pkg.xml(part)
                w = StoryWalker(names_for(proot), styles, pkg.member_name(part), kind, resolver,
                                numbering=counters())
                w.top_blocks(proot)
                for p in w.out:
                    p.shown_on = shown_on[part]
                walkers.append(w)
        for rtype, tag in (("footnotes", "footnote"), ("endnotes", "endnote")):
            for part in by_type.get(rtype, [])[:1]:
                proot = pkg.xml(part)
                pn = names_for(proot)
                w = StoryWalker(pn, styles, pkg.member_name(part), "footnote", resolver, numbering=counters())
                for note in proot:
                    if note.tag != pn.w + tag or (note.get(pn.type) or "normal") != "normal":
                        w.skip(note)  # separators, continuation notices
                    else:
                        w.reset_fields()
                        w.top_blocks(note)
                walkers.append(w)
        comment_walker = None
        comment_meta: list[tuple[str, str | None, int, int]] = []
        for part in by_type.get("comments", [])[:1]:
            proot = pkg.xml(part)
            pn = names_for(proot)
            comment_walker = StoryWalker(pn, styles, pkg.member_name(part), "comment", resolver,
                                         numbering=counters())
            for c in proot:
                if c.tag != pn.comment:
                    comment_walker.skip(c)
                    continue
                first = len(comment_walker.out)
                comment_walker.reset_fields()
                comment_walker.top_blocks(c)
                comment_meta.append((c.get(pn.id) or "", c.get(pn.attr("author")), first, len(comment_walker.out)))
            walkers.append(comment_walker)

        paragraphs: list[Paragraph] = []
        for w in walkers:
            paragraphs.extend(w.out)
        prev = None
        for i, p in enumerate(main_walker.out, start=1):
            p.number = p.line = i
            if prev is not None and p.handle.ordinal == prev:
                p.handle.ordinal = prev  # the same int object as the paragraph's index (32 bytes a paragraph)
            prev = i
        doc = Document(path=self.path, format="docx", paragraphs=paragraphs)
        doc.raw = pkg.data
        doc.handle = pkg
        doc.tracked_changes = sum(w.tracked for w in walkers)
        doc.hidden_text = sum(w.hidden_runs for w in walkers)
        doc.highlights = sum(w.highlight_runs for w in walkers)
        doc.was_nfc = all(p.offsets is None for p in paragraphs)
        doc.sections = [info.section for info in main_walker.sections]
        doc.properties = self._properties()
        doc.declared_fonts = self._fonts(by_type)
        base = styles.run_base(None, None)
        doc.default_font = base.get("font")
        doc.default_size = base.get("size")
        if comment_walker is not None:
            doc.comments = self._comments(comment_walker, comment_meta, walkers)
        return doc

    def _first_xml(self, by_type: dict[str, list[str]], rtype: str):
        for part in by_type.get(rtype, [])[:1]:
            return self.pkg.xml(part)
        return None

    def _properties(self) -> dict[str, str]:
        from lxml import etree

        props: dict[str, str] = {}
        keys = {"creator": "author", "lastModifiedBy": "last_modified_by", "created": "created",
                "modified": "modified", "title": "title", "subject": "subject", "keywords": "keywords",
                "description": "description", "revision": "revision", "category": "category",
                "lastPrinted": "last_printed"}
        for target in self.pkg.rel_targets("", "core-properties")[:1]:
            for el in self.pkg.xml(target):
                if not isinstance(el.tag, str):
                    continue
                key = keys.get(etree.QName(el).localname)
                if key and el.text and el.text.strip():
                    props[key] = el.text.strip()
        for rtype in ("extended-properties", "extendedProperties"):
            for target in self.pkg.rel_targets("", rtype)[:1]:
                app_keys = {"Application": "application", "AppVersion": "app_version", "Company": "company",
                            "Manager": "manager", "Template": "template"}
                for el in self.pkg.xml(target):
                    if not isinstance(el.tag, str) or not el.text or not el.text.strip():
                        continue
                    key = app_keys.get(etree.QName(el).localname)
                    if key:
                        props[key] = el.text.strip()
        return props

    def _fonts(self, by_type: dict[str, list[str]]) -> list[str]:
        from ..ooxml.names import names_for

        root = self._first_xml(by_type, "fontTable")
        if root is None:
            return []
        n = names_for(root)
        out = []
        for f in root.iter(n.font):
            name = f.get(n.attr("name"))
            if name and name not in out:
                out.append(name)
        return out

    def _comments(self, cw, meta, walkers) -> list[Comment]:
        # Resolve comment range marks from every story to (paragraph index, analysis offset).
        starts: dict[str, tuple[Paragraph, int]] = {}
        ends: dict[str, tuple[Paragraph, int]] = {}
        for w in walkers:
            if w is cw:
                continue
            for m in w.marks:
                if m.paragraph is None:
                    continue
                pos = len(m.paragraph.original) if m.src < 0 else m.src
                (starts if m.is_start else ends).setdefault(m.comment_id, (m.paragraph, _analysis_index(m.paragraph,
                                                                                                       pos)))
        out = []
        for cid, author, a, b in meta:
            paras = cw.out[a:b]
            c = Comment(id=cid, author=author, text="\n".join(p.text for p in paras))
            s, e = starts.get(cid), ends.get(cid)
            if s is not None and e is None:
                e = s
            if e is not None and s is None:
                s = (e[0], e[1])
            if s is not None and e is not None:
                (sp, so), (ep, eo) = s, e
                if sp is ep:
                    c.anchor = (sp.index, so, max(so, eo))
                else:
                    c.anchor = (sp.index, so, len(sp.text))
                    c.anchor_end = (ep.index, eo)
            out.append(c)
        return out


def _analysis_index(p: Paragraph, src: int) -> int:
    """First analysis index whose source index is >= ``src`` (inverse of Paragraph.offsets)."""
    if p.offsets is None:
        return min(src, len(p.text))
    from bisect import bisect_left

    return min(bisect_left(p.offsets, src), len(p.text))


# Block-level elements that can be children of w:body (the streaming reader is told about these only).
_BLOCK_TAGS = ("p", "tbl", "sdt", "customXml", "ins", "del", "moveTo", "moveFrom", "sectPr",
               "commentRangeStart", "commentRangeEnd")


def _stream_main(pkg, main: str, styles, resolver, numbering=None):
    """Read the main part body child by child with iterparse, freeing each block once read.

    Keeps memory bounded by the largest top-level block instead of the whole tree (a
    40 MB document.xml would otherwise cost ~300 MB of lxml nodes).  Write-back re-parses
    the part on demand (see ParagraphHandle).
    """
    from lxml import etree

    from ..ooxml.names import MC, W_STRICT, W_TRANSITIONAL, names_for
    from ..ooxml.package import check_doctype, invalid_xml
    from ..ooxml.story import StoryWalker

    # decompressed as it is parsed: the whole XML (up to 200 MB) is never in memory at once
    stream = pkg.open_stream(main)
    tags = [f"{{{ns}}}{t}" for ns in (W_TRANSITIONAL, W_STRICT) for t in _BLOCK_TAGS]
    tags.append(f"{{{MC}}}AlternateContent")
    body_tags = {f"{{{W_TRANSITIONAL}}}body", f"{{{W_STRICT}}}body"}
    ctx = etree.iterparse(stream, events=("end",), tag=tags, resolve_entities=False, no_network=True,
                          load_dtd=False, huge_tree=False)
    walker = None
    checked = False
    try:
        for _ev, el in ctx:
            if not checked:
                check_doctype(el.getroottree(), main)
                checked = True
            parent = el.getparent()
            if parent is None or parent.tag not in body_tags:
                continue
            if walker is None:
                walker = StoryWalker(names_for(parent), styles, main, "main", resolver, numbering=numbering)
            walker.top_block(el)
            if walker._next_ordinal > MAX_PARAGRAPHS:
                # Stop while reading: a million empty paragraphs must not cost a million objects.
                raise ReadError(too_many_paragraphs(walker._next_ordinal))
            el.clear()
            while el.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        raise invalid_xml(main, exc) from None
    finally:
        stream.close()
    root = ctx.root
    if root is None:
        raise ReadError(f"phần {main} trong tệp .docx rỗng")
    if not checked:
        check_doctype(root.getroottree(), main)
    n = names_for(root)
    if root.find(n.body) is None:
        raise ReadError(f"phần {main} không có nội dung văn bản (thiếu w:body)")
    if walker is None:
        walker = StoryWalker(n, styles, main, "main", resolver)
    pkg.defer(main)  # writers see it in pkg.trees (parsed again on first access)
    return walker
