"""Atomic file writes: temp file in the same folder, fsync, rename; keep permissions.

The temp file is named ``.tdnlint-<host>-<pid>-<unix time>-<random>.tmp``.  A run killed with SIGKILL (or a
power cut) between creating it and the rename leaves it behind; a later run removes it
(:func:`remove_stale_temp_files`) when the process that wrote it no longer exists on this machine, or when it
is older than :data:`STALE_AFTER` whatever wrote it.  Such files are never inputs (``engine.discover``).
"""

from __future__ import annotations

import os
import re
import socket
import stat
import tempfile
import time
import zlib

# No write takes an hour: a temp file that old is litter even if its pid now names another process
# (pids are reused) or it came from another machine sharing the folder.
STALE_AFTER = 3600.0
_HOST = f"{zlib.crc32(socket.gethostname().encode()):08x}"
_TEMP_NAME = re.compile(r"^\.tdnlint-(?:(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-(?P<time>\d+)-)?.*\.tmp$")


def temp_prefix() -> str:
    return f".tdnlint-{_HOST}-{os.getpid()}-{int(time.time())}-"


def is_temp_name(name: str) -> bool:
    return name.startswith(".tdnlint-") and name.endswith(".tmp")


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return True
    return True


def is_stale(path: str, now: float | None = None) -> bool:
    """A temp file of ours that no running tdnlint will rename: its writer is gone, or it is too old."""
    m = _TEMP_NAME.match(os.path.basename(path))
    if not m:
        return False
    now = time.time() if now is None else now
    try:
        age = now - os.lstat(path).st_mtime
    except OSError:
        return False
    if age > STALE_AFTER:
        return True
    if m.group("host") == _HOST and m.group("pid"):
        pid = int(m.group("pid"))
        return pid != os.getpid() and not _process_exists(pid)
    return False


def remove_stale_temp_files(directories) -> list[str]:
    """Remove the stale ``.tdnlint-*.tmp`` files in ``directories`` (not recursive); return their paths."""
    removed: list[str] = []
    for d in dict.fromkeys(directories):
        try:
            with os.scandir(d) as it:
                names = [e.path for e in it if is_temp_name(e.name) and e.is_file(follow_symlinks=False)]
        except OSError:
            continue
        for path in sorted(names):
            if is_stale(path):
                try:
                    os.unlink(path)
                except OSError:
                    continue
                removed.append(path)
    return removed


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
        st = os.stat(path)
        mode = st.st_mode & 0o7777
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        # "-o /dev/null", "-o /dev/stdout", a FIFO: write into it. Renaming a temporary file over it
        # would replace the device node itself with a regular file (it did: /dev/null on a shared host).
        with open(path, "wb") as fh:
            fh.write(data)
        return
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(), suffix=".tmp", dir=directory)
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
