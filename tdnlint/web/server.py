"""Run the web app with uvicorn on a socket we bind ourselves.

Binding first gives a clear one-line error for a port in use, and lets ``--port 0`` pick a free port
whose address is then printed (the browser test uses that).
"""

from __future__ import annotations

import logging
import socket
import sys

from .app import WebSettings, create_app


class BindError(Exception):
    pass


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise BindError(f"không mở được {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_for(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def run(host: str, port: int, settings: WebSettings, echo=print) -> None:
    import uvicorn

    sock = _bind(host, port)
    actual = sock.getsockname()[1]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s tdnlint: %(message)s", stream=sys.stderr)
    echo(f"tdnlint serve: mở {url_for(host, actual)} trong trình duyệt (Ctrl+C để dừng)")
    if host in ("0.0.0.0", "::", ""):
        echo("tdnlint serve: CẢNH BÁO: đang mở cho cả mạng (--host " + host + "): mọi máy trong mạng này đều "
             "dùng được trang, không cần mật khẩu. Chỉ dùng trong mạng nội bộ tin cậy. "
             f"Các máy khác mở http://<địa chỉ IP của máy này>:{actual}/")
    app = create_app(settings)
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False,
                            limit_concurrency=max(32, settings.workers * 16), timeout_keep_alive=5,
                            lifespan="on")
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
