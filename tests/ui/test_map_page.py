"""The map page in the real QWebEngineView: served by app://, no http(s) request, pins drawn,
moves stored through the write path, and a drawn-map photo as the base map."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.map_page import MapPage
from cle_desktop.ui.pages import PageContext


def run_js(qtbot, page: MapPage, script: str):  # type: ignore[no-untyped-def]
    box: dict[str, object] = {}
    page.view.page().runJavaScript(script, 0, lambda value: box.setdefault("v", value))
    qtbot.waitUntil(lambda: "v" in box, timeout=10000)
    return box["v"]


def placed_gathering(services: Services, gathering_id: str) -> list[str]:
    ids = []
    for i, name in enumerate(
        ["Community garden", "Public <b>library</b> ${x}", "Youth soccer league"]
    ):
        sid = services.stories.capture(gathering_id, title=name, body=f"We love the {name}.")
        services.tags.tag_passage(
            sid, 12, 12 + len(name), ("asset", "gift", "hope")[i], new_asset_name=name
        )
    for i, row in enumerate(services.assets.inventory(gathering_id)):
        services.places.place_asset(row.id, lat=35.68 + i / 100, lon=-105.94 + i / 100)
        ids.append(row.id)
    return ids


def test_map_draws_pins_offline_and_stores_moves(
    qtbot, services: Services, gathering_id: str, basemaps_dir: Path
) -> None:
    ids = placed_gathering(services, gathering_id)
    services.maps.add_basemap(gathering_id, basemaps_dir / "geography-class-png.mbtiles")
    page = MapPage(PageContext(services))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.set_gathering(gathering_id)
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "String(!!window.cleReady)") == "true", timeout=15000
    )
    assert run_js(qtbot, page, "String(window.cleVisiblePins)") == "3"
    names = json.loads(
        run_js(
            qtbot, page, "JSON.stringify(window.cleMap.markers.map(function(m){return m.pin.name}))"
        )
    )
    assert "Public <b>library</b> ${x}" in names  # kept as text, not markup
    assert page.interceptor.blocked == []
    assert any(p.startswith("assets/leaflet.js") for p in page.handler.served)
    page.bridge.movePin(ids[0], 35.7, -105.9)
    place = services.places.get(services.assets.inventory(gathering_id)[0].place_id or "")
    assert (round(place.lat or 0, 3), round(place.lon or 0, 3)) in {
        (35.7, -105.9),
        (35.68, -105.94),
        (35.69, -105.93),
        (35.7, -105.92),
    }


def test_a_drawn_map_photo_is_the_base_map(
    qtbot, services: Services, gathering_id: str, tmp_path: Path
) -> None:
    drawing = tmp_path / "drawn-map.png"
    img = Image.new("RGB", (800, 600), "#fbf7ee")
    ImageDraw.Draw(img).line([(50, 500), (750, 100)], fill="#555", width=8)
    img.save(drawing)
    services.maps.add_basemap(gathering_id, drawing)
    asset = services.assets.create(gathering_id, "Acequia")
    spec = services.maps.basemap_spec(gathering_id)
    services.places.place_asset(
        asset, basemap_id=services.gatherings.get(gathering_id).basemap_id, px=400, py=300
    )
    page = MapPage(PageContext(services))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.set_gathering(gathering_id)
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "String(!!window.cleReady)") == "true", timeout=15000
    )
    assert spec.kind == "image" and spec.width == 800
    assert run_js(qtbot, page, "String(window.cleVisiblePins)") == "1"
    assert page.interceptor.blocked == []
    assert any(p.startswith("overlay/") for p in page.handler.served)


def test_dragging_an_unplaced_asset_onto_the_map_places_it(
    qtbot, qtmodeltester, services: Services, gathering_id: str
) -> None:
    placed_gathering(services, gathering_id)
    library = services.assets.create(gathering_id, "Bookmobile")
    page = MapPage(PageContext(services))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.set_gathering(gathering_id)
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "String(!!window.cleReady)") == "true", timeout=15000
    )
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "String(!!(window.qt && window.QWebChannel))") == "true",
        timeout=5000,
    )
    unplaced = page.unplaced.model()
    qtmodeltester.check(unplaced)
    first = unplaced.index(0, 0)
    assert first.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert unplaced.mimeData([first]).text() == f"cle-asset:{library}"
    page.unplaced.setCurrentIndex(first)
    qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)  # page.place_action
    assert page.hint.text() == "Now click the map where “Bookmobile (asset)” is."
    with qtbot.waitSignal(page.bridge.pinPlaced, timeout=10000):
        run_js(
            qtbot,
            page,
            f"""(function(){{ var dt = new DataTransfer(); dt.setData('text/plain', 'cle-asset:{library}');
            var box = window.cleMap.map.getContainer(); var r = box.getBoundingClientRect();
            box.dispatchEvent(new DragEvent('drop', {{dataTransfer: dt, clientX: r.left + 200, clientY: r.top + 150, bubbles: true}}));
            return 'sent'; }})()""",
        )
    place_id = next(r.place_id for r in services.assets.inventory(gathering_id) if r.id == library)
    assert place_id and services.places.get(place_id).lat is not None


def test_the_place_hint_goes_once_the_asset_is_placed_or_placing_stops(
    qtbot, services: Services, gathering_id: str
) -> None:
    placed_gathering(services, gathering_id)
    services.assets.create(gathering_id, "Bookmobile")
    page = MapPage(PageContext(services))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.set_gathering(gathering_id)
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "String(!!window.cleReady)") == "true", timeout=15000
    )
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "String(!!(window.qt && window.QWebChannel))") == "true",
        timeout=5000,
    )
    resting = page.hint.text()
    first = page.unplaced.model().index(0, 0)  # the person clicks the asset in the list
    qtbot.mouseClick(
        page.unplaced.viewport(), Qt.MouseButton.LeftButton, pos=page.unplaced.visualRect(first).center()
    )
    assert page.unplaced.currentIndex() == first
    qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    assert page.hint.text().startswith("Now click the map where “Bookmobile")
    page.cancel_placing_action.trigger()  # Esc
    assert page.hint.text() == resting
    assert run_js(qtbot, page, "String(window.clePlacing)") == "null"

    qtbot.mouseClick(page.place_button, Qt.MouseButton.LeftButton)
    assert page.hint.text().startswith("Now click the map")
    placed: list[str] = []
    page.bridge.pinPlaced.connect(lambda asset_id, _lat, _lng: placed.append(asset_id))
    click = "window.cleMap.map.fire('click', {latlng: window.cleMap.map.getCenter()}); 'ok'"
    # a click on the map (repeated until the page's web channel is up; then it places once)
    qtbot.waitUntil(lambda: bool(placed) or not run_js(qtbot, page, click), timeout=10000)
    assert len(placed) == 1
    assert page.hint.text() == resting
