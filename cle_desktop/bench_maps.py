"""Map benchmarks: 5,000 placed assets, tile serving, and a town-scale base map exported."""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path
from typing import Any

from cle_desktop.bench import result
from cle_desktop.maps.build import build_map_html
from cle_desktop.maps.pins import MapPin
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
    return out
