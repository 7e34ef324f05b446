"""GUI benchmarks, each in a child process (offscreen): cold start to an interactive main
window on the 10,000-story demo beside a bare PySide6 window, tagging latency, and the longest
event-loop stall while 200 photos import in the background."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from cle_desktop.bench.harness import build_demo_db, result


def _child(mode: str, *args: str) -> str:
    """One measurement in a fresh process (cold start must really be cold)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "cle_desktop.bench.gui_probe", mode, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=900,
    )
    return proc.stdout.strip().splitlines()[-1]


def _byte_compile_app() -> None:
    """Compile the app's modules as an install does (``pip install`` and ``setup-env.sh``), so
    a cold start measures starting the app, not compiling its source. Matters where
    ``PYTHONDONTWRITEBYTECODE`` is set (this machine): Python then never caches bytecode and
    every start compiled every module again (about 10 ms of the window's start)."""
    import compileall

    import cle_desktop

    compileall.compile_dir(str(Path(cle_desktop.__file__).parent), quiet=1)


def run(quick: bool) -> list[dict[str, Any]]:
    _byte_compile_app()
    work = Path(tempfile.mkdtemp(prefix="cle-bench-gui-"))
    os.environ.setdefault("CLE_DESKTOP_STATE_DIR", str(work / "state"))
    path, _gid = build_demo_db(work, 1000 if quick else 10_000)
    bare = min(float(_child("bare")) for _ in range(3))
    starts = [json.loads(_child("app", str(path))) for _ in range(3)]
    window = min(s["window"] for s in starts)
    start = min(s["open"] for s in starts)
    figures = json.loads(
        _child("interact", str(path), str(work / "photos"), "20" if quick else "200")
    )
    stories = 1000 if quick else 10_000
    return [
        result(
            f"cold start to the last gathering showing, {stories} stories",
            start,
            "s",
            "<= 2",
            start <= 2.0,
        ),
        result(
            "cold start to a window that takes typing, vs bare PySide6 window",
            window / bare,
            "x",
            "<= 2",
            window / bare <= 2.0,
        ),
        result(
            "cold start to the last gathering showing, vs bare PySide6 window",
            start / bare,
            "x",
            "(shown)",
            True,
        ),
        result(
            "tag a passage: key press to stored + highlighted, median",
            figures["tag_ms"],
            "ms",
            "<= 50",
            figures["tag_ms"] <= 50,
        ),
        result(
            f"longest event-loop stall while importing {20 if quick else 200} photos",
            figures["stall_ms"],
            "ms",
            "<= 100",
            figures["stall_ms"] <= 100,
        ),
    ]
