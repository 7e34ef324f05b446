"""Text is never code on the map: every field a person or a file writes (gathering and session
titles, asset names, quotes, teller names, a base map's name, attribution and description)
carries template, script and markup payloads; the map is exported by the real CLI and opened in
headless Chromium, and the payloads must show literally while nothing runs (no marker file from
the shell-command payload, no element or title the scripts try to make)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cle_desktop.maps.sample import write_town_mbtiles
from cle_desktop.services import Services
from cle_desktop.storage.database import Database

CLI = [sys.executable, "-m", "cle_desktop"]


def payload(field: str, marker: Path) -> str:
    """One string per field with every payload kind; distinct per field so we can find it."""
    return (
        f"{field} {{{{7*7}}}} {{% raw %}} ${{7*7}} "
        f"<img src=x onerror=\"document.title='PWNED';var d=document.createElement('b');d.id='pwned';document.body.appendChild(d)\"> "
        f"</script><script>document.title='PWNED2'</script> "
        f"{{{{ lipsum.__globals__.os.popen('touch {marker}').read() }}}}"
    )


FIELDS = ["gathering", "session", "asset", "quote", "teller", "tilename", "attribution", "desc"]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("Debian chromium is not installed (packaging/setup-env.sh --test installs it)")
    return path


def dump_dom(html: Path, profile: Path) -> tuple[str, str]:
    proc = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=4000",
            "--dump-dom",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.stdout, proc.stderr


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, str, dict[str, str], Path]:
    marker = tmp_path / "marker-ran"
    texts = {f: payload(f, marker) for f in FIELDS}
    db_path = tmp_path / "cle.db"
    db = Database.open(db_path)
    services = Services.over(db)
    gid = services.gatherings.create(texts["gathering"])
    session = services.gatherings.add_session(gid, texts["session"])
    pid = services.participants.add(gid, texts["teller"], pseudonym="Pseudo")
    services.participants.record_consent(
        pid, sharing_level="public", name_use="name", photo_release=True
    )
    body = "We love " + texts["quote"] + " very much."
    sid = services.stories.capture(
        gid, title="A story", body=body, teller_ids=[pid], session_id=session
    )
    start = body.index(texts["quote"])
    services.tags.tag_passage(
        sid, start, start + len(texts["quote"]), "asset", new_asset_name=texts["asset"]
    )
    [asset] = services.assets.inventory(gid)
    services.places.place_asset(asset.id, lat=35.687, lon=-105.938)
    tiles = tmp_path / "town.mbtiles"
    write_town_mbtiles(
        tiles,
        range(13, 15),
        metadata={
            "name": texts["tilename"],
            "attribution": texts["attribution"],
            "description": texts["desc"],
        },
    )
    services.maps.add_basemap(gid, tiles)
    db.close()
    return db_path, gid, texts, marker


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the PNG export must choose offscreen by itself
    return subprocess.run(
        [*CLI, "--db", str(db), *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_every_field_stays_text_in_the_exported_map(
    hostile: tuple[Path, str, dict[str, str], Path], tmp_path: Path
) -> None:
    db, gid, texts, marker = hostile
    out = tmp_path / "map.html"
    proc = run_cli(db, "map", "--gathering", gid, "--out", str(out), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["pins"] == 1
    page = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "'unsafe-inline'" not in page.split("<style>")[0]
    assert "{%" not in page.replace("{% raw %}", "")  # nothing of ours is a template either
    assert not marker.exists()
    dom, log = dump_dom(out, tmp_path / "profile")
    assert not marker.exists(), "the shell-command payload ran"
    assert '<b id="pwned">' not in dom, "a payload's script ran"
    assert "Uncaught" not in log
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title and title.group(1).startswith("gathering {{7*7}}"), title  # not 'PWNED'
    # What the page shows (outside the data block), literally: escaped markup, no 49.
    shown = re.sub(r'<script type="application/json".*?</script>', "", dom, flags=re.S)
    for field in ("gathering", "session", "asset", "attribution", "tilename", "desc"):
        text = texts[field]
        literal = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert literal in shown or literal.replace('"', "&quot;") in shown, field
    assert "gathering 49" not in shown and "asset 49" not in shown
    assert "leaflet-tile" in dom  # the town tiles are there too


def test_popups_show_quotes_and_tellers_literally_in_the_app_and_the_export(
    qtbot, hostile: tuple[Path, str, dict[str, str], Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from cle_desktop.ui.map_page import MapPage

    db_path, gid, texts, marker = hostile
    db = Database.open(db_path)
    services = Services.over(db)
    page = MapPage(services)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    popup_js = (
        "(function(){var m=window.cleMap.markers[0]; m.openPopup();"
        "var p=document.querySelector('.cle-popup'); return p ? p.textContent : 'none';})()"
    )

    def run_js(script: str) -> object:
        box: dict[str, object] = {}
        page.view.page().runJavaScript(script, 0, lambda v: box.setdefault("v", v))
        qtbot.waitUntil(lambda: "v" in box, timeout=10000)
        return box["v"]

    for mode in ("app", "export"):
        if mode == "export":
            page.handler.page_html = services.maps.build_export(gid).html.encode("utf-8")
            with qtbot.waitSignal(page.loaded, timeout=30000):
                page.view.reload()
        else:
            with qtbot.waitSignal(page.loaded, timeout=30000):
                page.set_gathering(gid)
        qtbot.waitUntil(lambda: run_js("String(!!window.cleReady)") == "true", timeout=15000)
        text = str(run_js(popup_js))
        for field in ("asset", "teller"):
            assert texts[field] in text, (mode, field, text)
        assert texts["quote"][:120] in text  # quotes are cut at 120 characters on the map
        assert run_js("String(!!document.getElementById('pwned'))") == "false"
        assert str(run_js("document.title")).startswith("gathering {{7*7}}")
        assert run_js("String(document.querySelectorAll('img[src=\"x\"]').length)") == "0"
    assert not marker.exists()
    db.close()


def test_png_export_works_without_a_display(
    hostile: tuple[Path, str, dict[str, str], Path], tmp_path: Path
) -> None:
    db, gid, _texts, marker = hostile
    out = tmp_path / "map.png"
    proc = run_cli(
        db, "map", "--gathering", gid, "--out", str(out), "--width", "640", "--height", "480"
    )
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:4] == b"\x89PNG"
    assert not marker.exists()
