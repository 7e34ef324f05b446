"""What the window's ``app://`` scheme may serve, decided in ``services.map_web``, and the map
pages ``MapService`` builds for the window (the window imports no ``maps`` module)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cle_desktop.maps.prefetch import lat_to_y, lon_to_x
from cle_desktop.maps.sample import TOWN_BBOX, write_town_mbtiles
from cle_desktop.services import Services
from cle_desktop.services.errors import InvalidInput
from cle_desktop.services.map_web import map_file, open_tile_images
from cle_desktop.services.maps import TileArchive
from cle_desktop.services.offline_area import download_area


def test_the_map_page_files_are_served_by_name_and_nothing_else() -> None:
    leaflet = map_file("leaflet.js")
    assert leaflet is not None and leaflet[1] == "application/javascript"
    assert b"Leaflet" in leaflet[0][:2000]
    marker = map_file("images/marker-icon.png")
    assert marker is not None and marker == (marker[0], "image/png")
    assert marker[0].startswith(b"\x89PNG")
    for name in ("../pyproject.toml", "images/../leaflet.js", "images/nothing.png", "x.js"):
        assert map_file(name) is None, name


def test_a_tile_is_served_only_when_its_bytes_are_an_image(tmp_path: Path) -> None:
    path = tmp_path / "town.mbtiles"
    write_town_mbtiles(path, zooms=range(14, 15))
    west, _south, _east, north = TOWN_BBOX
    x, y = lon_to_x(west, 14), lat_to_y(north, 14)
    # one tile (not the one the archive is judged by) holds a web page instead of an image
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE tiles SET tile_data = ? WHERE zoom_level = 14 AND tile_column = ? AND tile_row = ?",
        (b"<html><script>alert(1)</script></html>", x + 1, (1 << 14) - 1 - y),
    )
    conn.commit()
    conn.close()
    tiles = open_tile_images(path)
    image = tiles.image(14, x, y)
    assert image is not None and image[1] == "image/png" and image[0].startswith(b"\x89PNG")
    assert tiles.image(14, x + 1, y) is None  # the page is never served as a tile
    assert tiles.image(3, 0, 0) is None  # a tile the archive does not have


def test_an_archive_that_is_not_tiles_is_the_services_own_error(tmp_path: Path) -> None:
    text = tmp_path / "notes.mbtiles"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(InvalidInput, match="not an MBTiles file"):
        open_tile_images(text)


def test_the_georeference_tile_map_of_a_damaged_archive_is_empty_and_says_why(
    tmp_path: Path, services: Services
) -> None:
    broken = tmp_path / "broken.mbtiles"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    archive = TileArchive("bm", "Broken", "mbtiles", broken, 12, 16, None)
    page = services.maps.pick_page(archive, labels={"mapName": "Tile map"})
    assert page.tiles is None
    assert isinstance(page.refusal, InvalidInput) and "broken.mbtiles" in str(page.refusal)
    assert "<html" in page.built.html and page.built.shown == []


def test_the_map_tab_page_serves_the_gathering_tiles_and_pins(
    tmp_path: Path, services: Services, gathering_id: str
) -> None:
    tiles = tmp_path / "town.mbtiles"
    write_town_mbtiles(tiles, zooms=range(14, 15))
    services.maps.add_basemap(gathering_id, tiles)
    asset = services.assets.create(gathering_id, "Public library", "asset")
    services.maps.place_by_latlon(asset, 35.687, -105.938)
    page = services.maps.app_page(gathering_id, labels={"mapName": "Karte"})
    assert page.refusal is None and page.spec.kind == "mbtiles"
    assert page.tiles is not None
    west, _south, _east, north = TOWN_BBOX
    assert page.tiles.image(14, lon_to_x(west, 14), lat_to_y(north, 14)) is not None
    assert [p.name for p in page.built.shown] == ["Public library"]
    assert "Karte" in page.built.html


def test_an_offline_area_refused_is_the_services_own_error(tmp_path: Path) -> None:
    out = tmp_path / "area.mbtiles"
    with pytest.raises(InvalidInput, match="attribution"):
        download_area(
            "http://127.0.0.1:9/{z}/{x}/{y}.png", TOWN_BBOX, range(1, 2), out, attribution=" "
        )
    assert not out.exists()
