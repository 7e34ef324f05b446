"""The UI is ready for Spanish: strings go through tr() and the shipped translation loads."""

from __future__ import annotations

from cle_desktop.services import Services
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.launch import install_translation
from cle_desktop.ui.main_window import MainWindow


def test_spanish_translation_applies(
    qtbot, qapp, services: Services, gathering_id: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLE_DESKTOP_LANG", "es")
    install_translation(qapp)
    try:
        window = MainWindow(services, ScriptedDialogs())
        qtbot.addWidget(window)
        assert window.tabs.tabText(0) == "Mesa de historias"
        assert window.desk.editor.placeholderText().startswith("Escriba la historia")
    finally:
        for translator in qapp.findChildren(
            __import__("PySide6.QtCore", fromlist=["QTranslator"]).QTranslator
        ):
            qapp.removeTranslator(translator)
