"""`cle-desktop sync ...` end to end, as a host runs it: two laptops (two database files with
their own state directories), bundles on a "stick" folder, the canonical dump compared byte for
byte, a hostile bundle refused with one sentence, and the shared sync-point folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

CLI = [sys.executable, "-m", "cle_desktop"]


def run(db: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CLE_DESKTOP_STATE_DIR": str(db.parent / "state"),
    }
    proc = subprocess.run(
        [*CLI, "--db", str(db), *args], capture_output=True, text=True, env=env, timeout=300
    )
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def join(host: Path, *laptops: Path) -> None:
    """The CLI join flow: join-request on the new laptop, invite on the host, join; both
    print the same pairing code."""
    for laptop in laptops:
        request, invitation = laptop.parent / "join.request", laptop.parent / "invite.file"
        asked = json.loads(
            run(laptop, "sync", "join-request", "--out", str(request), "--json").stdout
        )
        invited = json.loads(
            run(host, "sync", "invite", str(request), "--out", str(invitation), "--json").stdout
        )
        joined = json.loads(run(laptop, "sync", "join", str(invitation), "--json").stdout)
        assert invited["fingerprint"] == asked["fingerprint"]
        assert invited["pairing_code"] == joined["pairing_code"]


def device_of(db: Path) -> str:
    return str(json.loads(run(db, "sync", "laptops", "--json").stdout)["device_id"])


def test_two_laptops_export_import_dump_and_refuse_a_zip_slip(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "cle.db", tmp_path / "b" / "cle.db"
    stick = tmp_path / "stick"
    run(a, "demo", "--stories", "12", "--photos", "2", "--json")
    join(a, b)
    out = json.loads(run(a, "sync", "export", "--out", str(stick), "--json").stdout)
    assert out["changes"] > 0 and out["media"] == 2 and Path(out["path"]).is_file()

    first = json.loads(run(b, "sync", "import", out["path"], "--json").stdout)
    assert first["new_changes"] == out["changes"] and first["media_added"] == 2
    again = json.loads(run(b, "sync", "import", out["path"], "--json").stdout)
    assert again["new_changes"] == 0 and again["media_added"] == 0
    assert "already had all of it" in run(b, "sync", "import", out["path"]).stdout

    dump_a = run(a, "sync", "dump").stdout
    assert dump_a == run(b, "sync", "dump").stdout
    json.loads(dump_a)
    assert json.loads(run(b, "sync", "conflicts", "--json").stdout) == []

    # Since-peer export after the peer's bundle arrived: nothing A lacks goes back.
    back = json.loads(run(b, "sync", "export", "--out", str(stick / "from-b.zip"), "--json").stdout)
    run(a, "sync", "import", back["path"])
    b_device = device_of(b)
    lean = json.loads(
        run(
            a, "sync", "export", "--out", str(tmp_path / "lean"), "--since-peer", b_device, "--json"
        ).stdout
    )
    assert lean["changes"] == 0
    unknown = run(
        a, "sync", "export", "--out", str(tmp_path / "x"), "--since-peer", "nobody", ok=False
    )
    assert unknown.returncode == 2 and "export everything instead" in unknown.stderr

    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as dst:
        dst.writestr("manifest.json", json.dumps({"format": "cle-desktop-bundle"}))
        dst.writestr("changes.jsonl", "")
        dst.writestr("../../escape.txt", "x")
    proc = run(b, "sync", "import", str(evil), ok=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    message = proc.stderr.strip().splitlines()[-1]
    assert message.endswith(".") and message.count(". ") == 0, message
    assert run(b, "sync", "dump").stdout == dump_a


def test_sync_point_folder_brings_three_laptops_together(tmp_path: Path) -> None:
    dbs = [tmp_path / name / "cle.db" for name in ("a", "b", "c")]
    point = tmp_path / "stick" / "cle-sync"
    gid = json.loads(run(dbs[0], "demo", "--stories", "5", "--photos", "0", "--json").stdout)["id"]
    join(*dbs)
    for db in dbs:  # first round: everyone leaves a bundle and picks up what is there
        run(db, "sync", "folder", str(point), "--json")
    for db in dbs:  # second round: everyone has everything
        run(db, "sync", "folder", str(point), "--json")
    dumps = {run(db, "sync", "dump", "--gathering", gid).stdout for db in dbs}
    assert len(dumps) == 1
    assert len(list(point.iterdir())) >= 1


def test_purge_from_the_command_line_travels_to_the_other_laptop(tmp_path: Path) -> None:
    from sqlalchemy import select

    from cle_desktop.storage.database import Database
    from cle_desktop.storage.models import Participant

    a, b = tmp_path / "a" / "cle.db", tmp_path / "b" / "cle.db"
    run(a, "demo", "--stories", "8", "--photos", "0", "--json")
    join(a, b)
    db = Database.open(a, state_dir=a.parent / "state")
    with db.read() as s:
        person = s.scalars(select(Participant).order_by(Participant.id)).first()
        assert person is not None
        pid, name = person.id, person.display_name
    db.close()
    bundle = json.loads(
        run(a, "sync", "export", "--out", str(tmp_path / "stick"), "--json").stdout
    )["path"]
    run(b, "sync", "import", bundle)
    assert name in run(b, "sync", "dump").stdout
    refused = run(a, "sync", "purge", pid, ok=False)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    run(a, "sync", "purge", pid, "--yes")
    bundle = json.loads(
        run(a, "sync", "export", "--out", str(tmp_path / "stick"), "--json").stdout
    )["path"]
    imported = run(b, "sync", "import", bundle).stdout
    assert f"erased {name} (consent withdrawn)" in imported  # the report names laptop and person
    dump_b = run(b, "sync", "dump").stdout
    assert name not in dump_b and dump_b == run(a, "sync", "dump").stdout
