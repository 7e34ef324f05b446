"""Sentences from below the UI (service errors, photo-import reasons) reach a Spanish-speaking
note-taker in Spanish, reason phrases included, while ``str(error)`` stays English."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from cle_desktop.media.errors import NotAnImage
from cle_desktop.services.errors import InvalidInput
from cle_desktop.ui.main_window import MainWindow
from cle_desktop.ui.messages import readable


def test_photo_import_reasons_are_spanish(
    qtbot, tmp_path: Path, spanish: None, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.photos)
    text = tmp_path / "notas.jpg"
    text.write_text("Lista de asistentes: Rosa, Luis, Ana.\n")
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (120, 160, 90)).save(buffer, "JPEG", quality=90)
    cut = tmp_path / "cortada.jpg"
    cut.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with qtbot.waitSignal(window.photos.importFinished, timeout=60000) as blocker:
        window.photos.start_import([text, cut])
    report = blocker.args[0]
    assert len(report.errors) == 2
    # the CLI's report is unchanged English
    assert any("is not a photo we can read" in e["reason"] for e in report.errors)
    title, message = window.dialogs.messages[-1]
    assert title == "Algunas fotos no se importaron"
    assert "notas.jpg no es una foto que podamos leer (parece un archivo de texto)." in message
    assert "cortada.jpg está incompleta (el archivo termina antes que la imagen)" in message
    assert "is not a photo" not in message and "the file" not in message


def test_a_service_error_is_shown_in_spanish(qtbot, spanish: None, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentWidget(window.people)
    window.people.name_edit.setText("   ")
    window.people.add_action.trigger()
    assert window.dialogs.messages[-1] == (
        "No se pudo añadir",
        "Un participante necesita un nombre.",
    )


def test_readable_translates_nested_reasons_and_falls_back_to_english(spanish: None) -> None:
    error = NotAnImage("/fotos/carpeta", "it is a folder")
    assert readable(error) == "carpeta no es una foto que podamos leer (es una carpeta)."
    assert str(error) == "carpeta is not a photo we can read (it is a folder)."
    wrapped = InvalidInput(error.phrase)
    assert readable(wrapped) == readable(error)
    assert readable(ValueError("plain English")) == "plain English"
    assert readable(InvalidInput("not marked, {kept} as it is")) == "not marked, {kept} as it is"


def test_readable_is_english_without_a_translation() -> None:
    error = NotAnImage("/fotos/carpeta", "it is a folder")
    assert readable(error) == str(error)


def test_a_sync_refusal_names_the_laptop_in_spanish(spanish: None, tmp_path: Path) -> None:
    """A removed laptop's bundle is refused naming that laptop (never its device id), and a
    laptop that never said its name is "(sin nombre)" in the Spanish sentence."""
    import pytest

    from cle_desktop.sync import trust
    from cle_desktop.sync.bundle import BundleRejected
    from tests.laptops import JoinedLaptops

    laptops = JoinedLaptops(tmp_path)
    a, c = laptops.add("a"), laptops.add("c")
    g = a.gatherings.create("Encuentro")
    c.sync.import_bundle(a.sync.export_bundle(tmp_path / "s0").path)
    a.sync.remove_laptop(c.db.device_id)
    c.stories.capture(g, body="escrito después")
    late = c.sync.export_bundle(tmp_path / "s1").path
    with pytest.raises(BundleRejected) as refused:
        a.sync.import_bundle(late)
    assert readable(refused.value).startswith(f"{late.name} viene de la computadora “laptop c” (")
    assert readable(refused.value).endswith(
        "que fue retirada de este encuentro; no se importó nada."
    )
    unnamed = trust.TrustRefused(
        "A change in the bundle names laptop {laptop} but is not signed by it (forged, "
        "altered, or replayed under its name); nothing was imported.",
        laptop=trust.NO_NAME,
    )
    assert "la computadora (sin nombre), pero no está firmado" in readable(unnamed)


def test_the_offline_area_and_georeference_refusals_are_spanish(
    qtbot, spanish: None, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The offline-area dialog says why it will not download in Spanish (the braces of a tile
    address kept as typed), and the fit's refusals reach the window as phrases too."""
    import pytest
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from cle_desktop.domain.georef import ControlPoint, GeorefRefused, fit
    from cle_desktop.ui.prefetch_dialog import PrefetchDialog

    dialog = PrefetchDialog((-105.95, 35.68, -105.93, 35.69), tmp_path / "area.mbtiles")
    qtbot.addWidget(dialog)
    download = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.url, "https://tiles.example.org/{z}/{x}/{y}.png")
    qtbot.mouseClick(download, Qt.MouseButton.LeftButton)  # no attribution typed
    qtbot.waitUntil(lambda: "atribución" in dialog.estimate.text(), timeout=10_000)
    assert dialog.estimate.text() == (
        "Los mosaicos vienen con una atribución; escríbala para que el mapa pueda citar su fuente."
    )
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "https://tiles.example.org/{z}/{x}/{y}{q}.png")
    qtbot.keyClicks(dialog.attribution, "© Mapas de prueba")
    qtbot.waitUntil(download.isEnabled, timeout=10_000)
    qtbot.mouseClick(download, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "{q}" in dialog.estimate.text(), timeout=10_000)
    assert dialog.estimate.text() == (
        "La dirección de los mosaicos contiene {q}; solo se pueden completar {z}, {x}, {y}, "
        "{s} y {r}."
    )
    with pytest.raises(GeorefRefused) as refused:
        fit([ControlPoint(1, 1, 35.0, -105.0), ControlPoint(1, 1, 35.1, -105.1)])
    assert isinstance(refused.value, ValueError)
    assert readable(refused.value) == "Los dos puntos de control son el mismo píxel."
    assert str(refused.value) == "The two control points are the same pixel."
