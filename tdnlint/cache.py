"""The incremental cache: ``.tdnlint_cache/`` (docs/repo.md).

Content-addressed, one small JSON file per item:

* ``v1/e/<k>.json`` — a file's register entry, keyed by file content + tdnlint code + rule set +
  effective settings;
* ``v1/r/<k>.json`` — a file's result (findings, profile, parts), keyed by the same plus the path
  (per-file ignores and messages name it), stored with the register keys the file's
  cross-document rules looked up and the digest of those keys' entries: a changed document
  invalidates only the files that cite it, share its number, or are cited with it.

"tdnlint code" is the version plus the size and mtime of every module of tdnlint and of each rule
plugin, so editing a rule (or upgrading a pack) never serves stale findings.  Writes are atomic
(temporary file + rename in the same folder): concurrent runs never see half a file; an entry that
cannot be read or parsed is a miss and is rewritten.  JSON, not pickle: a cache folder shipped in a
cloned repository must never be able to run code.  The folder is a dot-folder, so discovery never
takes it as input, and holds a ``.gitignore`` of ``*`` and a ``CACHEDIR.TAG``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from typing import Any

try:  # BLAKE2 alone: ``import hashlib`` also loads OpenSSL's libcrypto, 3.4 MB of every run's memory floor
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python without the _blake2 module
    from hashlib import blake2b

from . import __version__
from .findings import Edit, FileResult, Finding, Fix, Location, Severity

CACHE_DIR_NAME = ".tdnlint_cache"
LAYOUT = "v1"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# tdnlint cache (docs/repo.md); safe to delete.\n"


def code_fingerprint(registry: Any) -> str:
    """Version, rule set and the modules that produce findings (tdnlint and each rule plugin)."""
    h = blake2b(digest_size=16)
    h.update(__version__.encode())
    dirs: set[str] = {os.path.dirname(os.path.abspath(__file__))}
    for code, rule in sorted(registry.rules.items()):
        h.update(f"{code}:{getattr(rule, 'plugin', '')}:{rule.severity.value}\0".encode())
        mod = sys.modules.get(rule.__module__)
        f = getattr(mod, "__file__", None)
        if f:
            top = rule.__module__.split(".")[0]
            top_mod = sys.modules.get(top)
            top_file = getattr(top_mod, "__file__", None) or f
            dirs.add(os.path.dirname(os.path.abspath(top_file)))
    for d in sorted(dirs):
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(s for s in subdirs if s != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".toml", ".txt", ".json")):
                    try:
                        st = os.stat(os.path.join(root, name))
                    except OSError:
                        continue
                    h.update(f"{os.path.relpath(os.path.join(root, name), d)}:{st.st_size}:{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


def settings_digest(settings: Any) -> str:
    return blake2b(repr(settings).encode(), digest_size=16).hexdigest()


def default_cache_dir(files: list[str], settings: Any) -> str:
    """``.tdnlint_cache`` next to the config that applies to the first file, else at the top of its
    git work tree, else in the working directory."""
    if settings is not None and getattr(settings, "root", None):
        return os.path.join(settings.root, CACHE_DIR_NAME)
    real = [f for f in files if f != "-"]
    if real:
        from .register import repository_root

        root = repository_root(real[0])
        if root:
            return os.path.join(root, CACHE_DIR_NAME)
    return CACHE_DIR_NAME


class Cache:
    def __init__(self, directory: str, fingerprint: str):
        self.directory = str(directory)
        self.fingerprint = fingerprint
        self.base = os.path.join(self.directory, LAYOUT)
        self.writable = True
        self.hits = self.misses = 0
        self._settings_digests: dict[int, tuple[Any, str]] = {}

    @classmethod
    def open(cls, directory: str, registry: Any) -> Cache:
        c = cls(os.path.abspath(directory), code_fingerprint(registry))
        try:
            os.makedirs(c.base, exist_ok=True)
            for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", _TAG)):
                p = os.path.join(c.directory, name)
                if not os.path.exists(p):
                    _atomic_write(p, text)
        except OSError:
            c.writable = False  # a read-only tree: run without storing
        return c

    # ---- keys -------------------------------------------------------------------------------
    def _settings(self, settings: Any) -> str:
        hit = self._settings_digests.get(id(settings))
        if hit is None or hit[0] is not settings:
            hit = (settings, settings_digest(settings))
            self._settings_digests[id(settings)] = hit
        return hit[1]

    def _key(self, kind: str, data: bytes, settings: Any, path: str = "") -> str:
        h = blake2b(digest_size=20)
        h.update(blake2b(data, digest_size=20).digest())
        h.update(f"\0{kind}\0{self.fingerprint}\0{self._settings(settings)}\0{path}".encode())
        return h.hexdigest()

    def entry_key(self, data: bytes, settings: Any) -> str:
        return self._key("entry", data, settings)

    def result_key(self, data: bytes, settings: Any, path: str) -> str:
        return self._key("result", data, settings, os.path.normpath(path))

    def _path(self, kind: str, key: str) -> str:
        return os.path.join(self.base, kind, key[:2], key + ".json")

    def _load(self, kind: str, key: str) -> dict | None:
        try:
            with open(self._path(kind, key), encoding="utf-8") as fh:
                data = json.load(fh)
            return data if isinstance(data, dict) else None
        except (OSError, ValueError):
            return None  # missing, half-written by a crashed older version, or corrupt: rebuild

    def _store(self, kind: str, key: str, data: dict) -> None:
        if not self.writable:
            return
        p = self._path(kind, key)
        try:
            os.makedirs(os.path.dirname(p), exist_ok=True)
            _atomic_write(p, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        except OSError:
            self.writable = False

    # ---- register entries -------------------------------------------------------------------
    def load_entry(self, key: str, path: str) -> Any:
        """The cached entry (None: the file is no document), or False on a miss."""
        from .register import Entry

        data = self._load("e", key)
        if data is None or "entry" not in data:
            self.misses += 1
            return False
        self.hits += 1
        if data["entry"] is None:
            return None
        try:
            return Entry.from_json({**data["entry"], "path": os.path.normpath(path)})
        except (TypeError, ValueError, KeyError):
            return False

    def store_entry(self, key: str, entry: Any) -> None:
        self._store("e", key, {"entry": entry.to_json() if entry is not None else None})

    # ---- results ----------------------------------------------------------------------------
    def load_result(self, key: str, register: Any) -> FileResult | None:
        data = self._load("r", key)
        if data is None:
            self.misses += 1
            return None
        try:
            deps = data["deps"]
            if data["digest"] != _register_digest(register, deps):
                self.misses += 1
                return None
            result = result_from_json(data["result"])
        except (KeyError, TypeError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def store_result(self, key: str, result: FileResult, deps: list[str] | None, register: Any) -> None:
        self._store("r", key, {"deps": deps, "digest": _register_digest(register, deps),
                               "result": result_to_json(result)})


def _register_digest(register: Any, deps: list[str] | None) -> str:
    if register is None:
        return "-"
    if deps is not None and not deps:
        return "-"
    return register.digest(deps)


def _atomic_write(path: str, text: str) -> None:
    d = os.path.dirname(path) or "."
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ---- FileResult <-> JSON (every field the reporters and the exit code read) ------------------

def finding_to_json(f: Finding) -> dict:
    return {
        "rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity.value,
        "message": f.message, "line": f.line, "column": f.column, "end_line": f.end_line,
        "end_column": f.end_column, "text": f.text, "suggestion": f.suggestion, "part": f.part,
        "paragraph": f.paragraph, "paragraph_index": f.paragraph_index, "start": f.start, "end": f.end,
        "fix": None if f.fix is None else {"safe": f.fix.safe, "edits": [
            [e.paragraph, e.start, e.end, e.replacement] for e in f.fix.edits]},
        "plugin": f.plugin,
        "related": [[r.line, r.column, r.part, r.paragraph, r.text] for r in f.related],
    }


def finding_from_json(d: dict) -> Finding:
    fix = d.get("fix")
    return Finding(
        rule=d["rule"], name=d["name"], category=d["category"], severity=Severity(d["severity"]),
        message=d["message"], line=d["line"], column=d["column"], end_line=d["end_line"],
        end_column=d["end_column"], text=d["text"], suggestion=d["suggestion"], part=d["part"],
        paragraph=d["paragraph"], paragraph_index=d["paragraph_index"], start=d["start"], end=d["end"],
        fix=None if fix is None else Fix(tuple(Edit(*e) for e in fix["edits"]), fix["safe"]),
        plugin=d["plugin"], related=[Location(*r) for r in d.get("related", ())],
    )


def result_to_json(r: FileResult) -> dict:
    return {"path": r.path, "profile": r.profile, "error": r.error, "parts": r.parts,
            "internal_errors": r.internal_errors, "findings": [finding_to_json(f) for f in r.findings]}


def result_from_json(d: dict) -> FileResult:
    return FileResult(path=d["path"], profile=d["profile"], error=d["error"], parts=d["parts"],
                      internal_errors=d["internal_errors"],
                      findings=[finding_from_json(f) for f in d["findings"]])


def cacheable_run(options: Any) -> bool:
    """Findings are served from the cache only when nothing needs the document itself afterwards."""
    return not any(getattr(options, name, None) for name in ("fix", "diff", "annotate", "baseline"))


def cached_lint(engine: Any, path: str, data: bytes | None = None) -> FileResult:
    """``engine.lint_path`` through the cache in ``engine.options.cache`` (when there is one)."""
    cache = getattr(engine.options, "cache", None)
    if cache is None or path == "-" or not cacheable_run(engine.options):
        return engine.lint_path(path, data)
    from .engine import _read_bytes
    from .readers.base import ReadError

    try:
        if data is None:
            data = _read_bytes(path)
        settings = engine.settings_for(path)
    except (ReadError, Exception):
        return engine.lint_path(path, data)  # the engine words the error
    register = getattr(engine.options, "register", None)
    key = cache.result_key(data, settings, path)
    hit = cache.load_result(key, register)
    if hit is not None:
        hit.path = path
        return hit
    result = engine.lint_path(path, data)
    if result.error is None and not result.internal_errors:
        # explicit per-file dependencies (FileResult.register_deps), not the engine's last context:
        # the result says itself what it was computed from
        cache.store_result(key, result, result.register_deps, register)
    return result
