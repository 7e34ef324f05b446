"""Photos across laptops: deleted on one while linked (tagged) on another, nothing lost."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from cle_desktop.media.store import MediaStore
from cle_desktop.services import Services
from cle_desktop.storage.models import Change, Photo, PhotoLink
from tests.laptops import joined_laptop


def replica(tmp_path: Path, name: str) -> Services:
    """A laptop joined to the test's one gathering (the first is its host)."""
    return joined_laptop(tmp_path, name, own_state=True)


def exchange(a: Services, b: Services, stick: Path) -> None:
    ba = a.sync.export_bundle(stick)
    bb = b.sync.export_bundle(stick)
    b.sync.import_bundle(ba.path)
    a.sync.import_bundle(bb.path)


def change_ids(s: Services) -> set[str]:
    with s.db.read() as session:
        return set(session.scalars(select(Change.id)))


def test_photo_deleted_on_one_laptop_while_linked_on_another_keeps_the_link_and_file(
    tmp_path: Path,
) -> None:
    a, b = replica(tmp_path, "a"), replica(tmp_path, "b")
    g = a.gatherings.create("Gallery walk")
    sid = a.stories.capture(g, title="Loom", body="Grandmother's loom came from Chimayó.")
    picture = tmp_path / "loom.jpg"
    Image.new("RGB", (80, 60), "maroon").save(picture)
    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    MediaStore(a.db.media_dir).put_stream(io.BytesIO(picture.read_bytes()), expected_sha256=sha)
    with a.db.write() as w:
        pid = w.create(Photo, gathering_id=g, sha256=sha, original_name="loom.jpg")
    stick = tmp_path / "stick"
    b.sync.import_bundle(a.sync.export_bundle(stick).path)
    assert MediaStore(b.db.media_dir).path_for(sha).exists()

    # Offline, concurrently: A deletes the photo, B links it to the story and captions it.
    with a.db.write() as w:
        w.delete(Photo, pid)
    link = b.photos.link(pid, "story", sid)
    b.photos.set_caption(pid, "The loom at the gallery walk")
    exchange(a, b, stick)
    exchange(a, b, stick)

    assert a.sync.dump() == b.sync.dump()
    assert change_ids(a) == change_ids(b)
    for side in (a, b):
        with side.db.read() as s:
            assert s.get(PhotoLink, link) is not None and not s.get(PhotoLink, link).deleted
            assert s.get(Photo, pid).caption == "The loom at the gallery walk"
        # The caption edit was made without seeing the delete: a person decides, nothing is lost.
        assert any(c.row_id == pid and c.kind == "delete-vs-edit" for c in side.sync.conflicts())
        assert MediaStore(side.db.media_dir).path_for(sha).read_bytes() == picture.read_bytes()
