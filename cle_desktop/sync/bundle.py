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
is verified and every header and value checked (``validate``) before anything is applied, and
the whole import, photos included, is one transaction: photos are streamed into a staging
folder beside the media store and moved in only when the database commits. Whatever a damaged
zip makes zipfile or zlib raise becomes one sentence (``BundleRejected``), never a traceback.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import secrets
import shutil
import struct
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cle_desktop import __version__
from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP
from cle_desktop.domain.progress import CancelCheck, Cancelled, Progress, check_cancelled
from cle_desktop.media.errors import MediaStoreFull, PhotoUnreadable
from cle_desktop.media.store import MediaStore
from cle_desktop.storage import migrations
from cle_desktop.storage.database import Database
from cle_desktop.storage.durable import fsync_dir
from cle_desktop.storage.hlc import Timestamp
from cle_desktop.storage.models import Change
from cle_desktop.sync import seal, trust
from cle_desktop.sync.merge import apply_changes, change_to_dict
from cle_desktop.sync.validate import (
    MAX_CHANGES_BYTES,
    MAX_LINE_BYTES,
    MAX_MANIFEST_BYTES,
    BundleRejected,
    EntryChecker,
    TooDeep,
    check_manifest,
    check_vector,
    loads_bounded,
    media_hashes,
)

__all__ = [
    "BundleRejected",
    "ExportResult",
    "ImportResult",
    "export_bundle",
    "import_bundle",
    "read_bundle",
    "version_vector",
    "version_vector_of",
]

FORMAT_VERSION = 1
SEALED_SUFFIX = "clebundle"
MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
#: Photos and drawn maps of one bundle, together.
MAX_MEDIA_BYTES = 8 * 1024 * 1024 * 1024
#: Uncompressed / compressed bytes a member may reach, checked on the declared sizes and again
#: while it streams. Photos are stored as they are (1:1) and JSON text deflates about 7:1;
#: a member far beyond that is a zip bomb.
MAX_RATIO = {"media": 10, "changes.jsonl": 100, "manifest.json": 100}
#: Ratios are only judged once a member has produced this much (tiny files compress oddly).
_RATIO_FLOOR = 1 << 20
_MEDIA_NAME = re.compile(r"media/[0-9a-f]{64}")
_CHUNK = 1 << 20
_DAMAGED = QT_TRANSLATE_NOOP("Errors", "The bundle is damaged and cannot be read.")
#: What reading a damaged zip can raise inside zipfile and zlib (each seen in the fuzz suite).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    UnicodeDecodeError,
    struct.error,
    ValueError,
    KeyError,
    OverflowError,
)


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
    return sorted(media_hashes(entries))


def export_bundle(
    db: Database,
    out: Path,
    since: Mapping[str, int] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write every entry the receiver lacks (all, unless ``since`` says what it has), signed
    and sealed for the gathering's laptops (see ``cle_desktop.sync.trust``).

    ``progress(done, total)`` counts the entries written; ``cancelled`` is asked until the
    sealed file takes its real name, and a cancel leaves no file behind (:class:`Cancelled`).
    """
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
    changes_bytes = _encode_entries(entries, progress, cancelled)
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
                    check_cancelled(cancelled)
                    # photos are already compressed: store them as they are
                    zf.write(store.path_for(h), f"media/{h}", compress_type=zipfile.ZIP_STORED)
        check_cancelled(cancelled)
        sealer.seal(plain, tmp, entries, vector)  # trust hook
        check_cancelled(cancelled)  # the last safe point: after this the bundle is there
        os.replace(tmp, out)
    except Cancelled:
        tmp.unlink(missing_ok=True)
        raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled. No bundle was written.")) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BundleRejected(
            QT_TRANSLATE_NOOP("Errors", "The bundle could not be written to {folder}: {error}."),
            folder=out.parent,
            error=exc.strerror or exc,
        ) from exc
    finally:
        plain.unlink(missing_ok=True)
        sealer.clean_up()
    return ExportResult(out, len(entries), len(hashes))


def _encode_entries(
    entries: list[dict[str, Any]], progress: Progress | None, cancelled: CancelCheck | None
) -> bytes:
    """changes.jsonl, reporting every 500 entries (a day's bundle holds tens of thousands)."""
    parts: list[str] = []
    total = len(entries)
    for done, e in enumerate(entries, start=1):
        parts.append(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
        if done % 500 == 0 or done == total:
            check_cancelled(cancelled)
            if progress is not None:
                progress(done, total)
    return "".join(parts).encode("utf-8")


# --- reading ---------------------------------------------------------------------------------
#
# Nothing in a bundle is trusted. Before zipfile builds an object per member, the end record is
# read to bound the member count; every member's name, method, flags and declared sizes are
# checked; the manifest is read with a size bound and every header checked; changes.jsonl is
# streamed line by line (hashed as it goes, each line checked by ``validate.EntryChecker``);
# photos are streamed straight into a staging folder beside the media store, hashed there, and
# only moved in when the database transaction commits. While a member streams, the bytes it
# produces are held against the compressed bytes read from the file, so a member that inflates
# far beyond what photos or JSON text do stops at once.


class _CountingFile(io.FileIO):
    """The bundle file, counting the bytes read from it (the compressed side of the ratio)."""

    consumed = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size if size is not None else -1)
        self.consumed += len(data or b"")
        return data or b""

    def readinto(self, buffer: Any) -> int:
        n = super().readinto(buffer) or 0
        self.consumed += n
        return n


class _MemberStream(io.RawIOBase):
    """One member's bytes as they inflate: bounded by its declared size and by the ratio of
    inflated to compressed bytes, optionally hashed."""

    def __init__(
        self, member: BinaryIO, raw: _CountingFile, name: str, declared: int, ratio: int
    ) -> None:
        super().__init__()
        self.member, self.raw, self.name = member, raw, name
        self.declared, self.ratio = declared, ratio
        self.start = raw.consumed
        self.produced = 0
        self.hasher: Any = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self.member.read(min(len(view), _CHUNK * 8))
        n = len(data)
        view[:n] = data
        self.produced += n
        if self.produced > self.declared:
            raise _wrong_size(self.name)
        consumed = max(1, self.raw.consumed - self.start)
        if self.produced > _RATIO_FLOOR and self.produced > self.ratio * consumed:
            raise _bomb(self.name)
        if self.hasher is not None:
            self.hasher.update(data)
        return n

    def drain(self) -> None:
        while self.read(_CHUNK):
            pass


def _wrong_size(name: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} in the bundle is not the size its manifest says; the copy is damaged.",
        ),
        name=name,
    )


def _bomb(name: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "Errors", "{name} in the bundle is compressed suspiciously well (a zip bomb?)."
        ),
        name=name,
    )


def _checksum(name: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "Errors", "{name} in the bundle does not match its checksum; the copy is damaged."
        ),
        name=name,
    )


def _too_many_files(count: int) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP("Errors", "The bundle has {count} files, more than a bundle can hold."),
        count=count,
    )


def _kind(name: str) -> str:
    return "media" if name.startswith("media/") else name


def _check_directory(path: Path) -> None:
    """Bound the member count from the zip's end record, before zipfile reads the directory
    (it builds one object per listed member: millions of them would exhaust memory)."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        length = min(size, 65536 + 22)
        fh.seek(size - length)
        tail = fh.read(length)
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) - at < 22:
            return  # zipfile says it is not a zip
        count, cd_size = struct.unpack("<HL", tail[at + 10 : at + 16])
        if count == 0xFFFF or cd_size == 0xFFFFFFFF:
            locator = tail[at - 20 : at] if at >= 20 else b""
            if locator[:4] == b"PK\x06\x07":
                (offset,) = struct.unpack("<Q", locator[8:16])
                if offset + 56 <= size:
                    fh.seek(offset)
                    record = fh.read(56)
                    if record[:4] == b"PK\x06\x06":
                        count, cd_size = struct.unpack("<QQ", record[32:48])
    if count > MAX_MEMBERS or cd_size > MAX_MEMBERS * 512:
        raise _too_many_files(count)


def _check_members(zf: zipfile.ZipFile) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _too_many_files(len(infos))
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
        if name not in ("manifest.json", "changes.jsonl") and not _MEDIA_NAME.fullmatch(name):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The bundle contains an unexpected file {name!r}; it is not a CLE Desktop "
                    "bundle.",
                ),
                name=name[:200],
            )
        if info.flag_bits & 0x1:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} in the bundle is password-protected; CLE Desktop bundles never are, "
                    "so it was refused.",
                ),
                name=name,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} in the bundle is packed in a way CLE Desktop never uses (method "
                    "{method}); it is not a CLE Desktop bundle.",
                ),
                name=name,
                method=info.compress_type,
            )
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO[_kind(name)] * max(
            info.compress_size, 1
        ):
            raise _bomb(name)
        limit = {"manifest.json": MAX_MANIFEST_BYTES, "changes.jsonl": MAX_CHANGES_BYTES}
        if info.file_size > limit.get(name, MAX_MEMBER_BYTES):
            raise BundleRejected(
                QT_TRANSLATE_NOOP("Errors", "{name} in the bundle is too large to be genuine."),
                name=name,
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise BundleRejected(
            QT_TRANSLATE_NOOP("Errors", "The bundle unpacks to more data than a bundle can hold.")
        )
    # Members that share compressed bytes (overlapping entries) are the classic zip bomb.
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if before.header_offset + 30 + before.compress_size > after.header_offset:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The files inside the bundle overlap one another (a zip bomb?); it was "
                    "refused.",
                )
            )
    if "manifest.json" not in names or "changes.jsonl" not in names:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors", "The bundle has no manifest or no changes; it is incomplete."
            )
        )


def _stream(zf: zipfile.ZipFile, raw: _CountingFile, name: str) -> _MemberStream:
    info = zf.getinfo(name)
    return _MemberStream(
        zf.open(info),  # type: ignore[arg-type]
        raw,
        name,
        info.file_size,
        MAX_RATIO[_kind(name)],
    )


def _read_manifest(zf: zipfile.ZipFile, raw: _CountingFile, path: Path) -> dict[str, Any]:
    stream = _stream(zf, raw, "manifest.json")
    try:
        data = stream.read(MAX_MANIFEST_BYTES + 1)
        manifest = loads_bounded(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BundleRejected(
            QT_TRANSLATE_NOOP("Errors", "The bundle's manifest is damaged.")
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != "cle-desktop-bundle":
        raise BundleRejected(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a CLE Desktop sync bundle."),
            name=path.name,
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle's manifest is damaged."))
    if version > FORMAT_VERSION:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This bundle was made by a newer CLE Desktop (format {version}); update this "
                "laptop's app first.",
            ),
            version=version,
        )
    check_manifest(manifest, max_member_bytes=MAX_MEMBER_BYTES)
    listed = manifest["members"]
    if set(listed) != {n for n in zf.namelist() if n != "manifest.json"}:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors", "The bundle's files do not match its manifest; the copy is damaged."
            )
        )
    for name, meta in listed.items():
        # A photo travels under its own hash: the manifest's checksum must be that name.
        if name.startswith("media/") and meta["sha256"] != name.split("/", 1)[1]:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} in the bundle is not the photo its name promises; it may have "
                    "been tampered with.",
                ),
                name=name,
            )
        if zf.getinfo(name).file_size != meta["size"]:
            raise _wrong_size(name)
    return manifest


def _lines(stream: _MemberStream) -> Iterator[bytes]:
    pending = b""
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        parts = (pending + chunk).split(b"\n")
        pending = parts.pop()
        if len(pending) > MAX_LINE_BYTES:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "The bundle's changes hold a line longer than any change can be."
                )
            )
        yield from parts
    if pending:
        yield pending


def _parse_changes(lines: Iterator[bytes], checker: EntryChecker) -> list[dict[str, Any]]:
    """Parse and check every line (``BundleRejected`` names the first bad one)."""
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "The bundle's changes are not valid text; the copy is damaged."
                )
            ) from exc
        try:
            entry = loads_bounded(text)
        except TooDeep as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {number} of the bundle's changes is nested too deeply to be a change "
                    "entry.",
                ),
                number=number,
            ) from exc
        except ValueError as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {number} of the bundle's changes is not valid JSON."
                ),
                number=number,
            ) from exc
        entries.append(checker.check(entry, number))
    return entries


def _read_changes(
    zf: zipfile.ZipFile, raw: _CountingFile, meta: Mapping[str, Any], checker: EntryChecker
) -> list[dict[str, Any]]:
    """Stream changes.jsonl: parse and check each line while hashing the bytes.

    A damaged copy is reported as damaged (the checksum), not as whatever its first broken
    line looks like: after a bad line the rest is still read, only to finish the hash.
    """
    stream = _stream(zf, raw, "changes.jsonl")
    stream.hasher = hashlib.sha256()
    error: BundleRejected | None = None
    entries: list[dict[str, Any]] = []
    try:
        entries = _parse_changes(_lines(stream), checker)
    except BundleRejected as exc:
        error = exc
        stream.drain()
    if stream.produced != meta["size"] or stream.hasher.hexdigest() != meta["sha256"]:
        raise _checksum("changes.jsonl")
    if error is not None:
        raise error
    return entries


def _stage_media(
    zf: zipfile.ZipFile, raw: _CountingFile, name: str, staging: MediaStore | None
) -> Path | None:
    """Stream one photo into the staging store (hash checked there), or only verify it."""
    sha = name.split("/", 1)[1]
    stream = _stream(zf, raw, name)
    if staging is None:
        stream.hasher = hashlib.sha256()
        stream.drain()
        if stream.hasher.hexdigest() != sha:
            raise _checksum(name)
        stored: Path | None = None
    else:
        try:
            member = cast(BinaryIO, stream)  # a readable binary stream, as put_stream wants
            _, stored, _ = staging.put_stream(member, label=name, expected_sha256=sha)
        except ValueError as exc:
            raise _checksum(name) from exc
        except MediaStoreFull as exc:
            raise BundleRejected(exc.phrase) from exc
        except PhotoUnreadable as exc:
            raise BundleRejected(_DAMAGED) from exc
    if stream.produced != zf.getinfo(name).file_size:
        raise _wrong_size(name)
    return stored


def _check_media(
    listed: Mapping[str, Any], entries: list[dict[str, Any]], have: Callable[[str], bool]
) -> list[str]:
    """The media members to read: each must be named by an entry; totals bounded."""
    referenced = media_hashes(entries)
    wanted = []
    total = 0
    for name in sorted(n for n in listed if n.startswith("media/")):
        sha = name.split("/", 1)[1]
        if sha not in referenced:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} in the bundle is not a photo any of its changes mention; it may "
                    "have been tampered with.",
                ),
                name=name,
            )
        total += int(listed[name]["size"])
        if not have(sha):
            wanted.append(name)
    if total > MAX_MEDIA_BYTES:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The bundle's photos add up to more than {limit} GB, more than a bundle may carry.",
            ),
            limit=MAX_MEDIA_BYTES // 1024**3,
        )
    return wanted


def _check_room(folder: Path, listed: Mapping[str, Any], wanted: list[str]) -> None:
    needed = sum(int(listed[n]["size"]) for n in wanted)
    if not needed:
        return
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if free < needed + 64 * 1024 * 1024:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This laptop has {free} MB free, not enough for the bundle's photos ({needed} "
                "MB); free some space and try again. Nothing was changed.",
            ),
            free=free // 1024**2,
            needed=needed // 1024**2 + 1,
        )


def read_manifest(path: Path) -> dict[str, Any]:
    """Open a bundle far enough to read and check its manifest (a sync point asks this of
    every bundle in its folder); ``BundleRejected`` if it is damaged."""
    with _open(path) as (zf, raw):
        manifest: dict[str, Any] = _guarded(lambda: _read_manifest(zf, raw, Path(path)))
        return manifest


def _guarded(read: Callable[[], Any]) -> Any:
    """Run a read of an open zip, turning whatever zipfile or zlib raise into one sentence."""
    try:
        return read()
    except BundleRejected:
        raise
    except (*_ZIP_ERRORS, RecursionError, MemoryError) as exc:
        raise BundleRejected(_DAMAGED) from exc


class _open:  # noqa: N801 (used as a context manager, like ``open``)
    """Open a bundle file as a zip, after the checks that must come before zipfile reads it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.raw: _CountingFile | None = None
        self.zf: zipfile.ZipFile | None = None

    def __enter__(self) -> tuple[zipfile.ZipFile, _CountingFile]:
        if not self.path.is_file():
            raise BundleRejected(
                QT_TRANSLATE_NOOP("Errors", "There is no bundle at {path}."), path=self.path
            )
        try:
            _check_directory(self.path)
            self.raw = _CountingFile(self.path, "r")
            self.zf = zipfile.ZipFile(self.raw)
            _check_members(self.zf)
        except BundleRejected:
            self.__exit__()
            raise
        except (*_ZIP_ERRORS, RecursionError, MemoryError) as exc:
            self.__exit__()
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is not a sync bundle, or it was cut short while copying."
                ),
                name=self.path.name,
            ) from exc
        return self.zf, self.raw

    def __exit__(self, *exc: object) -> None:
        if self.zf is not None:
            self.zf.close()
        if self.raw is not None:
            self.raw.close()


def read_bundle(
    path: Path,
    staging: Path | None = None,
    *,
    have: Callable[[str], bool] = lambda sha: False,
    now_ms: int | None = None,
    on_entries: Callable[[dict[str, Any], list[dict[str, Any]]], None] | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Path]]:
    """Open and fully verify a bundle; returns (manifest, entries, staged media by hash).

    ``on_entries(manifest, entries)`` is called once the entries have passed their checks and
    before the photos are read (the importer starts verifying signatures then).

    Photos are streamed into the media store rooted at ``staging`` (a folder the caller
    removes); without ``staging`` they are only verified. Photos ``have`` says are already
    here are not read at all. Every header and entry is checked (``validate``); entries dated
    more than a day after ``now_ms`` (this laptop's clock) are refused.
    """
    checker = EntryChecker(now_ms if now_ms is not None else time.time_ns() // 1_000_000)
    # The staging folder is removed after the import: its names need not survive a crash.
    store = MediaStore(staging, durable_names=False) if staging is not None else None

    def read(zf: zipfile.ZipFile, raw: _CountingFile) -> Any:
        manifest = _read_manifest(zf, raw, Path(path))
        listed = manifest["members"]
        entries = _read_changes(zf, raw, listed["changes.jsonl"], checker)
        count = manifest.get("change_count")
        if count is not None and count != checker.count:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The bundle's manifest promises {expected} changes but it holds {count}; "
                    "the copy is damaged.",
                ),
                expected=count,
                count=checker.count,
            )
        wanted = _check_media(listed, entries, have)
        if staging is not None:
            _check_room(staging, listed, wanted)
        if on_entries is not None:
            on_entries(manifest, entries)
        staged = {}
        for name in wanted:
            stored = _stage_media(zf, raw, name, store)
            if stored is not None:
                staged[name.split("/", 1)[1]] = stored
        return manifest, entries, staged

    with _open(path) as (zf, raw):
        result: tuple[dict[str, Any], list[dict[str, Any]], dict[str, Path]] = _guarded(
            lambda: read(zf, raw)
        )
        return result


def _move_in(store: MediaStore, staged: Mapping[str, Path], added: list[Path]) -> None:
    """Give staged photos their place in the store. Every file and folder made here is
    appended to ``added`` (files first, then their new folders), so a transaction that does
    not commit can take them out again (:func:`_take_out`)."""
    folders: list[Path] = []
    for sha, source in sorted(staged.items()):
        final = store.path_for(sha)
        for folder in (final.parent.parent, final.parent):
            if not folder.exists():
                folder.mkdir()
                folders.append(folder)
        try:
            os.link(source, final)
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT): a rename is as atomic
            if final.exists():
                continue
            os.replace(source, final)
        added.append(final)
    # The names made durable once per folder: each photo's folder, and the folders a new
    # folder was made in (the staging store made neither durable).
    for folder in {p.parent for p in added} | {f.parent for f in folders}:
        fsync_dir(folder)
    added.extend(reversed(folders))


def _take_out(added: list[Path]) -> None:
    for path in added:
        try:
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        except OSError:
            continue


def import_bundle(
    db: Database,
    path: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Unseal, verify everything (entry signatures included), then apply all entries in one
    transaction. Importing twice is a no-op.

    All or nothing, photos included: they are staged beside the media store while the bundle
    is read, moved in just before the database commits, and taken out again if it does not.
    The clock only observes the entries once they are committed. ``progress(done, total)``
    counts the entries applied; ``cancelled`` is asked until the commit, and a cancel rolls
    everything back (:class:`Cancelled`: nothing was changed).
    """
    path = Path(path)
    if not seal.is_sealed(path):
        # A plain zip is still read (so damage gets its own sentence), then refused.
        read_bundle(path)
        raise BundleRejected(trust.not_sealed(path).phrase)
    try:
        opened = trust.open_bundle(db, path)
    except trust.TrustRefused as exc:
        raise BundleRejected(exc.phrase) from exc
    try:
        return _import_opened(db, path, opened, progress, cancelled)
    except Cancelled:
        raise Cancelled(
            QT_TRANSLATE_NOOP(
                "Errors", "Cancelled. The import was rolled back: nothing on this laptop changed."
            )
        ) from None
    finally:
        opened.close()


def _import_opened(
    db: Database,
    path: Path,
    opened: trust.OpenedBundle,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    store = MediaStore(db.media_dir)
    staging = db.media_dir / f".staging-{secrets.token_hex(8)}"
    added: list[Path] = []
    pending: list[trust.PendingCheck] = []

    def start_check(manifest: dict[str, Any], entries: list[dict[str, Any]]) -> None:
        # Every entry signed by the invited laptop it names: verified while the photos are
        # streamed to disk, and waited for below, before anything is written.
        with db.read() as session:
            pending.append(opened.start_check(session, entries, manifest))

    try:
        manifest, entries, staged = read_bundle(
            opened.plain, staging, have=store.has, on_entries=start_check
        )
        check_cancelled(cancelled)
        vector = check_vector(manifest.get("version_vector"))
        with db.read() as session:
            try:
                if pending:
                    pending[0].finish(session)
                else:  # pragma: no cover - read_bundle calls on_entries for every bundle
                    opened.check(session, entries, manifest)
            except trust.TrustRefused as exc:
                raise BundleRejected(exc.phrase) from exc
        latest = max((e["hlc"] for e in entries), default="")
        try:
            with db.transaction() as session:
                new = apply_changes(
                    session,
                    entries,
                    db.clock,
                    observe=False,
                    progress=progress,
                    cancelled=cancelled,
                )
                opened.after_apply(session, entries)  # keep the signatures
                check_cancelled(cancelled)  # the last safe point: the commit follows
                _move_in(store, staged, added)  # last: the commit follows at once
        except trust.TrustRefused as exc:
            raise BundleRejected(exc.phrase) from exc
        except IntegrityError as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This bundle builds on changes this laptop does not have yet; import "
                    "the earlier bundle from that laptop first. Nothing was changed.",
                )
            ) from exc
        except (BundleRejected, Cancelled):
            raise
        except OSError as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A photo from the bundle could not be stored on this laptop ({error}); "
                    "nothing was changed in the database.",
                ),
                error=exc.strerror or exc,
            ) from exc
        except Exception as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The bundle could not be applied and nothing was changed ({error}).",
                ),
                error=type(exc).__name__,
            ) from exc
    except BaseException:
        _take_out(added)
        raise
    finally:
        for check in pending:
            check.close()  # a bundle refused while its signatures were being verified
        shutil.rmtree(staging, ignore_errors=True)
    if latest:
        db.clock.observe(Timestamp.decode(latest))
    photos = sum(1 for p in added if p.is_file())
    return ImportResult(path, str(manifest["device_id"]), new, photos, vector, tuple(opened.notes))
