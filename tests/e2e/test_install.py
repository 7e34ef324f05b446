"""A non-editable install gives a working `cle-desktop`: the Alembic revisions (db/) and
resources/ ship inside the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_wheel_ships_migrations_and_resources_and_runs(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    [wheel] = list((tmp_path / "dist").glob("cle_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "cle_desktop/migrations/env.py",
        "cle_desktop/migrations/versions/0001_initial_schema.py",
        "cle_desktop/migrations/versions/0002_sync_state.py",
        "cle_desktop/migrations/versions/0003_change_clock_index.py",
        "cle_desktop/migrations/versions/0004_tag_mentions_index.py",
        "cle_desktop/resources/map/cle_map.js",
        "cle_desktop/resources/styles/app.qss",
        "cle_desktop/ui/review/page.py",
    ):
        assert needed in names, f"{needed} missing from the wheel"
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    # Dependencies come from the test environment's site-packages, added as a plain path (its
    # .pth files, including the editable install's finder, are not processed).
    site = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['purelib'])",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    env = {**os.environ, "CLE_DESKTOP_STATE_DIR": str(tmp_path / "state"), "PYTHONPATH": ""}
    proc = subprocess.run(
        [
            str(venv / "bin" / "cle-desktop"),
            "--db",
            str(tmp_path / "x.db"),
            "demo",
            "--stories",
            "3",
            "--photos",
            "0",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["stories"] == 3
    where = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import cle_desktop.migrations as m; print(m.__file__)",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert str(venv) in where.stdout, "the installed copy, not the source tree, was used"
