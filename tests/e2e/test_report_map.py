"""The report's map is the real map: town tiles from an MBTiles, the drawn map's photo, or a
plain pin plot; pins in the kinds' colours with numbers, names in a table beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader

from cle_desktop.domain.georef import ControlPoint
from cle_desktop.media import generate_photo
from cle_desktop.reports.export import export_report
from cle_desktop.reports.map_image import BACKGROUND, KIND_COLOURS, render_map
from cle_desktop.reports.model import build_report
from cle_desktop.services import Services
from tests.town_tiles import CENTRE, ZOOM_COLOURS, make_town_mbtiles

NAMES = [
    ("Abuela's tortilla recipe", "gift"),
    ("Acequia Madre association", "asset"),
    ("Youth centre", "hope"),
    ("Public library", "asset"),
]


@pytest.fixture
def placed(services: Services, gathering_id: str) -> dict[str, str]:
    pid = services.participants.add(gathering_id, "Rosa Quintana")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    for name, kind in NAMES:
        body = f"We spoke of {name} today."
        sid = services.stories.capture(gathering_id, title=name, body=body, teller_ids=[pid])
        start = body.index(name)
        services.tags.tag_passage(sid, start, start + len(name), kind, new_asset_name=name)
    return {row.name: row.id for row in services.assets.inventory(gathering_id)}


def _hex(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _share(img: Image.Image, rgb: tuple[int, int, int], tolerance: int = 6) -> float:
    rgb_img = img.convert("RGB")
    colours = rgb_img.getcolors(maxcolors=1 << 24) or []
    near = sum(
        n for n, c in colours if all(abs(a - b) <= tolerance for a, b in zip(c, rgb, strict=True))
    )
    return near / (rgb_img.width * rgb_img.height)


def test_town_tiles_under_the_pins_at_the_deepest_zoom(
    services: Services, gathering_id: str, placed: dict[str, str], tmp_path: Path
) -> None:
    services.maps.add_basemap(gathering_id, make_town_mbtiles(tmp_path / "town.mbtiles"))
    offsets = [(-0.004, -0.005), (0.003, 0.004), (0.0, 0.0), (0.002, -0.003)]
    for (name, _kind), (dlat, dlon) in zip(NAMES, offsets, strict=True):
        services.places.place_asset(placed[name], lat=CENTRE[0] + dlat, lon=CENTRE[1] + dlon)
    report = build_report(services.db, gathering_id, "public", "en")
    m = render_map(report, tmp_path / "map.png")
    assert m is not None and m.base == "tiles"
    assert sorted(p.name for p in m.pins) == sorted(n for n, _k in NAMES)
    assert [p.number for p in m.pins] == list(range(1, len(NAMES) + 1))
    assert m.attribution == "Town © test tiles", "attribution is plain text, tags dropped"
    with Image.open(m.path) as img:
        assert _share(img, ZOOM_COLOURS[16]) > 0.3, "zoom 16 tiles fill the map"
        for kind in ("asset", "gift", "hope"):
            assert _share(img, _hex(KIND_COLOURS[kind]), 10) > 0.0005, f"no {kind} pin drawn"


def test_no_base_map_gives_a_plain_pin_plot(
    services: Services, gathering_id: str, placed: dict[str, str], tmp_path: Path
) -> None:
    for i, (name, _kind) in enumerate(NAMES):
        services.places.place_asset(placed[name], lat=35.68 + i * 0.001, lon=-105.94 + i * 0.002)
    m = render_map(build_report(services.db, gathering_id), tmp_path / "map.png")
    assert m is not None and m.base == "plain"
    with Image.open(m.path) as img:
        assert _share(img, _hex(BACKGROUND), 2) > 0.85, "a plain background, no axes or grid"
        assert img.convert("RGB").getpixel((img.width - 5, img.height - 5)) == _hex(BACKGROUND)


def test_drawn_map_pins_and_the_ones_it_cannot_show(
    services: Services, gathering_id: str, placed: dict[str, str], tmp_path: Path
) -> None:
    drawing = generate_photo(tmp_path / "drawn.jpg", 1200, 800, seed=4)
    services.maps.add_basemap(gathering_id, drawing)
    services.maps.place_on_drawn_map(placed["Public library"], gathering_id, 300, 200)
    services.maps.place_on_drawn_map(placed["Youth centre"], gathering_id, 900, 600)
    services.places.place_asset(placed["Abuela's tortilla recipe"], lat=35.7, lon=-105.9)
    m = render_map(build_report(services.db, gathering_id), tmp_path / "map.png")
    assert m is not None and m.base == "drawing"
    assert {p.name for p in m.pins} == {"Public library", "Youth centre"}
    assert m.off_map == ["Abuela's tortilla recipe"], "a lat/lon pin without georef is named"
    with Image.open(m.path) as img:
        scale = img.width / 1200
        x, y = round(300 * scale), round(200 * scale)
        assert img.convert("RGB").getpixel((x - 12, y)) == pytest.approx(
            _hex(KIND_COLOURS["asset"]), abs=40
        )
    # Georeferenced, the lat/lon pin lands on the drawing too.
    services.maps.set_control_points(
        gathering_id,
        [ControlPoint(0, 0, 35.71, -105.91), ControlPoint(1200, 800, 35.69, -105.88)],
    )
    m = render_map(build_report(services.db, gathering_id), tmp_path / "map2.png")
    assert m is not None and "Abuela's tortilla recipe" in {p.name for p in m.pins}
    assert not m.off_map


def test_every_document_shows_the_map_and_its_numbered_names(
    services: Services, gathering_id: str, placed: dict[str, str], tmp_path: Path
) -> None:
    path = make_town_mbtiles(tmp_path / "town.mbtiles")
    services.maps.add_basemap(gathering_id, path)
    for i, (name, _kind) in enumerate(NAMES):
        services.places.place_asset(placed[name], lat=CENTRE[0] + i * 0.001, lon=CENTRE[1])
    pdf = export_report(services.db, gathering_id, "pdf", tmp_path / "r.pdf")
    reader = PdfReader(str(pdf))
    map_pages = [p for p in reader.pages if "Community asset map" in (p.extract_text() or "")]
    page = map_pages[-1]
    text = page.extract_text() or ""
    assert all(name in text for name, _k in NAMES), "the names stand whole beside the map"
    assert page["/Resources"]["/XObject"], "the map picture is on the map page"
    html = export_report(services.db, gathering_id, "html", tmp_path / "r.html").read_text(
        encoding="utf-8"
    )
    assert re.search(
        r"<img class='map' alt='Map of 4 placed assets[^']*' src='data:image/png", html
    )
    assert "Abuela&#x27;s tortilla recipe" in html and "Base map: Town © test tiles" in html
    docx = Document(str(export_report(services.db, gathering_id, "docx", tmp_path / "r.docx")))
    cells = {c.text for t in docx.tables for row in t.rows for c in row.cells}
    assert {n for n, _k in NAMES} <= cells


def test_a_hostile_attribution_is_text_in_every_file(
    services: Services, gathering_id: str, placed: dict[str, str], tmp_path: Path
) -> None:
    import sqlite3

    path = make_town_mbtiles(tmp_path / "town.mbtiles")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE metadata SET value=? WHERE name='attribution'",
            ("<img src=x onerror=alert(1)>&lt;script&gt;Evil",),
        )
    services.maps.add_basemap(gathering_id, path)
    services.places.place_asset(placed["Public library"], lat=CENTRE[0], lon=CENTRE[1])
    html = export_report(services.db, gathering_id, "html", tmp_path / "r.html").read_text(
        encoding="utf-8"
    )
    assert "<img src=x" not in html and "<script>" not in html
    assert "&lt;script&gt;Evil" in html
