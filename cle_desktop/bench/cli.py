"""Start-up of the command line, timed as whole processes beside ``python -c pass``.

``cle-desktop --help`` must print within 150 ms and ``cle-desktop search`` on the 10,000-story
demo within 400 ms (wall, median). Each round runs the three commands one after another, so a
busy machine slows all three alike; the ``python -c pass`` row shows what the interpreter alone
costs on the same machine at the same moment.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from cle_desktop.bench.harness import result

HELP_TARGET_MS = 150
SEARCH_TARGET_MS = 400


def cli_command() -> list[str]:
    """The installed ``cle-desktop`` script beside this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("cle-desktop")
    if script.is_file():
        return [sys.executable, str(script)]
    return [sys.executable, "-m", "cle_desktop"]


def _wall_ms(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return (time.perf_counter() - start) * 1000


def _percentiles(values: list[float]) -> tuple[float, float]:
    p50 = statistics.median(values)
    p95 = statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]
    return p50, p95


def bench_cli(db_path: Path, rounds: int, query: str = "garden") -> list[dict[str, Any]]:
    """p50/p95 wall time of ``--help`` and ``search`` (targets on p50) and of ``python -c pass``."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    cli = cli_command()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "cle-desktop --help": [*cli, "--help"],
        "cle-desktop search": [*cli, "--db", str(db_path), "search", query],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    _wall_ms(commands["cle-desktop search"], env)  # warm the page cache and bytecode once
    for _ in range(rounds):
        for name, argv in commands.items():
            times[name].append(_wall_ms(argv, env))
    out = []
    targets = {"cle-desktop --help": HELP_TARGET_MS, "cle-desktop search": SEARCH_TARGET_MS}
    for name, values in times.items():
        p50, p95 = _percentiles(values)
        target = targets.get(name)
        if target is None:
            out.append(result(f"{name} wall p50 (baseline)", p50, "ms", "", True))
        else:
            out.append(result(f"{name} wall p50", p50, "ms", f"<= {target}", p50 <= target))
        out.append(result(f"{name} wall p95", p95, "ms", "", True))
    return out
