"""Rendering a map page to PNG (for reports and `cle-desktop map --out x.png`): an offscreen
QWebEngineView, wait until Leaflet has drawn and tiles have loaded, then grab the view.

The command line has no window to show, and on a machine without ``DISPLAY`` Qt's default
platform aborts the process (SIGABRT): when no QApplication exists yet we choose Qt's
``offscreen`` platform ourselves, so the PNG is made the same way with or without a display.
"""

from __future__ import annotations

import os
from pathlib import Path

from cle_desktop.ui.web_scheme import AppSchemeHandler, OfflineInterceptor, register_app_scheme


def render_map_png(
    html: str, out: Path, width: int = 1600, height: int = 1000, timeout_ms: int = 15000
) -> Path:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, QUrl

    from cle_desktop.ui.web_scheme import webengine_environment

    if QCoreApplication.instance() is None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    webengine_environment()
    register_app_scheme()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["cle-desktop-map"])
    profile = QWebEngineProfile()
    handler = AppSchemeHandler(profile)
    interceptor = OfflineInterceptor(profile)
    profile.installUrlSchemeHandler(b"app", handler)
    profile.setUrlRequestInterceptor(interceptor)
    handler.page_html = html.encode("utf-8")
    view = QWebEngineView()
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(width, height)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    loop = QEventLoop()
    state = {"waited": 0}

    def poll() -> None:
        def check(result: object) -> None:
            if result == "ready" or state["waited"] >= timeout_ms:
                QTimer.singleShot(300, loop.quit)  # tiles fade in over 0.2 s once loaded
            else:
                state["waited"] += 100
                QTimer.singleShot(100, poll)

        page.runJavaScript(
            "(window.cleReady && !document.querySelector('.leaflet-tile:not(.leaflet-tile-loaded)')) ? 'ready' : 'wait'",
            0,
            check,
        )

    view.loadFinished.connect(lambda _ok: QTimer.singleShot(50, poll))
    view.load(QUrl("app://map/index.html"))
    QTimer.singleShot(timeout_ms + 2000, loop.quit)
    loop.exec()
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(out))
    view.close()
    page.deleteLater()
    view.deleteLater()
    app.processEvents()
    return out
