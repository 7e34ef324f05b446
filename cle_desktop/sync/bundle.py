"""Sync bundles: a zip a note-taker carries on a USB stick.

Layout::

    manifest.json    format version, device, app + schema versions, version vector,
                     sha256 + size of every other member
    changes.jsonl    one change entry per line (portable form, see merge.change_to_dict)
    media/<sha256>   photos and drawn maps, by content hash

Writing goes to a temporary name in the target folder, is fsynced, then renamed, so a stick
pulled out mid-write never holds a half bundle under the real name. Reading trusts nothing:
member names are checked against the three shapes above (no paths are ever joined from them),
counts and declared sizes are bounded (Python's zipfile has no zip-bomb guard), every checksum
is verified before anything is applied, and the whole import is one transaction.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cle_desktop import __version__
from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, PhraseError
from cle_desktop.media.store import MediaStore
from cle_desktop.storage import migrations
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Change
from cle_desktop.sync import seal, trust
from cle_desktop.sync.merge import apply_changes, change_to_dict

FORMAT_VERSION = 1
SEALED_SUFFIX = "clebundle"
MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_RATIO = 200  # declared size / compressed size, for members above 1 MiB
_MEDIA_NAME = re.compile(r"^media/[0-9a-f]{64}$")
_CHANGE_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "device_id": str,
    "seq": int,
    "hlc": str,
    "entity": str,
    "row_id": str,
    "field": str,
    "parents": list,
}
_HLC = re.compile(r"^\d{13}-\d{6}$")


class BundleRejected(PhraseError):
    """A bundle that cannot be imported; the database is unchanged. One sentence (``phrase``
    keeps it translatable, see ``cle_desktop.domain.phrases``)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    changes: int
    media: int


@dataclass(frozen=True)
class ImportResult:
    path: Path
    device_id: str
    new_changes: int
    media_added: int
    vector: dict[str, int] = field(default_factory=dict)
    # Consent changes and purges in the bundle, each naming the laptop and the person.
    consent_notes: tuple[str, ...] = ()


def version_vector(session: Session) -> dict[str, int]:
    """For each device, the highest n such that we hold all of its entries 1..n.

    Not simply the highest sequence number: a laptop can hold a later entry of a device without
    an earlier one (a "news" bundle from a third laptop read before the bundle it follows, when
    the news builds on nothing earlier). Claiming the maximum would make a sync point skip the
    earlier bundle and a ``--since-peer`` export leave the gap out, losing entries silently.
    The unbroken run is a safe claim; at worst a few entries travel twice (import is idempotent).
    """
    out: dict[str, int] = {}
    for device, top, count in session.execute(
        select(Change.device_id, func.max(Change.seq), func.count()).group_by(Change.device_id)
    ):
        if int(count) == int(top):
            out[device] = int(top)
            continue
        run = 0
        for seq in session.scalars(
            select(Change.seq).where(Change.device_id == device).order_by(Change.seq)
        ):
            if seq != run + 1:
                break
            run = seq
        out[device] = run
    return {d: s for d, s in out.items() if s > 0}


def version_vector_of(db: Database) -> dict[str, int]:
    with db.read() as session:
        return version_vector(session)


def _changes_since(session: Session, since: Mapping[str, int]) -> Iterator[Change]:
    query = select(Change).order_by(Change.device_id, Change.seq)
    for change in session.scalars(query).yield_per(2000):
        if change.seq > since.get(change.device_id, 0):
            yield change


def _media_hashes(entries: list[dict[str, Any]]) -> list[str]:
    hashes = {
        e["value"]
        for e in entries
        if e["field"] in ("sha256", "file_sha256") and isinstance(e["value"], str)
    }
    return sorted(h for h in hashes if re.fullmatch(r"[0-9a-f]{64}", h))


def export_bundle(db: Database, out: Path, since: Mapping[str, int] | None = None) -> ExportResult:
    """Write every entry the receiver lacks (all, unless ``since`` says what it has), signed
    and sealed for the gathering's laptops (see ``cle_desktop.sync.trust``)."""
    out = Path(out)
    # trust hook: refuses before anything is written if this laptop is in no gathering, and
    # signs this laptop's entries written since the last export.
    try:
        sealer = trust.Sealer.for_export(db)
    except trust.TrustRefused as exc:
        raise BundleRejected(exc.phrase) from exc
    if out.is_dir() or not out.suffix:
        out.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        own = int(version_vector_of(db).get(db.device_id, 0))
        out = out / f"cle-{db.device_id[-12:]}-{stamp}-{own:08d}.{SEALED_SUFFIX}"
    with db.read() as session:
        entries = [change_to_dict(c) for c in _changes_since(session, since or {})]
        vector = version_vector(session)
    store = MediaStore(db.media_dir)
    hashes = [h for h in _media_hashes(entries) if store.has(h)]
    changes_bytes = "".join(
        json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries
    ).encode("utf-8")
    members: dict[str, dict[str, Any]] = {
        "changes.jsonl": {
            "sha256": hashlib.sha256(changes_bytes).hexdigest(),
            "size": len(changes_bytes),
        }
    }
    for h in hashes:
        members[f"media/{h}"] = {"sha256": h, "size": store.path_for(h).stat().st_size}
    manifest = {
        "format": "cle-desktop-bundle",
        "format_version": FORMAT_VERSION,
        "device_id": db.device_id,
        "app_version": __version__,
        "schema": migrations.head_revision(),
        "created_at": datetime.now(UTC).isoformat(),
        "version_vector": vector,
        "change_count": len(entries),
        "members": members,
    }
    tmp = out.with_name(f".{out.name}.partial")
    # trust hook: the plain zip is written in a private folder beside the database, never on
    # the stick; only its sealed form goes to ``tmp``.
    plain = sealer.scratch() / f".{out.name}.plain"
    try:
        with open(plain, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest, indent=1, sort_keys=True))
                zf.writestr("changes.jsonl", changes_bytes)
                for h in hashes:
                    # photos are already compressed: store them as they are
                    zf.write(store.path_for(h), f"media/{h}", compress_type=zipfile.ZIP_STORED)
        sealer.seal(plain, tmp, entries, vector)  # trust hook
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BundleRejected(
            QT_TRANSLATE_NOOP("Errors", "The bundle could not be written to {folder}: {error}."),
            folder=out.parent,
            error=exc.strerror or exc,
        ) from exc
    finally:
        plain.unlink(missing_ok=True)
    return ExportResult(out, len(entries), len(hashes))


# --- reading ---------------------------------------------------------------------------------


def _check_members(zf: zipfile.ZipFile) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors", "The bundle has {count} files, more than a bundle can hold."
            ),
            count=len(infos),
        )
    total = 0
    names = set()
    for info in infos:
        name = info.filename
        if name in names:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "The bundle lists {name!r} twice; it may have been tampered with."
                ),
                name=name,
            )
        names.add(name)
        if name not in ("manifest.json", "changes.jsonl") and not _MEDIA_NAME.match(name):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The bundle contains an unexpected file {name!r}; it is not a CLE Desktop "
                    "bundle.",
                ),
                name=name,
            )
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleRejected(
                QT_TRANSLATE_NOOP("Errors", "{name} in the bundle is too large to be genuine."),
                name=name,
            )
        if (
            info.file_size > 1 << 20
            and info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
        ):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} in the bundle is compressed suspiciously well (a zip bomb?)."
                ),
                name=name,
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise BundleRejected(
            QT_TRANSLATE_NOOP("Errors", "The bundle unpacks to more data than a bundle can hold.")
        )
    if "manifest.json" not in names or "changes.jsonl" not in names:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors", "The bundle has no manifest or no changes; it is incomplete."
            )
        )


def _read_verified(zf: zipfile.ZipFile, name: str, expected: Mapping[str, Any]) -> bytes:
    info = zf.getinfo(name)
    size = expected.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or info.file_size != size:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} in the bundle is not the size its manifest says; the copy is damaged.",
            ),
            name=name,
        )
    with zf.open(info) as member:
        data = member.read(size + 1)
    if len(data) != size or hashlib.sha256(data).hexdigest() != expected.get("sha256"):
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} in the bundle does not match its checksum; the copy is damaged."
            ),
            name=name,
        )
    return data


def _parse_changes(data: bytes) -> list[dict[str, Any]]:
    entries = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors", "The bundle's changes are not valid text; the copy is damaged."
            )
        ) from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {number} of the bundle's changes is not valid JSON."
                ),
                number=number,
            ) from exc
        if not isinstance(entry, dict) or "value" not in entry:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {number} of the bundle's changes is not a change entry."
                ),
                number=number,
            )
        for key, kind in _CHANGE_TYPES.items():
            if (
                not isinstance(entry.get(key), kind)
                or isinstance(entry.get(key), bool)
                and kind is int
            ):
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Line {number} of the bundle's changes has a bad {key!r}."
                    ),
                    number=number,
                    key=key,
                )
        if not _HLC.match(entry["hlc"]) or not all(isinstance(p, str) for p in entry["parents"]):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {number} of the bundle's changes has a bad clock or parents."
                ),
                number=number,
            )
        entries.append({k: entry[k] for k in (*_CHANGE_TYPES, "value")})
    return entries


def read_bundle(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, bytes]]:
    """Open and fully verify a bundle; returns (manifest, entries, media by hash)."""
    path = Path(path)
    if not path.is_file():
        raise BundleRejected(
            QT_TRANSLATE_NOOP("Errors", "There is no bundle at {path}."), path=path
        )
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a sync bundle, or it was cut short while copying."
            ),
            name=path.name,
        ) from exc
    with zf:
        _check_members(zf)
        try:
            manifest = json.loads(zf.read("manifest.json")[: 16 * 1024 * 1024])
        except (ValueError, zipfile.BadZipFile, OSError) as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP("Errors", "The bundle's manifest is damaged.")
            ) from exc
        if not isinstance(manifest, dict) or manifest.get("format") != "cle-desktop-bundle":
            raise BundleRejected(
                QT_TRANSLATE_NOOP("Errors", "{name} is not a CLE Desktop sync bundle."),
                name=path.name,
            )
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This bundle was made by a newer CLE Desktop (format {version}); update this "
                    "laptop's app first.",
                ),
                version=version,
            )
        listed = manifest.get("members")
        if not isinstance(listed, dict) or set(listed) != {
            n for n in zf.namelist() if n != "manifest.json"
        }:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "The bundle's files do not match its manifest; the copy is damaged."
                )
            )
        for name, meta in listed.items():
            if not isinstance(meta, dict):
                raise BundleRejected(
                    QT_TRANSLATE_NOOP("Errors", "The bundle's manifest is damaged.")
                )
            # A photo travels under its own hash: the manifest's checksum must be that name.
            if name.startswith("media/") and meta.get("sha256") != name.split("/", 1)[1]:
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} in the bundle is not the photo its name promises; it may have "
                        "been tampered with.",
                    ),
                    name=name,
                )
        try:
            contents = {
                name: _read_verified(zf, name, meta) for name, meta in sorted(listed.items())
            }
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP("Errors", "The bundle is damaged and cannot be read.")
            ) from exc
    entries = _parse_changes(contents.pop("changes.jsonl"))
    media = {name.split("/", 1)[1]: data for name, data in contents.items()}
    return manifest, entries, media


def import_bundle(db: Database, path: Path) -> ImportResult:
    """Unseal, verify everything (entry signatures included), then apply all entries in one
    transaction. Importing twice is a no-op."""
    # trust hook: a plain zip is still parsed (so damage gets its own sentence) but refused.
    if not seal.is_sealed(Path(path)):
        read_bundle(path)
        raise BundleRejected(trust.not_sealed(Path(path)).phrase)
    try:
        opened = trust.open_bundle(db, Path(path))
    except trust.TrustRefused as exc:
        raise BundleRejected(exc.phrase) from exc
    try:
        return _import_opened(db, Path(path), opened)
    finally:
        opened.close()


def _import_opened(db: Database, path: Path, opened: trust.OpenedBundle) -> ImportResult:
    manifest, entries, media = read_bundle(opened.plain)
    with db.read() as session:  # trust hook: every entry signed by the invited laptop it names
        try:
            opened.check(session, entries, manifest)
        except trust.TrustRefused as exc:
            raise BundleRejected(exc.phrase) from exc
    store = MediaStore(db.media_dir)
    added = 0
    for sha, data in media.items():
        if not store.has(sha):
            try:
                store.put_stream(
                    io.BytesIO(data), label=f"bundle photo {sha[:12]}", expected_sha256=sha
                )
            except (OSError, ValueError) as exc:
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A photo from the bundle could not be stored on this laptop ({error}); "
                        "nothing was changed in the database.",
                    ),
                    error=exc,
                ) from exc
            added += 1
    with db.read() as session:
        try:
            new = apply_changes(session, entries, db.clock)
            opened.after_apply(session, entries)  # trust hook: keep the signatures
            session.commit()
        except trust.TrustRefused as exc:
            session.rollback()
            raise BundleRejected(exc.phrase) from exc
        except IntegrityError as exc:
            session.rollback()
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This bundle builds on changes this laptop does not have yet; import the "
                    "earlier bundle from that laptop first. Nothing was changed.",
                )
            ) from exc
        except Exception as exc:
            session.rollback()
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "The bundle could not be applied and nothing was changed ({error})."
                ),
                error=type(exc).__name__,
            ) from exc
    vector = (
        manifest.get("version_vector") if isinstance(manifest.get("version_vector"), dict) else {}
    )
    return ImportResult(
        Path(path),
        str(manifest.get("device_id", "")),
        new,
        added,
        dict(vector or {}),
        tuple(opened.notes),
    )
