"""A town-scale base map (an MBTiles at zooms 12-16, what `basemap prefetch --zooms 12-16` makes
over a town) exports with its tiles: the HTML file embeds the tiles around the pins under 5 MB and
headless Chromium draws them; the PNG shows them too, made with no display."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from cle_desktop.maps.build import build_map
from cle_desktop.maps.sample import write_town_mbtiles
from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from tests.e2e.test_map_hostile import chromium

CLI = [sys.executable, "-m", "cle_desktop"]


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    tmp = tmp_path_factory.mktemp("town")
    tiles = tmp / "town.mbtiles"
    write_town_mbtiles(tiles, range(12, 17))
    db_path = tmp / "cle.db"
    db = Database.open(db_path)
    services = Services.over(db)
    gid = services.gatherings.create("Santa Fe exchange")
    pid = services.participants.add(gid, "Rosa")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    for i in range(13):
        body = f"We meet at place number {i} every week."
        sid = services.stories.capture(gid, title=f"Story {i}", body=body, teller_ids=[pid])
        services.tags.tag_passage(sid, 11, 25, "asset", new_asset_name=f"Place {i}")
    for i, row in enumerate(services.assets.inventory(gid)):
        services.places.place_asset(
            row.id, lat=35.682 + (i % 4) * 0.003, lon=-105.945 + (i // 4) * 0.004
        )
    services.maps.add_basemap(gid, tiles)
    db.close()
    return db_path, gid, tiles


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [*CLI, "--db", str(db), *args], capture_output=True, text=True, env=env, timeout=300
    )


def tile_pixels(png: bytes) -> int:
    """Pixels of the drawn town's blocks or river (the empty map background is neither)."""
    with Image.open(io.BytesIO(png)) as img:
        rgb = img.convert("RGB").resize((200, 125))
        raw = rgb.tobytes()
        pixels = zip(raw[0::3], raw[1::3], raw[2::3], strict=True)
        return sum(1 for r, _g, b in pixels if r - b >= 25 or b - r >= 60)


def test_the_exported_html_holds_and_shows_the_town_tiles(
    town: tuple[Path, str, Path], tmp_path: Path
) -> None:
    db, gid, _tiles = town
    out = tmp_path / "town.html"
    proc = cli(db, "map", "--gathering", gid, "--out", str(out), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["pins"] == 13 and report["tiles"] > 20 and report["notices"] == []
    assert out.stat().st_size <= 5_000_000
    page = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="cle-pins">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    zooms = {int(k.split("/")[0]) for k in data["base"]["embedded"]}
    assert zooms == set(range(12, 17))
    shot = tmp_path / "town.png"
    subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=4000",
            "--window-size=1000,700",
            f"--screenshot={shot}",
            out.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    assert tile_pixels(shot.read_bytes()) > 2000, "the screenshot shows no town tiles"


def test_a_size_cap_keeps_the_low_zooms_and_says_so(town: tuple[Path, str, Path]) -> None:
    db_path, gid, _tiles = town
    db = Database.open(db_path)
    services = Services.over(db)
    built = build_map(
        services.maps.pins(gid, audience="public"),
        services.maps.basemap_spec(gid),
        mode="export",
        max_bytes=600_000,
    )
    db.close()
    assert len(built.html.encode()) <= 600_000
    assert built.tile_zooms is not None and built.tile_zooms[0] == 12 and built.tile_zooms[1] < 16
    assert built.notices and "did not fit" in built.notices[0]
    data = json.loads(re.search(r'id="cle-pins">(.*?)</script>', built.html, re.S).group(1))  # type: ignore[union-attr]
    assert data["base"]["maxNativeZoom"] == built.tile_zooms[1]  # deeper zooms enlarge these


def test_the_png_shows_the_town_tiles_without_a_display(
    town: tuple[Path, str, Path], tmp_path: Path
) -> None:
    db, gid, _tiles = town
    out = tmp_path / "town.png"
    proc = cli(
        db, "map", "--gathering", gid, "--out", str(out), "--width", "800", "--height", "600"
    )
    assert proc.returncode == 0, proc.stderr
    assert "Wrote the public map of 13 placed assets" in proc.stdout
    assert tile_pixels(out.read_bytes()) > 2000, "the PNG shows no town tiles"


def test_a_drawn_map_export_names_the_pins_it_cannot_show(tmp_path: Path) -> None:
    from PIL import ImageDraw

    from cle_desktop.domain.georef import ControlPoint

    drawing = tmp_path / "drawn.png"
    img = Image.new("RGB", (800, 600), "#fbf7ee")
    ImageDraw.Draw(img).line([(50, 500), (750, 100)], fill="#555", width=8)
    img.save(drawing)
    db_path = tmp_path / "cle.db"
    db = Database.open(db_path)
    services = Services.over(db)
    gid = services.gatherings.create("Drawn map")
    pid = services.participants.add(gid, "Rosa")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    for name in ("Acequia", "Library", "Garden"):
        body = f"We love the {name} here."
        sid = services.stories.capture(gid, title=name, body=body, teller_ids=[pid])
        services.tags.tag_passage(sid, 12, 12 + len(name), "asset", new_asset_name=name)
    services.maps.add_basemap(gid, drawing)
    rows = {r.name: r.id for r in services.assets.inventory(gid)}
    services.maps.place_on_drawn_map(rows["Acequia"], gid, 400, 300)
    services.places.place_asset(rows["Library"], lat=35.687, lon=-105.938)
    services.places.place_asset(rows["Garden"], lat=35.688, lon=-105.937)
    db.close()
    out = tmp_path / "map.html"
    proc = cli(db_path, "map", "--gathering", gid, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "map of 1 placed asset to" in proc.stdout
    assert "2 placed by latitude/longitude could not be shown" in proc.stdout
    assert "Library" in proc.stdout and "Garden" in proc.stdout
    # once the drawing is georeferenced, the lat/lon pins have a spot on it too
    db = Database.open(db_path)
    Services.over(db).maps.set_control_points(
        gid, [ControlPoint(0, 0, 35.70, -105.95), ControlPoint(800, 600, 35.67, -105.92)]
    )
    db.close()
    proc = cli(db_path, "map", "--gathering", gid, "--out", str(out), "--json")
    assert json.loads(proc.stdout)["pins"] == 3 and json.loads(proc.stdout)["not_shown"] == []
