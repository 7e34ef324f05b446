"""The command line starts light: ``--help`` and ``search`` load no database layer, Qt or
report renderers (checked in ``sys.modules`` of a fresh process, not timed: the timing is the
``cli`` group of ``cle-desktop bench``), and the quick search gives the service's own hits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from cle_desktop.bench.cli import bench_cli
from cle_desktop.demo import create_demo
from cle_desktop.services import Services
from cle_desktop.storage.database import Database

HEAVY = ["PIL", "PySide6", "alembic", "docx", "matplotlib", "openpyxl", "reportlab", "sqlalchemy"]

# The real entry point in a fresh interpreter, reporting its exit code, its output and which
# of the heavy packages it imported.
PROBE = f"""
import contextlib, io, json, sys
from cle_desktop.cli.main import main
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = sorted({{name.split(".")[0] for name in sys.modules}} & set({HEAVY!r}))
services = sorted(n for n in sys.modules if n.startswith("cle_desktop.services."))
print(json.dumps({{"code": code, "heavy": heavy, "services": services, "out": out.getvalue()}}))
"""


def run_cli(*argv: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    result["stderr"] = proc.stderr
    return result


def test_help_imports_no_database_qt_or_renderers() -> None:
    shown = run_cli("--help")
    assert shown["code"] == 0 and "search" in shown["out"] and "sync" in shown["out"]
    assert shown["heavy"] == []


def test_sync_help_imports_no_database_either() -> None:
    shown = run_cli("sync", "--help")
    assert shown["code"] == 0 and "export" in shown["out"] and shown["heavy"] == []


def test_search_reads_the_file_directly_with_the_services_hits(db: Database) -> None:
    gid = create_demo(db, stories=40, photos=0, seed=5).id
    expected = Services.over(db).search.search("garden", None, limit=20)
    assert expected, "the demo has gardens"
    found = run_cli("--db", str(db.path), "search", "garden", "--json")
    assert found["code"] == 0 and found["heavy"] == []
    hits = json.loads(found["out"])["hits"]
    assert [(h["kind"], h["id"], h["title"], h["snippet"], h["score"]) for h in hits] == [
        (h.entity, h.row_id, h.title, h.snippet, h.score) for h in expected
    ]
    one = run_cli("--db", str(db.path), "search", "garden", "--gathering", gid, "--json")
    assert len(json.loads(one["out"])["hits"]) == len(expected)


def test_search_of_a_file_it_cannot_read_directly_goes_the_ordinary_way(tmp_path: Path) -> None:
    """No file yet: created and migrated as every command does, then no matches. Not a
    database: the ordinary sentence, exit 2, no traceback."""
    fresh = tmp_path / "new.db"
    found = run_cli("--db", str(fresh), "search", "garden")
    assert found["code"] == 0 and found["out"].strip() == "No matches." and fresh.is_file()
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    refused = run_cli("--db", str(junk), "search", "garden")
    assert refused["code"] == 2 and "could not be opened" in refused["stderr"]
    assert "Traceback" not in refused["stderr"]


def test_cli_bench_reports_p50_and_p95_beside_python(db: Database) -> None:
    create_demo(db, stories=5, photos=0, seed=5)
    rows = bench_cli(db.path, rounds=2)
    names = [r["name"] for r in rows]
    assert names == [
        "python -c pass wall p50 (baseline)",
        "python -c pass wall p95",
        "cle-desktop --help wall p50",
        "cle-desktop --help wall p95",
        "cle-desktop search wall p50",
        "cle-desktop search wall p95",
    ]
    targets = {r["name"]: r["target"] for r in rows}
    assert targets["cle-desktop --help wall p50"] == "<= 150"
    assert targets["cle-desktop search wall p50"] == "<= 400"
    assert all(r["value"] > 0 and r["status"] in {"PASS", "FAIL"} for r in rows)


def test_the_window_module_loads_no_database_layer() -> None:
    """The window takes typing before the database opens (the early journal keeps it), so the
    modules that build it must not pull SQLAlchemy in: a fresh process checks ``sys.modules``
    (the timing is the ``gui`` group of ``cle-desktop bench``)."""
    probe = (
        "import json, sys\n"
        "from cle_desktop.ui import launch, main_window, story_desk\n"
        "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules} & {'sqlalchemy', 'alembic', 'matplotlib', 'weasyprint'})))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1]) == []


def test_a_database_command_builds_only_the_services_it_uses(db: Database) -> None:
    """``gatherings`` lists titles and story counts: the photo, map, report, sync and tagging
    services (and their imports) are not loaded for it (``Services`` builds each on first use)."""
    Services.over(db).gatherings.create("Seed swap")
    listed = run_cli("--db", str(db.path), "gatherings", "--json")
    assert listed["code"] == 0 and json.loads(listed["out"])[0]["title"] == "Seed swap"
    loaded = {name.rsplit(".", 1)[1] for name in listed["services"]}
    assert {"gatherings", "stories"} <= loaded
    assert loaded.isdisjoint({"photos", "maps", "reports", "sync", "tagging", "assets"})
    assert {"PIL", "matplotlib", "PySide6"}.isdisjoint(listed["heavy"])
