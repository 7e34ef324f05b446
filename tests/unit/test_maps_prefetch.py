"""Offline-area preparation against a tile server the test starts on 127.0.0.1."""

from __future__ import annotations

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from cle_desktop.maps.prefetch import USER_AGENT, PrefetchRefused, count_tiles, prefetch
from cle_desktop.maps.tiles import MBTilesSource

BBOX = (-105.96, 35.67, -105.92, 35.70)


@pytest.fixture
def tile_server():  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            seen.append((self.path, self.headers.get("User-Agent", "")))
            z, x, y = (int(v) for v in self.path.strip("/").removesuffix(".png").split("/"))
            buf = io.BytesIO()
            Image.new("RGB", (256, 256), (z * 20 % 255, x % 255, y % 255)).save(buf, "PNG")
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(buf.getvalue())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png", seen
    server.shutdown()


def test_prefetch_downloads_politely_and_resumes(tile_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, seen = tile_server
    out = tmp_path / "area.mbtiles"
    total = count_tiles(BBOX, range(10, 14))
    stop_after = total // 2
    first = prefetch(
        url,
        BBOX,
        range(10, 14),
        out,
        attribution="Test tiles",
        delay_s=0,
        cancelled=lambda: len(seen) >= stop_after,
    )
    assert 0 < first.downloaded < total
    second = prefetch(url, BBOX, range(10, 14), out, attribution="Test tiles", delay_s=0)
    assert second.skipped == first.downloaded and second.downloaded == total - first.downloaded
    assert len(seen) == total  # nothing fetched twice
    assert {agent for _, agent in seen} == {USER_AGENT}
    source = MBTilesSource(out)
    assert source.metadata["attribution"] == "Test tiles"
    path = seen[0][0].strip("/").removesuffix(".png").split("/")
    assert source.get_tile(int(path[0]), int(path[1]), int(path[2])) is not None


def test_prefetch_refuses_too_many_tiles_and_missing_attribution(tmp_path: Path) -> None:
    with pytest.raises(PrefetchRefused, match="limit"):
        prefetch(
            "http://127.0.0.1:9/{z}/{x}/{y}.png",
            (-180, -85, 180, 85),
            range(0, 12),
            tmp_path / "x.mbtiles",
            attribution="x",
        )
    with pytest.raises(PrefetchRefused, match="attribution"):
        prefetch(
            "http://127.0.0.1:9/{z}/{x}/{y}.png",
            BBOX,
            range(10, 11),
            tmp_path / "x.mbtiles",
            attribution=" ",
        )


def test_the_prefetch_dialog_downloads_with_progress(qtbot, tile_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cle_desktop.ui.prefetch_dialog import PrefetchDialog

    url, seen = tile_server
    dialog = PrefetchDialog(BBOX, tmp_path / "area.mbtiles")
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.attribution.setText("Test tiles")
    dialog.min_zoom.setValue(10)
    dialog.max_zoom.setValue(12)
    assert "tiles" in dialog.estimate.text()
    with qtbot.waitSignal(dialog.accepted, timeout=60000):
        dialog.start()
    assert (
        dialog.result_path == tmp_path / "area.mbtiles"
        and dialog.progress.value() == dialog.progress.maximum()
    )
    assert MBTilesSource(dialog.result_path).metadata["attribution"] == "Test tiles"


def test_the_tile_count_is_arithmetic_and_matches_the_tiles() -> None:
    """Counted per zoom level, not tile by tile: the offline-area dialog asks it for the area
    the map shows, which may be the whole world at zoom 16 (four billion tiles)."""
    from cle_desktop.maps.prefetch import tiles_for

    for bbox in (BBOX, (-180.0, -85.0, 180.0, 85.0), (10.0, 5.0, 9.0, 6.0)):
        assert count_tiles(bbox, range(0, 6)) == sum(1 for _ in tiles_for(bbox, range(0, 6)))
    world = count_tiles((-180.0, -85.0511, 180.0, 85.0511), range(16, 17))
    assert world == 4**16  # every tile of zoom 16, counted at once


def test_the_dialog_opens_on_the_whole_world_and_says_it_is_too_much(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A host who opens it with the map zoomed out: a sentence, not a frozen window or an
    overflow of Qt's 32-bit plural count."""
    from cle_desktop.ui.prefetch_dialog import PrefetchDialog

    dialog = PrefetchDialog((-182.46, -70.4, 182.46, 80.4), tmp_path / "area.mbtiles")
    qtbot.addWidget(dialog)
    assert dialog.estimate.text().startswith("More tiles than the limit of ")
    dialog.min_zoom.setValue(0)
    dialog.max_zoom.setValue(2)
    assert dialog.estimate.text().startswith("21 tiles (the limit is ")
