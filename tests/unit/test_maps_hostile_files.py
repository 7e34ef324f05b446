"""Hostile or odd base map files get a sentence, never a hang or a wrong format: recursive and
unknown ``tiles`` views, slow metadata, PMTiles whose header lies, and tile servers that answer
with web pages or use ``{s}`` subdomains."""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from cle_desktop.maps.errors import BaseMapRejected
from cle_desktop.maps.prefetch import PrefetchRefused, prefetch, tile_url
from cle_desktop.maps.sample import town_tile
from cle_desktop.maps.tiles import MBTilesSource, PMTilesSource, open_tiles
from cle_desktop.services import Services

BBOX = (-105.945, 35.683, -105.935, 35.690)


def _recursive_view(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute(
        "CREATE VIEW tiles AS WITH RECURSIVE r(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM r) "
        "SELECT 0 AS zoom_level, 0 AS tile_column, 0 AS tile_row, NULL AS tile_data FROM r "
        "WHERE n < 0"
    )
    conn.commit()
    conn.close()


def test_a_recursive_tiles_view_is_refused_with_a_sentence_not_run(
    tmp_path: Path, services: Services, gathering_id: str
) -> None:
    path = tmp_path / "loop.mbtiles"
    _recursive_view(path)
    start = time.monotonic()
    with pytest.raises(BaseMapRejected, match="not the standard MBTiles"):
        MBTilesSource(path)
    from cle_desktop.services.errors import InvalidInput

    with pytest.raises(InvalidInput, match="not the standard MBTiles"):
        services.maps.add_basemap(gathering_id, path)
    assert time.monotonic() - start < 2
    assert services.gatherings.get(gathering_id).basemap_id is None


def test_a_slow_archive_is_cut_off_by_the_time_budget(tmp_path: Path) -> None:
    """A real tiles table without an index: every zoom query scans all rows. With a budget of
    almost nothing the scan is interrupted and the person gets a sentence, not a hang."""
    path = tmp_path / "slow.mbtiles"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)"
    )
    small = io.BytesIO()
    Image.new("RGB", (1, 1)).save(small, "PNG")
    tile = small.getvalue()
    conn.executemany("INSERT INTO tiles VALUES (14, ?, ?, ?)", [(i, i, tile) for i in range(20000)])
    conn.commit()
    conn.close()
    with pytest.raises(BaseMapRejected, match="took longer than"):
        MBTilesSource(path, budget_s=1e-6)
    assert MBTilesSource(path).min_zoom == 14  # within the normal budget it opens


def test_the_standard_mbtiles_view_over_map_and_images_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "normalised.mbtiles"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE map (zoom_level INT, tile_column INT, tile_row INT, tile_id TEXT)")
    conn.execute("CREATE TABLE images (tile_data BLOB, tile_id TEXT)")
    conn.execute(
        "CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS "
        "tile_column, map.tile_row AS tile_row, images.tile_data AS tile_data FROM map "
        "JOIN images ON images.tile_id = map.tile_id"
    )
    conn.execute("INSERT INTO map VALUES (14, 3311, 9810, 'a')")
    conn.execute("INSERT INTO images VALUES (?, 'a')", (town_tile(14, 3311, 6573, "JPEG"),))
    conn.commit()
    conn.close()
    source = open_tiles(path)
    assert source.mime == "image/jpeg" and source.get_tile(14, 3311, (1 << 14) - 1 - 9810)


def _pmtiles(path: Path, claimed: int, data: bytes) -> None:
    from pmtiles.tile import Compression, TileType, zxy_to_tileid
    from pmtiles.writer import write

    with write(str(path)) as w:
        w.write_tile(zxy_to_tileid(0, 0, 0), data)
        w.finalize(
            {
                "tile_type": TileType(claimed),
                "tile_compression": Compression.NONE,
                "min_lon_e7": -1800000000,
                "min_lat_e7": -850000000,
                "max_lon_e7": 1800000000,
                "max_lat_e7": 850000000,
                "center_zoom": 0,
                "center_lon_e7": 0,
                "center_lat_e7": 0,
            },
            {"attribution": "<img src=x onerror=alert(1)>"},
        )


def test_pmtiles_tile_type_is_checked_from_the_bytes(tmp_path: Path) -> None:
    png = io.BytesIO()
    Image.new("RGB", (256, 256), "#88aa66").save(png, "PNG")
    honest = tmp_path / "honest.pmtiles"
    _pmtiles(honest, 2, png.getvalue())
    assert PMTilesSource(honest).mime == "image/png"
    liar = tmp_path / "liar.pmtiles"
    _pmtiles(liar, 2, b"<html><script>alert(1)</script></html>")  # says PNG, holds a page
    with pytest.raises(BaseMapRejected, match="not images"):
        PMTilesSource(liar)
    jpeg_as_png = tmp_path / "jpeg.pmtiles"
    jpg = io.BytesIO()
    Image.new("RGB", (256, 256), "#88aa66").save(jpg, "JPEG")
    _pmtiles(jpeg_as_png, 2, jpg.getvalue())
    assert PMTilesSource(jpeg_as_png).mime == "image/jpeg"  # the bytes win


@pytest.fixture
def odd_server():  # type: ignore[no-untyped-def]
    """/jpeg/{s}/z/x/y answers JPEG tiles (and records the host label); /page/... answers an
    HTTP 200 HTML error page, as some tile servers do for a bad key."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append(self.path)
            if self.path.startswith("/page/"):
                body, ctype = b"<html><body>Invalid API key</body></html>", "text/html"
            else:
                buf = io.BytesIO()
                Image.new("RGB", (256, 256), "#cc9966").save(buf, "JPEG")
                body, ctype = buf.getvalue(), "image/jpeg"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()


def test_prefetch_fills_subdomains_and_records_the_real_format(odd_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base, seen = odd_server
    assert tile_url("https://{s}.tile.example/{z}/{x}/{y}{r}.png", 3, 1, 2) in {
        f"https://{s}.tile.example/3/1/2.png" for s in "abc"
    }
    out = tmp_path / "area.mbtiles"
    result = prefetch(
        base + "/jpeg/{s}/{z}/{x}/{y}.png", BBOX, range(14, 16), out, attribution="Test", delay_s=0
    )
    assert result.downloaded == result.total and result.failed == 0
    assert {p.split("/")[2] for p in seen} <= set("abc") and len(
        {p.split("/")[2] for p in seen}
    ) > 1
    source = MBTilesSource(out)
    assert source.metadata["format"] == "jpg" and source.mime == "image/jpeg"


def test_prefetch_refuses_web_pages_and_leaves_no_file(odd_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base, _seen = odd_server
    out = tmp_path / "area.mbtiles"
    with pytest.raises(PrefetchRefused, match="text/html instead of map images"):
        prefetch(
            base + "/page/{z}/{x}/{y}.png", BBOX, range(14, 15), out, attribution="T", delay_s=0
        )
    assert not out.exists()
    with pytest.raises(PrefetchRefused, match=r"\{q\}"):
        prefetch(base + "/{q}/{z}/{x}/{y}", BBOX, range(14, 15), out, attribution="T", delay_s=0)
    assert not out.exists()


def _sneak_in(services: Services, gathering_id: str, path: Path) -> None:
    """A base map that never went through `add_basemap` (an older version, or a bundle)."""
    from cle_desktop.storage.models import BaseMap, Gathering

    sha, _stored, _new = services.maps.store.put_file(path)
    with services.db.write() as w:
        bm = w.create(
            BaseMap, gathering_id=gathering_id, file_sha256=sha, kind="mbtiles", name="loop"
        )
        w.update(Gathering, gathering_id, basemap_id=bm)


def test_a_hostile_base_map_already_stored_is_left_out_with_its_sentence(
    tmp_path: Path, services: Services, gathering_id: str
) -> None:
    path = tmp_path / "loop.mbtiles"
    _recursive_view(path)
    _sneak_in(services, gathering_id, path)
    start = time.monotonic()
    spec = services.maps.basemap_spec(gathering_id)
    assert spec.kind == "none" and "not the standard MBTiles" in str(spec.problem)
    built = services.maps.build_export(gathering_id, "internal")
    assert built.notices and "made without it" in built.notices[0]
    assert time.monotonic() - start < 3


def test_the_map_tab_opens_with_a_sentence_on_a_hostile_base_map(
    qtbot, tmp_path: Path, services: Services, gathering_id: str
) -> None:  # type: ignore[no-untyped-def]
    from cle_desktop.ui.map_page import MapPage
    from cle_desktop.ui.pages import PageContext

    path = tmp_path / "loop.mbtiles"
    _recursive_view(path)
    _sneak_in(services, gathering_id, path)
    page = MapPage(PageContext(services))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.set_gathering(gathering_id)
    # the sentence stands where the base map is named on the page, as plain text
    assert "not the standard MBTiles" in page.basemap_problem.text()
    assert not page.basemap_problem.isHidden()
    assert page.handler.tiles is None


def test_prefetch_from_a_dead_server_says_so_and_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "area.mbtiles"
    with pytest.raises(PrefetchRefused, match="None of the"):
        prefetch(
            "http://127.0.0.1:9/{z}/{x}/{y}.png",
            BBOX,
            range(14, 15),
            out,
            attribution="T",
            delay_s=0,
            timeout_s=2,
        )
    assert not out.exists()
