"""Map benchmarks: 5,000 placed assets, tile serving, and a town-scale base map exported."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cle_desktop.bench.harness import result
from cle_desktop.domain.maps import MapPin
from cle_desktop.maps.build import build_map_html
from cle_desktop.maps.tiles import MBTilesSource

TESTDATA = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "testdata"
    / "basemaps"
    / "geography-class-png.mbtiles"
)


def _pins(n: int) -> list[MapPin]:
    rng = random.Random(5)
    names = [
        "Community garden",
        "Public library",
        "Youth soccer league",
        "Acequia association",
        "Farmers market",
    ]
    return [
        MapPin(
            f"{i:08x}-1111-7222-8333-{i:012x}",
            f"{rng.choice(names)} {i}",
            rng.choice(["asset", "gift", "hope"]),
            "physical",
            35.6 + rng.random() / 5,
            -106.0 + rng.random() / 5,
            mentions=rng.randint(1, 12),
            quote="the garden on 5th feeds twelve families",
        )
        for i in range(n)
    ]


def run(quick: bool) -> list[dict[str, Any]]:
    n = 1000 if quick else 5000
    pins = _pins(n)
    start = time.perf_counter()
    page = build_map_html(pins, mode="app")
    ours = time.perf_counter() - start
    out = [
        result(f"map build, {n} pins", ours * 1000, "ms", "<= 1000", ours <= 1.0),
        result(
            f"map HTML size, {n} pins",
            len(page.encode()) / 1e6,
            "MB",
            "<= 1.0",
            len(page.encode()) <= 1_000_000,
        ),
    ]
    if TESTDATA.is_file():
        source = MBTilesSource(TESTDATA)
        times = []
        for _ in range(200):
            for x in range(2):
                t = time.perf_counter()
                source.get_tile(1, x, 1)
                times.append(time.perf_counter() - t)
        median = statistics.median(times) * 1000
        out.append(result("tile from MBTiles, median", median, "ms", "<= 5", median <= 5))
    out += _town(quick)
    return out


def _town(quick: bool) -> list[dict[str, Any]]:
    """A town-scale base map (MBTiles at zooms 12-16) with 13 placed assets: the exported HTML's
    size with its tiles, and `cle-desktop map --out x.png` from start to file, no display."""
    from cle_desktop.maps.sample import write_town_mbtiles
    from cle_desktop.services import Services
    from cle_desktop.storage.database import Database

    with tempfile.TemporaryDirectory(prefix="cle-bench-town-") as tmp:
        root = Path(tmp)
        tiles = root / "town.mbtiles"
        write_town_mbtiles(tiles, range(12, 17))
        db = Database.open(root / "cle.db")
        services = Services.over(db)
        gid = services.gatherings.create("Town map benchmark")
        pid = services.participants.add(gid, "Rosa")
        services.participants.record_consent(pid, sharing_level="public", name_use="name")
        for i in range(13):
            sid = services.stories.capture(
                gid, title=f"Story {i}", body=f"We meet at place number {i}.", teller_ids=[pid]
            )
            services.tags.tag_passage(sid, 11, 25, "asset", new_asset_name=f"Place {i}")
        for i, row in enumerate(services.assets.inventory(gid)):
            services.places.place_asset(
                row.id, lat=35.682 + (i % 4) * 0.003, lon=-105.945 + (i // 4) * 0.004
            )
        services.maps.add_basemap(gid, tiles)
        html = root / "town.html"
        built = services.maps.export_html(gid, html)
        size = html.stat().st_size / 1e6
        db.close()
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
        start = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "cle_desktop",
                "--db",
                str(root / "cle.db"),
                "map",
                "--gathering",
                gid,
                "--out",
                str(root / "town.png"),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        png_s = time.perf_counter() - start
        ok = proc.returncode == 0 and (root / "town.png").is_file()
    return [
        result(
            f"map HTML with town tiles (z12-16, {built.tiles} tiles)",
            size,
            "MB",
            "<= 5.0",
            size <= 5.0 and built.tiles > 0,
        ),
        result(
            "map PNG on a town base map, CLI, no display", png_s, "s", "<= 5", ok and png_s <= 5
        ),
    ]
