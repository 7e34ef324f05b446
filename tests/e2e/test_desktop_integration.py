"""Desktop integration: ``python -m cle_desktop``, the launcher and AppStream files pass their
validators, the per-user install puts a working launcher and the icons in the menu (and takes
them out again), and the running app names its desktop file and carries the icon."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.cle_desktop.CLEDesktop"
LINUX = REPO / "packaging" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (bash packaging/setup-env.sh --test installs it)")
    return path


def test_python_dash_m_runs_the_command_line() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cle_desktop", "--version"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("cle-desktop ")


def test_the_launcher_and_appstream_files_validate() -> None:
    desktop = LINUX / f"{APP_ID}.desktop"
    proc = subprocess.run(
        [_tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "", proc.stdout + proc.stderr
    proc = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_icon_is_drawn_at_every_size() -> None:
    from PIL import Image

    icons = REPO / "resources" / "icons"
    assert (icons / "cle-desktop.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in SIZES:
        with Image.open(icons / f"cle-desktop-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getpixel((size // 2, size // 2))[3] == 255  # drawn, not blank


def _install(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "share")}
    env.pop("CLE_INSTALL_DIR", None)
    return subprocess.run(
        ["bash", str(REPO / "packaging" / "install-desktop-entry.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _exec_line(desktop: Path) -> str:
    [line] = [x for x in desktop.read_text().splitlines() if x.startswith("Exec=")]
    return line.removeprefix("Exec=").strip('"')


def test_the_install_step_puts_a_working_launcher_in_the_menu(tmp_path: Path) -> None:
    command = shutil.which("cle-desktop", path=str(Path(sys.executable).parent))
    assert command, "the venv has a cle-desktop command"
    home = tmp_path / "home"
    home.mkdir()
    proc = _install(home, "--exec", command)
    assert proc.returncode == 0, proc.stderr
    desktop = home / "share" / "applications" / f"{APP_ID}.desktop"
    check = subprocess.run([_tool("desktop-file-validate"), str(desktop)], capture_output=True)
    assert check.returncode == 0, check.stdout
    exec_cmd = _exec_line(desktop)
    assert Path(exec_cmd).is_absolute()
    version = subprocess.run([exec_cmd, "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("cle-desktop ")
    icons = home / "share" / "icons" / "hicolor"
    for size in SIZES:
        assert (icons / f"{size}x{size}" / "apps" / "cle-desktop.png").is_file()
    assert (icons / "scalable" / "apps" / "cle-desktop.svg").is_file()
    assert (home / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    assert _install(home, "--uninstall").returncode == 0
    assert not desktop.exists()
    assert not (icons / "256x256" / "apps" / "cle-desktop.png").exists()


def test_a_build_folder_is_copied_and_linked_on_path(tmp_path: Path) -> None:
    build = tmp_path / "cle-desktop"
    build.mkdir()
    (build / "cle-desktop").write_text("#!/bin/sh\necho 'cle-desktop 9.9'\n")
    (build / "cle-desktop").chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    proc = _install(home, "--build", str(build))
    assert proc.returncode == 0, proc.stderr
    installed = home / ".local" / "opt" / "cle-desktop" / "cle-desktop"
    assert _exec_line(home / "share" / "applications" / f"{APP_ID}.desktop") == str(installed)
    linked = home / ".local" / "bin" / "cle-desktop"
    assert linked.resolve() == installed.resolve()
    assert subprocess.run([linked], capture_output=True, text=True).stdout == "cle-desktop 9.9\n"
    assert _install(home, "--uninstall").returncode == 0
    assert not linked.exists() and not installed.exists()
    assert _install(home, "--build", str(tmp_path / "nowhere")).returncode == 1


def test_the_app_names_its_desktop_file_and_has_the_icon() -> None:
    """In its own process, as the app starts: the QApplication ``make_app`` builds."""
    script = (
        "from cle_desktop.ui.launch import make_app\n"
        "app = make_app()\n"
        "sizes = sorted(s.width() for s in app.windowIcon().availableSizes())\n"
        "print(app.desktopFileName(), *sizes)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    name, *sizes = proc.stdout.split()
    assert name == APP_ID and (LINUX / f"{name}.desktop").is_file()
    assert [int(s) for s in sizes] == list(SIZES)
