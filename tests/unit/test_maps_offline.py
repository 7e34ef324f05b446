"""Map building, tile archives and escaping, without Qt."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from cle_desktop.domain.maps import BaseMapSpec, MapPin
from cle_desktop.maps.build import build_map_html
from cle_desktop.maps.errors import BaseMapRejected
from cle_desktop.maps.escape import for_template_literal, json_for_script
from cle_desktop.maps.tiles import MBTilesSource, open_tiles

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "${alert(1)}",
    "`${alert(2)}`",
    "</script><script>alert(3)</script>",
    "\\`\\${x}",
    "<!--",
    "\u2028",
]


def test_mbtiles_rows_are_tms_and_flipped(basemaps_dir: Path) -> None:
    path = basemaps_dir / "geography-class-png.mbtiles"
    source = MBTilesSource(path)
    conn = sqlite3.connect(path)
    z, x, tms_y, data = conn.execute(
        "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = 1 AND tile_row = 0 LIMIT 1"
    ).fetchone()
    assert source.get_tile(z, x, (1 << z) - 1 - tms_y) == bytes(data)
    assert source.mime == "image/png"


def test_mbtiles_serves_a_tile_in_well_under_5_ms(basemaps_dir: Path) -> None:
    source = MBTilesSource(basemaps_dir / "geography-class-png.mbtiles")
    start = time.perf_counter()
    for _ in range(50):
        for x in range(2):
            assert source.get_tile(1, x, 1)
            source.get_tile(1, x, 0)
    assert (time.perf_counter() - start) / 200 < 0.005


def test_broken_base_maps_are_refused_with_a_sentence(tmp_path: Path, basemaps_dir: Path) -> None:
    no_table = tmp_path / "empty.mbtiles"
    sqlite3.connect(no_table).execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    with pytest.raises(BaseMapRejected, match="no tiles table"):
        MBTilesSource(no_table)
    vector = tmp_path / "vector.mbtiles"
    conn = sqlite3.connect(vector)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute(
        "CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)"
    )
    conn.execute("INSERT INTO metadata VALUES ('format', 'pbf')")
    conn.execute("INSERT INTO tiles VALUES (0, 0, 0, ?)", (b"\x1a\x02vector-tile-bytes",))
    conn.commit()
    with pytest.raises(BaseMapRejected, match="cannot show"):
        MBTilesSource(vector)
    text = tmp_path / "notes.mbtiles"
    text.write_text("not a database at all")
    with pytest.raises(BaseMapRejected, match="not an MBTiles"):
        open_tiles(text)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaping_neutralises_template_literals_and_script_blocks(payload: str) -> None:
    escaped = for_template_literal(payload)
    assert not set("<>`$\\") & set(escaped)
    blob = json_for_script({"n": payload})
    assert "</script" not in blob.lower() and "<!--" not in blob and "\u2028" not in blob


def pins(n: int) -> list[MapPin]:
    return [
        MapPin(
            f"{i:08x}-aaaa-7bbb-8ccc-{i:012x}",
            f"Community garden {i}",
            ("asset", "gift", "hope")[i % 3],
            "physical",
            35.68 + (i % 100) / 1000,
            -105.94 + (i // 100) / 1000,
            mentions=i % 7,
            quote="the garden on 5th",
        )
        for i in range(n)
    ]


def test_the_page_is_offline_and_holds_every_pin() -> None:
    page = build_map_html(pins(20), mode="export")
    assert not re.search(
        r"""(?:src|href)=["'](?:https?:)?//""", page.replace('href="https://leafletjs.com"', "")
    )
    assert page.count('"k":"hope"') == 6


def test_5000_pins_build_small() -> None:
    page = build_map_html(pins(5000), mode="app")
    assert len(page.encode()) <= 1_000_000


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("Debian chromium is not installed (packaging/setup-env.sh --test installs it)")
    return path


def test_exported_html_draws_pins_offline_in_headless_chromium(
    tmp_path: Path, basemaps_dir: Path
) -> None:
    hostile = MapPin(
        "hostile",
        PAYLOADS[0] + PAYLOADS[1],
        "hope",
        None,
        35.69,
        -105.93,
        mentions=2,
        quote=PAYLOADS[2],
    )
    page = build_map_html(
        pins(40) + [hostile],
        BaseMapSpec(
            "mbtiles", basemaps_dir / "geography-class-png.mbtiles", attribution="Geography Class"
        ),
        mode="export",
    )
    out = tmp_path / "map.html"
    out.write_text(page, encoding="utf-8")
    result = subprocess.run(
        [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
            "--dump-dom",
            out.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    assert dom.count("cle-pin ") + dom.count("cle-cluster ") >= 3, "pins were drawn"
    assert "cle-legend" in dom
    assert "Uncaught" not in result.stderr
    requests = re.findall(r"(https?://[^\s\"']+)", result.stderr)
    assert not [r for r in requests if "leafletjs.com" not in r], (
        f"the page made network requests: {requests}"
    )
    assert '<img src="x"' not in dom  # the payload stayed text
