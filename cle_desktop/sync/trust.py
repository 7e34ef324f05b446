"""Trusted laptops: who may write into a gathering's change log, and proof of who wrote what.

The design, in the order a second laptop meets it:

1. **Device keys** (:mod:`cle_desktop.sync.keys`): every laptop has an Ed25519 signing key
   and an X25519 sealing key in its state folder (mode 0600), and a fingerprint
   (``ABCD-EFGH-IJKL-MNOP``) people can compare by eye.
2. **The roster**: the list of a gathering's laptops (device id, name, both public keys, and
   for a removed laptop the last of its entries that still counts), with a version number,
   signed by the **host** laptop. The first laptop that invites another becomes the host.
   ``sync join-request`` on the new laptop writes its public keys to a small file; ``sync
   invite`` on the host adds them to the roster and writes an invitation (the signed roster);
   ``sync join`` on the new laptop checks it names this laptop and pins the host's key. Both
   screens print the same pairing code (from both laptops' keys): if a request or invitation
   was swapped on the way, the codes differ. No secret travels in either file.
3. **Signed entries**: each change entry is signed by the laptop that wrote it, over its
   header (id, device, seq, clock, entity, row, field, parents) and a *salted* digest of its
   value. Signatures are stored with the entries (columns on ``change``) and travel with
   every bundle, so an entry relayed through a third laptop or a sync-point folder is still
   checked against its writer's key. An import refuses, with a sentence naming the laptop:
   entries of laptops not in the roster, entries whose signature does not verify under the
   key of the laptop they name (forged, altered, or replayed under another id), and entries a
   removed laptop wrote after its removal. The whole bundle is refused; nothing is changed.
   A consent purge rewrites old entries' values: the salt is then dropped (a trigger in
   migration 0005), so the signature still proves the header while the digest no longer lets
   anyone test guesses of the erased words. Such an *erased* entry is accepted only if, once
   applied, a purge on this laptop covers exactly that field with that value.
4. **Sealed bundles** (:mod:`cle_desktop.sync.seal`): a bundle is encrypted to the X25519
   keys of the roster's current laptops, with an envelope (sender, roster, version vector,
   entry signatures, checksum of the inner zip) signed by the sender. The newest host-signed
   roster travels in every envelope, so an invitation or a removal reaches every laptop with
   the next bundles. A removed laptop is left out of later seals and its later bundles are
   refused.

Known limits, written down rather than hidden: the host cannot be changed; a laptop that
already stored entries a removed laptop wrote after its removal (because it had not yet heard
of the removal) has its bundles refused until those entries are dealt with by hand.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from cle_desktop.domain.ids import new_id
from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, PhraseError
from cle_desktop.storage.database import Database
from cle_desktop.storage.device import default_laptop_name
from cle_desktop.storage.device import state_dir as default_state_dir
from cle_desktop.storage.models import Change, Consent, Participant, PurgedRow
from cle_desktop.sync import seal
from cle_desktop.sync.keys import (
    DeviceKeys,
    b64,
    fingerprint,
    load_device_keys,
    pairing_code,
    unb64,
    verify,
)

PURGE_ENTITY = "_purge"  # the same pseudo-entity as cle_desktop.sync.merge
_ENTRY_DOMAIN = b"cle-entry-v1\0"
_ROSTER_DOMAIN = b"cle-roster-v1\0"
_ENVELOPE_DOMAIN = b"cle-envelope-v1\0"


class TrustRefused(PhraseError):
    """A trust step (invitation, join, a bundle's author) was refused; nothing was changed."""


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def value_text(value: Any) -> str:
    """The stored form of an entry's value (as ``change.value`` holds it)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def value_digest(salt: bytes, text: str) -> str:
    return hashlib.sha256(salt + text.encode("utf-8")).hexdigest()


def entry_message(entry: Mapping[str, Any], digest: str) -> bytes:
    return _ENTRY_DOMAIN + _canonical(
        [
            entry["id"],
            entry["device_id"],
            int(entry["seq"]),
            entry["hlc"],
            entry["entity"],
            entry["row_id"],
            entry["field"],
            sorted(entry["parents"]),
            digest,
        ]
    )


def sign_entry(keys: DeviceKeys, entry: Mapping[str, Any]) -> tuple[str, str, str]:
    """(signature, salt, digest) for an entry in portable form (see merge.change_to_dict)."""
    salt = os.urandom(16)
    digest = value_digest(salt, value_text(entry["value"]))
    return b64(keys.sign(entry_message(entry, digest))), b64(salt), digest


def sign_stored_row(keys: DeviceKeys, row: Mapping[str, Any]) -> tuple[str, str, str]:
    """(signature, salt, digest) for an entry in its stored form (value and parents as JSON
    text), as the change writer holds it just before the insert."""
    salt = os.urandom(16)
    digest = value_digest(salt, row["value"])
    entry = {**row, "parents": json.loads(row["parents"])}
    return b64(keys.sign(entry_message(entry, digest))), b64(salt), digest


def entry_signer(db: Database) -> Callable[[Mapping[str, Any]], tuple[str, str, str]]:
    """A signer for ``Database.sign_entries_with``: this device's key, read on the first
    write (not when the database opens)."""
    keys: list[DeviceKeys] = []

    def sign(row: Mapping[str, Any]) -> tuple[str, str, str]:
        if not keys:
            keys.append(device_keys(db))
        return sign_stored_row(keys[0], row)

    return sign


# --- the roster ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    device_id: str
    name: str
    sign_key: bytes
    box_key: bytes
    removed_after: int | None = None  # last seq that counts, once removed

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key)

    @property
    def removed(self) -> bool:
        return self.removed_after is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "name": self.name,
            "sign_key": b64(self.sign_key),
            "box_key": b64(self.box_key),
            "removed_after": self.removed_after,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Member:
        removed = data.get("removed_after")
        return cls(
            str(data["device_id"]),
            str(data["name"])[:120],
            unb64(str(data["sign_key"])),
            unb64(str(data["box_key"])),
            int(removed) if removed is not None else None,
        )


@dataclass(frozen=True)
class Roster:
    gathering: str
    title: str
    version: int
    host: str
    members: tuple[Member, ...]
    signature: bytes = b""

    def body(self) -> dict[str, Any]:
        return {
            "kind": "cle-gathering-roster",
            "gathering": self.gathering,
            "title": self.title,
            "version": self.version,
            "host": self.host,
            "members": [m.to_json() for m in self.members],
        }

    def to_json(self) -> dict[str, Any]:
        return {"roster": self.body(), "signature": b64(self.signature)}

    @classmethod
    def from_json(cls, data: Any) -> Roster:
        """Parse (not verify) a signed roster; raises ValueError/KeyError/TypeError."""
        body = data["roster"]
        if body.get("kind") != "cle-gathering-roster":
            raise ValueError("not a roster")
        return cls(
            str(body["gathering"]),
            str(body["title"])[:200],
            int(body["version"]),
            str(body["host"]),
            tuple(Member.from_json(m) for m in body["members"]),
            unb64(str(data["signature"])),
        )

    def member(self, device_id: str) -> Member | None:
        return next((m for m in self.members if m.device_id == device_id), None)

    @property
    def host_member(self) -> Member:
        host = self.member(self.host)
        assert host is not None
        return host

    def verified_by(self, host_key: bytes) -> bool:
        host = self.member(self.host)
        return (
            host is not None
            and host.sign_key == host_key
            and verify(host_key, self.signature, _ROSTER_DOMAIN + _canonical(self.body()))
        )

    def signed(self, keys: DeviceKeys) -> Roster:
        unsigned = Roster(self.gathering, self.title, self.version, self.host, self.members)
        return Roster(
            self.gathering,
            self.title,
            self.version,
            self.host,
            self.members,
            keys.sign(_ROSTER_DOMAIN + _canonical(unsigned.body())),
        )

    def current_members(self) -> list[Member]:
        return [m for m in self.members if not m.removed]


@dataclass(frozen=True)
class Membership:
    """This laptop's place in a gathering: the newest roster it has, and the host key it
    pinned when it joined (only rosters signed by that key are ever adopted)."""

    roster: Roster
    host_key: bytes


def _state(db: Database) -> Path:
    return db.state_dir or default_state_dir()


def device_keys(db: Database) -> DeviceKeys:
    return load_device_keys(db.device_id, _state(db))


def _membership_path(db: Database) -> Path:
    return _state(db) / "gatherings" / f"{db.device_id}.json"


def membership(db: Database) -> Membership | None:
    path = _membership_path(db)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Membership(Roster.from_json(data), unb64(str(data["host_key"])))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This laptop's gathering membership file {path} is damaged; ask the host for a "
                "new invitation.",
            ),
            path=path,
        ) from exc


def _save_membership(db: Database, member: Membership) -> None:
    path = _membership_path(db)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({**member.roster.to_json(), "host_key": b64(member.host_key)}, out, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


# --- invitations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Invitation:
    """What ``sync invite`` wrote, for the host's screen."""

    path: Path
    member: Member
    pairing_code: str
    roster: Roster


def write_join_request(db: Database, out: Path, name: str | None = None) -> str:
    """The new laptop's public keys for the host; returns this laptop's fingerprint."""
    keys = device_keys(db)
    request = {
        "kind": "cle-join-request",
        "device_id": db.device_id,
        "name": (name or default_laptop_name()).strip()[:120] or default_laptop_name(),
        "sign_key": b64(keys.sign_public),
        "box_key": b64(keys.box_public),
    }
    _write_small(out, request)
    return keys.fingerprint


def _write_small(out: Path, data: Mapping[str, Any]) -> None:
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    except OSError as exc:
        raise TrustRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} could not be written: {error}."),
            path=out,
            error=exc.strerror or exc,
        ) from exc


def _read_small(path: Path, kind: str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8")[: 1 << 20])
    except (OSError, ValueError) as exc:
        raise TrustRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a CLE Desktop {kind} file."),
            path=path,
            kind=kind,
        ) from exc
    if not isinstance(data, dict):
        raise TrustRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as a CLE Desktop {kind} file."),
            path=path,
            kind=kind,
        )
    return data


def start_gathering(db: Database, title: str = "", name: str | None = None) -> Membership:
    """Make this laptop the host of a new gathering roster (if it has none yet)."""
    current = membership(db)
    if current is not None:
        return current
    keys = device_keys(db)
    me = Member(db.device_id, name or default_laptop_name(), keys.sign_public, keys.box_public)
    roster = Roster(new_id(), title or "Gathering", 1, db.device_id, (me,)).signed(keys)
    created = Membership(roster, keys.sign_public)
    _save_membership(db, created)
    return created


def invite(db: Database, request_path: Path, out: Path, name: str | None = None) -> Invitation:
    """Host: add the laptop of a join request to the roster and write its invitation."""
    data = _read_small(request_path, "join request")
    try:
        if data.get("kind") != "cle-join-request":
            raise ValueError("kind")
        newcomer = Member(
            str(data["device_id"]),
            str(data["name"])[:120],
            unb64(str(data["sign_key"])),
            unb64(str(data["box_key"])),
        )
        Ed25519PublicKey.from_public_bytes(newcomer.sign_key)
        X25519PublicKey.from_public_bytes(newcomer.box_key)
    except (KeyError, ValueError, TypeError) as exc:
        raise TrustRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a join request from CLE Desktop."),
            path=request_path,
        ) from exc
    if newcomer.device_id == db.device_id:
        raise TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "That join request was made on this laptop; make it on the new one."
            )
        )
    current = start_gathering(db, name=name)
    keys = device_keys(db)
    roster = current.roster
    if roster.host != db.device_id:
        raise TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only the host laptop ({host}) can invite laptops to this gathering.",
            ),
            host=roster.host_member.name,
        )
    existing = roster.member(newcomer.device_id)
    if existing is not None and (existing.sign_key != newcomer.sign_key or existing.removed):
        raise TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Laptop {name} is already in this gathering's list with other keys, or was "
                "removed; it cannot be invited again under the same id.",
            ),
            name=existing.name,
        )
    members = tuple(m for m in roster.members if m.device_id != newcomer.device_id) + (newcomer,)
    updated = Roster(
        roster.gathering, roster.title, roster.version + 1, roster.host, members
    ).signed(keys)
    _save_membership(db, Membership(updated, current.host_key))
    _write_small(out, {"kind": "cle-invitation", "for": newcomer.device_id, **updated.to_json()})
    return Invitation(
        Path(out), newcomer, pairing_code(keys.sign_public, newcomer.sign_key), updated
    )


@dataclass(frozen=True)
class Joined:
    roster: Roster
    pairing_code: str
    host: Member


def join(db: Database, invitation_path: Path) -> Joined:
    """New laptop: accept an invitation naming this laptop's own keys; pins the host key."""
    data = _read_small(invitation_path, "invitation")
    try:
        if data.get("kind") != "cle-invitation":
            raise ValueError("kind")
        roster = Roster.from_json(data)
    except (KeyError, ValueError, TypeError) as exc:
        raise TrustRefused(
            QT_TRANSLATE_NOOP("Errors", "{path} is not an invitation from CLE Desktop."),
            path=invitation_path,
        ) from exc
    keys = device_keys(db)
    host = roster.member(roster.host)
    me = roster.member(db.device_id)
    if host is None or not roster.verified_by(host.sign_key):
        raise TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "The invitation {path} is not signed by its host; it was altered."
            ),
            path=invitation_path,
        )
    if me is None or me.sign_key != keys.sign_public or me.removed:
        raise TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The invitation {path} was made for another laptop; make a join request here "
                "and ask the host to invite it.",
            ),
            path=invitation_path,
        )
    current = membership(db)
    if current is not None and (
        current.roster.gathering != roster.gathering or current.host_key != host.sign_key
    ):
        raise TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This laptop already belongs to the gathering {title}; it cannot join another.",
            ),
            title=current.roster.title,
        )
    if current is None or roster.version > current.roster.version:
        _save_membership(db, Membership(roster, host.sign_key))
    return Joined(roster, pairing_code(host.sign_key, keys.sign_public), host)


def remove_laptop(db: Database, device_id: str) -> Member:
    """Host: remove a laptop; entries it wrote up to now still count, later ones never."""
    current = membership(db)
    if current is None or current.roster.host != db.device_id:
        raise TrustRefused(
            QT_TRANSLATE_NOOP("Errors", "Only the gathering's host laptop can remove a laptop.")
        )
    roster = current.roster
    target = roster.member(device_id)
    if target is None or device_id == db.device_id:
        raise TrustRefused(
            QT_TRANSLATE_NOOP("Errors", "There is no laptop {device} in this gathering to remove."),
            device=device_id,
        )
    with db.read() as session:
        last = session.scalar(select(func.max(Change.seq)).where(Change.device_id == device_id))
    removed = Member(target.device_id, target.name, target.sign_key, target.box_key, int(last or 0))
    members = tuple(removed if m.device_id == device_id else m for m in roster.members)
    updated = Roster(
        roster.gathering, roster.title, roster.version + 1, roster.host, members
    ).signed(device_keys(db))
    _save_membership(db, Membership(updated, current.host_key))
    return removed


def adopt_roster(db: Database, current: Membership, offered: Any) -> Membership:
    """A newer roster from an envelope, if the pinned host signed it for this gathering."""
    try:
        roster = Roster.from_json(offered)
    except (KeyError, ValueError, TypeError, AttributeError):
        return current
    if (
        roster.gathering == current.roster.gathering
        and roster.version > current.roster.version
        and roster.verified_by(current.host_key)
    ):
        updated = Membership(roster, current.host_key)
        _save_membership(db, updated)
        return updated
    return current


# --- export: sign and seal -------------------------------------------------------------------


def _not_joined() -> TrustRefused:
    return TrustRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This laptop has not joined a gathering yet, so it cannot seal or open bundles; the "
            "host invites it first (sync join-request, sync invite, sync join).",
        )
    )


def sign_pending(db: Database, keys: DeviceKeys | None = None) -> int:
    """Sign this laptop's own entries that have no signature yet (written since the last
    export); returns how many. Done at export rather than on every keystroke's write, so
    the capture path stays as fast as it was; the entry's author is this device either way."""
    keys = keys or device_keys(db)
    with db.read() as session:
        rows = session.execute(
            select(
                Change.id,
                Change.device_id,
                Change.seq,
                Change.hlc,
                Change.entity,
                Change.row_id,
                Change.field,
                Change.value,
                Change.parents,
            ).where(Change.device_id == db.device_id, Change.signature.is_(None))
        ).all()
        if not rows:
            return 0
        updates = []
        for r in rows:
            salt = os.urandom(16)
            digest = value_digest(salt, r.value)
            entry = {
                "id": r.id,
                "device_id": r.device_id,
                "seq": r.seq,
                "hlc": r.hlc,
                "entity": r.entity,
                "row_id": r.row_id,
                "field": r.field,
                "parents": json.loads(r.parents),
            }
            updates.append(
                {
                    "b_id": r.id,
                    "signature": b64(keys.sign(entry_message(entry, digest))),
                    "value_salt": b64(salt),
                    "value_digest": digest,
                }
            )
        _update_signatures(session, updates)
        session.commit()
        return len(updates)


def _update_signatures(session: Session, updates: list[dict[str, Any]]) -> None:
    table = cast(Table, Change.__table__)
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            signature=bindparam("signature"),
            value_salt=bindparam("value_salt"),
            value_digest=bindparam("value_digest"),
        )
    )
    for start in range(0, len(updates), 5000):
        session.connection().execute(statement, updates[start : start + 5000])


# Below this much free space beside the database, the plain zip is made in a temporary folder.
SCRATCH_ROOM = 64 * 1024 * 1024


@dataclass
class Sealer:
    """Export side: made before the bundle is written (refuses early if this laptop is in
    no gathering), seals the plain zip afterwards."""

    db: Database
    keys: DeviceKeys
    member: Membership
    temporary: list[Path] = field(default_factory=list)

    @classmethod
    def for_export(cls, db: Database) -> Sealer:
        current = membership(db)
        if current is None:
            raise _not_joined()
        me = current.roster.member(db.device_id)
        if me is None or me.removed:
            raise TrustRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This laptop was removed from the gathering {title}; its bundles would be "
                    "refused, so none was written.",
                ),
                title=current.roster.title,
            )
        keys = device_keys(db)
        sign_pending(db, keys)
        return cls(db, keys, current)

    def scratch(self) -> Path:
        """A private folder for the plain zip, never on the stick: beside the database, or,
        when that disk is full (a bundle must still reach a USB stick then), a private
        temporary folder on this laptop."""
        from cle_desktop.storage.readonly import free_bytes

        folder = self.db.path.parent / ".cle-scratch"
        free = free_bytes(self.db.path)
        if free is None or free > SCRATCH_ROOM:
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                return folder
            except OSError:
                pass
        self.temporary.append(Path(tempfile.mkdtemp(prefix="cle-scratch-")))
        return self.temporary[-1]

    def clean_up(self) -> None:
        """Remove the temporary scratch folders :meth:`scratch` made."""
        for folder in self.temporary:
            shutil.rmtree(folder, ignore_errors=True)

    def seal(
        self,
        plain: Path,
        out: Path,
        entries: Iterable[Mapping[str, Any]],
        vector: Mapping[str, int],
    ) -> None:
        ids = [e["id"] for e in entries]
        signatures: dict[str, list[str | None]] = {}
        with self.db.read() as session:
            for start in range(0, len(ids), 900):
                for cid, sig, salt, digest in session.execute(
                    select(
                        Change.id, Change.signature, Change.value_salt, Change.value_digest
                    ).where(Change.id.in_(ids[start : start + 900]))
                ):
                    if sig is not None:
                        signatures[cid] = [sig, salt, digest]
        self.seal_with(plain, out, signatures, vector)

    def seal_with(
        self,
        plain: Path,
        out: Path,
        signatures: Mapping[str, Any],
        vector: Mapping[str, int],
    ) -> None:
        """Seal ``plain`` with the given entry signatures and an envelope signed by this
        laptop (tests use it to seal a deliberately damaged zip as a member would)."""
        hasher = hashlib.sha256()
        with open(plain, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                hasher.update(block)
        roster = self.member.roster
        me = roster.member(self.db.device_id)
        envelope: dict[str, Any] = {
            "kind": "cle-bundle-envelope",
            "gathering": roster.gathering,
            "sender": self.db.device_id,
            "sender_name": me.name if me else "",
            "roster": roster.to_json(),
            "version_vector": dict(vector),
            "zip_sha256": hasher.hexdigest(),
            "signatures": dict(signatures),
        }
        envelope["envelope_signature"] = b64(
            self.keys.sign(_ENVELOPE_DOMAIN + _canonical(envelope))
        )
        recipients = [
            X25519PublicKey.from_public_bytes(m.box_key) for m in roster.current_members()
        ]
        seal.seal_file(plain, out, recipients, envelope)


# --- import: open and verify -----------------------------------------------------------------


def _laptop_label(member: Member | None, device_id: str, claimed: str = "") -> str:
    if member is not None:
        return f"{member.name} ({member.fingerprint})"
    short = device_id[-8:] if device_id else "?"
    return f"{claimed} (device …{short})" if claimed else f"device …{short}"


def _not_signed(writer: Member | None, device: str) -> TrustRefused:
    return TrustRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A change in the bundle names laptop {laptop} but is not signed by "
            "it (forged, altered, or replayed under its name); nothing was "
            "imported.",
        ),
        laptop=_laptop_label(writer, device),
    )


#: Signatures per task when they are verified on several threads (``SignatureChecks``).
VERIFY_CHUNK = 2000

SignatureCheck = tuple[int, Ed25519PublicKey, bytes, bytes]  # (index, key, signature, message)


def _first_failing(chunk: list[SignatureCheck]) -> int | None:
    for index, key, signature, message in chunk:
        try:
            key.verify(signature, message)
        except (InvalidSignature, ValueError, TypeError):
            return index
    return None


class SignatureChecks:
    """Ed25519 checks of a bundle's entries, running on other threads while the import goes on.

    A day's bundle holds tens of thousands of entries at ~50 us each (1-5 s on the benchmark's
    shared two cores). The verification releases the GIL, so chunks run on every core, and
    they start as soon as the entries are read: the photos are streamed to disk meanwhile.
    Every signature is still verified before anything is written (``first_failing`` waits)."""

    def __init__(self, checks: list[SignatureCheck]) -> None:
        chunks = [checks[i : i + VERIFY_CHUNK] for i in range(0, len(checks), VERIFY_CHUNK)]
        workers = min(len(chunks), os.cpu_count() or 1)
        self._pool: ThreadPoolExecutor | None = None
        self._done: list[int | None] = []
        self._futures: list[Future[int | None]] = []
        if workers <= 1:
            self._done = [_first_failing(chunk) for chunk in chunks]
            return
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="verify")
        self._futures = [self._pool.submit(_first_failing, chunk) for chunk in chunks]

    def first_failing(self) -> int | None:
        """Wait for every check; the lowest index whose signature does not verify, or None."""
        failed = self._done + [future.result() for future in self._futures]
        self.close()
        return min((i for i in failed if i is not None), default=None)

    def close(self) -> None:
        """Stop (the import ended another way): chunks not yet started are dropped."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def first_unverified(checks: list[SignatureCheck]) -> int | None:
    """The lowest index among ``checks`` whose signature does not verify, or None."""
    return SignatureChecks(checks).first_failing()


@dataclass
class PendingCheck:
    """A bundle's trust check under way (:meth:`OpenedBundle.start_check`)."""

    bundle: OpenedBundle
    fresh: list[dict[str, Any]]
    members: dict[str, Member]
    refusal: tuple[int, TrustRefused] | None
    signatures: SignatureChecks
    entries: list[dict[str, Any]]

    def finish(self, session: Session) -> None:
        """Wait for the signatures; refuse naming the first entry that fails any check."""
        forged = self.signatures.first_failing()
        refusal = self.refusal
        if forged is not None and (refusal is None or forged < refusal[0]):
            e = self.entries[forged]
            refusal = forged, _not_signed(self.members.get(e["device_id"]), e["device_id"])
        if refusal is not None:
            raise refusal[1]
        self.bundle.notes = consent_notes(session, self.fresh, self.bundle.member.roster)

    def close(self) -> None:
        self.signatures.close()


@dataclass
class OpenedBundle:
    """Import side: a sealed bundle opened and its envelope checked; :meth:`check` then
    verifies the parsed entries, :meth:`after_apply` stores their signatures."""

    db: Database
    path: Path
    plain: Path
    envelope: dict[str, Any]
    member: Membership
    sender: Member
    signatures: dict[str, Any]
    erased: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.plain.unlink(missing_ok=True)

    def check(
        self, session: Session, entries: list[dict[str, Any]], manifest: Mapping[str, Any]
    ) -> None:
        """Refuse the bundle unless every entry is signed by the invited laptop it names."""
        self.start_check(session, entries, manifest).finish(session)

    def start_check(
        self, session: Session, entries: list[dict[str, Any]], manifest: Mapping[str, Any]
    ) -> PendingCheck:
        """The cheap checks now, the signatures on other threads; ``finish`` refuses.

        Nothing is refused here, so that a bundle found damaged after this (a photo that does
        not match its hash) still says so first, as when the check ran after the reading."""
        roster = self.member.roster
        if manifest.get("device_id") != self.sender.device_id:
            forged_sender = TrustRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} claims to come from laptop {laptop} but is not signed by it; it "
                    "was altered or forged, and nothing was imported.",
                ),
                name=self.path.name,
                laptop=_laptop_label(self.sender, self.sender.device_id),
            )
            return PendingCheck(self, [], {}, (-1, forged_sender), SignatureChecks([]), entries)
        cache: dict[str, Ed25519PublicKey] = {}
        # Entries this laptop already holds are skipped by the merge, so they need no check
        # (a re-imported or relayed bundle costs no signature checks for what is known).
        ids = [e["id"] for e in entries]
        known: set[str] = set()
        for start in range(0, len(ids), 900):
            known.update(
                session.scalars(select(Change.id).where(Change.id.in_(ids[start : start + 900])))
            )
        members = {m.device_id: m for m in roster.members}
        # First every cheap check, in order, collecting the signatures to verify; then the
        # signatures together (``first_unverified``). The refusal names the first entry that fails
        # either way, as a one-pass check would.
        refusal: tuple[int, TrustRefused] | None = None
        checks: list[SignatureCheck] = []
        for index, e in enumerate(entries):
            if e["id"] in known:
                continue
            device = e["device_id"]
            writer = members.get(device)
            if writer is None:
                refusal = (
                    index,
                    TrustRefused(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The bundle holds changes written by {laptop}, which was not invited "
                            "to this gathering; nothing was imported.",
                        ),
                        laptop=_laptop_label(writer, device),
                    ),
                )
                break
            if writer.removed_after is not None and int(e["seq"]) > writer.removed_after:
                refusal = (
                    index,
                    TrustRefused(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The bundle holds changes laptop {laptop} wrote after it was removed "
                            "from this gathering; nothing was imported.",
                        ),
                        laptop=_laptop_label(writer, device),
                    ),
                )
                break
            sig = self.signatures.get(e["id"])
            job = None
            if isinstance(sig, list) and len(sig) == 3:
                signature, salt, digest = sig
                try:
                    text = value_text(e["value"])
                    if salt is not None:
                        ok = value_digest(unb64(salt), text) == digest
                    else:
                        ok = isinstance(digest, str)
                        self.erased.append(e)
                    if ok:
                        key = cache.get(device)
                        if key is None:
                            key = cache[device] = Ed25519PublicKey.from_public_bytes(
                                writer.sign_key
                            )
                        job = (index, key, unb64(signature), entry_message(e, digest))
                except (ValueError, TypeError):
                    job = None
            if job is None:
                refusal = index, _not_signed(writer, device)
                break
            checks.append(job)
        fresh = [e for e in entries if e["id"] not in known]
        return PendingCheck(self, fresh, members, refusal, SignatureChecks(checks), entries)

    def after_apply(self, session: Session, entries: list[dict[str, Any]]) -> None:
        """Store the signatures of the entries just applied (inside the import transaction),
        and refuse erased entries no purge here accounts for."""
        ids = [e["id"] for e in entries]
        stored: dict[str, tuple[str, str | None]] = {}
        for start in range(0, len(ids), 900):
            for cid, value, sig in session.execute(
                select(Change.id, Change.value, Change.signature).where(
                    Change.id.in_(ids[start : start + 900])
                )
            ):
                stored[cid] = (value, sig)
        updates = []
        for e in entries:
            value, existing = stored.get(e["id"], ("", "x"))
            if existing is not None:
                continue
            signature, salt, digest = self.signatures[e["id"]]
            # A purge here may have erased the value on arrival: then the salt goes.
            if salt is not None and value_digest(unb64(salt), value) != digest:
                salt = None
            updates.append(
                {
                    "b_id": e["id"],
                    "signature": signature,
                    "value_salt": salt,
                    "value_digest": digest,
                }
            )
        _update_signatures(session, updates)
        for e in self.erased:
            row = session.get(PurgedRow, (e["entity"], e["row_id"]))
            erased: dict[str, Any]
            erased = json.loads(row.erased) if row is not None else {}
            if e["field"] not in erased or value_text(erased[e["field"]]) != value_text(e["value"]):
                writer = self.member.roster.member(e["device_id"])
                raise TrustRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A change in the bundle names laptop {laptop} but is not signed by "
                        "it (forged, altered, or replayed under its name); nothing was "
                        "imported.",
                    ),
                    laptop=_laptop_label(writer, e["device_id"]),
                )


def consent_notes(session: Session, entries: list[dict[str, Any]], roster: Roster) -> list[str]:
    """Sentences for the sync report: which laptop changed whose consent, or erased whom."""
    consent_people: dict[str, str] = {}
    names: dict[str, str] = {}
    for e in entries:
        if e["entity"] == "consent" and e["field"] == "participant_id":
            consent_people[e["row_id"]] = str(e["value"])
        if e["entity"] == "participant" and e["field"] == "display_name" and e["value"]:
            names[e["row_id"]] = str(e["value"])

    def person(participant_id: str) -> str:
        if participant_id in names:
            return names[participant_id]
        row = session.get(Participant, participant_id)
        return row.display_name if row is not None and row.display_name else participant_id

    notes = []
    labels: dict[str, str] = {}
    for e in entries:
        if e["entity"] not in (PURGE_ENTITY, "consent"):
            continue
        device = e["device_id"]
        if device not in labels:
            labels[device] = _laptop_label(roster.member(device), device)
        laptop = labels[device]
        if e["entity"] == PURGE_ENTITY:
            notes.append(f"{laptop} erased {person(e['row_id'])} (consent withdrawn).")
        elif e["entity"] == "consent" and e["field"] not in (
            "participant_id",
            "deleted",
            "updated_at",
            "collected_at",
            "withdrawn_at",
        ):
            pid = consent_people.get(e["row_id"])
            if pid is None:
                row = session.get(Consent, e["row_id"])
                pid = row.participant_id if row is not None else e["row_id"]
            notes.append(
                f"{laptop} set {e['field']} of {person(str(pid))}'s consent to "
                f"{json.dumps(e['value'], ensure_ascii=False)}."
            )
    return notes


def _refuse_seal(reason: str, path: Path) -> TrustRefused:
    if reason == "not-for-us":
        return TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is sealed for laptops of a gathering this laptop does not hold the key "
                "of (another gathering, or made before this laptop was invited); ask the laptop "
                "that made it for a new bundle.",
            ),
            name=path.name,
        )
    if reason == "newer":
        return TrustRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was sealed by a newer CLE Desktop; update this laptop's app first.",
            ),
            name=path.name,
        )
    return TrustRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is damaged or was altered after it was sealed; copy it again from the "
            "laptop that made it.",
        ),
        name=path.name,
    )


def not_sealed(path: Path) -> TrustRefused:
    return TrustRefused(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is not sealed for this gathering (an older CLE Desktop, or made outside "
            "it); nothing was imported.",
        ),
        name=Path(path).name,
    )


def open_bundle(db: Database, path: Path) -> OpenedBundle:
    """Unseal, adopt a newer host-signed roster, and check the sender and the inner zip."""
    path = Path(path)
    current = membership(db)
    if current is None:
        raise _not_joined()
    keys = device_keys(db)
    scratch = db.path.parent / ".cle-scratch"
    try:
        opened = seal.open_sealed(path, keys.box, scratch)
    except seal.SealError as exc:
        raise _refuse_seal(exc.reason, path) from exc
    try:
        envelope = opened.envelope
        if envelope.get("gathering") != current.roster.gathering:
            raise _refuse_seal("not-for-us", path)
        current = adopt_roster(db, current, envelope.get("roster"))
        sender_id = str(envelope.get("sender", ""))
        sender = current.roster.member(sender_id)
        label = _laptop_label(sender, sender_id, str(envelope.get("sender_name", ""))[:120])
        if sender is None:
            raise TrustRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} comes from {laptop}, which was not invited to this gathering; "
                    "nothing was imported.",
                ),
                name=path.name,
                laptop=label,
            )
        if sender.removed:
            raise TrustRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} comes from laptop {laptop}, which was removed from this gathering; "
                    "nothing was imported.",
                ),
                name=path.name,
                laptop=label,
            )
        unsigned = {k: v for k, v in envelope.items() if k != "envelope_signature"}
        try:
            good = verify(
                sender.sign_key,
                unb64(str(envelope.get("envelope_signature", ""))),
                _ENVELOPE_DOMAIN + _canonical(unsigned),
            )
        except ValueError:
            good = False
        hasher = hashlib.sha256()
        with open(opened.plain, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                hasher.update(block)
        signatures = envelope.get("signatures")
        if (
            not good
            or hasher.hexdigest() != envelope.get("zip_sha256")
            or not isinstance(signatures, dict)
        ):
            raise TrustRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} claims to come from laptop {laptop} but is not signed by it; it "
                    "was altered or forged, and nothing was imported.",
                ),
                name=path.name,
                laptop=label,
            )
    except BaseException:
        opened.plain.unlink(missing_ok=True)
        raise
    return OpenedBundle(db, path, opened.plain, envelope, current, sender, signatures)


def envelope_vector(db: Database, path: Path) -> dict[str, int] | None:
    """The version vector a sealed bundle claims (for a sync point), or None if this laptop
    cannot open it."""
    current = membership(db)
    if current is None:
        return None
    try:
        envelope = seal.read_envelope(path, device_keys(db).box)
        vector = envelope.get("version_vector", {})
        return {str(k): int(v) for k, v in vector.items()}
    except (seal.SealError, ValueError, TypeError, AttributeError):
        return None
