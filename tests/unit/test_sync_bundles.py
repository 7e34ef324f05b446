"""Sync by bundle between real SQLite replicas: idempotency, conflicts, hostile bundles."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Change, Story
from cle_desktop.sync.bundle import BundleRejected
from tests.laptops import joined_laptop, reseal_as, unsealed_copy


def replica(tmp_path: Path, name: str) -> Services:
    """A laptop joined to the test's one gathering (the first is its host)."""
    return joined_laptop(tmp_path, name)


def exchange(a: Services, b: Services, tmp_path: Path) -> None:
    ba = a.sync.export_bundle(tmp_path / "stick")
    bb = b.sync.export_bundle(tmp_path / "stick")
    b.sync.import_bundle(ba.path)
    a.sync.import_bundle(bb.path)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Services, Services, str, str]:
    a, b = replica(tmp_path, "a"), replica(tmp_path, "b")
    g = a.gatherings.create("Exchange")
    sid = a.stories.capture(g, title="Garden", body="The community garden feeds us.")
    b.sync.import_bundle(a.sync.export_bundle(tmp_path / "stick").path)
    return a, b, g, sid


def test_import_twice_changes_nothing_and_replicas_converge(pair, tmp_path: Path) -> None:
    a, b, g, sid = pair
    bundle = a.sync.export_bundle(tmp_path / "again").path
    before = b.sync.dump()
    assert b.sync.import_bundle(bundle).new_changes == 0
    assert b.sync.dump() == before == a.sync.dump()
    assert b.stories.get(sid).body == "The community garden feeds us."


def test_concurrent_edits_are_a_conflict_shown_the_same_everywhere(pair, tmp_path: Path) -> None:
    a, b, g, sid = pair
    a.stories.edit(sid, body="Edited on laptop A")
    b.stories.edit(sid, body="Edited on laptop B")
    exchange(a, b, tmp_path)
    assert a.sync.dump() == b.sync.dump()
    [conflict] = a.sync.conflicts()
    assert conflict.field == "body" and set(conflict.values) == {
        "Edited on laptop A",
        "Edited on laptop B",
    }
    assert a.stories.get(sid).body == b.stories.get(sid).body == conflict.values[0]
    a.sync.resolve("story", sid, "body", "Both laptops' words")
    exchange(a, b, tmp_path)
    assert a.sync.conflicts() == [] == b.sync.conflicts()
    assert b.stories.get(sid).body == "Both laptops' words"


def test_an_edit_made_after_seeing_another_wins_whatever_the_clock(pair, tmp_path: Path) -> None:
    a, b, g, sid = pair
    b.db.clock._wall = lambda: 1_000  # laptop B's clock is decades behind  # noqa: SLF001
    b.stories.edit(sid, body="B saw A's text and improved it")
    exchange(a, b, tmp_path)
    assert a.sync.conflicts() == []
    assert a.stories.get(sid).body == "B saw A's text and improved it"


def test_delete_concurrent_with_edit_is_a_conflict_not_a_loss(pair, tmp_path: Path) -> None:
    a, b, g, sid = pair
    a.stories.delete(sid)
    b.stories.edit(sid, body="New words added on B")
    exchange(a, b, tmp_path)
    kinds = {c.kind for c in a.sync.conflicts()}
    assert "delete-vs-edit" in kinds
    assert a.sync.dump() == b.sync.dump()
    with a.db.read() as s:
        assert s.get(Story, sid).body == "New words added on B"  # kept, for a person to decide
    a.sync.resolve("story", sid, "deleted", False)
    exchange(a, b, tmp_path)
    assert not b.stories.get(sid).deleted and b.sync.conflicts() == []


def test_purge_erases_a_withdrawn_person_on_every_replica(pair, tmp_path: Path) -> None:
    a, b, g, _ = pair
    pid = a.participants.add(g, "Rosa Quintana")
    sid = a.stories.capture(g, body="Rosa's secret recipe", teller_ids=[pid])
    exchange(a, b, tmp_path)
    a.sync.purge_participant(pid)
    exchange(a, b, tmp_path)
    for replica_ in (a, b):
        dump = replica_.sync.dump()
        assert "Rosa" not in dump and "secret recipe" not in dump
        with replica_.db.read() as s:
            values = " ".join(s.scalars(select(Change.value)))
        assert "secret recipe" not in values and "Rosa Quintana" not in values
    assert a.sync.dump() == b.sync.dump()
    assert b.stories.get(sid).deleted


def test_unknown_fields_from_a_newer_schema_are_kept_and_passed_on(pair, tmp_path: Path) -> None:
    a, b, g, sid = pair
    with a.db.write() as w:
        w.record_fields("story", sid, {"mood_2030": "joyful"})
    c = replica(tmp_path, "c")
    b.sync.import_bundle(a.sync.export_bundle(tmp_path / "s1").path)
    c.sync.import_bundle(b.sync.export_bundle(tmp_path / "s2").path)
    with c.db.read() as s:
        assert (
            s.scalars(select(Change.value).where(Change.field == "mood_2030")).one() == '"joyful"'
        )


def _rewrite_zip(bundle: Path, out: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(bundle) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    edit(members)
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def _set_manifest(zipped: dict[str, bytes], **changes: object) -> None:
    manifest = json.loads(zipped["manifest.json"])
    manifest.update(changes)
    zipped["manifest.json"] = json.dumps(manifest).encode()


@pytest.mark.parametrize(
    "damage, sentence",
    [
        ("truncate", "damaged or was altered after it was sealed"),
        ("sealbitflip", "damaged or was altered after it was sealed"),
        ("bitflip", "checksum"),
        ("zipslip", "unexpected file"),
        ("newer", "newer CLE Desktop"),
        ("badjson", "not valid JSON"),
        ("notzip", "not a sync bundle"),
    ],
)
def test_damaged_or_hostile_bundles_are_rejected_with_a_sentence_and_change_nothing(
    pair, tmp_path: Path, damage: str, sentence: str
) -> None:
    a, b, g, sid = pair
    a.stories.edit(sid, body="fresh news from A")
    good = a.sync.export_bundle(tmp_path / "src").path
    bad = tmp_path / "bad.zip"
    data = good.read_bytes()
    # The insides are damaged as a member laptop's broken app would: unsealed, damaged, then
    # sealed again with a valid envelope, so the bundle reader itself must say what is wrong.
    plain = unsealed_copy(a, good, tmp_path / "plain.zip")

    def _rewrite(_bundle: Path, out: Path, edit) -> Path:  # type: ignore[no-untyped-def]
        damaged = _rewrite_zip(plain, tmp_path / "damaged.zip", edit)
        return reseal_as(a, damaged, out, like=good)

    if damage == "truncate":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "sealbitflip":
        flipped = bytearray(data)
        flipped[len(flipped) // 2] ^= 0x01
        bad.write_bytes(bytes(flipped))
    elif damage == "bitflip":

        def flip(m: dict[str, bytes]) -> None:
            body = bytearray(m["changes.jsonl"])
            body[len(body) // 2] ^= 0x01
            m["changes.jsonl"] = bytes(body)

        _rewrite(good, bad, flip)
    elif damage == "zipslip":
        _rewrite(good, bad, lambda m: m.update({"../../evil.txt": b"x"}))
    elif damage == "newer":
        _rewrite(good, bad, lambda m: _set_manifest(m, format_version=99))
    elif damage == "badjson":

        def corrupt(m: dict[str, bytes]) -> None:
            m["changes.jsonl"] = b"{not json\n"
            _set_manifest(
                m,
                members={
                    "changes.jsonl": {
                        "sha256": hashlib.sha256(b"{not json\n").hexdigest(),
                        "size": 10,
                    }
                },
            )

        _rewrite(good, bad, corrupt)
    else:
        bad.write_bytes(b"%PDF-1.4 definitely not a zip")
    before = b.sync.dump()
    with pytest.raises(BundleRejected, match=sentence):
        b.sync.import_bundle(bad)
    assert b.sync.dump() == before
    assert not (tmp_path / "evil.txt").exists()


def test_zip_bomb_members_are_refused_before_reading(pair, tmp_path: Path) -> None:
    a, b, *_ = pair
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps({"format": "cle-desktop-bundle"}))
        zf.writestr("changes.jsonl", b"\0" * (64 * 1024 * 1024))
    with pytest.raises(BundleRejected, match="zip bomb"):
        b.sync.import_bundle(bomb)


def test_sync_point_folder_exchanges_only_what_is_missing(tmp_path: Path) -> None:
    a, b, c = (replica(tmp_path, n) for n in "abc")
    g = a.gatherings.create("Three laptops")
    a.stories.capture(g, body="from A")
    folder = tmp_path / "stick" / "cle-sync"
    a.sync.sync_folder(folder)
    b.sync.sync_folder(folder)
    b.stories.capture(g, body="from B")
    b.sync.sync_folder(folder)
    c.sync.sync_folder(folder)
    a.sync.sync_folder(folder)
    assert a.sync.dump() == b.sync.dump() == c.sync.dump()
    assert a.sync.sync_folder(folder).exported is None  # nothing new to write
    assert len(list(folder.glob("cle-*.clebundle"))) == 2


def test_same_photo_on_two_laptops_is_stored_once(pair, tmp_path: Path) -> None:
    a, b, g, _ = pair
    from PIL import Image

    photo = tmp_path / "walk.jpg"
    Image.new("RGB", (64, 48), "teal").save(photo)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    with a.db.write() as w:
        from cle_desktop.storage.models import Photo

        w.create(Photo, gathering_id=g, sha256=sha, original_name="walk.jpg")
    from cle_desktop.media.store import MediaStore

    MediaStore(a.db.media_dir).put_stream(io.BytesIO(photo.read_bytes()), expected_sha256=sha)
    MediaStore(b.db.media_dir).put_stream(io.BytesIO(photo.read_bytes()), expected_sha256=sha)
    result = b.sync.import_bundle(a.sync.export_bundle(tmp_path / "s").path)
    assert result.media_added == 0
    c = replica(tmp_path, "c")
    assert c.sync.import_bundle(a.sync.export_bundle(tmp_path / "s2").path).media_added == 1
    assert MediaStore(c.db.media_dir).path_for(sha).read_bytes() == photo.read_bytes()


def test_a_copied_database_file_gets_a_new_device_id(tmp_path: Path) -> None:
    first = Database.open(tmp_path / "one" / "cle.db")
    first.close()
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "cle.db").write_bytes((tmp_path / "one" / "cle.db").read_bytes())
    again = Database.open(tmp_path / "one" / "cle.db")
    copy = Database.open(tmp_path / "two" / "cle.db")
    assert again.device_id == first.device_id
    assert copy.device_id != first.device_id
