"""The PyInstaller build starts on its own and does a host's whole job offscreen.

``bash packaging/build.sh`` makes the one-folder build in a temp folder; the built
``cle-desktop`` then runs with an environment that knows nothing of the venv (no
``VIRTUAL_ENV``, no ``PYTHONPATH``, ``PATH`` without the venv, a fresh home): it makes a demo
gathering (Alembic migrations inside), writes the map as HTML (Leaflet inside) and as PNG
(QtWebEngine inside), and tagged PDF reports (WeasyPrint with the Pango it loads through
cffi, matplotlib and the fonts inside). The build
takes about 1.5-3.5 minutes here on 2 shared cores, so it is marked slow; it is skipped only
where PyInstaller is not installed (the test extras install it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed (pip install -e '.[test]')"
    )
    out = tmp_path_factory.mktemp("frozen")
    env = {**os.environ, "CLE_BUILD_DIR": str(out / "build"), "CLE_DIST_DIR": str(out / "dist")}
    proc = subprocess.run(
        ["bash", str(REPO / "packaging" / "build.sh")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    folder = out / "dist" / "cle-desktop"
    shutil.rmtree(out / "build")  # the stage and PyInstaller's work files: about 100 MB
    return folder


def _bare_env(home: Path) -> dict[str, str]:
    """What a desktop session gives a program: no venv, no Python paths."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "CLE_DESKTOP_STATE_DIR": str(home / "state" / "cle"),
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
        "LANG": "C.UTF-8",
    }


def _run(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(folder / "cle-desktop"), "--db", str(home / "cle.db"), *args],
        cwd=home,
        env=_bare_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, f"{args}: {proc.stderr[-3000:]}"
    return proc


def test_frozen_build_has_what_the_app_reads(frozen: Path) -> None:
    inside = frozen / "_internal"
    for needed in (
        "cle_desktop/migrations/env.py",
        "cle_desktop/migrations/versions/0001_initial_schema.py",
        "cle_desktop/resources/i18n/cle_desktop_es.qm",
        "cle_desktop/resources/icons/cle-desktop-256.png",
        "cle_desktop/resources/map/cle_map.js",
        "PySide6/Qt/translations/qtbase_es.qm",
        "PySide6/Qt/libexec/QtWebEngineProcess",
        "PySide6/Qt/resources/qtwebengine_resources.pak",
    ):
        assert (inside / needed).exists(), f"{needed} missing from the frozen build"
    assert not (inside / "PySide6" / "Qt" / "qml").exists(), "QML modules are not used"
    assert not list(inside.glob("**/libgtk-3*")), "GTK is not used (the app draws Fusion)"


def test_the_build_folder_installs_its_own_launcher(frozen: Path, tmp_path: Path) -> None:
    """A copy of the folder on another laptop: its install script copies it under the home
    folder and the menu's launcher starts the copied build."""
    copy = tmp_path / "usb" / "cle-desktop"
    shutil.copytree(frozen, copy, symlinks=True)
    home = tmp_path / "home"
    home.mkdir()
    env = _bare_env(home)
    proc = subprocess.run(
        ["bash", str(copy / "install-desktop-entry.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    desktop = home / "data" / "applications" / "io.github.cle_desktop.CLEDesktop.desktop"
    [exec_line] = [x for x in desktop.read_text().splitlines() if x.startswith("Exec=")]
    program = exec_line.removeprefix("Exec=").strip('"')
    assert program == str(home / ".local" / "opt" / "cle-desktop" / "cle-desktop")
    shutil.rmtree(copy)  # the launcher must not depend on the folder it came from
    started = subprocess.run([program, "--version"], env=env, capture_output=True, text=True)
    assert started.stdout.startswith("cle-desktop ")
    icon = home / "data" / "icons" / "hicolor" / "256x256" / "apps" / "cle-desktop.png"
    assert icon.is_file()


def test_frozen_app_makes_a_demo_a_map_and_a_report(frozen: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert _run(frozen, home, "--version").stdout.startswith("cle-desktop ")
    demo = json.loads(
        _run(frozen, home, "demo", "--stories", "30", "--photos", "3", "--json").stdout
    )
    gid = demo["id"]
    assert demo["stories"] == 30

    html = home / "map.html"
    _run(frozen, home, "map", "--gathering", gid, "--out", str(html))
    page = html.read_text(encoding="utf-8")
    assert "L.map(" in page or "L.map =" in page or "leaflet" in page.lower()
    assert '<script src="http' not in page, "the map must not need the network"

    png = home / "map.png"
    _run(
        frozen,
        home,
        "map",
        "--gathering",
        gid,
        "--out",
        str(png),
        "--width",
        "640",
        "--height",
        "400",
    )
    with Image.open(png) as img:
        assert img.size == (640, 400)
        colours = img.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 20, "the map PNG is blank"

    pdf = home / "report.pdf"
    _run(
        frozen,
        home,
        "report",
        "--gathering",
        gid,
        "--format",
        "pdf",
        "--audience",
        "public",
        "--out",
        str(pdf),
    )
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert len(reader.pages) >= 3
    assert "COMMUNITY LEARNING EXCHANGE REPORT" in text
    assert "Community asset map" in text
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"], "the PDF is tagged"
    assert root["/Lang"] == "en-US"

    # Spanish: the report's words and Babel's Spanish dates (its locale data is pruned to en/es).
    spanish = home / "informe.pdf"
    _run(
        frozen,
        home,
        "report",
        "--gathering",
        gid,
        "--format",
        "pdf",
        "--lang",
        "es",
        "--out",
        str(spanish),
    )
    informe = PdfReader(spanish)
    assert informe.trailer["/Root"]["/Lang"] == "es-ES"
    texto = "".join(page.extract_text() or "" for page in informe.pages)
    assert "INFORME DEL INTERCAMBIO DE APRENDIZAJE COMUNITARIO" in texto
    assert re.search(
        r"\d+ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
        r"octubre|noviembre|diciembre) de \d{4}",
        texto,
    )
    assert sum(len(page.images) for page in reader.pages) >= 2, "charts and the map are pictures"
