"""Hostile bundles beyond the basic set: a photo that is not what its name says, a manifest
entry of the wrong shape. Each is refused with one sentence and the laptop is unchanged."""

from __future__ import annotations

import hashlib
import json
import struct
import time
import zipfile
from pathlib import Path

import pytest

from cle_desktop.services import Services
from cle_desktop.sync.bundle import BundleRejected
from tests.laptops import joined_laptop, reseal_as, seal_as, unsealed_copy


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


# --- values, clocks, staging, streaming (issue 13) -------------------------------------------


def _entries(bundle: Path) -> tuple[dict, list[dict]]:  # type: ignore[type-arg]
    """The manifest and entries of a plain bundle (see ``plain``)."""
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        entries = [json.loads(line) for line in zf.read("changes.jsonl").splitlines() if line]
        media = {n: zf.read(n) for n in zf.namelist() if n.startswith("media/")}
    manifest["_media"] = media
    return manifest, entries


def forge(bundle: Path, out: Path, entries: list[dict], **headers: object) -> Path:  # type: ignore[type-arg]
    """A well-formed plain bundle of ``entries``, checksums and count recomputed, as an
    attacker would make it (``seal_as`` then seals it as an invited laptop)."""
    manifest, _ = _entries(bundle)
    media = manifest.pop("_media")
    changes = "".join(json.dumps(e) + "\n" for e in entries).encode()
    manifest.update(change_count=len(entries), **headers)
    manifest["members"] = {
        "changes.jsonl": {"sha256": hashlib.sha256(changes).hexdigest(), "size": len(changes)},
        **{n: {"sha256": n[6:], "size": len(d)} for n, d in media.items()},
    }
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("changes.jsonl", changes)
        for name, data in media.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    return out


def media_files(s: Services) -> list[str]:
    root = s.db.media_dir
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


@pytest.fixture
def consent_bundle(tmp_path: Path) -> tuple[Services, Services, Path, str]:
    a, c = laptop(tmp_path, "a"), laptop(tmp_path, "c")
    g = a.gatherings.create("Hostile")
    pid = a.participants.add(g, "Rosa")
    a.participants.record_consent(pid, sharing_level="internal")
    sealed = a.sync.export_bundle(tmp_path / "stick").path
    return a, c, unsealed_copy(a, sealed, tmp_path / "plain.zip"), pid


def test_a_sharing_level_no_report_knows_is_refused_and_reports_keep_working(
    consent_bundle, tmp_path: Path
) -> None:
    a, c, bundle, _ = consent_bundle
    _, entries = _entries(bundle)
    for e in entries:
        if e["field"] == "sharing_level":
            e["value"] = "everyone"
    before = c.sync.dump()
    with pytest.raises(BundleRejected, match="consent sharing_level: 'everyone' is not one of"):
        c.sync.import_bundle(seal_as(a, forge(bundle, tmp_path / "everyone.zip", entries)))
    assert c.sync.dump() == before


def test_a_clock_from_the_far_future_is_refused_and_this_laptops_clock_does_not_move(
    consent_bundle, tmp_path: Path
) -> None:
    a, c, bundle, _ = consent_bundle
    _, entries = _entries(bundle)
    entries[-1]["hlc"] = "9999999999999-999999"
    with pytest.raises(BundleRejected, match="ahead of this laptop's clock"):
        c.sync.import_bundle(seal_as(a, forge(bundle, tmp_path / "future.zip", entries)))
    wall = time.time_ns() // 1_000_000
    assert c.db.clock.now().wall_ms < wall + 1000
    # ...so this laptop's own next bundle is still accepted by the first laptop
    gid = c.gatherings.create("Own gathering")
    c.stories.capture(gid, title="Ours", body="Written after the attack.")
    a.sync.import_bundle(c.sync.export_bundle(tmp_path / "back").path)


def test_a_bad_version_vector_is_refused_before_the_import_commits(
    consent_bundle, tmp_path: Path
) -> None:
    a, c, bundle, _ = consent_bundle
    manifest, entries = _entries(bundle)
    device = manifest["device_id"]
    for vector in ({device: "5"}, {device: 1.5}, {"laptop": 1}, [device], {device: -1}):
        before = c.sync.dump()
        with pytest.raises(BundleRejected, match="bad 'version_vector'"):
            forged = forge(bundle, tmp_path / "v.zip", entries, version_vector=vector)
            c.sync.import_bundle(seal_as(a, forged))
        assert c.sync.dump() == before and c.sync.peers() == []


def test_a_refused_bundle_leaves_no_photo_behind(tmp_path: Path) -> None:
    a, c = laptop(tmp_path, "a"), laptop(tmp_path, "c")
    from cle_desktop.demo import create_demo

    create_demo(a.db, stories=4, photos=3, seed=2)
    sealed = a.sync.export_bundle(tmp_path / "stick").path
    bundle = unsealed_copy(a, sealed, tmp_path / "plain.zip")
    _, entries = _entries(bundle)
    # a story in a gathering nobody has: only the commit (foreign keys) can refuse it
    story = next(e for e in entries if e["entity"] == "story" and e["field"] == "gathering_id")
    entries.append(
        dict(
            story,
            id="0190a000-0000-7000-8000-000000000001",
            seq=999_999,
            row_id="0190a000-0000-7000-8000-000000000002",
            value="0190a000-0000-7000-8000-000000000003",
        )
    )
    before, files = c.sync.dump(), media_files(c)
    with pytest.raises(BundleRejected, match="builds on changes"):
        c.sync.import_bundle(seal_as(a, forge(bundle, tmp_path / "dangling.zip", entries)))
    assert c.sync.dump() == before and media_files(c) == files
    result = c.sync.import_bundle(sealed)  # the genuine bundle then brings the photos in
    assert result.media_added == 3 and len([f for f in media_files(c) if "sha256/" in f]) >= 3
    assert not any(".staging" in f for f in media_files(c))


def test_a_photo_that_inflates_like_a_bomb_is_stopped_while_streaming(
    consent_bundle, tmp_path: Path
) -> None:
    a, c, bundle, _ = consent_bundle
    _, entries = _entries(bundle)
    data = (b"\0" * 4095 + b"\1") * 1024 * 4  # 16 MiB that deflates ~1000:1
    sha = hashlib.sha256(data).hexdigest()
    photo = next(e for e in entries if e["entity"] == "consent")
    entries.append(
        dict(
            photo,
            id="0190a000-0000-7000-8000-000000000011",
            seq=999_998,
            entity="photo",
            field="sha256",
            value=sha,
        )
    )
    out = forge(bundle, tmp_path / "bomb.zip", entries)
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"media/{sha}", data)
    manifest, _ = _entries(out)
    manifest.pop("_media")
    manifest["members"][f"media/{sha}"] = {"sha256": sha, "size": len(data)}
    rebuilt = tmp_path / "bomb2.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(rebuilt, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest))
        for info in src.infolist():
            if info.filename != "manifest.json":
                dst.writestr(info, src.read(info.filename))
    with pytest.raises(BundleRejected, match="zip bomb"):
        c.sync.import_bundle(seal_as(a, rebuilt))
    assert not any(".staging" in f or sha in f for f in media_files(c))


@pytest.mark.parametrize(
    "patch_at, value, sentence",
    [
        (10, 99, "packed in a way CLE Desktop never uses"),  # compression method 99
        (8, 0x1, "password-protected"),  # the encrypted flag
    ],
)
def test_zip_methods_and_flags_get_a_sentence(
    consent_bundle, tmp_path: Path, patch_at: int, value: int, sentence: str
) -> None:
    a, c, bundle, _ = consent_bundle
    data = bytearray(bundle.read_bytes())
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, central + patch_at, value)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    with pytest.raises(BundleRejected, match=sentence):
        c.sync.import_bundle(seal_as(a, bad))


def test_json_nested_a_hundred_thousand_deep_gets_a_sentence(
    consent_bundle, tmp_path: Path
) -> None:
    a, c, bundle, _ = consent_bundle
    _, entries = _entries(bundle)
    forged = forge(bundle, tmp_path / "deep.zip", entries)
    deep = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    rebuilt = tmp_path / "deep2.zip"
    with zipfile.ZipFile(forged) as src, zipfile.ZipFile(rebuilt, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        changes = src.read("changes.jsonl") + deep
        manifest["members"]["changes.jsonl"] = {
            "sha256": hashlib.sha256(changes).hexdigest(),
            "size": len(changes),
        }
        manifest["change_count"] += 1
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("changes.jsonl", changes)
        for name in src.namelist():
            if name.startswith("media/"):
                dst.writestr(name, src.read(name))
    with pytest.raises(BundleRejected, match="nested too deeply"):
        c.sync.import_bundle(seal_as(a, rebuilt))


def test_junk_for_an_unknown_entity_is_bounded(consent_bundle, tmp_path: Path) -> None:
    from cle_desktop.sync import validate

    a, c, bundle, _ = consent_bundle
    _, entries = _entries(bundle)
    base = entries[0]
    junk = [
        dict(
            base,
            id=f"0190b000-0000-7000-8000-{i:012x}",
            seq=1_000_000 + i,
            entity="zz_junk",
            field="x",
            value="junk",
        )
        for i in range(validate.MAX_UNKNOWN_ENTRIES + 1)
    ]
    with pytest.raises(BundleRejected, match="kinds this version does not know"):
        c.sync.import_bundle(seal_as(a, forge(bundle, tmp_path / "junk.zip", entries + junk)))


def test_the_small_fuzz_suite_finds_no_traceback_and_no_change(tmp_path: Path) -> None:
    """About 100 hostile bundles from a real export (the full run: tests/faults/fuzz_bundles)."""
    from tests.faults.fuzz_bundles import run_in_process

    report = run_in_process(100, seed=7, folder=tmp_path / "fuzz")
    summary = report.summary()
    assert summary["refused"] > 80, summary
    assert report.clean, summary["failures"]


def test_a_csv_cell_longer_than_the_csv_module_allows_imports(tmp_path: Path) -> None:
    from cle_desktop.domain.limits import MAX_TEXT_CHARS
    from cle_desktop.services.errors import InvalidInput
    from cle_desktop.services.imports import read_rows

    sheet = tmp_path / "notes.csv"
    body = "palabra " * 20_000  # 160,000 characters: over csv's default 131,072
    sheet.write_text(f'title,body\nLong,"{body}"\n', encoding="utf-8")
    [(line, row)] = read_rows(sheet, ["title", "body"])
    assert row["body"] == body.strip()
    sheet.write_text(f'title,body\nToo long,"{"x" * (MAX_TEXT_CHARS + 1)}"\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="Line 2 of notes.csv has a cell longer than"):
        read_rows(sheet, ["title", "body"])
