"""Command line: ``tdnlint check``, ``tdnlint rules``, ``tdnlint explain``.

Exit codes: 0 nothing at or above the fail level; 1 findings; 2 usage error,
an unreadable input or an internal error (every other input is still checked).
"""

from __future__ import annotations

import os
import sys

import click

from . import __version__

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
        except Exception as exc:
            if os.environ.get("TDNLINT_DEBUG"):
                raise
            click.echo(f"tdnlint: lỗi nội bộ (internal error): {exc!r}; đặt TDNLINT_DEBUG=1 để xem chi tiết",
                       err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and the loaded plugins.")
def main() -> None:
    """tdnlint — kiểm tra thể thức văn bản hành chính, văn bản Đảng, MTTQ."""


# Worker state for --jobs (one engine per process, built once).
_WORKER: dict = {}


def _init_worker(state: dict) -> None:
    from .engine import Engine
    from .plugins import load_registry

    registry = load_registry()
    engine = Engine(registry, state["options"])
    # Workers must do the same post-lint actions (--fix, --annotate) as the serial path.
    _install_post_lint(engine, state["options"])
    _WORKER["engine"] = engine
    _WORKER["process"] = state["process"]


def _work(path: str):
    return _WORKER["process"](_WORKER["engine"], path)


def process_file(engine, path: str, data: bytes | None = None):
    """Lint one path and apply the post-lint actions (fix, annotate) configured on the engine."""
    try:
        from .cache import cached_lint

        result = cached_lint(engine, path, data)  # engine.lint_path, through the cache when there is one
    except Exception as exc:
        # A crash outside the isolated rule calls (suppressions, sorting…) costs this file only:
        # the others are still checked, and the error makes the exit code 2.
        from .findings import FileResult

        if os.environ.get("TDNLINT_DEBUG"):
            raise
        display = (getattr(engine.options, "stdin_filename", None) or "-") if path == "-" else path
        return FileResult(path=display, error=f"lỗi nội bộ khi kiểm tra tệp: {exc!r}")
    post = getattr(engine, "post_lint", None)
    if post is not None and result.error is None:
        try:
            post(engine, path, result)
        except Exception as exc:
            result.error = f"lỗi khi ghi kết quả sửa/chú thích: {exc!r}"
    return result


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", default="text", show_default=True,
              help="Output format: text, json, sarif, github (plugins may add more).")
@click.option("--select", multiple=True, help="Only these rule codes or prefixes (comma-separated).")
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes.")
@click.option("--extend-select", multiple=True, help="Add these codes to the selection.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported.")
@click.option("--config", "config_file", type=click.Path(), default=None, help="Use this config file only.")
@click.option("--no-config", is_flag=True, help="Ignore every config file.")
@click.option("--profile", type=click.Choice(["auto", "state", "party", "mttq"]), default=None,
              help="Issuer profile [default: auto-detect].")
@click.option("--jobs", "-j", type=click.IntRange(0, 256), default=1, show_default=True,
              help="Check files in parallel (output order stays the same); 0 = one per CPU.")
@click.option("--lang", type=click.Choice(["vi", "en"]), default=None, help="Message language [default: vi].")
@click.option("--quiet", "-q", is_flag=True, help="Print only findings and errors.")
@click.option("--statistics", is_flag=True, help="Count findings per rule.")
@click.option("--output", "-o", type=click.Path(), default=None, help="Write the report to a file.")
@click.option("--stdin-filename", default=None, help="Name (and format) for input read from '-'.")
@click.option("--fix", is_flag=True, help="Apply safe fixes.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes that need judgement.")
@click.option("--diff", is_flag=True, help="Show what --fix would change; write nothing.")
@click.option("--fix-mode", type=click.Choice(["tracked", "direct"]), default="tracked", show_default=True,
              help=".docx fixes as Word tracked changes or direct edits.")
@click.option("--annotate", type=click.Path(), default=None,
              help="Write a copy of the (single) .docx with every finding as a Word comment.")
@click.option("--baseline", type=click.Path(), default=None,
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", is_flag=True, help="Record current findings into --baseline FILE.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Incremental cache folder [default: .tdnlint_cache next to the config].")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the incremental cache.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run the checks here (--jobs) or on a Dask cluster (pip install 'tdnlint[dask]').")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786) [default: a LocalCluster].")
@click.option("--output-format", type=click.Choice(["parquet", "jsonl"]), default=None,
              help="With --executor dask: write one row per finding to partitioned files in -o DIR.")
def check(paths, fmt, select, ignore, extend_select, fail_on, exit_zero, config_file, no_config, profile,
          jobs, lang, quiet, statistics, output, stdin_filename, fix, unsafe_fixes, diff, fix_mode,
          annotate, baseline, write_baseline, cache_dir, no_cache, executor, scheduler, output_format):
    """Kiểm tra văn bản (.docx, .txt, .md; thư mục; '-' là stdin)."""
    from .config import ConfigError
    from .engine import Engine, RunOptions, discover
    from .plugins import load_registry
    from .reporters import ReportInfo

    if not paths:
        raise click.UsageError("cần ít nhất một tệp hoặc thư mục (PATH...)")
    registry = load_registry()
    if fmt not in registry.reporters:
        raise click.BadParameter(f"'{fmt}' (có: {', '.join(sorted(registry.reporters))})", param_hint="--format")
    known = set(registry.rules)
    from .config import code_prefix_known

    for opt, values in (("--select", select), ("--ignore", ignore), ("--extend-select", extend_select)):
        for code in _split_codes(values) or []:
            if not code_prefix_known(code, known):
                raise click.BadParameter(f"mã quy tắc không tồn tại: {code}", param_hint=opt)
    if write_baseline and not baseline:
        raise click.UsageError("--write-baseline cần --baseline FILE")
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
    options = RunOptions(config_file=config_file, no_config=no_config, overrides=overrides,
                         stdin_filename=stdin_filename)
    options.fix = fix or unsafe_fixes  # type: ignore[attr-defined]
    options.unsafe_fixes = unsafe_fixes  # type: ignore[attr-defined]
    options.diff = diff  # type: ignore[attr-defined]
    options.fix_mode = fix_mode  # type: ignore[attr-defined]
    options.annotate = annotate  # type: ignore[attr-defined]
    options.baseline = baseline  # type: ignore[attr-defined]
    engine = Engine(registry, options)
    _install_post_lint(engine, options)

    # The same file given twice (or a file and its folder) is checked once.
    files = list(dict.fromkeys(discover(paths)))
    # A broken config is a usage error reported once, before any work (not once per file).
    config_errors: list[str] = []
    for f in files or ["."]:
        try:
            engine.settings_for(f)
        except ConfigError as exc:
            if str(exc) not in config_errors:
                config_errors.append(str(exc))
    if config_errors:
        for msg in config_errors:
            click.echo(f"tdnlint: lỗi cấu hình: {msg}", err=True)
        sys.exit(EXIT_ERROR)

    dask_results = None
    if executor == "dask" or scheduler:
        from .dask import cli_run

        dask_results = cli_run(engine, files, scheduler=scheduler, output_format=output_format, output=output,
                               jobs=jobs, no_cache=no_cache, cache_dir=cache_dir)
        if isinstance(dask_results, int):
            # findings went to the --output-format files; a summary was printed
            sys.exit(EXIT_OK if exit_zero and dask_results == EXIT_FINDINGS else dask_results)
    else:
        from .repo import prepare_run

        prepare_run(engine, files, cache_dir=cache_dir, no_cache=no_cache)
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if dask_results is not None:
        results = dask_results
    elif jobs > 1 and len(files) > 1 and "-" not in files:
        import concurrent.futures as cf
        import multiprocessing as mp

        state = {"options": options, "process": process_file}
        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                    initargs=(state,)) as pool:
            results = list(pool.map(_work, files, chunksize=max(1, len(files) // (jobs * 8))))
    else:
        results = [process_file(engine, f) for f in files]

    results = _apply_baseline(results, baseline, write_baseline)

    first_settings = _settings_or_default(engine, files)
    out_lang = lang or first_settings.lang
    info = ReportInfo(
        version=__version__,
        rules=registry.rules,
        lang=out_lang,
        color=(output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")),
        quiet=quiet,
        statistics=statistics,
        fixed=sum(r.fixed for r in results),
        cwd=os.getcwd(),
    )
    report = registry.reporters[fmt](results, info)
    plugin_errors = [f"plugin {p.plugin}: {p.message}" for p in registry.failures]
    if diff:
        # --diff: stdout carries only the diff (pipeable to `patch`); the report goes to stderr.
        for r in results:
            if r.diff:
                click.echo(r.diff, nl=False)
        would = sum(r.would_fix for r in results)
        click.echo(f"tdnlint: --fix sẽ sửa {would} chỗ (chưa ghi gì)", err=True)
    if output:
        from .atomic import atomic_write_text

        atomic_write_text(output, report)
    elif report:
        click.echo(report, nl=False, err=bool(diff))
    for msg in plugin_errors:
        click.echo(f"tdnlint: lỗi nội bộ: {msg}", err=True)
    for r in results:
        if r.error and fmt not in ("text",):
            click.echo(f"{r.path}: lỗi: {r.error}", err=True)

    if any(r.error for r in results) or plugin_errors or any(r.internal_errors for r in results):
        sys.exit(EXIT_ERROR)
    if exit_zero:
        sys.exit(EXIT_OK)
    ranks = {"error": 3, "warning": 2, "info": 1}
    for r, path in zip(results, files, strict=False):
        # Each file is judged by its own config's fail-on unless the command line says otherwise.
        level = fail_on or _settings_or_default(engine, [path]).fail_on
        if any(f.severity.rank >= ranks[level] for f in r.findings):
            sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


def _settings_or_default(engine, files):
    from .config import ConfigError, Settings

    try:
        return engine.settings_for(files[0]) if files else Settings()
    except ConfigError:
        return Settings()


def _install_post_lint(engine, options) -> None:
    if getattr(options, "fix", False) or getattr(options, "diff", False) or getattr(options, "annotate", None):
        try:
            from .fixer import post_lint
        except ImportError as exc:
            raise click.UsageError(f"--fix/--diff/--annotate không khả dụng: {exc}") from None
        engine.post_lint = post_lint


def _apply_baseline(results, baseline, write_baseline):
    if not baseline:
        return results
    from .baseline import filter_with_baseline, write_baseline_file

    if write_baseline:
        write_baseline_file(baseline, results)
        # Everything just recorded is now "known": report what the next run would report.
    return filter_with_baseline(baseline, results)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi")
@click.option("--profile", "profile", type=click.Choice(["state", "party", "mttq", "unknown"]), default=None,
              help="Mức của từng quy tắc với văn bản loại này (nhà nước, Đảng, MTTQ, chưa rõ).")
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


@main.command()
@click.argument("code")
@click.option("--lang", type=click.Choice(["vi", "en"]), default="vi")
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
    click.echo(rule.docs(lang))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: the whole office network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free).")
@click.option("--max-upload-mb", type=click.FloatRange(0.1, 200), default=20, show_default=True,
              help="Largest upload accepted, in MB.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Parallel checks [default: CPUs, ≤ 4].")
@click.option("--timeout", type=click.FloatRange(1, 3600), default=60, show_default=True,
              help="Time limit of one check, in seconds.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Config file for every check (default: none).")
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


if __name__ == "__main__":  # pragma: no cover
    main()
