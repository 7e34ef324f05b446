"""Qt set-up for UI tests: offscreen, software OpenGL, and the app:// scheme registered before
the QApplication exists (QtWebEngine requires that order)."""

from __future__ import annotations

import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")


def pytest_configure(config: pytest.Config) -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseSoftwareOpenGL)
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    try:
        from cle_desktop.ui.web_scheme import register_app_scheme
    except ImportError:
        return
    register_app_scheme()


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["cle-desktop-tests"]
