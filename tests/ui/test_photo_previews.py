"""The Photos page imports a photo whose embedded preview shows another picture: the grid shows
the preview at once, and after the background check the photo itself."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from cle_desktop.media import make_thumbnail
from cle_desktop.media.preview_check import difference
from cle_desktop.services import Services
from cle_desktop.ui.main_window import MainWindow
from tests.forged_photos import real_photos, with_preview_of


def grid_icon(window: MainWindow, tmp_path: Path, name: str) -> Image.Image:
    """The first grid item's icon as the person sees it, read back through a PNG file."""
    icon = window.photos.grid.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    path = tmp_path / f"{name}.png"
    assert icon.pixmap(256, 256).save(str(path))
    with Image.open(path) as img:
        return img.convert("RGB")


def picture(source: Path, tmp_path: Path, name: str) -> Image.Image:
    dest = tmp_path / f"{name}.jpg"
    make_thumbnail(source, dest)
    with Image.open(dest) as img:
        return img.convert("RGB")


def test_a_forged_preview_is_replaced_in_the_grid_after_the_import(
    qtbot, window: MainWindow, services: Services, photos_gps: Path, tmp_path: Path
) -> None:
    photo, other = real_photos(photos_gps)[:2]
    forged = with_preview_of(photo, other, tmp_path / "stick" / "forged.jpg")
    window.dialogs.files = [forged]  # what the person picks in the file dialog
    window.tabs.setCurrentWidget(window.photos)
    with qtbot.waitSignal(window.photos.previewsChecked, timeout=60000) as checked:
        with qtbot.waitSignal(window.photos.importFinished, timeout=60000) as imported:
            qtbot.mouseClick(window.photos.import_button, Qt.MouseButton.LeftButton)
        assert len(imported.args[0].imported) == 1
        first = grid_icon(window, tmp_path, "before")
    assert checked.args[0].replaced == 1
    after = grid_icon(window, tmp_path, "after")
    real, fake = picture(forged, tmp_path, "real"), picture(other, tmp_path, "fake")
    assert difference(first, fake)[0] < 0.02  # the import showed the preview (fast path)
    assert difference(after, real)[0] < 0.02 and difference(after, fake)[0] > 0.05
    assert not services.photos.previews_unchecked()
