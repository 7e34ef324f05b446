"""A host chooses the gathering's base map in the window and georeferences the drawn map.

Driven as a person does it: the Map tab is clicked, the Base map… choices are the page's (and
the Gathering menu's) QActions, the file dialog is answered through the injected dialog
service, points are clicked on the photo and typed or clicked on the tile map, Save is
clicked. Then: what the page says and lists, what the map page draws, and what the database
holds (the control points, the pins' lat/lon).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from cle_desktop.domain.georef import ControlPoint
from cle_desktop.services import Services
from cle_desktop.ui.dialogs import ScriptedDialogs
from tests.journeys.conftest import click_tab
from tests.town_tiles import CENTRE, make_town_mbtiles
from tests.ui.conftest import english  # noqa: F401 - the English catalogue (plural forms)

pytestmark = pytest.mark.usefixtures("english")

# The drawing: 1000 × 800 px, north up, 2 m a pixel, its top-left corner at TOP_LEFT.
TOP_LEFT = (35.6955, -105.9480)
DEG_PER_PX = 0.000018
K = math.cos(math.radians(CENTRE[0]))


def true_place(px: float, py: float) -> tuple[float, float]:
    return TOP_LEFT[0] - py * DEG_PER_PX, TOP_LEFT[1] + px * DEG_PER_PX / K


def true_pixel(lat: float, lon: float) -> tuple[float, float]:
    return (lon - TOP_LEFT[1]) * K / DEG_PER_PX, (TOP_LEFT[0] - lat) / DEG_PER_PX


def drawn_map(path: Path) -> Path:
    """A hand-drawn-looking map: paper, a river, streets, a plaza (a real PNG on disk)."""
    img = Image.new("RGB", (1000, 800), "#f6f0e1")
    d = ImageDraw.Draw(img)
    d.line([(0, 620), (300, 560), (620, 640), (1000, 590)], fill="#6fa8dc", width=18)
    for x in range(80, 1000, 180):
        d.line([(x, 0), (x + 30, 800)], fill="#7a6a58", width=7)
    for y in range(90, 560, 150):
        d.line([(0, y), (1000, y + 20)], fill="#7a6a58", width=7)
    d.rectangle([430, 300, 560, 400], outline="#b5562f", width=6)
    img.save(path)
    return path


def run_js(qtbot: Any, view: Any, script: str) -> Any:
    box: dict[str, object] = {}
    view.page().runJavaScript(script, 0, lambda value: box.setdefault("v", value))
    qtbot.waitUntil(lambda: "v" in box, timeout=10000)
    return box["v"]


def wait_map(qtbot: Any, view: Any) -> None:
    qtbot.waitUntil(
        lambda: run_js(qtbot, view, "String(!!window.cleReady && !!window.qt)") == "true",
        timeout=30000,
    )


def visible_names(qtbot: Any, view: Any) -> list[str]:
    return sorted(
        json.loads(
            run_js(
                qtbot,
                view,
                "JSON.stringify(window.cleMap.markers.map(function(m){return m.pin.name}))",
            )
        )
    )


def click_web_map(qtbot: Any, view: Any, lat: float, lng: float) -> None:
    """A real left click on the map where (lat, lng) is drawn (Leaflet's own coordinates)."""
    spot = json.loads(
        run_js(
            qtbot,
            view,
            f"(function(){{var p = window.cleMap.map.latLngToContainerPoint([{lat}, {lng}]);"
            "return JSON.stringify([Math.round(p.x), Math.round(p.y)]);})()",
        )
    )
    target = view.focusProxy() or view
    QTest.mouseClick(
        target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*spot)
    )


def click_photo(qtbot: Any, dialog: Any, px: float, py: float) -> None:
    """Click the drawing in the georeference dialog at image pixel (px, py)."""
    view = dialog.photo
    spot = view.mapFromScene(QPointF(px, py))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def type_into(qtbot: Any, field: Any, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


@pytest.fixture
def gathering(services: Services, gathering_id: str) -> dict[str, str]:
    """Four tagged assets: two placed earlier by lat/lon, one far off in Albuquerque, one not
    placed at all."""
    pid = services.participants.add(gathering_id, "Rosa")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    names = ["Public library", "Community garden", "Albuquerque market", "Acequia"]
    for name in names:
        body = f"We love the {name} here."
        sid = services.stories.capture(gathering_id, title=name, body=body, teller_ids=[pid])
        services.tags.tag_passage(sid, 12, 12 + len(name), "asset", new_asset_name=name)
    ids = {r.name: r.id for r in services.assets.inventory(gathering_id)}
    services.places.place_asset(ids["Public library"], lat=35.6890, lon=-105.9400)
    services.places.place_asset(ids["Community garden"], lat=35.6860, lon=-105.9360)
    services.places.place_asset(ids["Albuquerque market"], lat=35.0844, lon=-106.6504)
    return ids


def map_page(qtbot: Any, window: Any) -> Any:
    click_tab(qtbot, window, "Map")
    page = window.page("map")
    wait_map(qtbot, page.view)
    return page


def reload_and_wait(qtbot: Any, page: Any, trigger: Any) -> None:
    with qtbot.waitSignal(page.loaded, timeout=30000):
        trigger()
    wait_map(qtbot, page.view)


def place_of(services: Services, gathering_id: str, asset_id: str) -> Any:
    row = next(r for r in services.assets.inventory(gathering_id) if r.id == asset_id)
    return services.places.get(row.place_id or "")


def test_a_host_georeferences_the_drawn_map_and_places_pins_on_it(
    qtbot: Any,
    window_on: Any,
    dialogs: ScriptedDialogs,
    services: Services,
    gathering_id: str,
    gathering: dict[str, str],
    tmp_path: Path,
) -> None:
    window = window_on(services, gathering_id)
    window.resize(1366, 768)
    page = map_page(qtbot, window)
    assert page.basemap_label.text() == "None: the pins by latitude and longitude."

    # the town tile archive first (what "Prepare offline area" leaves), from the page's menu
    dialogs.files = [make_town_mbtiles(tmp_path / "town.mbtiles")]
    reload_and_wait(qtbot, page, page.basemap_tiles.trigger)
    assert page.basemap_label.text() == "Tile archive “Santa Fe streets”."
    assert visible_names(qtbot, page.view) == ["Community garden", "Public library"]
    assert page.not_shown.text() == (
        "1 asset is not shown on this map: Albuquerque market. "
        "1 lies outside what this base map covers."
    )
    assert "Choose a tile archive" in dialogs.asked

    # then the photo of the drawing: the two lat/lon pins have no spot on it yet, and say so
    dialogs.files = [drawn_map(tmp_path / "drawn-map.png")]
    reload_and_wait(qtbot, page, page.basemap_drawing.trigger)
    assert page.basemap_label.text() == (
        "Drawn map “drawn-map”, not georeferenced: it has no scale."
    )
    assert visible_names(qtbot, page.view) == []
    sentence = page.not_shown.text()
    assert sentence.startswith("3 assets are not shown on this map: ")
    assert "Public library" in sentence and "Community garden" in sentence
    assert "need the drawing georeferenced" in sentence and not page.not_shown.isHidden()
    listed = [
        page.unplaced.model().index(i, 0).data() for i in range(page.unplaced.model().rowCount())
    ]
    assert any(t.startswith("Public library") and "latitude/longitude" in t for t in listed)
    assert (
        run_js(qtbot, page.view, "String(!!document.querySelector('.leaflet-control-scale'))")
        == "false"
    )
    assert not page.georef_button.isHidden()

    # the georeference dialog: three places clicked on the photo
    qtbot.mouseClick(page.georef_button, Qt.MouseButton.LeftButton)
    dialog = page.georef_dialog
    qtbot.waitExposed(dialog)
    assert dialog.tile_box is not None, "the town tiles are offered to click places on"
    wait_map(qtbot, dialog.tiles_view)
    spots = [(120.0, 100.0), (880.0, 160.0), (500.0, 700.0)]
    click_photo(qtbot, dialog, *spots[0])
    # a screen pixel is a few pixels of the photo at this zoom: the spot clicked is what counts
    clicked = [(dialog.points[0][0], dialog.points[0][1])]
    assert abs(clicked[0][0] - 120) <= 3 and abs(clicked[0][1] - 100) <= 3
    assert dialog.rows[0].pixel.text() == f"x {clicked[0][0]:.0f}, y {clicked[0][1]:.0f}"
    assert not dialog.save_button.isEnabled()
    assert dialog.status.text().startswith("Give point 1 its place")
    lat, lon = true_place(*clicked[0])
    type_into(qtbot, dialog.rows[0].lat, f"{lat:.6f}")
    type_into(qtbot, dialog.rows[0].lon, f"{lon:.6f}")
    click_photo(qtbot, dialog, *spots[1])
    clicked.append((dialog.points[1][0], dialog.points[1][1]))
    lat, lon = true_place(*clicked[1])
    type_into(qtbot, dialog.rows[1].lat, f"{lat:.6f}".replace(".", ","))  # a Spanish comma
    type_into(qtbot, dialog.rows[1].lon, f"{lon:.6f}".replace(".", ","))
    assert dialog.residual.text().startswith("Two points give an exact fit")
    assert dialog.save_button.isEnabled()
    # the third place is clicked on the tile map
    click_photo(qtbot, dialog, *spots[2])
    clicked.append((dialog.points[2][0], dialog.points[2][1]))
    lat3, lon3 = true_place(*clicked[2])
    click_web_map(qtbot, dialog.tiles_view, lat3, lon3)
    qtbot.waitUntil(lambda: dialog.rows[2].lat.text() != "", timeout=10000)
    assert abs(float(dialog.rows[2].lat.text()) - lat3) < 0.0005
    residual = dialog.residual.text()
    assert residual.startswith("Residual error: ") and " m on average (RMS)" in residual
    with qtbot.waitSignal(page.loaded, timeout=30000):  # the page redraws on the drawing
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    # on disk: the three control points as given
    saved = services.maps.control_points(gathering_id)
    assert [(p.px, p.py) for p in saved] == clicked
    assert saved[0] == ControlPoint(*clicked[0], *(round(v, 6) for v in true_place(*clicked[0])))
    assert abs(saved[2].lat - lat3) < 0.0005 and abs(saved[2].lon - lon3) < 0.0005

    # the earlier lat/lon pins now stand on the drawing, where their lat/lon falls
    wait_map(qtbot, page.view)
    assert visible_names(qtbot, page.view) == ["Community garden", "Public library"]
    assert page.basemap_label.text() == "Drawn map “drawn-map”, georeferenced."
    assert page.not_shown.text().startswith("1 asset is not shown on this map: Albuquerque market.")
    pin = json.loads(
        run_js(
            qtbot,
            page.view,
            "JSON.stringify(window.cleMap.markers.filter(function(m){return m.pin.name==='Public library'})"
            ".map(function(m){return [m.pin.px, m.pin.py]})[0])",
        )
    )
    want = true_pixel(35.6890, -105.9400)
    assert abs(pin[0] - want[0]) < 15 and abs(pin[1] - want[1]) < 15
    assert (
        run_js(qtbot, page.view, "String(!!document.querySelector('.cle-drawn-scale'))") == "true"
    )

    # a pin placed on the drawing gets its lat/lon
    row = next(
        i
        for i in range(page.unplaced.model().rowCount())
        if page.unplaced.model().index(i, 0).data().startswith("Acequia")
    )
    rect = page.unplaced.visualRect(page.unplaced.model().index(row, 0))
    qtbot.mouseClick(page.unplaced.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    assert page.hint.text().startswith("Now click the map where “Acequia")
    # a spot in view, a little off the centre (the view is fitted to the two pins)
    centre = json.loads(
        run_js(
            qtbot,
            page.view,
            "(function(){var c = window.cleMap.map.getCenter();"
            "return JSON.stringify([c.lat - 20, c.lng + 30]);})()",
        )
    )
    with qtbot.waitSignal(page.loaded, timeout=30000):
        click_web_map(qtbot, page.view, *centre)
    place = place_of(services, gathering_id, gathering["Acequia"])
    want_px, want_py = centre[1], 800 - centre[0]  # Leaflet's [H - py, px] on the drawing
    assert place.px is not None and abs(place.px - want_px) < 3
    assert abs((place.py or 0) - want_py) < 3
    want_lat, want_lon = true_place(place.px, place.py or 0)
    assert place.lat == pytest.approx(want_lat, abs=2e-4)
    assert place.lon == pytest.approx(want_lon, abs=2e-4)
    wait_map(qtbot, page.view)
    assert "Acequia" in visible_names(qtbot, page.view)


def test_choosing_tiles_and_none_from_the_gathering_menu(
    qtbot: Any,
    window_on: Any,
    dialogs: ScriptedDialogs,
    services: Services,
    gathering_id: str,
    gathering: dict[str, str],
    basemaps_dir: Path,
) -> None:
    window = window_on(services, gathering_id)
    page = map_page(qtbot, window)
    window.menus.fill()
    dialogs.files = [basemaps_dir / "geography-class-png.mbtiles"]
    reload_and_wait(qtbot, page, window.menus.actions["menuBaseMapTiles"].trigger)
    assert services.maps.basemap_spec(gathering_id).kind == "mbtiles"
    assert page.basemap_label.text().startswith("Tile archive “")
    assert visible_names(qtbot, page.view) == [
        "Albuquerque market",
        "Community garden",
        "Public library",
    ]
    assert page.not_shown.isHidden()
    assert (
        run_js(qtbot, page.view, "String(!!document.querySelector('.leaflet-control-scale'))")
        == "true"
    )
    assert any(p.startswith("tiles/") for p in page.handler.served)
    listed = [
        page.unplaced.model().index(i, 0).data() for i in range(page.unplaced.model().rowCount())
    ]
    assert listed == ["Acequia (asset)"]

    reload_and_wait(qtbot, page, window.menus.actions["menuBaseMapNone"].trigger)
    assert services.maps.basemap_spec(gathering_id).kind == "none"
    assert page.basemap_label.text() == "None: the pins by latitude and longitude."
    assert len(visible_names(qtbot, page.view)) == 3
    assert (
        not window.menus.actions["menuGeoreference"].isEnabled()
        or not page.georeference.isEnabled()
    )


@pytest.mark.parametrize(
    ("name", "content", "sentence"),
    [
        ("broken.mbtiles", b"SQLite format 3\x00" + b"\x13" * 4000, "mbtiles"),
        ("holiday.png", b"this is not a picture", "holiday.png"),
        ("notes.txt", b"hello", "is not a base map: use an .mbtiles or .pmtiles file"),
    ],
)
def test_a_file_that_cannot_be_a_base_map_is_refused_with_a_sentence(
    qtbot: Any,
    window_on: Any,
    dialogs: ScriptedDialogs,
    services: Services,
    gathering_id: str,
    gathering: dict[str, str],
    tmp_path: Path,
    name: str,
    content: bytes,
    sentence: str,
) -> None:
    window = window_on(services, gathering_id)
    page = map_page(qtbot, window)
    bad = tmp_path / name
    bad.write_bytes(content)
    dialogs.files = [bad]
    (page.basemap_drawing if name.endswith(".png") else page.basemap_tiles).trigger()
    text = page.basemap_problem.text()
    assert sentence.lower() in text.lower() and "Traceback" not in text
    assert text.count(".") >= 1 and "\n" not in text
    assert not page.basemap_problem.isHidden()
    assert services.maps.basemap_spec(gathering_id).kind == "none", "nothing changed"
    assert page.basemap_label.text() == "None: the pins by latitude and longitude."


def test_the_base_map_words_are_spanish(
    qtbot: Any,
    spanish: None,
    window_on: Any,
    dialogs: ScriptedDialogs,
    services: Services,
    gathering_id: str,
    gathering: dict[str, str],
    tmp_path: Path,
) -> None:
    window = window_on(services, gathering_id)
    click_tab(qtbot, window, "Mapa")
    page = window.page("map")
    wait_map(qtbot, page.view)
    assert page.basemap_button.text() == "Mapa base…"
    assert page.basemap_label.text() == "Ninguno: los marcadores por latitud y longitud."
    dialogs.files = [drawn_map(tmp_path / "mapa.png")]
    reload_and_wait(qtbot, page, page.basemap_drawing.trigger)
    assert page.not_shown.text().startswith("3 recursos no se muestran en este mapa: ")
    assert "hace falta georreferenciar el dibujo" in page.not_shown.text()
    qtbot.mouseClick(page.georef_button, Qt.MouseButton.LeftButton)
    dialog = page.georef_dialog
    assert dialog.windowTitle() == "Georreferenciar el mapa dibujado"
    assert dialog.rows[0].remove.text() == "Quitar"
    dialog.reject()
