"""Atomic file writes: temp file in the same folder, fsync, rename; keep permissions."""

from __future__ import annotations

import os
import tempfile


class ChangedOnDiskError(Exception):
    pass


def atomic_write_bytes(path: str, data: bytes, expect: bytes | None = None) -> None:
    """Replace ``path`` with ``data`` atomically.

    ``expect``: the bytes the file had when it was read; if the file now
    differs, nothing is written (someone changed it meanwhile).
    """
    _check_unchanged(path, expect)
    directory = os.path.dirname(os.path.abspath(path))
    mode = None
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        pass
    fd, tmp = tempfile.mkstemp(prefix=".tdnlint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        # Again right before the rename: writing and fsync take time, someone may have saved meanwhile.
        _check_unchanged(path, expect)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _check_unchanged(path: str, expect: bytes | None) -> None:
    if expect is not None and os.path.exists(path):
        with open(path, "rb") as fh:
            if fh.read() != expect:
                raise ChangedOnDiskError(f"{path}: tệp đã thay đổi kể từ khi được đọc; không ghi")


def atomic_write_text(path: str, text: str, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))
