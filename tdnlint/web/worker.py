"""One check, run inside a worker process: the same engine calls as ``tdnlint check``.

``run_job`` lints the uploaded file that the web process wrote into the request's own temporary
directory, exactly as the CLI would (``Engine`` + ``RunOptions`` + ``cli.process_file``; ``--fix``
and ``--annotate`` through ``fixer.post_lint``), and returns plain data: the JSON report text of
``--format json``, the verdict and counts, the page's view of the document (``view.build_view``),
and for annotate/fix the bytes of the copy.  Nothing is logged here.
"""

from __future__ import annotations

import contextlib
import io
import os
from typing import Any

ACTIONS = ("check", "annotate", "fix")
ANNOTATED_NAME = "gop-y.docx"


def load_state() -> dict:
    """Per-worker state: the plugin registry, loaded once, and a warm-up so the first real check is fast."""
    from ..engine import Engine, RunOptions
    from ..plugins import load_registry
    from ..readers.base import ReadError  # noqa: F401  (imported now, not during the first request)

    registry = load_registry()
    try:
        engine = Engine(registry, RunOptions(no_config=True))
        engine.lint_path("warm-up.txt", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\nNội dung.\n".encode())
    except Exception:
        pass
    return {"registry": registry}


def _options(job: dict):
    from ..engine import RunOptions

    config = job.get("config")
    overrides = {
        "select": None,
        "ignore": None,
        "extend_select": None,
        "profile": job.get("profile") or None,
        "lang": job.get("lang") or None,
        "fail_on": None,
    }
    action = job["action"]
    # The options `tdnlint check` would get (cli.check): the web offers --fix (tracked) and --annotate,
    # and keeps the read document (its format decides what annotate may do; the page shows its text).
    return RunOptions(
        config_file=config,
        no_config=not config,
        overrides=overrides,
        fix=action == "fix",
        fix_mode="tracked",
        annotate=os.path.join(os.path.dirname(job["path"]), ANNOTATED_NAME) if action == "annotate" else None,
        keep_document=True,
    )


def run_job(state: dict, job: dict) -> dict[str, Any]:
    from .. import __version__
    from ..cli import process_file
    from ..engine import Engine
    from ..findings import verdict
    from ..reporters import ReportInfo, summary

    registry = state["registry"]
    action = job["action"]
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    path = job["path"]
    options = _options(job)
    engine = Engine(registry, options)
    lang = job.get("lang") or "vi"
    # post_lint prints "đã ghi … vào <temp path>" for the terminal; a server log gets nothing of it.
    with contextlib.redirect_stderr(io.StringIO()):
        result = process_file(engine, path)
    result.path = job["display"]
    try:
        lang = engine.settings_for(path).lang
    except Exception:
        pass

    doc = result.document
    result.document = None  # the report and the view are built from it below; nothing else keeps it
    out: dict[str, Any] = {
        "format": doc.format if doc is not None else None,
        "profile": result.profile,
        "verdict": verdict(result),
        "summary": summary([result]),
        "lang": lang,
        "error": None,
        "error_kind": None,
        "data": None,
        "fixed": result.fixed,
        "view": None,
    }
    if action == "annotate" and doc is not None and doc.format != "docx":
        # (post_lint says "--annotate chỉ dùng với tệp .docx": right for the terminal, not for a page)
        out["error"] = "chỉ thêm chú thích Word được vào tệp .docx"
        out["error_kind"] = "unsupported"
        result.error = None
    elif result.error is not None:
        out["error"] = result.error
        out["error_kind"] = _error_kind(engine, path, doc)
    info = ReportInfo(version=__version__, rules=registry.rules, lang=lang, cwd=os.getcwd())
    out["report"] = registry.reporters["json"]([result], info)

    if out["error"] is None:
        if action == "annotate":
            with open(options.annotate, "rb") as fh:  # type: ignore[attr-defined]
                out["data"] = fh.read()
        elif action == "fix":
            with open(path, "rb") as fh:  # fixed in place, atomically, by fixer.post_lint
                out["data"] = fh.read()
        elif job.get("view") and doc is not None:
            from ..context import Context
            from .view import build_view, list_only_view

            try:
                ctx = Context(doc, engine.settings_for(path), registry)  # the segmentation, read again for the page
                out["view"] = build_view(ctx, result, registry.rules, lang)
            except Exception:
                # the report is right even if the page's view of the text is not: show the list alone
                out["view"] = list_only_view(result, registry.rules, lang)
    return out


def _error_kind(engine, path: str, doc) -> str:
    """'unsupported' when no reader takes the file (HTTP 415), else 'unreadable' (400)."""
    if doc is not None:
        return "unreadable"
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return "unreadable"
    return "unsupported" if engine.reader_for(path, head) is None else "unreadable"
