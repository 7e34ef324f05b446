"""Hostile bundles beyond the basic set: a photo that is not what its name says, a manifest
entry of the wrong shape. Each is refused with one sentence and the laptop is unchanged."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from cle_desktop.services import Services
from cle_desktop.sync.bundle import BundleRejected
from tests.laptops import joined_laptop, reseal_as, unsealed_copy


def laptop(tmp_path: Path, name: str) -> Services:
    """A laptop joined to the test's one gathering (the first is its host)."""
    return joined_laptop(tmp_path, name, own_state=True)


def rebuild(src_path: Path, out: Path, edit, member: Services) -> Path:  # type: ignore[no-untyped-def]
    """Damage the zip inside a sealed bundle and seal it again as ``member`` (a member laptop
    whose bundle is broken inside), so the bundle reader itself must refuse it."""
    plain = unsealed_copy(member, src_path, out.with_suffix(".plain.zip"))
    damaged = out.with_suffix(".damaged.zip")
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(damaged, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        extra = edit(manifest)
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("changes.jsonl", src.read("changes.jsonl"))
        for name, data in extra.items():
            dst.writestr(name, data)
    return reseal_as(member, damaged, out, like=src_path)


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
        c.sync.import_bundle(rebuild(bundle, tmp_path / "swap.zip", swap, a))
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
        c.sync.import_bundle(rebuild(bundle, tmp_path / "mangled.zip", mangle, a))
