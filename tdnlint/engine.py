"""The lint engine: discover files, read each with the right reader, run rules.

It knows no rule: rules, readers and reporters all come from the plugin
registry.  One bad input never stops the others; it becomes a FileResult with
``error`` set.
"""

from __future__ import annotations

import os
import stat
import sys
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import (
    ConfigError,
    Settings,
    effective_severity,
    enabled_codes,
    find_config,
    ignored_for_file,
    matches,
    parse_settings,
    section_of,
)
from .context import Context
from .findings import FileResult, Finding, Severity
from .model import Document
from .plugins import Registry
from .readers.base import ReadError

MAX_INPUT_BYTES = 200 * 1024 * 1024
INTERNAL_CODE = "TDN000"
STDIN = "-"


@dataclass
class RunOptions:
    """Command-line level options applied on top of each file's config."""

    config_file: str | None = None
    no_config: bool = False
    overrides: dict = field(default_factory=dict)
    stdin_filename: str | None = None
    # Documents of the checked tree for cross-document rules (tdnlint/register.py) and the incremental
    # cache (tdnlint/cache.py); set by the run, shipped to --jobs workers with the options.
    register: Any = None
    cache: Any = None


class Engine:
    def __init__(self, registry: Registry, options: RunOptions | None = None):
        self.registry = registry
        self.options = options or RunOptions()
        self._settings_cache: dict[str, Settings] = {}
        self._dir_config: dict[str, str] = {}  # directory -> nearest config file ("<none>")
        self._config_data: dict[str, dict] = {}  # config file -> its parsed TOML (read once)
        self.all_codes = list(registry.rules)
        self._enabled_cache: dict[tuple, set[str]] = {}

    # ---- settings ------------------------------------------------------------------------
    def settings_for(self, path: str) -> Settings:
        from .config import merge_cli

        opts = self.options
        if opts.no_config:
            key = "<none>"
        elif opts.config_file:
            key = opts.config_file
        else:
            # stdin is looked up from --stdin-filename (like ruff), else from the working directory.
            if path == STDIN:
                start = Path(opts.stdin_filename) if opts.stdin_filename else Path.cwd()
            else:
                start = Path(path)
            # One lookup per directory: a folder of 1,000 drafts must not re-parse TOML 1,000 times.
            directory = start if start.is_dir() else start.parent
            dkey = str(directory)
            if dkey not in self._dir_config:
                found = find_config(directory)
                self._dir_config[dkey] = str(found[0]) if found else "<none>"
                if found:
                    self._config_data[str(found[0])] = found[1]
            key = self._dir_config[dkey]
        if key not in self._settings_cache:
            base = Settings()
            if key != "<none>":
                p = Path(key)
                if opts.config_file:
                    if not p.is_file():
                        raise ConfigError(f"{key}: không tìm thấy tệp cấu hình")
                    from .config import load_toml

                    data = load_toml(p)
                else:
                    data = self._config_data[key]  # parsed by find_config above: no second read
                base = parse_settings(
                    section_of(p, data), str(p), set(self.all_codes), self.registry.config_options
                )
            self._settings_cache[key] = merge_cli(base, **opts.overrides)
        return self._settings_cache[key]

    # ---- reading -------------------------------------------------------------------------
    def reader_for(self, path: str, head: bytes):
        readers = self.registry.readers
        for r in readers:
            if r.sniff(head):
                return r
        ext = os.path.splitext(path)[1].lower()
        for r in readers:
            if ext in r.extensions:
                return r
        return None

    def read(self, path: str, data: bytes | None = None) -> Document:
        display = self.options.stdin_filename or "stdin" if path == STDIN else path
        if path != STDIN and is_lock_file(path):
            raise ReadError("tệp khóa (~$) của Word, không phải văn bản; bỏ qua tệp này")
        if data is None:
            data = _read_bytes(path)
        name_for_reader = self.options.stdin_filename or "stdin.txt" if path == STDIN else path
        reader = self.reader_for(name_for_reader, data[:8])
        if reader is None:
            ext = os.path.splitext(name_for_reader)[1] or "(không có)"
            raise ReadError(f"không hỗ trợ định dạng tệp {ext} (hỗ trợ: .docx, .txt, .md)")
        doc = reader.read(display, data)
        return doc

    # ---- linting -------------------------------------------------------------------------
    def lint_path(self, path: str, data: bytes | None = None) -> FileResult:
        display = (self.options.stdin_filename or "-") if path == STDIN else path
        try:
            settings = self.settings_for(path)
        except ConfigError as exc:
            return FileResult(path=display, error=f"lỗi cấu hình: {exc}")
        try:
            doc = self.read(path, data)
        except ReadError as exc:
            return FileResult(path=display, error=str(exc))
        except MemoryError:
            return FileResult(path=display, error="tệp quá lớn, không đủ bộ nhớ để đọc")
        except Exception as exc:
            return FileResult(path=display, error=f"lỗi nội bộ khi đọc tệp: {exc!r}")
        doc.path = display
        return self.lint_document(doc, settings)

    def lint_document(self, doc: Document, settings: Settings) -> FileResult:
        ctx = Context(doc, settings, self.registry)
        ctx.run_register = self.options.register
        result = FileResult(path=doc.path)
        enabled = self._enabled_codes(settings)
        file_ignores = ignored_for_file(settings, doc.path)
        profile_error = None
        try:
            profile = ctx.profile
        except Exception as exc:
            profile, profile_error = "unknown", exc
        result.profile = profile
        findings: list[Finding] = []
        if profile_error is not None:
            findings.append(self._internal(ctx, "profile detection", profile_error))
        # A plugin that failed to load means its rules did not run on this file: say so on the file,
        # so JSON/SARIF consumers see it too (the CLI also exits 2).
        for failure in self.registry.failures:
            findings.append(self._plugin_failure(ctx, failure.plugin, failure.message))
        for code, rule_cls in self.registry.rules.items():
            if code not in enabled or (file_ignores and matches(code, file_ignores)):
                continue
            if rule_cls.profiles is not None and profile not in rule_cls.profiles:
                continue
            if rule_cls.formats is not None and doc.format not in rule_cls.formats:
                continue
            if rule_cls.needs_vietnamese and not ctx.is_vietnamese:
                continue  # an English test file or a legacy-encoded text: form rules would only add noise (TDN010)
            rule = rule_cls()
            ctx.findings = []
            ctx._current_rule = rule
            try:
                # Rules report through ctx.report(); a rule may also yield Finding objects (the
                # signature allows it): keep those too, once, even if they were also reported.
                yielded = [x for x in (rule.check(ctx) or ()) if isinstance(x, Finding)]
                produced = ctx.findings
                seen = {id(f) for f in produced}
                produced.extend(f for f in yielded if id(f) not in seen)
            except Exception as exc:
                produced = [self._internal(ctx, f"rule {code} ({rule_cls.plugin})", exc)]
            for f in produced:
                if f.rule == code:
                    f.severity = effective_severity(settings, code, f.severity)
            findings.extend(produced)
        ctx.findings = findings
        findings = self._apply_suppressions(ctx, findings)
        result.findings = _dedupe(sorted(findings, key=Finding.sort_key))
        if getattr(self.options, "baseline", None):
            # Baseline fingerprints need the paragraph text around each finding: take it now.
            from .baseline import fingerprints

            result.fingerprints = fingerprints(doc, result.findings)
        result.internal_errors = sum(1 for f in result.findings if f.rule == INTERNAL_CODE)
        try:
            result.parts = self._parts_summary(ctx)
        except Exception:
            result.parts = None
        self.last_context = ctx
        return result

    def _enabled_codes(self, settings: Settings) -> set[str]:
        """enabled_codes() memoised on the settings values it reads (one computation per config, not per file)."""
        try:
            key = (
                None if settings.select is None else tuple(settings.select),
                tuple(settings.extend_select),
                tuple(settings.ignore),
                tuple(settings.severity.items()),
            )
            hit = self._enabled_cache.get(key)
        except TypeError:  # an unhashable value in a hand-made Settings: no memo
            return enabled_codes(settings, self.all_codes)
        if hit is None:
            hit = self._enabled_cache[key] = enabled_codes(settings, self.all_codes)
        return hit

    def _apply_suppressions(self, ctx: Context, findings: list[Finding]) -> list[Finding]:
        try:
            from .suppress import apply_suppressions
        except ImportError:
            return findings
        return apply_suppressions(ctx, findings)

    def _parts_summary(self, ctx: Context) -> dict | None:
        seg = ctx.segments
        summary = getattr(seg, "summary", None)
        return summary() if callable(summary) else None

    def _plugin_failure(self, ctx: Context, plugin: str, message: str) -> Finding:
        return Finding(
            rule=INTERNAL_CODE,
            name="internal-error",
            category="hygiene",
            severity=Severity.ERROR,
            message=ctx.msg(f"Lỗi nội bộ: plugin {plugin}: {message}", f"Internal error: plugin {plugin}: {message}"),
            plugin=plugin,
        )

    def _internal(self, ctx: Context, what: str, exc: BaseException) -> Finding:
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" tại {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
        if os.environ.get("TDNLINT_DEBUG"):
            traceback.print_exception(exc, file=sys.stderr)
        return Finding(
            rule=INTERNAL_CODE,
            name="internal-error",
            category="hygiene",
            severity=Severity.ERROR,
            message=ctx.msg(
                f"Lỗi nội bộ trong {what}: {exc!r}{where}",
                f"Internal error in {what}: {exc!r}{where}",
            ),
        )


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop exact repeats, and findings whose fix edits text another rule's fix already covers.

    Two rules sometimes see one typo from two angles (the date-line rule and the date rule both
    want "ngày 5" → "ngày 05"; the header rule and the spelling rule both rewrite "CÔNG HÒA").
    The user should get one finding per problem: when two fixes touch the same text, keep the one
    whose edits contain the other's (on a tie, the lower rule code — the more specific area).
    """
    seen = set()
    out = []
    for f in findings:
        key = (f.rule, f.paragraph_index, f.start, f.end, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    fixed = [f for f in out if f.fix and f.fix.edits]
    if len(fixed) < 2:
        return out
    by_para: dict[int, list[Finding]] = {}
    for f in fixed:
        by_para.setdefault(f.fix.edits[0].paragraph, []).append(f)
    dropped: set[int] = set()
    for group in by_para.values():
        if len(group) < 2:
            continue
        for a in group:
            for b in group:
                if a is b or a.rule == b.rule or id(a) in dropped or id(b) in dropped:
                    continue
                if _covers(a, b) and (not _covers(b, a) or a.rule < b.rule):
                    dropped.add(id(b))
    return [f for f in out if id(f) not in dropped]


def _covers(a: Finding, b: Finding) -> bool:
    """``a``'s fix already makes ``b``'s change: every edit of ``b`` lies inside an edit of ``a`` whose
    replacement, at that place, reads as ``b`` wants (or equals ``b`` applied to ``a``'s span).

    Two different problems inside one span ("04/03/2021của": a glued word and a date style) are not
    redundant, because the outer fix leaves the inner problem as it was.
    """
    assert a.fix is not None and b.fix is not None
    for eb in b.fix.edits:
        outer = next(
            (ea for ea in a.fix.edits
             if ea.paragraph == eb.paragraph and ea.start <= eb.start and eb.end <= ea.end),
            None,
        )
        if outer is None:
            return False
        if (outer.start, outer.end, outer.replacement) == (eb.start, eb.end, eb.replacement):
            continue
        off = eb.start - outer.start
        if outer.replacement[off:off + len(eb.replacement)] == eb.replacement and eb.end - eb.start == len(
            eb.replacement
        ):
            continue  # same-length change that the outer replacement already contains
        original = a.text if a.text is not None and len(a.text) == outer.end - outer.start else None
        if original is not None:
            applied = original[:off] + eb.replacement + original[eb.end - outer.start:]
            if applied == outer.replacement:
                continue
        return False
    return True


def _read_bytes(path: str) -> bytes:
    if path == STDIN:
        return sys.stdin.buffer.read()
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ReadError("không tìm thấy tệp") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError("là một thư mục, không phải tệp")
    if st.st_size > MAX_INPUT_BYTES:
        raise ReadError(f"tệp quá lớn ({st.st_size // (1024 * 1024)} MB; tối đa {MAX_INPUT_BYTES // (1024 * 1024)} MB)")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise ReadError("không có quyền đọc tệp") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None


LINTABLE = (".docx", ".txt", ".md", ".markdown")


def is_lock_file(name: str) -> bool:
    return os.path.basename(name).startswith("~$")


def discover(paths: Iterable[str], extensions: tuple[str, ...] = LINTABLE) -> Iterator[str]:
    """Expand folders recursively into lintable files (sorted); explicit files are kept as given."""
    for p in paths:
        if p == STDIN:
            yield p
            continue
        if os.path.isdir(p):  # any folder, even one named "x.md", is searched
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for f in files:
                    if f.lower().endswith(extensions) and not is_lock_file(f):
                        # normpath: "./a.txt" from "tdnlint check ." reads better as "a.txt"
                        found.append(os.path.normpath(os.path.join(root, f)))
            yield from sorted(found)
        else:
            yield p
