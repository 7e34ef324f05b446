"""Choosing a base map and georeferencing a drawing, on the service side: none clears it, the
tile archives used before stay available for picking control points, a drawing's pins get
lat/lon once it is georeferenced, no position is thrown away, and pins a base map cannot show
are named (no position on it, or outside what it covers)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PIL import Image

from cle_desktop.domain.georef import ControlPoint, exact_fit, fit, residuals_m
from cle_desktop.maps.build import build_map
from cle_desktop.services import Services
from tests.town_tiles import CENTRE, make_town_mbtiles

# a drawing 1000 px wide over about 1.8 km of Santa Fe, north up, true to scale
SCALE = 0.00002  # degrees of latitude per pixel
K = math.cos(math.radians(35.687))


def true_point(px: float, py: float) -> ControlPoint:
    return ControlPoint(px, py, 35.70 - py * SCALE, -105.95 + px * SCALE / K)


def place_of(services: Services, gathering_id: str, asset_id: str):  # type: ignore[no-untyped-def]
    row = next(r for r in services.assets.inventory(gathering_id) if r.id == asset_id)
    return services.places.get(row.place_id or "")


def drawing(tmp_path: Path, size: tuple[int, int] = (1000, 800)) -> Path:
    path = tmp_path / "drawn-map.png"
    Image.new("RGB", size, "#fbf7ee").save(path)
    return path


def test_residuals_are_small_on_a_true_map_and_name_a_wrong_point() -> None:
    good = [true_point(100, 100), true_point(900, 150), true_point(500, 700)]
    assert max(residuals_m(good)) < 0.5  # the frame's cos(lat) is the points' mean
    assert residuals_m(good[:2]) == [] and exact_fit(good[:2]) and exact_fit(good)
    # the third point typed 0.002° (about 220 m) too far north
    wrong = [*good[:2], ControlPoint(500, 700, good[2].lat + 0.002, good[2].lon)]
    errors = residuals_m(wrong)
    assert 50 < max(errors) < 250 and errors.index(max(errors)) == 2
    # 1 px = SCALE degrees = ~2.2 m
    assert fit(good).metres_per_pixel() == pytest.approx(SCALE * 111_195, rel=0.01)


def test_none_clears_the_base_map_and_keeps_its_file(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    tiles = make_town_mbtiles(tmp_path / "town.mbtiles")
    services.maps.add_basemap(gathering_id, tiles)
    services.maps.add_basemap(gathering_id, drawing(tmp_path))
    assert services.maps.basemap_spec(gathering_id).kind == "image"
    archives = services.maps.tile_archives(gathering_id)
    assert [a.name for a in archives] == ["Santa Fe streets"]
    west, south, east, north = archives[0].bounds or (0, 0, 0, 0)
    assert west < CENTRE[1] < east and south < CENTRE[0] < north
    services.maps.clear_basemap(gathering_id)
    assert services.maps.basemap_spec(gathering_id).kind == "none"
    assert services.maps.tile_archives(gathering_id)[0].path.is_file()


def test_georeferencing_gives_the_drawings_pins_lat_lon(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    services.maps.add_basemap(gathering_id, drawing(tmp_path))
    on_drawing = services.assets.create(gathering_id, "Acequia")
    by_latlon = services.assets.create(gathering_id, "Library")
    services.maps.place_on_drawn_map(on_drawing, gathering_id, 400, 300)
    services.maps.place_by_latlon(by_latlon, 35.695, -105.94)
    before = services.maps.build_export(gathering_id, "internal")
    assert [p.name for p in before.hidden] == []  # internal map: only tagged assets exist
    pins = {p.name: p for p in services.maps.pins(gathering_id)}
    assert pins["Library"].px is None, "no spot on an ungeoreferenced drawing"

    points = [true_point(100, 100), true_point(900, 150), true_point(500, 700)]
    services.maps.set_control_points(gathering_id, points)
    assert services.maps.control_points(gathering_id) == points
    place = place_of(services, gathering_id, on_drawing)
    assert place.lat == pytest.approx(35.70 - 300 * SCALE)
    assert place.lon == pytest.approx(-105.95 + 400 * SCALE / K)
    pins = {p.name: p for p in services.maps.pins(gathering_id)}
    px, py = pins["Library"].px or 0, pins["Library"].py or 0
    assert (round(px), round(py)) == (round((-105.94 + 105.95) * K / SCALE), 250)
    spec = services.maps.basemap_spec(gathering_id)
    assert spec.metres_per_pixel == pytest.approx(SCALE * 111_195, rel=0.01)


def test_no_position_is_thrown_away_between_drawing_and_tiles(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    services.maps.add_basemap(gathering_id, drawing(tmp_path))
    asset = services.assets.create(gathering_id, "Garden")
    services.maps.place_by_latlon(asset, 35.69, -105.93)
    services.maps.place_on_drawn_map(asset, gathering_id, 10, 20)
    place = place_of(services, gathering_id, asset)
    assert (place.lat, place.lon, place.px, place.py) == (35.69, -105.93, 10, 20)
    services.maps.place_by_latlon(asset, 35.691, -105.931)
    place = place_of(services, gathering_id, asset)
    assert (place.lat, place.px, place.py) == (35.691, 10, 20)


def test_a_spot_on_another_drawing_is_not_shown_on_this_one(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    first = drawing(tmp_path)
    services.maps.add_basemap(gathering_id, first)
    asset = services.assets.create(gathering_id, "Mural")
    services.maps.place_on_drawn_map(asset, gathering_id, 50, 60)
    second = tmp_path / "second.png"
    Image.new("RGB", (300, 200), "#eeeeee").save(second)
    services.maps.add_basemap(gathering_id, second)
    built = build_map(services.maps.pins(gathering_id), services.maps.basemap_spec(gathering_id))
    assert [p.name for p in built.hidden] == ["Mural"] and built.shown == []


def test_pins_outside_the_base_map_are_named_not_drawn(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    services.maps.add_basemap(gathering_id, make_town_mbtiles(tmp_path / "town.mbtiles"))
    near = services.assets.create(gathering_id, "Plaza")
    far = services.assets.create(gathering_id, "Albuquerque market")
    services.maps.place_by_latlon(near, *CENTRE)
    services.maps.place_by_latlon(far, 35.08, -106.65)
    built = build_map(services.maps.pins(gathering_id), services.maps.basemap_spec(gathering_id))
    assert [p.name for p in built.shown] == ["Plaza"]
    assert [p.name for p in built.outside] == ["Albuquerque market"]
    assert '"fit"' in built.html or built.shown  # the view has somewhere to open


def test_only_a_drawing_can_be_georeferenced(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    from cle_desktop.services.errors import NotFound

    services.maps.add_basemap(gathering_id, make_town_mbtiles(tmp_path / "town.mbtiles"))
    with pytest.raises(NotFound):
        services.maps.set_control_points(gathering_id, [true_point(0, 0), true_point(9, 9)])
