"""The ``app://`` scheme: the map page, Leaflet, tiles and overlay images served from Python,
and an interceptor that blocks every http(s) request (the laptop at a gathering has no network,
and nothing of a participant's may leave it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from cle_desktop.services.map_web import TileImages, map_file
from cle_desktop.ui.launch import webengine_environment

SCHEME = b"app"

__all__ = ["AppSchemeHandler", "OfflineInterceptor", "register_app_scheme", "webengine_environment"]


_registered = False


def register_app_scheme() -> None:
    """Must run before the first web engine object (profile, page, view) is created; later
    calls are ignored by QtWebEngine. Safe to call more than once."""
    global _registered
    if _registered:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _registered = True


def _qwebchannel_js() -> bytes:
    f = QFile(":/qtwebchannel/qwebchannel.js")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return b""
    data = bytes(f.readAll().data())
    f.close()
    return data


class AppSchemeHandler(QWebEngineUrlSchemeHandler):
    """Routes: app://map/index.html, app://assets/<file>, app://tiles/z/x/y, app://overlay/<name>."""

    def __init__(self, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.page_html = b""
        self.tiles: TileImages | None = None
        self.overlay: Path | None = None
        self.served: list[str] = []

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        path = (url.host() + url.path()).lstrip("/")
        self.served.append(path)
        data, mime = self._route(path)
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(parent=job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buffer)

    def _route(self, path: str) -> tuple[bytes | None, str]:
        if path.startswith("map/"):
            return self.page_html, "text/html"
        if path == "assets/qwebchannel.js":
            return _qwebchannel_js(), "application/javascript"
        if path.startswith("assets/"):
            return map_file(path[len("assets/") :]) or (None, "")
        if path.startswith("tiles/") and self.tiles is not None:
            try:
                z, x, y = (int(part.split(".")[0]) for part in path.split("/")[1:4])
            except ValueError:
                return None, ""
            # only image bytes are ever served as a tile (``services.map_web`` decides)
            return self.tiles.image(z, x, y) or (None, "")
        if path.startswith("overlay/") and self.overlay is not None:
            mime = "image/png" if self.overlay.suffix.lower() == ".png" else "image/jpeg"
            return self.overlay.read_bytes(), mime
        return None, ""


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every http(s) request and remembers it (tests assert the list stays empty)."""

    def __init__(self, parent=None, on_block: Callable[[str], None] | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.blocked: list[str] = []
        self.on_block = on_block

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        scheme = info.requestUrl().scheme()
        if scheme in ("http", "https", "ws", "wss", "ftp"):
            url = info.requestUrl().toString()
            self.blocked.append(url)
            info.block(True)
            if self.on_block:
                self.on_block(url)
