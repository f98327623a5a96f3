"""Streaming multipart upload into the request's own temporary directory, with a size limit.

The body is parsed as it arrives (python-multipart's push parser): the one file field is written
chunk by chunk to ``<tempdir>/van-ban<ext>`` and counting stops the upload the moment it passes the
limit (nothing past the limit is written).  A declared ``Content-Length`` above the limit is refused
before a byte is read.  Small text fields (profile, lang, token…) are kept in memory, each capped.

The file is stored under a fixed name: the client's file name is used only for its extension (which
the engine reads when content sniffing is not conclusive) and, in memory, for the report's ``path``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from python_multipart import MultipartParser
from python_multipart.multipart import parse_options_header

FIELD_LIMIT = 4096  # bytes per text field
MAX_FIELDS = 16
BODY_SLACK = 64 * 1024  # multipart boundaries and small fields on top of the file itself
_EXT_RE = re.compile(r"\.[A-Za-z0-9]{1,10}")


class UploadError(Exception):
    def __init__(self, status: int, message: str, message_en: str):
        super().__init__(message)
        self.status = status
        self.message = message
        self.message_en = message_en


def too_large(limit: int) -> UploadError:
    mb = limit / (1024 * 1024)
    size = f"{mb:g}"
    return UploadError(413, f"Tệp quá lớn: tối đa {size} MB cho mỗi lần tải lên.",
                       f"File too large: at most {size} MB per upload.")


@dataclass
class Upload:
    fields: dict[str, str] = field(default_factory=dict)
    path: str | None = None  # where the file was written
    filename: str | None = None  # client's base name (display only)
    size: int = 0


def safe_display_name(name: str | None) -> str:
    """The client's file name reduced to a base name without control characters (for the report)."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:200] or "van-ban"


def stored_name(display: str) -> str:
    ext = os.path.splitext(display)[1]
    return "van-ban" + (ext.lower() if _EXT_RE.fullmatch(ext) else "")


async def receive_upload(request, tempdir: str, limit: int, file_field: str = "file") -> Upload:
    """Parse ``request``'s multipart body; write the file field into ``tempdir``."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise UploadError(400, "Yêu cầu phải là biểu mẫu tải tệp (multipart/form-data).",
                          "The request must be a file upload form (multipart/form-data).")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + BODY_SLACK:
        raise too_large(limit)

    up = Upload()
    state: dict = {"name": None, "filename": None, "buf": None, "fh": None, "hfield": b"", "hvalue": b"",
                   "headers": {}, "error": None, "fields": 0}

    def on_part_begin():
        state.update(name=None, filename=None, buf=None, fh=None, headers={})

    def on_header_field(data, start, end):
        state["hfield"] += data[start:end]

    def on_header_value(data, start, end):
        state["hvalue"] += data[start:end]

    def on_header_end():
        state["headers"][state["hfield"].lower()] = state["hvalue"]
        state["hfield"], state["hvalue"] = b"", b""

    def on_headers_finished():
        _, opts = parse_options_header(state["headers"].get(b"content-disposition", b""))
        name = opts.get(b"name", b"").decode("utf-8", "replace")
        state["name"] = name
        state["fields"] += 1
        if state["fields"] > MAX_FIELDS:
            raise UploadError(400, "Biểu mẫu có quá nhiều trường.", "Too many form fields.")
        if name == file_field and opts.get(b"filename"):
            if up.path is not None:
                raise UploadError(400, "Mỗi lần chỉ tải lên một tệp.", "Upload one file at a time.")
            up.filename = safe_display_name(opts[b"filename"].decode("utf-8", "replace"))
            up.path = os.path.join(tempdir, stored_name(up.filename))
            # 0o600 in a 0o700 directory: other local users cannot read a clerk's draft
            fd = os.open(up.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            state["fh"] = os.fdopen(fd, "wb")
        else:
            state["buf"] = bytearray()

    def on_part_data(data, start, end):
        chunk = data[start:end]
        if state["fh"] is not None:
            up.size += len(chunk)
            if up.size > limit:
                raise too_large(limit)
            state["fh"].write(chunk)
        elif state["buf"] is not None:
            state["buf"] += chunk
            if len(state["buf"]) > FIELD_LIMIT:
                raise UploadError(400, "Một trường của biểu mẫu quá dài.", "A form field is too long.")

    def on_part_end():
        if state["fh"] is not None:
            state["fh"].close()
            state["fh"] = None
        elif state["buf"] is not None and state["name"]:
            up.fields[state["name"]] = bytes(state["buf"]).decode("utf-8", "replace")

    parser = MultipartParser(params[b"boundary"], {
        "on_part_begin": on_part_begin,
        "on_part_data": on_part_data,
        "on_part_end": on_part_end,
        "on_header_field": on_header_field,
        "on_header_value": on_header_value,
        "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished,
    })
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > limit + BODY_SLACK:
                raise too_large(limit)
            parser.write(chunk)
        parser.finalize()
    except UploadError:
        raise
    except Exception:
        raise UploadError(400, "Dữ liệu tải lên bị hỏng hoặc không đầy đủ.",
                          "The upload is damaged or incomplete.") from None
    finally:
        if state["fh"] is not None:
            state["fh"].close()
    return up
