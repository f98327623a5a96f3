"""The web app (Starlette): upload page, result page, downloads and the HTTP API.

Every request that carries a document:
1. gets its own temporary directory (mode 0700), removed when the request ends, success or failure;
2. streams the upload into it with the size limit (``upload.py``);
3. runs the check in the bounded worker pool with the time limit (``pool.py`` → ``worker.py``: the
   same engine calls as ``tdnlint check``);
4. logs one line: action, format, size, time and finding counts — no text, no file name.

The page is rendered on the server (works without JavaScript); ``static/tdnlint.js`` only adds drag
and drop, filters and click-to-scroll.  Responses carry a CSP without inline scripts or styles.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import anyio
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..findings import verdict_label
from .pool import JobTimeout, PoolBusy, WorkerDied, WorkerPool, default_workers
from .store import ResultStore
from .texts import Texts
from .upload import UploadError, receive_upload

HERE = Path(__file__).parent
PROFILES = ("auto", "state", "party", "mttq")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
log = logging.getLogger("tdnlint.web")

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
     b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


@dataclass
class WebSettings:
    max_upload_mb: float = 20
    workers: int = field(default_factory=default_workers)
    timeout: float = 60.0
    config: str | None = None  # one config file for every check (like --config); None: no config
    tmp_root: str | None = None  # parent of the per-request temporary directories (None: system default)
    result_ttl: float = 900.0  # seconds the page's downloads stay available

    @property
    def limit(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)


class CheckFailed(Exception):
    def __init__(self, status: int, message: str, out: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.out = out


class SecurityHeaders:
    """Pure ASGI middleware: the same safety headers on every response (static files too)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server"]
                headers.extend(SECURITY_HEADERS)
                if not scope["path"].startswith("/static/"):
                    headers.append((b"cache-control", b"no-store"))  # pages hold document text
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _lang(request: Request, fields: dict | None = None) -> str:
    value = (fields or {}).get("lang") or request.query_params.get("lang") or "vi"
    return "en" if value == "en" else "vi"


def create_app(settings: WebSettings | None = None) -> Starlette:
    settings = settings or WebSettings()
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    store = ResultStore(ttl=settings.result_ttl)
    holder: dict = {"pool": None}

    def pool() -> WorkerPool:
        if holder["pool"] is None:
            holder["pool"] = WorkerPool(settings.workers, settings.timeout)
        return holder["pool"]

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        pool()  # start the workers now, so the first clerk does not wait for them
        try:
            yield
        finally:
            if holder["pool"] is not None:
                holder["pool"].close()
                holder["pool"] = None

    def page(name: str, lang: str, status: int = 200, **ctx) -> HTMLResponse:
        t = Texts(lang)
        html = env.get_template(name).render(t=t, lang=lang, version=__version__,
                                             mb=f"{settings.max_upload_mb:g}",
                                             minutes=int(settings.result_ttl // 60), **ctx)
        return HTMLResponse(html, status_code=status)

    # ---- the check, shared by the page and the API ---------------------------------------------
    async def run_check(job: dict, size: int) -> dict:
        t0 = time.monotonic()
        try:
            out = await anyio.to_thread.run_sync(pool().run, job)
        except PoolBusy:
            log.warning("%s: busy (no free worker)", job["action"])
            raise CheckFailed(503, "busy") from None
        except JobTimeout:
            log.warning("%s: %d bytes: stopped after %.0f s (time limit)", job["action"], size, settings.timeout)
            raise CheckFailed(503, "timeout") from None
        except (WorkerDied, RuntimeError) as exc:
            log.error("%s: %d bytes: internal error (%s)", job["action"], size, type(exc).__name__)
            raise CheckFailed(500, "internal") from None
        s = out["summary"]
        log.info("%s: %s, %d bytes, %.2f s: %d findings (%d errors, %d warnings, %d infos)%s",
                 job["action"], out.get("format") or "?", size, time.monotonic() - t0, s["findings"],
                 s["errors"], s["warnings"], s["infos"], " unreadable" if out["error"] else "")
        return out

    async def with_upload(request: Request, action: str, view: bool = False, keep: bool = False):
        """Receive the upload into a fresh temp dir, run ``action``; the dir is gone when this returns."""
        tmp = tempfile.mkdtemp(prefix="tdnlint-web-", dir=settings.tmp_root)
        try:
            try:
                up = await receive_upload(request, tmp, settings.limit)
            except UploadError as exc:
                raise CheckFailed(exc.status, exc.message if _lang(request) == "vi" else exc.message_en) from None
            lang = _lang(request, up.fields)
            if up.path is None:
                raise CheckFailed(400, Texts(lang).no_file)
            profile = (up.fields.get("profile") or request.query_params.get("profile") or "auto").strip()
            if profile not in PROFILES:
                raise CheckFailed(400, Texts(lang).bad_profile)
            explicit_lang = up.fields.get("lang") or request.query_params.get("lang")
            job = {"path": up.path, "display": up.filename, "action": action, "view": view,
                   "profile": None if profile == "auto" else profile,
                   "lang": ("en" if explicit_lang == "en" else "vi") if explicit_lang else None,
                   "config": settings.config}
            out = await run_check(job, up.size)
            data = None
            if keep and out["error"] is None:
                with open(up.path, "rb") as fh:
                    data = fh.read()
            return up, job, out, data
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    async def with_bytes(entry, action: str) -> dict:
        tmp = tempfile.mkdtemp(prefix="tdnlint-web-", dir=settings.tmp_root)
        try:
            from .upload import stored_name

            path = os.path.join(tmp, stored_name(entry.display))
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(entry.data)
            job = {"path": path, "display": entry.display, "action": action, "view": False,
                   "profile": entry.profile, "lang": entry.lang, "config": settings.config}
            return await run_check(job, len(entry.data))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def message_of(exc: CheckFailed, lang: str) -> str:
        t = Texts(lang)
        if exc.message == "timeout":
            return t("timeout", seconds=f"{settings.timeout:g}")
        if exc.message in ("busy", "internal"):
            return t(exc.message)
        return exc.message

    def read_error(out: dict, display: str) -> CheckFailed:
        status = 415 if out["error_kind"] == "unsupported" else 400
        return CheckFailed(status, f"{display}: {out['error']}", out)

    # ---- pages ------------------------------------------------------------------------------------
    async def index(request: Request):
        return page("index.html", _lang(request))

    async def check_page(request: Request):
        lang = _lang(request)
        selected = "auto"
        try:
            up, job, out, data = await with_upload(request, "check", view=True, keep=True)
            lang = _lang(request, up.fields)
            selected = job["profile"] or "auto"
            if out["error"] is not None:
                raise read_error(out, up.filename or "")
        except CheckFailed as exc:
            # the form comes back with the clerk's choice of document kind kept
            return page("index.html", lang, status=exc.status, error=message_of(exc, lang), selected=selected)
        token = store.put(data or b"", up.filename or "van-ban", job["profile"], lang, out["report"],
                          out["format"])
        return page("result.html", lang, out=out, view=out["view"], display=up.filename, token=token,
                    profile=job["profile"] or "auto", verdict_label=verdict_label(out["verdict"], lang))

    async def download(request: Request):
        lang = _lang(request)
        try:
            form = await _small_form(request)
        except UploadError as exc:
            return page("index.html", lang, status=exc.status, error=exc.message if lang == "vi" else exc.message_en)
        lang = _lang(request, form)
        entry = store.get(form.get("token", ""))
        if entry is None:
            t = Texts(lang)
            return page("index.html", lang, status=410, error=t("expired", minutes=int(settings.result_ttl // 60)))
        kind = form.get("kind")
        stem = os.path.splitext(entry.display)[0] or "van-ban"
        if kind == "json":
            return _attachment(entry.report.encode(), "application/json", f"{stem}.tdnlint.json")
        if kind not in ("annotate", "fix"):
            return page("index.html", lang, status=400, error=Texts(lang).not_found)
        try:
            out = await with_bytes(entry, kind)
            if out["error"] is not None:
                raise read_error(out, entry.display)
        except CheckFailed as exc:
            return page("index.html", lang, status=exc.status, error=message_of(exc, lang))
        return _copy_response(out, entry.display, kind)

    # ---- API ----------------------------------------------------------------------------------------
    async def api_check(request: Request):
        try:
            _up, _job, out, _ = await with_upload(request, "check")
        except CheckFailed as exc:
            return _api_error(exc, _lang(request), message_of)
        status = 200
        if out["error"] is not None:
            status = 415 if out["error_kind"] == "unsupported" else 400
        return Response(out["report"], status_code=status, media_type="application/json; charset=utf-8")

    async def api_copy(request: Request, action: str):
        try:
            up, _job, out, _ = await with_upload(request, action)
            if out["error"] is not None:
                raise read_error(out, up.filename or "")
        except CheckFailed as exc:
            return _api_error(exc, _lang(request), message_of)
        return _copy_response(out, up.filename or "van-ban", action)

    async def api_annotate(request: Request):
        return await api_copy(request, "annotate")

    async def api_fix(request: Request):
        return await api_copy(request, "fix")

    async def healthz(_request: Request):
        return JSONResponse({"status": "ok", "version": __version__})

    async def not_found(request: Request, _exc):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": Texts(_lang(request)).not_found}, status_code=404)
        return page("index.html", _lang(request), status=404, error=Texts(_lang(request)).not_found)

    async def method_not_allowed(request: Request, _exc):
        return JSONResponse({"error": "method not allowed"}, status_code=405)

    async def server_error(request: Request, _exc):
        log.error("internal error on %s", request.url.path)
        return JSONResponse({"error": Texts(_lang(request)).internal}, status_code=500)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/check", check_page, methods=["POST"]),
        Route("/download", download, methods=["POST"]),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/annotate", api_annotate, methods=["POST"]),
        Route("/api/fix", api_fix, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={404: not_found, 405: method_not_allowed, 500: server_error})
    app.state.settings = settings
    app.state.store = store
    app.add_middleware(SecurityHeaders)
    return app


async def _small_form(request: Request) -> dict:
    """The download form: a few short fields (urlencoded or multipart), nothing else accepted."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > 16 * 1024:
            raise UploadError(413, "Biểu mẫu quá lớn.", "Form too large.")
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/x-www-form-urlencoded"):
        from urllib.parse import parse_qsl

        return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    raise UploadError(400, "Biểu mẫu không hợp lệ.", "Bad form.")


def _attachment(data: bytes, media_type: str, filename: str) -> Response:
    ascii_name = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "_" for ch in filename)
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(data, media_type=media_type, headers={"content-disposition": disposition})


def _copy_response(out: dict, display: str, action: str) -> Response:
    stem, ext = os.path.splitext(display)
    stem = stem or "van-ban"
    fmt = out.get("format") or "docx"
    ext = {"docx": ".docx", "md": ".md", "txt": ".txt"}.get(fmt, ext or ".docx")
    suffix = "-gop-y" if action == "annotate" else "-da-sua"
    media = DOCX_TYPE if fmt == "docx" else ("text/markdown" if fmt == "md" else "text/plain")
    resp = _attachment(out["data"], media, f"{stem}{suffix}{ext}")
    s = out["summary"]
    resp.headers["x-tdnlint-findings"] = str(s["findings"])
    if action == "fix":
        resp.headers["x-tdnlint-fixed"] = str(out.get("fixed", 0))
    return resp


def _api_error(exc: CheckFailed, lang: str, message_of) -> JSONResponse:
    return JSONResponse({"error": message_of(exc, lang)}, status_code=exc.status)
