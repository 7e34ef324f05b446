"""The command line as scripts use it: JSON shapes, sentences on error, CSV imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "cle_desktop"]


def run(db: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [*CLI, "--db", str(db), *args], capture_output=True, text=True, env=env, timeout=300
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("cli") / "cle.db"
    os.environ.setdefault("CLE_DESKTOP_STATE_DIR", str(db.parent / "state"))
    out = json.loads(run(db, "demo", "--stories", "30", "--photos", "3", "--json").stdout)
    return db, out["id"]


def test_demo_then_search_gives_hits_with_snippets(demo: tuple[Path, str]) -> None:
    db, gid = demo
    hits = json.loads(run(db, "search", "garden", "--json").stdout)["hits"]
    assert hits and all({"story_id", "title", "snippet", "score"} <= set(h) for h in hits)
    assert any(h["story_id"] for h in hits)
    for query in ["grandma's \"", "AND (", "*", "-", "1962:", "body:x", "🌱"]:
        assert "hits" in json.loads(run(db, "search", query, "--json").stdout)


def test_errors_are_one_sentence_and_non_zero(demo: tuple[Path, str], tmp_path: Path) -> None:
    db, gid = demo
    proc = run(db, "import-photos", "--gathering", "no-such-id", str(tmp_path), ok=False)
    assert (
        proc.returncode == 2
        and "There is no gathering" in proc.stderr
        and "Traceback" not in proc.stderr
    )
    proc = run(db, "sync", "import", str(tmp_path / "missing.zip"), ok=False)
    assert proc.returncode == 2 and "no bundle" in proc.stderr


def test_sign_in_sheet_import_reports_bad_rows_and_never_duplicates(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    db, gid = demo
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text(
        "\ufeffname,pseudonym,role,team,age_band,languages,sharing,photo_release,minor,guardian_consent\n"
        "Lucía Chávez,Student A,student,Las Cruces,youth,es;en,public,yes,yes,yes\n"
        "<b>Bold</b> Name,,partner,,adult,en,network,no,no,no\n"
        ",,student,,youth,,public,yes,no,no\n"
        "Tom Begay,,wizard,,adult,en,public,yes,no,no\n"
        "Ana Ruiz,,teacher,,adult,en,sometimes,yes,no,no\n",
        encoding="utf-8",
    )
    first = json.loads(
        run(db, "import-participants", "--gathering", gid, str(sheet), "--json", ok=False).stdout
    )
    assert len(first["imported"]) == 2
    reasons = " ".join(e["reason"] for e in first["errors"])
    assert "Line 4" in reasons and "Line 5" in reasons and "Line 6" in reasons
    again = json.loads(
        run(db, "import-participants", "--gathering", gid, str(sheet), "--json", ok=False).stdout
    )
    assert again["imported"] == [] and len(again["skipped"]) == 2


def test_story_import_creates_sessions_and_is_idempotent(
    demo: tuple[Path, str], tmp_path: Path
) -> None:
    db, gid = demo
    notes = tmp_path / "notes.csv"
    notes.write_text(
        "title,body,tellers,session,language,recorded_at\n"
        'Acequia,"We clean the ditch every spring, ""together"".",Rosa Q;Tom B,Evening circle,en,2026-10-14 18:30\n'
        "Empty,,Rosa Q,,en,\n",
        encoding="utf-8",
    )
    first = json.loads(
        run(db, "import-stories", "--gathering", gid, str(notes), "--json", ok=False).stdout
    )
    assert len(first["imported"]) == 1 and "Line 3" in first["errors"][0]["reason"]
    again = json.loads(
        run(db, "import-stories", "--gathering", gid, str(notes), "--json", ok=False).stdout
    )
    assert again["imported"] == [] and len(again["skipped"]) == 1


def test_wrong_file_types_get_a_sentence(demo: tuple[Path, str], tmp_path: Path) -> None:
    db, gid = demo
    xlsx = tmp_path / "sheet.csv"
    xlsx.write_bytes(b"PK\x03\x04 a spreadsheet, not CSV")
    proc = run(db, "import-participants", "--gathering", gid, str(xlsx), ok=False)
    assert proc.returncode == 2 and "not a CSV file" in proc.stderr
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name\nJos\xe9\n".encode("latin-1"))
    proc = run(db, "import-stories", "--gathering", gid, str(latin), ok=False)
    assert proc.returncode == 2 and "UTF-8" in proc.stderr


def test_report_map_basemap_check_and_backup(demo: tuple[Path, str], tmp_path: Path) -> None:
    db, gid = demo
    for fmt in ("geojson", "kml", "csv", "qdpx"):
        out = json.loads(
            run(
                db,
                "report",
                "--gathering",
                gid,
                "--format",
                fmt,
                "--out",
                str(tmp_path / f"r.{fmt}"),
                "--json",
            ).stdout
        )
        assert Path(out["out"]).stat().st_size > 0
    broken = tmp_path / "broken.mbtiles"
    broken.write_bytes(b"not sqlite")
    proc = run(db, "basemap", "add", "--gathering", gid, str(broken), ok=False)
    assert proc.returncode == 2 and "MBTiles" in proc.stderr
    assert (
        json.loads(
            run(db, "map", "--gathering", gid, "--out", str(tmp_path / "m.html"), "--json").stdout
        )["pins"]
        > 0
    )
    assert json.loads(run(db, "check", "--json").stdout)["ok"] is True
    run(db, "backup", "--out", str(tmp_path / "copy.db"))
    assert json.loads(run(tmp_path / "copy.db", "check", "--json").stdout)["ok"] is True


def test_bench_json_shape(tmp_path: Path) -> None:
    from cle_desktop.bench.harness import result

    row = result("x", 1.0, "ms", "<= 2", True)
    assert set(row) == {"name", "value", "unit", "target", "status"} and row["status"] == "PASS"


def test_bench_only_runs_the_named_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``bench --only photos`` re-runs one group (same JSON rows) without the 10,000-story DB."""
    from cle_desktop.bench import harness as bench

    assert set(bench.GROUPS) == {
        "capture",
        "search",
        "open",
        "cli",
        "photos",
        "maps",
        "reports",
        "sync",
        "gui",
        "changes",
    }
    calls: list[str] = []

    def fake_photos(workdir: Path, count: int) -> list[dict[str, object]]:
        calls.append(f"photos {count}")
        return [bench.result("photo import", 1.0, "s", "", True)]

    monkeypatch.setattr(bench, "bench_photo_import", fake_photos)
    monkeypatch.setattr(bench, "build_demo_db", lambda *a: pytest.fail("built the demo DB"))
    rows = bench.run_all(quick=True, workdir=tmp_path, only=["photos"])
    assert calls == ["photos 20"] and [r["name"] for r in rows] == ["photo import"]
    with pytest.raises(ValueError):
        bench.run_all(quick=True, workdir=tmp_path, only=["photo"])
    proc = run(tmp_path / "x.db", "bench", "--only", "photo,search", ok=False)
    assert proc.returncode == 2 and "no benchmark group photo;" in proc.stderr


def test_check_finds_a_stored_photo_whose_bytes_changed(tmp_path: Path) -> None:
    """``check`` re-hashes every stored original: a file whose bytes no longer match its name
    (disk rot, or a copy gone wrong) is named, and the check fails."""
    db = tmp_path / "cle.db"
    run(db, "demo", "--stories", "5", "--photos", "3", "--json")
    report = json.loads(run(db, "check", "--json").stdout)
    assert report["ok"] is True and report["photos_checked"] == 3
    victim = sorted((tmp_path / "media" / "sha256").glob("*/*"))[0]
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data))
    proc = run(db, "check", "--json", ok=False)
    report = json.loads(proc.stdout)
    assert proc.returncode == 1 and report["ok"] is False
    assert any(victim.name[:12] in problem for problem in report["problems"])
