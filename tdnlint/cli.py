"""Command line: ``tdnlint check``, ``tdnlint rules``, ``tdnlint explain``.

Exit codes: 0 nothing at or above the fail level; 1 findings; 2 usage error,
an unreadable input or an internal error (every other input is still checked).
"""

from __future__ import annotations

import os
import sys

import click

from . import __version__
from .cli_i18n import install_click_vietnamese, localise_command_tree, ui_lang
from .limits import DEFAULT_TIMEOUT_PER_FILE

# Help and click's own messages follow the user's language: Vietnamese unless --lang en or an English locale.
_UI_LANG = ui_lang()
if _UI_LANG == "vi":
    install_click_vietnamese()


def _h(vi: str, en: str) -> str:
    return en if _UI_LANG == "en" else vi

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split_codes(values: tuple[str, ...]) -> list[str] | None:
    if not values:
        return None
    out: list[str] = []
    for v in values:
        out.extend(c.strip().upper() for c in v.split(",") if c.strip())
    return out


def _version_text() -> str:
    from .plugins import plugin_infos

    lines = [f"tdnlint {__version__}"]
    infos = plugin_infos()
    if infos:
        lines.append("plugins:")
        for p in infos:
            dist = f" ({p.dist} {p.version})" if p.dist else ""
            lines.append(f"  {p.name}: {p.value}{dist}")
    return "\n".join(lines)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    try:
        text = _version_text()
    except Exception as exc:  # broken plugin metadata must not look like "findings" (exit 1)
        click.echo(f"tdnlint {__version__}\ntdnlint: lỗi nội bộ khi liệt kê plugin: {exc!r}", err=True)
        ctx.exit(EXIT_ERROR)
    click.echo(text)
    ctx.exit(0)


class _Group(click.Group):
    """Turns an unexpected crash into exit code 2 (Python's default, 1, would read as "findings")."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except BrokenPipeError:
            # `tdnlint rules | head -1`: the reader has all it wanted; a normal end, no message.
            _silence_stdout()
            sys.exit(EXIT_OK)
        except Exception as exc:
            if os.environ.get("TDNLINT_DEBUG"):
                raise
            click.echo(f"tdnlint: lỗi nội bộ (internal error): {exc!r}; đặt TDNLINT_DEBUG=1 để xem chi tiết",
                       err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]}, help=_h(
    "tdnlint — kiểm tra thể thức văn bản hành chính, văn bản Đảng, MTTQ.",
    "tdnlint — checks the form of Vietnamese State, Party and Fatherland Front documents."))
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help=_h('Hiện phiên bản và các plugin đã nạp.', 'Show the version and the loaded plugins.'))
def main() -> None:
    """tdnlint — kiểm tra thể thức văn bản hành chính, văn bản Đảng, MTTQ."""  # help: _MAIN_HELP


# Worker state for --jobs (one engine per process, built once).
_WORKER: dict = {}


def _init_worker(state: dict) -> None:
    from .engine import Engine
    from .plugins import load_registry

    registry = load_registry()
    engine = Engine(registry, state["options"])
    _WORKER["engine"] = engine
    _WORKER["process"] = state["process"]


def _work(path: str):
    return _WORKER["process"](_WORKER["engine"], path)


def process_file(engine, path: str, data: bytes | None = None):
    """Lint one path (through the incremental cache when the run has one) and apply the post-lint actions
    (fix, diff, annotate) the engine's options ask for, within the per-file time budget."""
    return engine.process(path, data)


@main.command(help=_h("Kiểm tra văn bản (.docx, .txt, .md; thư mục; '-' là stdin). Không có ĐƯỜNG DẪN: thư mục hiện tại.",
                      "Check documents (.docx, .txt, .md; folders; '-' is stdin). No PATH: the current folder."))
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option("--format", "fmt", default="text", show_default=True,
              help=_h('Định dạng kết quả: text, json, sarif, github (plugin có thể thêm).', 'Output format: text, json, sarif, github (plugins may add more).'))
@click.option("--select", multiple=True, help=_h('Chỉ các mã quy tắc hoặc tiền tố này (cách nhau bằng dấu phẩy).', 'Only these rule codes or prefixes (comma-separated).'))
@click.option("--ignore", multiple=True, help=_h('Bỏ qua các mã quy tắc hoặc tiền tố này.', 'Skip these rule codes or prefixes.'))
@click.option("--extend-select", multiple=True, help=_h('Thêm các mã này vào lựa chọn.', 'Add these codes to the selection.'))
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help=_h('Mức thấp nhất làm mã thoát là 1 [mặc định: warning].', 'Lowest severity that makes the exit code 1 [default: warning].'))
@click.option("--exit-zero", is_flag=True, help=_h('Thoát với mã 0 kể cả khi có phát hiện.', 'Exit 0 even when findings are reported.'))
@click.option("--config", "config_file", type=click.Path(), default=None, help=_h('Chỉ dùng tệp cấu hình này.', 'Use this config file only.'))
@click.option("--no-config", is_flag=True, help=_h('Bỏ qua mọi tệp cấu hình.', 'Ignore every config file.'))
@click.option("--profile", type=click.Choice(["auto", "state", "party", "mttq"]), default=None,
              help=_h('Loại văn bản: nhà nước (state), Đảng (party), MTTQ [mặc định: tự nhận biết].', 'Issuer profile [default: auto-detect].'))
@click.option("--jobs", "-j", type=click.IntRange(0, 256), default=1, show_default=True,
              help=_h('Kiểm tra song song N tệp (thứ tự kết quả không đổi); 0 = theo số CPU.', 'Check files in parallel (output order stays the same); 0 = one per CPU.'))
@click.option("--timeout-per-file", type=click.FloatRange(0), default=DEFAULT_TIMEOUT_PER_FILE, show_default=True,
              help=_h('Số giây tối đa cho một tệp; quá thời gian thì báo lỗi tệp đó và kiểm tra tiếp (0 = không giới hạn).', 'Seconds one file may take; then it gets an error and the run goes on (0 = no limit).'))
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None, help=_h('Ngôn ngữ thông báo [mặc định: vi].', 'Message language [default: vi].'))
@click.option("--quiet", "-q", is_flag=True, help=_h('Chỉ in phát hiện và lỗi.', 'Print only findings and errors.'))
@click.option("--statistics", is_flag=True, help=_h('Đếm số phát hiện theo từng quy tắc.', 'Count findings per rule.'))
@click.option("--output", "-o", type=click.Path(), default=None, help=_h('Ghi kết quả vào tệp.', 'Write the report to a file.'))
@click.option("--stdin-filename", default=None, help=_h("Tên (và định dạng) cho dữ liệu đọc từ '-' (stdin).", "Name (and format) for input read from '-'."))
@click.option("--fix", is_flag=True, help=_h('Tự sửa các lỗi sửa được an toàn.', 'Apply safe fixes.'))
@click.option("--unsafe-fixes", is_flag=True, help=_h('Sửa cả những chỗ cần cân nhắc.', 'Also apply fixes that need judgement.'))
@click.option("--diff", is_flag=True, help=_h('Chỉ hiện những gì --fix sẽ sửa; không ghi gì.', 'Show what --fix would change; write nothing.'))
@click.option("--fix-mode", type=click.Choice(["tracked", "direct"]), default="tracked", show_default=True,
              help=_h('Sửa .docx dưới dạng thay đổi được theo dõi (tracked) hay sửa thẳng (direct).', '.docx fixes as Word tracked changes or direct edits.'))
@click.option("--annotate", type=click.Path(), default=None,
              help=_h('Ghi bản sao của (một) tệp .docx, mỗi phát hiện là một chú thích Word.', 'Write a copy of the (single) .docx with every finding as a Word comment.'))
@click.option("--baseline", type=click.Path(), default=None,
              help=_h('Chỉ báo các phát hiện chưa có trong tệp mốc (baseline) này.', 'Report only findings not recorded in this baseline file.'))
@click.option("--write-baseline", is_flag=True, help=_h('Ghi các phát hiện hiện có vào tệp --baseline TỆP.', 'Record current findings into --baseline FILE.'))
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help=_h("Thư mục bộ nhớ đệm [mặc định: .tdnlint_cache cạnh tệp cấu hình].",
                      "Incremental cache folder [default: .tdnlint_cache next to the config]."))
@click.option("--no-cache", is_flag=True, help=_h("Không đọc, không ghi bộ nhớ đệm.",
                                                  "Neither read nor write the incremental cache."))
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help=_h("Kiểm tra tại máy này (--jobs) hay trên cụm Dask (pip install 'tdnlint[dask]').",
                      "Run the checks here (--jobs) or on a Dask cluster (pip install 'tdnlint[dask]')."))
@click.option("--scheduler", default=None, help=_h("Địa chỉ Dask scheduler (tcp://host:8786) [mặc định: LocalCluster].",
                                                  "Dask scheduler address (tcp://host:8786) [default: a LocalCluster]."))
@click.option("--output-format", type=click.Choice(["parquet", "jsonl"]), default=None,
              help=_h("Với --executor dask: mỗi phát hiện một dòng, ghi vào các tệp trong -o THƯ_MỤC.",
                      "With --executor dask: write one row per finding to partitioned files in -o DIR."))
def check(paths, fmt, select, ignore, extend_select, fail_on, exit_zero, config_file, no_config, profile,
          jobs, timeout_per_file, lang, quiet, statistics, output, stdin_filename, fix, unsafe_fixes, diff,
          fix_mode, annotate, baseline, write_baseline, cache_dir, no_cache, executor, scheduler, output_format):
    from .plugins import load_registry

    paths = paths or (".",)  # like ruff: no path checks the current folder
    _exit_on_termination()
    registry = load_registry()
    options = _run_options(registry, paths, fmt, select, ignore, extend_select, fail_on, config_file, no_config,
                           profile, lang, stdin_filename, fix, unsafe_fixes, diff, fix_mode, annotate, baseline,
                           write_baseline, timeout_per_file, executor, scheduler, output_format, output)
    run = CheckRun(registry, options, fmt=fmt, output=output, quiet=quiet, statistics=statistics, lang=lang)
    results = run.execute(paths, jobs, executor=executor, scheduler=scheduler, output_format=output_format,
                          cache_dir=cache_dir, no_cache=no_cache, exit_zero=exit_zero)
    results = _apply_baseline(results, baseline, write_baseline)
    run.report(results)
    sys.exit(run.exit_code(results, fail_on, exit_zero))


def _run_options(registry, paths, fmt, select, ignore, extend_select, fail_on, config_file, no_config, profile,
                 lang, stdin_filename, fix, unsafe_fixes, diff, fix_mode, annotate, baseline, write_baseline,
                 timeout_per_file, executor, scheduler, output_format, output):
    """Validate the command line and turn it into RunOptions (usage errors exit 2 before any work)."""
    from .config import code_prefix_known
    from .engine import RunOptions

    if fmt not in registry.reporters:
        raise click.BadParameter(f"'{fmt}' (có: {', '.join(sorted(registry.reporters))})", param_hint="--format")
    known = set(registry.rules)
    for opt, values in (("--select", select), ("--ignore", ignore), ("--extend-select", extend_select)):
        for code in _split_codes(values) or []:
            if not code_prefix_known(code, known):
                raise click.BadParameter(f"mã quy tắc không tồn tại: {code}", param_hint=opt)
    if write_baseline and not baseline:
        raise click.UsageError("--write-baseline cần --baseline TỆP")
    if output_format and not (executor == "dask" or scheduler):
        raise click.UsageError("--output-format cần --executor dask (và -o THƯ_MỤC)")
    if output_format and not output:
        raise click.UsageError("--output-format cần -o THƯ_MỤC")
    if annotate and (len(paths) != 1 or os.path.isdir(paths[0])):
        raise click.UsageError("--annotate chỉ dùng với đúng một tệp .docx")
    overrides = {
        "select": _split_codes(select),
        "ignore": _split_codes(ignore),
        "extend_select": _split_codes(extend_select),
        "profile": profile,
        "lang": lang,
        "fail_on": fail_on,
    }
    return RunOptions(config_file=config_file, no_config=no_config, overrides=overrides,
                      stdin_filename=stdin_filename, fix=fix or unsafe_fixes, unsafe_fixes=unsafe_fixes, diff=diff,
                      fix_mode=fix_mode, annotate=annotate, baseline=baseline,
                      timeout_per_file=timeout_per_file or None)


class CheckRun:
    """One ``tdnlint check``: discover and lint the inputs, print or write the report, pick the exit code."""

    def __init__(self, registry, options, *, fmt: str, output: str | None, quiet: bool, statistics: bool,
                 lang: str | None):
        from .engine import Engine

        self.registry = registry
        self.options = options
        self.engine = Engine(registry, options)
        self.fmt, self.output, self.quiet, self.statistics, self.lang = fmt, output, quiet, statistics, lang
        self.files: list[str] = []
        self.out = _Out()
        # Text to a terminal-or-pipe stdout is printed file by file as each file is done (same bytes as
        # printing it at the end); other formats are one document, written at the end.
        self.streaming = fmt == "text" and output is None and not options.diff and not options.baseline

    # ---- run -------------------------------------------------------------------------------------
    def execute(self, paths, jobs: int, *, executor: str = "local", scheduler: str | None = None,
                output_format: str | None = None, cache_dir: str | None = None, no_cache: bool = False,
                exit_zero: bool = False):
        from .config import ConfigError
        from .engine import discover

        notices: list = []
        # The same file given twice (or a file and its folder) is checked once.
        collect = self.registry.collect_file if self.registry.has_hook("tdnlint_collect_file") else None
        self.files = list(dict.fromkeys(discover(paths, notices=notices, collect=collect)))
        self._remove_stale_temp_files(paths)
        # A broken config is a usage error reported once, before any work (not once per file).
        config_errors: list[str] = []
        for f in self.files or ["."]:
            try:
                self.engine.settings_for(f)
            except ConfigError as exc:
                if str(exc) not in config_errors:
                    config_errors.append(str(exc))
        if config_errors:
            for msg in config_errors:
                click.echo(f"tdnlint: lỗi cấu hình: {msg}", err=True)
            sys.exit(EXIT_ERROR)
        dask_results = None
        pool = None
        if executor == "dask" or scheduler:
            from .dask import cli_run

            dask_results = cli_run(self.engine, self.files, scheduler=scheduler, output_format=output_format,
                                   output=self.output, jobs=jobs, no_cache=no_cache, cache_dir=cache_dir)
            if isinstance(dask_results, int):
                # findings went to the --output-format files; a summary was printed
                sys.exit(EXIT_OK if exit_zero and dask_results == EXIT_FINDINGS else dask_results)
        else:
            from .repo import prepare_run

            pool = prepare_run(self.engine, self.files, cache_dir=cache_dir, no_cache=no_cache,
                               jobs=(jobs or os.cpu_count() or 1) if "-" not in self.files else 1)
        info = self._info([])
        progress = _Progress(len(self.files), enabled=(
            self.fmt == "text" and not self.quiet and _isatty(sys.stderr) and len(self.files) > 3))
        results = []
        for r in (dask_results if dask_results is not None else self._results(jobs, pool)):
            results.append(r)
            progress.clear()
            if self.streaming:
                self.out.write(self._file_text(r, info))
            progress.step()
        progress.clear()
        if self.engine.read_ahead is not None:
            self.engine.read_ahead.clear()  # documents of files not linted (none in a normal run)
        results += [_notice_result(n) for n in notices]
        if self.streaming:
            for r in results[len(self.files):]:
                self.out.write(self._file_text(r, info))
        return results

    def _remove_stale_temp_files(self, paths) -> None:
        """A run killed mid-write (SIGKILL, power cut) leaves ``.tdnlint-*.tmp`` where a fix or a report was
        being written: remove those whose writer is gone, in the folders this run reads or writes; say so once."""
        from .atomic import remove_stale_temp_files

        dirs = {os.path.dirname(os.path.abspath(f)) for f in self.files if f != "-"}
        dirs.update(os.path.abspath(p) for p in paths if p != "-" and os.path.isdir(p))
        if self.output:
            dirs.add(os.path.dirname(os.path.abspath(self.output)))
        removed = remove_stale_temp_files(sorted(dirs))
        if removed:
            click.echo(f"tdnlint: đã xóa {len(removed)} tệp tạm (.tdnlint-*.tmp) còn sót lại từ một lần chạy "
                       f"bị dừng giữa chừng, ví dụ {os.path.relpath(removed[0])}", err=True)

    def _results(self, jobs: int, pool=None):
        files = self.files
        if pool is not None:
            # --jobs N with a register: the workers that read each file for the register lint it
            yield from pool.results(self.engine.options.register, process_file)
            return
        if jobs == 0:
            jobs = os.cpu_count() or 1
        if jobs > 1 and len(files) > 1 and "-" not in files:
            import concurrent.futures as cf
            import multiprocessing as mp

            state = {"options": self.options, "process": process_file}
            ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
            with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                        initargs=(state,)) as pool:
                # map() yields in input order as results arrive: output order never depends on timing.
                yield from pool.map(_work, files, chunksize=max(1, len(files) // (jobs * 8)))
        else:
            for f in files:
                yield process_file(self.engine, f)

    # ---- report ----------------------------------------------------------------------------------
    def _info(self, results):
        from .reporters import ReportInfo

        out_lang = self.lang or _settings_or_default(self.engine, self.files).lang
        return ReportInfo(
            version=__version__,
            rules=self.registry.rules,
            lang=out_lang,
            color=(self.output is None and _isatty(sys.stdout) and not os.environ.get("NO_COLOR")),
            quiet=self.quiet,
            statistics=self.statistics,
            fixed=sum(r.fixed for r in results),
            cwd=os.getcwd(),
            fix_hint=not (self.options.fix or self.options.diff),
        )

    def _file_text(self, r, info) -> str:
        from .reporters.text import render_file

        lines = render_file(r, info)
        return "\n".join(lines) + "\n" if lines else ""

    def report(self, results) -> None:
        info = self._info(results)
        plugin_errors = [f"plugin {p.plugin}: {p.message}" for p in self.registry.failures]
        if self.options.diff:
            # --diff: stdout carries only the diff (pipeable to `patch`); a one-line summary goes to stderr.
            for r in results:
                if r.diff:
                    self.out.write(r.diff)
                if r.error:
                    click.echo(f"{r.path}: lỗi: {r.error}", err=True)
            would = sum(r.would_fix for r in results)
            files = sum(1 for r in results if r.diff)
            click.echo(f"tdnlint: --fix sẽ sửa {would} chỗ trong {files} tệp (chưa ghi gì)", err=True)
        elif self.streaming:
            from .reporters.text import render_tail

            self.out.write(render_tail(results, info))
        else:
            report = self.registry.reporters[self.fmt](results, info)
            if self.output:
                self._write_output(report)
            elif report:
                self.out.write(report)
        for msg in plugin_errors:
            click.echo(f"tdnlint: lỗi nội bộ: {msg}", err=True)
        if self.fmt != "text" and not self.options.diff:
            for r in results:
                if r.error:
                    click.echo(f"{r.path}: lỗi: {r.error}", err=True)

    def _write_output(self, report: str) -> None:
        from .atomic import atomic_write_text

        try:
            atomic_write_text(self.output, report)
        except OSError as exc:
            # The old file (if any) is untouched; say what failed instead of losing the report silently.
            reason = exc.strerror or str(exc)
            click.echo(f"tdnlint: không ghi được báo cáo vào {self.output}: {reason}", err=True)
            sys.exit(EXIT_ERROR)

    # ---- exit code -------------------------------------------------------------------------------
    def exit_code(self, results, fail_on: str | None, exit_zero: bool) -> int:
        if any(r.error for r in results) or self.registry.failures or any(r.internal_errors for r in results):
            return EXIT_ERROR
        if exit_zero:
            return EXIT_OK
        ranks = {"error": 3, "warning": 2, "info": 1}
        for r, path in zip(results, self.files, strict=False):
            # Each file is judged by its own config's fail-on unless the command line says otherwise.
            level = fail_on or _settings_or_default(self.engine, [path]).fail_on
            if any(f.severity.rank >= ranks[level] for f in r.findings):
                return EXIT_FINDINGS
        return EXIT_OK


def _exit_on_termination() -> None:
    """SIGTERM/SIGHUP end the run through SystemExit, so an atomic write in progress removes its
    ``.tdnlint-*.tmp`` file instead of leaving it in the user's folder."""
    import signal

    def stop(signum, _frame):
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            try:
                signal.signal(sig, stop)
            except (ValueError, OSError):  # not the main thread (embedded use): leave as is
                pass


def _notice_result(notice):
    from .findings import FileResult

    path, kind, reason = notice
    if kind == "error":
        return FileResult(path=path, error=reason)
    return FileResult(path=path, skipped=reason)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Out:
    """stdout that treats a closed pipe (``tdnlint check … | head``) as a normal end: the rest of the
    output is dropped, the run finishes and exits as the findings say, with no message."""

    closed = False

    def write(self, text: str) -> None:
        if self.closed or not text:
            return
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            self.closed = True
            _silence_stdout()


def _silence_stdout() -> None:
    # Point fd 1 at /dev/null so the interpreter's final flush does not complain either.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


class _Progress:
    """"[12/40] 3 s" on stderr, redrawn in place; only on a terminal, for more than a few files."""

    def __init__(self, total: int, enabled: bool):
        import time

        self.total, self.enabled, self.done = total, enabled, 0
        self.t0 = time.monotonic()
        self.shown = False

    def step(self) -> None:
        import time

        self.done += 1
        if not self.enabled or self.done >= self.total:
            return
        elapsed = time.monotonic() - self.t0
        sys.stderr.write(f"\r\x1b[2K[{self.done}/{self.total}] {elapsed:.0f} s")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()
            self.shown = False


def _settings_or_default(engine, files):
    from .config import ConfigError, Settings

    try:
        return engine.settings_for(files[0]) if files else Settings()
    except ConfigError:
        return Settings()


def _apply_baseline(results, baseline, write_baseline):
    if not baseline:
        return results
    from .baseline import filter_with_baseline, write_baseline_file

    if write_baseline:
        write_baseline_file(baseline, results)
        # Everything just recorded is now "known": report what the next run would report.
    return filter_with_baseline(baseline, results)


@main.command("rules", help=_h("Liệt kê các quy tắc (mã, tên, nhóm, mức, plugin).",
                               "List the rules (code, name, category, severity, plugin)."))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help=_h("Định dạng: text hoặc json.", "Format: text or json."))
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", help=_h("Ngôn ngữ.", "Language."))
@click.option("--profile", "profile", type=click.Choice(["state", "party", "mttq", "unknown"]), default=None,
              help=_h("Mức của từng quy tắc với văn bản loại này (nhà nước, Đảng, MTTQ, chưa rõ).",
                      "Each rule's severity for this kind of document (state, party, mttq, unknown)."))
def rules_cmd(fmt, lang, profile):
    """Liệt kê các quy tắc (mã, tên, nhóm, mức, plugin)."""
    from .plugins import load_registry

    registry = load_registry()
    rules = registry.rules
    if profile:
        # only the rules that run on that kind of document, with the severity they have there
        rules = {c: r for c, r in rules.items() if r.profiles is None or profile in r.profiles}
    if fmt == "json":
        import json

        out = []
        for r in rules.values():
            item = r.to_json(lang)
            if profile:
                item["severity"] = r.severity_for(profile).value
            out.append(item)
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for code, r in rules.items():
            summary = r.summary_en if lang == "en" and r.summary_en else r.summary
            sev = r.severity_for(profile).value if profile else r.severity.value
            if not profile and r.severity_by_profile:
                sev += "*"  # differs by profile: `tdnlint explain CODE` or `--profile` shows how
            click.echo(f"{code}  {r.name:<34} {r.category:<12} {sev:<8} {r.plugin:<10} {summary}")
        if not profile and any(r.severity_by_profile for r in rules.values()):
            click.echo("(* mức khác nhau theo loại văn bản: xem `tdnlint rules --profile party|state|mttq`)"
                       if lang != "en" else
                       "(* severity differs by profile: see `tdnlint rules --profile party|state|mttq`)")
    for p in registry.failures:
        click.echo(f"tdnlint: lỗi nội bộ: plugin {p.plugin}: {p.message}", err=True)
    sys.exit(EXIT_ERROR if registry.failures else EXIT_OK)


@main.command(help=_h("Giải thích một quy tắc: ví dụ sai, ví dụ đúng, căn cứ.",
                      "Explain a rule: a bad and a good example, the basis."))
@click.argument("code")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi", help=_h("Ngôn ngữ.", "Language."))
def explain(code, lang):
    """Giải thích một quy tắc: ví dụ sai, ví dụ đúng, căn cứ."""
    from .plugins import load_registry

    registry = load_registry()
    code_u = code.upper()
    rule = registry.rules.get(code_u)
    if rule is None:
        by_name = [r for r in registry.rules.values() if r.name == code.lower()]
        rule = by_name[0] if by_name else None
    if rule is None:
        click.echo(f"tdnlint: không có quy tắc {code}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(rule.docs(lang) if lang == "en" else _explain_vi(rule))


_CATEGORY_VI = {
    "header": "thể thức đầu văn bản", "structure": "bố cục", "numbering": "đánh số", "citation": "trích dẫn",
    "date": "ngày tháng", "year": "năm", "spelling": "chính tả", "spacing": "dấu cách, dấu câu",
    "consistency": "nhất quán", "recipients": "nơi nhận", "signature": "chữ ký", "formatting": "trình bày",
    "hygiene": "rà soát trước khi phát hành",
}
_SEVERITY_VI = {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"}
_PROFILE_VI = {"state": "nhà nước", "party": "Đảng", "mttq": "MTTQ"}


def _explain_vi(rule) -> str:
    """A rule's page for a clerk: Vietnamese labels only (English: ``--lang en``, Rule.docs)."""
    source = "có sẵn" if rule.plugin in (None, "builtin") else f"plugin {rule.plugin}"
    severity = _SEVERITY_VI.get(rule.severity.value, rule.severity.value)
    for_profile = getattr(rule, "severity_for", None)
    if for_profile is not None:
        others = [f"{_PROFILE_VI.get(p, 'chưa rõ loại')}: {_SEVERITY_VI.get(for_profile(p).value)}"
                  for p in ("state", "party", "mttq", "unknown") if for_profile(p) is not rule.severity]
        if others:
            severity += f" ({', '.join(others)})"
    meta = (f"  nhóm: {_CATEGORY_VI.get(rule.category, rule.category)}   mức: {severity}   nguồn: {source}")
    if rule.profiles:
        meta += "   áp dụng cho văn bản: " + ", ".join(_PROFILE_VI.get(p, p) for p in sorted(rule.profiles))
    if getattr(rule, "formats", None):
        meta += "   định dạng: " + ", ".join(sorted(rule.formats))
    if rule.fixable:
        meta += "   tự sửa được (--fix)"
    lines = [f"{rule.code} {rule.name}", meta, "", rule.summary]
    if rule.description:
        lines += ["", rule.description.strip()]
    for label, text in (("Viết sai:", rule.bad), ("Viết đúng:", rule.good)):
        if text:
            lines += ["", label, "\n".join("    " + ln for ln in text.strip("\n").splitlines())]
    basis = rule.basis
    if basis.startswith("convention"):
        basis = "thông lệ soạn thảo" + basis[len("convention"):]
    lines += ["", "Căn cứ: " + basis]
    if not getattr(rule, "examples_are_text", True):
        lines += ["", "(ví dụ mô tả định dạng .docx)"]
    return "\n".join(lines)


@main.command(help=_h("Mở trang web kiểm tra văn bản cho văn thư (cần: pip install 'tdnlint[serve]').",
                      "Open the web page where clerks check documents (needs: pip install 'tdnlint[serve]')."))
@click.option("--host", default="127.0.0.1", show_default=True,
              help=_h("Địa chỉ lắng nghe (0.0.0.0: cả mạng nội bộ của cơ quan).",
                      "Address to listen on (0.0.0.0: the whole office network)."))
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help=_h("Cổng (0: cổng trống bất kỳ).", "Port (0: any free)."))
@click.option("--max-upload-mb", type=click.FloatRange(0.1, 200), default=20, show_default=True,
              help=_h("Dung lượng tệp tải lên lớn nhất, tính bằng MB.", "Largest upload accepted, in MB."))
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help=_h("Số lượt kiểm tra song song [mặc định: số CPU, tối đa 4].",
                      "Parallel checks [default: CPUs, ≤ 4]."))
@click.option("--timeout", type=click.FloatRange(1, 3600), default=60, show_default=True,
              help=_h("Thời gian tối đa của một lượt kiểm tra, tính bằng giây.",
                      "Time limit of one check, in seconds."))
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help=_h("Tệp cấu hình dùng cho mọi lượt kiểm tra [mặc định: không có].",
                      "Config file for every check (default: none)."))
def serve(host, port, max_upload_mb, workers, timeout, config_file):
    """Mở trang web kiểm tra văn bản cho văn thư (cần: pip install 'tdnlint[serve]')."""
    # Imported here only: the rest of the CLI never loads the web dependencies.
    try:
        from .web.app import WebSettings
        from .web.server import BindError, run
    except ImportError as exc:
        raise click.UsageError(
            f"tdnlint serve cần các gói tùy chọn: pip install 'tdnlint[serve]' (thiếu: {exc.name or exc})"
        ) from None
    settings = WebSettings(max_upload_mb=max_upload_mb, timeout=timeout,
                           config=os.path.abspath(config_file) if config_file else None)
    if workers:
        settings.workers = workers
    try:
        run(host, port, settings, echo=click.echo)
    except BindError as exc:
        click.echo(f"tdnlint serve: {exc}", err=True)
        sys.exit(EXIT_ERROR)


localise_command_tree(main, _UI_LANG)  # "Cách dùng: tdnlint check [TÙY CHỌN] [ĐƯỜNG DẪN]..."


if __name__ == "__main__":  # pragma: no cover
    main()
