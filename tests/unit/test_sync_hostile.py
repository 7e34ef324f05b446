"""Hostile bundles beyond the basic set: a photo that is not what its name says, a manifest
entry of the wrong shape. Each is refused with one sentence and the laptop is unchanged."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.sync.bundle import BundleRejected


def laptop(tmp_path: Path, name: str) -> Services:
    return Services.over(
        Database.open(tmp_path / name / "cle.db", state_dir=tmp_path / f"{name}-state")
    )


def rebuild(src_path: Path, out: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src_path) as src, zipfile.ZipFile(out, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        extra = edit(manifest)
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("changes.jsonl", src.read("changes.jsonl"))
        for name, data in extra.items():
            dst.writestr(name, data)
    return out


def test_a_photo_that_is_not_what_its_name_says_is_refused(tmp_path: Path) -> None:
    a, c = laptop(tmp_path, "a"), laptop(tmp_path, "c")
    a.gatherings.create("Hostile")
    bundle = a.sync.export_bundle(tmp_path / "stick").path
    data, fake = b"not the photo", "ab" * 32

    def swap(manifest: dict) -> dict[str, bytes]:  # type: ignore[type-arg]
        manifest["members"][f"media/{fake}"] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
        return {f"media/{fake}": data}

    before = c.sync.dump()
    with pytest.raises(BundleRejected, match="not the photo its name promises"):
        c.sync.import_bundle(rebuild(bundle, tmp_path / "swap.zip", swap))
    assert c.sync.dump() == before
    assert not any((c.db.media_dir).rglob(fake))


def test_a_manifest_entry_of_the_wrong_shape_is_refused(tmp_path: Path) -> None:
    a, c = laptop(tmp_path, "a"), laptop(tmp_path, "c")
    a.gatherings.create("Hostile")
    bundle = a.sync.export_bundle(tmp_path / "stick").path

    def mangle(manifest: dict) -> dict[str, bytes]:  # type: ignore[type-arg]
        manifest["members"]["changes.jsonl"] = ["not", "a", "dict"]
        return {}

    with pytest.raises(BundleRejected, match="manifest is damaged"):
        c.sync.import_bundle(rebuild(bundle, tmp_path / "mangled.zip", mangle))
