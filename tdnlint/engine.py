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
from collections.abc import Callable, Iterable, Iterator
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
from .limits import (
    DEFAULT_TIMEOUT_PER_FILE,
    MAX_FINDINGS_PER_RULE,
    MAX_PARAGRAPHS,
    FileTimeout,
    time_budget,
    too_many_paragraphs,
)
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
    # Post-lint actions (tdnlint/fixer.py), run by Engine.process right after each file is linted.
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    fix_mode: str = "tracked"  # tracked | direct (.docx)
    annotate: str | None = None  # output .docx with the findings as Word comments
    baseline: str | None = None  # fingerprints are computed when a baseline is used
    # Bounds (tdnlint/limits.py): wall-clock seconds per file (None/0 = none), findings per rule per file.
    timeout_per_file: float | None = DEFAULT_TIMEOUT_PER_FILE
    max_findings_per_rule: int = MAX_FINDINGS_PER_RULE
    # Keep the read Document on each FileResult after process() (the web page draws its text view from
    # it); off for the CLI, so a run over 1,000 files does not hold 1,000 documents.
    keep_document: bool = False

    @property
    def post_lint(self) -> bool:
        return bool(self.fix or self.unsafe_fixes or self.diff or self.annotate)

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
        self._rules_cache: dict[tuple, tuple[set[str], list[tuple[str, type]]]] = {}
        # Documents the register pass read, for the lint pass to take (tdnlint/register.py ReadAhead);
        # set by tdnlint.repo.prepare_run when the lint pass runs in this process.
        self.read_ahead: Any = None

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

    # ---- one file, start to end -----------------------------------------------------------
    def process(self, path: str, data: bytes | None = None) -> FileResult:
        """Lint one path, then fix / diff / annotate it as the options ask, within the time budget.

        Never raises for a bad input: an unreadable file, a crash outside the isolated rule calls or
        an exhausted time budget costs this file only (``error`` set, exit code 2), the others are
        still checked.  The returned result holds no document (see FileResult.document) unless the
        options ask to keep it (``RunOptions.keep_document``).
        """
        display = (self.options.stdin_filename or "-") if path == STDIN else path
        seconds = self.options.timeout_per_file
        try:
            with time_budget(seconds):
                from .cache import cached_lint

                result = cached_lint(self, path, data)  # lint_path, through the cache when the run has one
                if self.options.post_lint and result.error is None and result.document is not None:
                    from .fixer import post_lint

                    try:
                        post_lint(self, path, result)
                    except (FileTimeout, MemoryError):
                        raise
                    except Exception as exc:
                        if os.environ.get("TDNLINT_DEBUG"):
                            raise
                        result.error = f"lỗi khi ghi kết quả sửa/chú thích: {exc!r}"
        except FileTimeout:
            return FileResult(path=display, error=(
                f"quá thời gian kiểm tra ({seconds:g} giây; --timeout-per-file); bỏ qua tệp này, các tệp khác vẫn được kiểm tra"
            ))
        except MemoryError:
            return FileResult(path=display, error="không đủ bộ nhớ để kiểm tra tệp này")
        except Exception as exc:
            if os.environ.get("TDNLINT_DEBUG"):
                raise
            return FileResult(path=display, error=f"lỗi nội bộ khi kiểm tra tệp: {exc!r}")
        if not self.options.keep_document:
            result.document = None
        return result

    # ---- linting -------------------------------------------------------------------------
    def lint_path(self, path: str, data: bytes | None = None) -> FileResult:
        display = (self.options.stdin_filename or "-") if path == STDIN else path
        try:
            settings = self.settings_for(path)
        except ConfigError as exc:
            return FileResult(path=display, error=f"lỗi cấu hình: {exc}")
        prepared = None
        try:
            ahead = self.read_ahead
            if ahead is not None and path in ahead:
                if data is None:
                    data = _read_bytes(path)
                prepared = ahead.take(path, data, settings)  # None when the file changed since
            doc = prepared.document if prepared is not None else self.read(path, data)
        except ReadError as exc:
            return FileResult(path=display, error=str(exc))
        except MemoryError:
            return FileResult(path=display, error="tệp quá lớn, không đủ bộ nhớ để đọc")
        except FileTimeout:
            raise
        except RecursionError:
            return FileResult(path=display, error="cấu trúc tệp lồng nhau quá sâu, không đọc được")
        except Exception as exc:
            if os.environ.get("TDNLINT_DEBUG"):
                raise
            return FileResult(path=display, error=f"lỗi nội bộ khi đọc tệp: {exc!r}")
        if len(doc.paragraphs) > MAX_PARAGRAPHS:
            return FileResult(path=display, error=too_many_paragraphs(len(doc.paragraphs)))
        doc.path = display
        return self.lint_document(doc, settings, prepared)

    def lint_document(self, doc: Document, settings: Settings, prepared: Context | None = None) -> FileResult:
        """Run the enabled rules on ``doc``; the result carries ``doc`` (``result.document``).

        ``prepared``: the register pass's Context of this very document and settings (ReadAhead), whose
        analyses are reused instead of computed again."""
        self.registry.configure(settings)  # tdnlint_configure(settings): once per configuration in a run
        if prepared is not None and prepared.document is doc and prepared.settings is settings:
            ctx = prepared
        else:
            ctx = Context(doc, settings, self.registry)
        ctx.run_register = self.options.register
        limit = self.options.max_findings_per_rule
        result = FileResult(path=doc.path, document=doc)
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
        for plugin, exc in self._run_hook("tdnlint_document_read", document=doc, settings=settings):
            findings.append(self._internal(ctx, f"plugin {plugin}: tdnlint_document_read", exc))
        # A plugin that failed to load means its rules did not run on this file: say so on the file,
        # so JSON/SARIF consumers see it too (the CLI also exits 2).
        for failure in self.registry.failures:
            findings.append(self._plugin_failure(ctx, failure.plugin, failure.message))
        # Suppressions are consulted as each finding is reported, so the per-rule cap counts what is shown.
        suppressions = self._suppressions(doc)
        ctx.suppressions = suppressions
        for code, rule_cls in self._rules_for(enabled, file_ignores, profile, doc.format):
            if rule_cls.needs_vietnamese and not ctx.is_vietnamese:
                continue  # an English test file or a legacy-encoded text: form rules would only add noise (TDN010)
            rule = rule_cls()
            ctx.findings = []
            ctx._current_rule = rule
            ctx.finding_limit = limit
            try:
                # Rules report through ctx.report(); a rule may also yield Finding objects (the
                # signature allows it): keep those too, once, even if they were also reported.
                yielded = None
                for x in rule.check(ctx) or ():
                    if isinstance(x, Finding):
                        if yielded is None:
                            yielded = []
                        if len(yielded) <= limit:
                            yielded.append(x)
                produced = ctx.findings
                if yielded:
                    seen = {id(f) for f in produced}
                    produced.extend(f for f in yielded if id(f) not in seen)
                if not produced and not ctx.overflow:
                    continue  # most rules find nothing in most documents
                produced = _capped(ctx, produced, limit)
            except (FileTimeout, MemoryError):
                raise
            except Exception as exc:
                produced = [self._internal(ctx, f"rule {code} ({rule_cls.plugin})", exc)]
            for f in produced:
                if f.rule == code:
                    f.severity = effective_severity(settings, code, f.severity)
            findings.extend(produced)
        ctx.findings = findings
        ctx.finding_limit = None
        ctx.suppressions = None
        if suppressions is not None:  # findings not made by ctx.report (yielded, engine notices) + TDN001
            findings = suppressions.apply(ctx, findings)
        result.findings = _dedupe(sorted(findings, key=Finding.sort_key))
        if self.options.baseline:
            # Baseline fingerprints need the paragraph text around each finding: take it now.
            from .baseline import fingerprints

            result.fingerprints = fingerprints(doc, result.findings)
        for plugin, exc in self._run_hook("tdnlint_lint_finished", path=doc.path, findings=list(result.findings)):
            result.findings.append(self._internal(ctx, f"plugin {plugin}: tdnlint_lint_finished", exc))
        result.internal_errors = sum(1 for f in result.findings if f.rule == INTERNAL_CODE)
        try:
            result.parts = self._parts_summary(ctx)
        except (FileTimeout, MemoryError):
            raise
        except Exception:
            result.parts = None
        # What the cache keys this result on (tdnlint/cache.py): the register keys the rules looked up.
        view = ctx._cache.get("register")
        result.register_deps = view.dependencies() if view is not None else []
        # The analyses are done with: dropping them here breaks the context's reference cycles (the
        # register view points back at it), so the document's memory is freed now, not at the next
        # full garbage collection (rare once many objects are alive, e.g. documents kept by ReadAhead).
        ctx._cache.clear()
        return result

    def _rules_for(self, enabled: set[str], file_ignores: list[str] | None, profile: str,
                   doc_format: str) -> list[tuple[str, type]]:
        """The (code, rule class) pairs to run on a document, in registry order: enabled, not ignored for the
        file, and meant for its profile and format.  Memoised per combination (the same few for a whole run:
        the per-rule tests cost ~0.1 ms per document)."""
        key = (id(enabled), tuple(file_ignores) if file_ignores else (), profile, doc_format)
        hit = self._rules_cache.get(key)
        if hit is not None and hit[0] is enabled:
            return hit[1]
        run = []
        for code, rule_cls in self.registry.rules.items():
            if code not in enabled or (file_ignores and matches(code, file_ignores)):
                continue
            if rule_cls.profiles is not None and profile not in rule_cls.profiles:
                continue
            if rule_cls.formats is not None and doc_format not in rule_cls.formats:
                continue
            run.append((code, rule_cls))
        if len(self._rules_cache) > 256:
            self._rules_cache.clear()
        self._rules_cache[key] = (enabled, run)  # the set is held so its id stays its own
        return run

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

    def _run_hook(self, hook_name: str, **kwargs) -> list[tuple[str, BaseException]]:
        """A per-document plugin hook (nothing to do when no plugin implements it); failures are returned."""
        if not self.registry.has_hook(hook_name):
            return []
        return self.registry.call_per_document(hook_name, **kwargs)

    def _suppressions(self, doc: Document):
        from .suppress import Suppressions

        return Suppressions(doc)

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


def _capped(ctx: Context, produced: list[Finding], limit: int) -> list[Finding]:
    """At most ``limit`` findings of one rule, then one summary finding naming how many more there are.

    A table of 100,000 rows with the same slip would otherwise give 100,000 lines nobody reads (and
    gigabytes of memory).  The first ``limit`` in document order are kept; ``Context.report`` stops
    storing past the limit and only counts (``ctx.overflow``).
    """
    extra = ctx.take_overflow() if hasattr(ctx, "take_overflow") else 0
    if len(produced) > limit:
        produced.sort(key=Finding.sort_key)
        extra += len(produced) - limit
        del produced[limit:]
    if not extra or not produced:
        return produced
    last = produced[-1]
    summary = Finding(
        rule=last.rule, name=last.name, category=last.category, severity=last.severity,
        message=ctx.msg(
            f"… và {extra} chỗ khác cùng loại (chỉ liệt kê {limit} chỗ đầu tiên của quy tắc này)",
            f"… and {extra} more of the same kind (only the first {limit} of this rule are listed)",
        ),
        line=last.line, column=last.column, end_line=last.end_line, end_column=last.end_column,
        part=last.part, paragraph=last.paragraph, paragraph_index=last.paragraph_index,
        start=last.start, end=last.end, plugin=last.plugin,
    )
    return [*produced, summary]


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
        # "a beats b" pairs.  Only a finding with an edit containing b's first edit can cover b, so the
        # candidates come from a sweep over the edits sorted by start (O(n log n) for the usual
        # disjoint or nested spans) instead of every pair: a 2 MB paragraph has ~10^5 fixable findings.
        beats = _beats(group)
        # Same order and the same skips as the pairwise loop this replaces, so chains resolve alike.
        for a in group:
            if id(a) in dropped:
                continue
            for b in beats.get(id(a), ()):
                if id(b) not in dropped:
                    dropped.add(id(b))
    return [f for f in out if id(f) not in dropped]


def _beats(group: list[Finding]) -> dict[int, list[Finding]]:
    """For each finding of ``group`` (one paragraph), the findings whose fix it makes redundant, in
    group order: ``a`` beats ``b`` when ``a``'s fix covers ``b``'s and not the other way round (on a
    tie, the lower rule code wins)."""
    import heapq

    paragraph = group[0].fix.edits[0].paragraph  # type: ignore[union-attr]
    # Every edit of the group in this paragraph, as (start, end, owner position).
    edits = sorted(
        (e.start, e.end, i)
        for i, f in enumerate(group)
        for e in f.fix.edits  # type: ignore[union-attr]
        if e.paragraph == paragraph
    )
    queries = sorted(
        (f.fix.edits[0].start, f.fix.edits[0].end, i) for i, f in enumerate(group)  # type: ignore[union-attr]
    )
    active: list[tuple[int, int, int]] = []  # heap of (end, start, owner) with start <= query start
    k = 0
    out: dict[int, list[tuple[int, Finding]]] = {}
    for qs, qe, bi in queries:
        while k < len(edits) and edits[k][0] <= qs:
            s, e, owner = edits[k]
            heapq.heappush(active, (e, s, owner))
            k += 1
        while active and active[0][0] < qs:
            heapq.heappop(active)  # ends before this start: contains no later query either
        b = group[bi]
        seen: set[int] = set()
        for e, _s, ai in active:
            if e < qe or ai == bi or ai in seen:
                continue
            seen.add(ai)
            a = group[ai]
            if a.rule == b.rule:
                continue
            if _covers(a, b) and (not _covers(b, a) or a.rule < b.rule):
                out.setdefault(id(a), []).append((bi, b))
    return {k2: [f for _, f in sorted(v, key=lambda t: t[0])] for k2, v in out.items()}


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
        if not os.access(path, os.R_OK | os.X_OK):
            raise ReadError("không có quyền đọc thư mục này; các tệp trong đó không được kiểm tra")
        raise ReadError("là một thư mục, không phải tệp")
    if not stat.S_ISREG(st.st_mode):
        # Reading a FIFO, a socket or a device would block forever or never end.
        kind = ("FIFO (ống có tên)" if stat.S_ISFIFO(st.st_mode) else "socket" if stat.S_ISSOCK(st.st_mode)
                else "thiết bị" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "tệp đặc biệt")
        raise ReadError(f"là {kind}, không phải tệp thường; chỉ đọc tệp thường")
    if st.st_size > MAX_INPUT_BYTES:
        raise ReadError(f"tệp quá lớn ({st.st_size // (1024 * 1024)} MB; tối đa {MAX_INPUT_BYTES // (1024 * 1024)} MB)")
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening it must not block.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise ReadError("không phải tệp thường; chỉ đọc tệp thường")
            return fh.read(MAX_INPUT_BYTES + 1)
    except PermissionError:
        raise ReadError("không có quyền đọc tệp") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None


LINTABLE = (".docx", ".txt", ".md", ".markdown")
# Office formats tdnlint does not read, found in a checked folder: one notice each instead of silence.
CONVERTIBLE = (".doc", ".odt", ".rtf", ".pdf")
CONVERT_NOTICE = "định dạng {ext} không được kiểm tra: chuyển sang .docx để kiểm tra"


def is_lock_file(name: str) -> bool:
    return os.path.basename(name).startswith("~$")


def is_temp_file(name: str) -> bool:
    """Our own atomic-write temp files (left behind only if a run was killed mid-write)."""
    base = os.path.basename(name)
    return base.startswith(".tdnlint-") and base.endswith(".tmp")


def discover(paths: Iterable[str], extensions: tuple[str, ...] = LINTABLE,
             notices: list[tuple[str, str, str]] | None = None,
             collect: Callable[[str], bool | None] | None = None) -> Iterator[str]:
    """Expand folders recursively into lintable files (sorted); explicit files are kept as given.

    ``notices`` (if given) receives ``(path, kind, reason)`` for what a folder holds but is not
    checked: ``"skipped"`` for .doc/.odt/.rtf/.pdf… (convert to .docx), ``"error"`` for a subfolder
    that cannot be read.  Nothing in a folder is passed over silently.  ``collect`` (the plugins'
    ``tdnlint_collect_file``) may claim (True) or skip (False) a file found in a folder; None: the default.
    """
    for p in paths:
        if p == STDIN:
            yield p
            continue
        if os.path.isdir(p):  # any folder, even one named "x.md", is searched
            found = []
            unreadable: list[str] = []

            def on_error(exc: OSError, unreadable=unreadable) -> None:
                if exc.filename:
                    unreadable.append(os.path.normpath(exc.filename))

            for root, dirs, files in os.walk(p, onerror=on_error):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
                for f in files:
                    if is_lock_file(f) or is_temp_file(f):
                        continue
                    low = f.lower()
                    claimed = collect(os.path.join(root, f)) if collect is not None else None
                    if claimed is False:
                        continue  # a plugin skips it
                    # normpath: "./a.txt" from "tdnlint check ." reads better as "a.txt"
                    if claimed or low.endswith(extensions):
                        found.append(os.path.normpath(os.path.join(root, f)))
                    elif notices is not None and low.endswith(CONVERTIBLE) and not f.startswith("."):
                        ext = os.path.splitext(low)[1]
                        notices.append((os.path.normpath(os.path.join(root, f)), "skipped",
                                        CONVERT_NOTICE.format(ext=ext)))
            if notices is not None:
                for d in sorted(unreadable):
                    notices.append((d, "error", "không có quyền đọc thư mục này; các tệp trong đó không được kiểm tra"))
            yield from sorted(found)
        else:
            yield p
