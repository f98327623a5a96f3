"""The OOXML zip package: bounded, safe reading and minimal-change writing.

Reading
    :class:`Package` opens the zip in memory (never extracts to disk), rejects zip
    bombs (declared and actual uncompressed sizes, compression ratio), parses XML
    parts with a hardened lxml parser (no DTD loading, no entity expansion, no
    network, no huge trees) and rejects any part carrying a DOCTYPE.  Parsed trees
    are cached in ``Package.trees`` keyed by part name (``word/document.xml``), so a
    writer edits exactly the trees the reader produced the Document from.

Writing
    :meth:`Package.save` returns new zip bytes in which the members named in
    ``modified`` are re-serialised from ``Package.trees`` and every other member
    is copied *byte-identical* (its original local header and compressed data are
    copied verbatim; only offsets in the central directory change).  Member order
    and each member's compression method are preserved.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from collections.abc import Iterable
from urllib.parse import unquote

from ..readers.base import ReadError
from .names import CONTENT_TYPES, PKG_RELS

# Zip-bomb limits (module constants so tests can lower them).
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # uncompressed size of any one member
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # sum of uncompressed sizes of all members
MAX_RATIO = 200  # uncompressed / compressed, checked for members larger than RATIO_MIN_BYTES
RATIO_MIN_BYTES = 1024 * 1024
MAX_MEMBERS = 10_000

_CD_SIG = b"PK\x01\x02"
_LOCAL_SIG = b"PK\x03\x04"
_EOCD_SIG = b"PK\x05\x06"


def _parser():
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=False,
        remove_pis=False,
    )


def invalid_xml(name: str, exc) -> ReadError:
    """The error for an XML part lxml cannot parse (``exc``: its XMLSyntaxError)."""
    return ReadError(f"phần {name} trong tệp .docx bị hỏng (XML không hợp lệ: {exc.msg})")


def parse_xml(blob: bytes, name: str):
    """Parse one XML part safely; return the root element.  Raises ReadError."""
    from lxml import etree

    try:
        root = etree.fromstring(blob, _parser())
    except etree.XMLSyntaxError as exc:
        raise invalid_xml(name, exc) from None
    except ValueError as exc:  # e.g. unicode strings with encoding declaration
        raise ReadError(f"phần {name} trong tệp .docx bị hỏng ({exc})") from None
    if root is None:
        raise ReadError(f"phần {name} trong tệp .docx rỗng")
    check_doctype(root.getroottree(), name)
    return root


def check_doctype(tree, name: str) -> None:
    docinfo = tree.docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        # OOXML never uses DTDs; a DOCTYPE here means entity tricks (billion laughs, XXE).
        raise ReadError(f"phần {name} chứa khai báo DOCTYPE/ENTITY (không hợp lệ trong .docx), từ chối đọc")


class LazyTrees(dict):
    """``Package.trees``: part name -> parsed root; parts registered as *deferred* parse on first use.

    The reader streams the main document part and frees it; a writer that looks at
    ``pkg.trees`` (e.g. to find the highest ``w:id``) must still see it, so any read access
    other than the package's own cache lookups parses deferred parts first.
    """

    def __init__(self, pkg: Package):
        import weakref

        super().__init__()
        self._pkg = weakref.ref(pkg)  # no reference cycle: the package is freed as soon as it is unused
        self.deferred: list[str] = []

    def _load(self) -> None:
        pkg = self._pkg()
        while self.deferred and pkg is not None:
            pkg.xml(self.deferred.pop(0))

    def __getitem__(self, key):
        if key in self.deferred:
            self._load()
        return super().__getitem__(key)

    def get(self, key, default=None):
        if key in self.deferred:
            self._load()
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        self._load()
        return super().__contains__(key)

    def __iter__(self):
        self._load()
        return super().__iter__()

    def __len__(self) -> int:
        self._load()
        return super().__len__()

    def keys(self):
        self._load()
        return super().keys()

    def values(self):
        self._load()
        return super().values()

    def items(self):
        self._load()
        return super().items()


class Package:
    """An OOXML package held in memory.  See the module docstring for the write-back contract."""

    def __init__(self, data: bytes):
        self.data = data
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise ReadError("tệp .docx bị hỏng hoặc bị cắt cụt (cấu trúc zip không hợp lệ)") from None
        self.infos = infos
        self._check_limits(infos)
        # OPC part names are case-insensitive: map lower-case name -> actual member name.
        self.names = {i.filename.lower(): i.filename for i in infos if not i.filename.endswith("/")}
        self.trees: LazyTrees = LazyTrees(self)
        self.main: str | None = None  # main document part name, set by the reader
        self._read_total = 0
        self._counted: set[str] = set()

    # ---- limits --------------------------------------------------------------------------
    @staticmethod
    def _check_limits(infos: list[zipfile.ZipInfo]) -> None:
        if len(infos) > MAX_MEMBERS:
            raise ReadError(f"tệp .docx có quá nhiều thành phần ({len(infos)}), nghi là tệp độc hại")
        total = 0
        for i in infos:
            if i.flag_bits & 0x1:
                raise ReadError("tệp .docx có thành phần bị mã hóa (zip có mật khẩu), không đọc được")
            total += i.file_size
            if i.file_size > MAX_MEMBER_BYTES:
                raise ReadError(
                    f"thành phần {i.filename} giải nén quá lớn ({i.file_size // (1024 * 1024)} MB), "
                    "nghi là bom zip; từ chối đọc"
                )
            if i.file_size > RATIO_MIN_BYTES and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise ReadError(
                    f"thành phần {i.filename} có tỷ lệ nén bất thường "
                    f"({i.file_size // max(i.compress_size, 1)}:1), nghi là bom zip; từ chối đọc"
                )
        if total > MAX_TOTAL_BYTES:
            raise ReadError(
                f"tổng dung lượng giải nén quá lớn ({total // (1024 * 1024)} MB), nghi là bom zip; từ chối đọc"
            )

    # ---- members -------------------------------------------------------------------------
    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def member_name(self, name: str) -> str | None:
        return self.names.get(name.lower())

    def read(self, name: str) -> bytes:
        """Bytes of member ``name``, never more than the limits allow (declared sizes can lie)."""
        real, budget = self._member(name)
        try:
            with self.zip.open(real) as fh:
                blob = fh.read(budget + 1)
        except _ZIP_ERRORS as exc:
            raise _corrupt_member(real, exc) from None
        if len(blob) > budget:
            raise _member_too_large(real)
        if real not in self._counted:
            self._counted.add(real)
            self._read_total += len(blob)
        return blob

    def open_stream(self, name: str) -> _BoundedStream:
        """A file-like reader of member ``name`` that decompresses as it is read, within the same limits as
        :meth:`read` (the streamed main part never holds its whole XML in memory: up to 200 MB)."""
        real, budget = self._member(name)
        try:
            fh = self.zip.open(real)
        except _ZIP_ERRORS as exc:
            raise _corrupt_member(real, exc) from None
        return _BoundedStream(self, real, fh, budget)

    def _member(self, name: str) -> tuple[str, int]:
        """The member's stored name and how many bytes it may still decompress to."""
        real = self.member_name(name)
        if real is None:
            raise KeyError(name)
        # a member read again (the streamed main part, parsed later for write-back) is not counted twice
        budget = MAX_MEMBER_BYTES if real in self._counted else min(MAX_MEMBER_BYTES,
                                                                       MAX_TOTAL_BYTES - self._read_total)
        return real, budget

    def xml(self, name: str):
        """Parsed root element of part ``name`` (cached; the cache is what :meth:`save` writes)."""
        real = self.member_name(name)
        if real is None:
            raise KeyError(name)
        root = dict.get(self.trees, real)  # plain lookup: must not trigger deferred loading
        if root is None:
            root = parse_xml(self.read(real), real)
            dict.__setitem__(self.trees, real, root)
            if real in self.trees.deferred:
                self.trees.deferred.remove(real)
        return root

    def defer(self, name: str) -> None:
        """Register part ``name`` as read-but-not-kept: parsed again on first access through ``trees``."""
        real = self.member_name(name) or name
        if not dict.__contains__(self.trees, real) and real not in self.trees.deferred:
            self.trees.deferred.append(real)

    def xml_or_none(self, name: str | None):
        if name is None or not self.has(name):
            return None
        return self.xml(name)

    # ---- relationships -------------------------------------------------------------------
    def rels(self, source: str) -> list[tuple[str, str, str, bool]]:
        """Relationships of part ``source`` ("" for the package): (id, type-suffix, target part, external).

        The type suffix is the last path segment of the relationship type
        (``officeDocument``, ``header``, ``footnotes``, ``core-properties`` ...), which is
        the same for Transitional and Strict packages.
        """
        folder, base = posixpath.split(source)
        rels_name = posixpath.join(folder, "_rels", base + ".rels") if source else "_rels/.rels"
        root = self.xml_or_none(rels_name)
        if root is None:
            return []
        out = []
        for rel in root.iter("{" + PKG_RELS + "}Relationship"):
            target = (rel.get("Target") or "").replace("\\", "/")  # some generators write Windows paths
            rtype = (rel.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
            external = rel.get("TargetMode") == "External"
            if not external:
                target = unquote(target.split("#", 1)[0])
                target = target[1:] if target.startswith("/") else posixpath.join(folder, target)
                target = posixpath.normpath(target)
                if target.startswith("../") or target == "..":
                    continue
            out.append((rel.get("Id") or "", rtype, target, external))
        return out

    def rel_targets(self, source: str, rtype: str) -> list[str]:
        return [t for _id, ty, t, ext in self.rels(source) if ty == rtype and not ext and self.has(t)]

    def main_part(self) -> str | None:
        """Name of the main document part, following ``_rels/.rels`` (it need not be word/document.xml)."""
        for target in self.rel_targets("", "officeDocument"):
            return self.member_name(target)
        # Some generators omit the package relationship: fall back to content types, then the usual path.
        ct = self.xml_or_none("[Content_Types].xml")
        if ct is not None:
            for o in ct.iter("{" + CONTENT_TYPES + "}Override"):
                ctype = o.get("ContentType") or ""
                if "wordprocessingml.document.main" in ctype or "wordprocessingml.template.main" in ctype \
                        or "ms-word.document.macroEnabled.main" in ctype:
                    name = (o.get("PartName") or "").lstrip("/")
                    if self.has(name):
                        return self.member_name(name)
        return self.member_name("word/document.xml")

    # ---- writing -------------------------------------------------------------------------
    def serialize(self, name: str) -> bytes:
        from lxml import etree

        root = self.trees[self.member_name(name) or name]
        return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", standalone=True)

    def save(self, modified: Iterable[str] = (), added: dict[str, bytes] | None = None) -> bytes:
        """New package bytes: parts in ``modified`` re-serialised from ``self.trees``; others byte-identical.

        ``added`` maps new member names to their bytes (appended, deflated); a
        writer adding a part must also update ``[Content_Types].xml`` and the
        relationships (both are ordinary parts it can modify via :meth:`xml`).
        """
        mod = {self.member_name(n) or n for n in modified}
        new_blobs = {n: self.serialize(n) for n in mod if n in self.trees}
        try:
            return self._save_raw(new_blobs, added or {})
        except (ValueError, struct.error):
            return self._save_rewrite(new_blobs, added or {})

    def _save_rewrite(self, new_blobs: dict[str, bytes], added: dict[str, bytes]) -> bytes:
        """Fallback writer (e.g. zip64 inputs): same order and methods, but re-compresses every member."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            for info in self.infos:
                blob = new_blobs.get(info.filename)
                z.writestr(info, blob if blob is not None else self.zip.read(info.filename))
            for name, blob in added.items():
                z.writestr(name, blob, zipfile.ZIP_DEFLATED)
        return out.getvalue()

    def _save_raw(self, new_blobs: dict[str, bytes], added: dict[str, bytes]) -> bytes:
        data = self.data
        eocd = data.rfind(_EOCD_SIG)
        if eocd < 0:
            raise ValueError("no end of central directory")
        (_sig, _disk, _cd_disk, _n_disk, n_total, _cd_size, cd_offset, _clen) = struct.unpack(
            "<4sHHHHIIH", data[eocd : eocd + 22]
        )
        if cd_offset == 0xFFFFFFFF or n_total == 0xFFFF:
            raise ValueError("zip64")
        # Original central-directory records, in order, plus each member's raw local span.
        records: list[bytes] = []
        pos = cd_offset
        for _ in range(n_total):
            if data[pos : pos + 4] != _CD_SIG:
                raise ValueError("bad central directory")
            n, m, k = struct.unpack("<HHH", data[pos + 28 : pos + 34])
            records.append(data[pos : pos + 46 + n + m + k])
            pos += 46 + n + m + k
        starts = sorted(struct.unpack("<I", r[42:46])[0] for r in records)
        ends = {s: e for s, e in zip(starts, [*starts[1:], cd_offset], strict=True)}
        if len(records) != len(self.infos):
            raise ValueError("member count mismatch")

        out = io.BytesIO()
        central: list[bytes] = []
        for rec, info in zip(records, self.infos, strict=True):
            offset = struct.unpack("<I", rec[42:46])[0]
            new_offset = out.tell()
            blob = new_blobs.get(info.filename)
            if blob is None:
                out.write(data[offset : ends[offset]])
                central.append(rec[:42] + struct.pack("<I", new_offset) + rec[46:])
                continue
            method = info.compress_type if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) \
                else zipfile.ZIP_DEFLATED
            comp = _compress(blob, method)
            crc = zlib.crc32(blob) & 0xFFFFFFFF
            name_bytes = rec[46 : 46 + struct.unpack("<H", rec[28:30])[0]]
            flags = info.flag_bits & ~0x8 & 0xFFFF  # sizes now known: no data descriptor
            dos_time, dos_date = struct.unpack("<HH", rec[12:16])
            local = struct.pack(
                "<4sHHHHHIIIHH", _LOCAL_SIG, 20, flags, method, dos_time, dos_date,
                crc, len(comp), len(blob), len(name_bytes), 0,
            )
            out.write(local + name_bytes + comp)
            head = bytearray(rec[:46])
            struct.pack_into("<HH", head, 8, flags, method)
            struct.pack_into("<III", head, 16, crc, len(comp), len(blob))
            struct.pack_into("<I", head, 42, new_offset)
            central.append(bytes(head) + rec[46:])
        for name, blob in added.items():
            central.append(_write_new_member(out, name, blob))
        cd_start = out.tell()
        for rec in central:
            out.write(rec)
        cd_len = out.tell() - cd_start
        comment = data[eocd + 22 :]
        out.write(struct.pack("<4sHHHHIIH", _EOCD_SIG, 0, 0, len(central), len(central), cd_len, cd_start,
                              len(comment)))
        out.write(comment)
        return out.getvalue()


# What a damaged or hostile member raises while it is decompressed.
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError, RuntimeError,
               struct.error)


def _corrupt_member(real: str, exc: BaseException) -> ReadError:
    return ReadError(f"thành phần {real} trong tệp .docx bị hỏng ({exc.__class__.__name__})")


def _member_too_large(real: str) -> ReadError:
    return ReadError(f"thành phần {real} giải nén vượt giới hạn, nghi là bom zip; từ chối đọc")


class _BoundedStream:
    """``read(n)`` of a zip member for lxml's iterparse, counting what it decompresses against the budget."""

    def __init__(self, pkg: Package, real: str, fh, budget: int):
        self.pkg, self.real, self.fh, self.budget = pkg, real, fh, budget
        self.seen = 0

    def read(self, n: int = -1) -> bytes:
        try:
            chunk = self.fh.read(self.budget + 1 - self.seen if n is None or n < 0 else min(n, self.budget + 1))
        except _ZIP_ERRORS as exc:
            raise _corrupt_member(self.real, exc) from None
        self.seen += len(chunk)
        if self.seen > self.budget:
            raise _member_too_large(self.real)
        if not chunk and self.real not in self.pkg._counted:  # the end: count it like read() does
            self.pkg._counted.add(self.real)
            self.pkg._read_total += self.seen
        return chunk

    def close(self) -> None:
        self.fh.close()


def _compress(blob: bytes, method: int) -> bytes:
    if method == zipfile.ZIP_STORED:
        return blob
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(blob) + c.flush()


def _write_new_member(out: io.BytesIO, name: str, blob: bytes) -> bytes:
    """Write a new deflated member at the current position; return its central-directory record."""
    offset = out.tell()
    name_bytes = name.encode("utf-8")
    flags = 0x800 if not name.isascii() else 0
    comp = _compress(blob, zipfile.ZIP_DEFLATED)
    crc = zlib.crc32(blob) & 0xFFFFFFFF
    dos_time, dos_date = 0, (1980 - 1980) << 9 | 1 << 5 | 1
    out.write(struct.pack("<4sHHHHHIIIHH", _LOCAL_SIG, 20, flags, 8, dos_time, dos_date, crc, len(comp),
                          len(blob), len(name_bytes), 0) + name_bytes + comp)
    return struct.pack(
        "<4sHHHHHHIIIHHHHHII", _CD_SIG, 20, 20, flags, 8, dos_time, dos_date, crc, len(comp), len(blob),
        len(name_bytes), 0, 0, 0, 0, 0, offset,
    ) + name_bytes
