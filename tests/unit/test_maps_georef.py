"""Georeferencing math: control points map exactly, and inverse(forward(p)) == p."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cle_desktop.domain.georef import ControlPoint, fit

TWO = [ControlPoint(100, 900, 35.680, -105.950), ControlPoint(1300, 100, 35.700, -105.920)]
THREE = TWO + [ControlPoint(1200, 850, 35.681, -105.922)]


@pytest.mark.parametrize("points", [TWO, THREE])
def test_control_points_map_exactly(points: list[ControlPoint]) -> None:
    g = fit(points)
    for p in points:
        lat, lon = g.to_latlon(p.px, p.py)
        assert lat == pytest.approx(p.lat, abs=1e-9) and lon == pytest.approx(p.lon, abs=1e-9)


@given(st.floats(0, 1400), st.floats(0, 1000))
def test_inverse_undoes_forward(px: float, py: float) -> None:
    for g in (fit(TWO), fit(THREE)):
        back = g.to_pixel(*g.to_latlon(px, py))
        assert back[0] == pytest.approx(px, abs=1e-6) and back[1] == pytest.approx(py, abs=1e-6)


def test_two_points_keep_the_map_upright_and_unskewed() -> None:
    g = fit(TWO)
    north = g.to_latlon(700, 0)[0] - g.to_latlon(700, 1000)[0]
    assert north > 0  # up on the drawing is north here
    assert g.a == pytest.approx(-g.e)  # a similarity: same scale on both axes, no shear


def test_points_in_a_line_are_refused() -> None:
    with pytest.raises(ValueError, match="in a line"):
        fit([ControlPoint(0, 0, 1, 1), ControlPoint(1, 1, 2, 2), ControlPoint(2, 2, 3, 3)])


def test_a_pin_on_a_georeferenced_drawn_map_gets_lat_lon(services, gathering_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    drawing = tmp_path / "drawn.jpg"
    Image.new("RGB", (1400, 1000), "white").save(drawing)
    services.maps.add_basemap(gathering_id, drawing)
    services.maps.set_control_points(gathering_id, TWO)
    asset = services.assets.create(gathering_id, "Acequia")
    place = services.places.get(services.maps.place_on_drawn_map(asset, gathering_id, 100, 900))
    assert (place.px, place.py) == (100, 900)
    assert place.lat == pytest.approx(35.680) and place.lon == pytest.approx(-105.950)
