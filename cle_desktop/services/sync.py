"""Sync use cases: bundles to and from a USB stick, a shared sync-point folder, conflicts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import SyncPeer
from cle_desktop.sync import merge, trust
from cle_desktop.sync.bundle import ExportResult, ImportResult, export_bundle, import_bundle
from cle_desktop.sync.dump import canonical_dump
from cle_desktop.sync.sync_point import SyncPointResult, sync_with_folder


@dataclass(frozen=True)
class PeerInfo:
    device_id: str
    changes_known: int
    last_import_at: datetime | None
    last_export_at: datetime | None


@dataclass(frozen=True)
class LaptopInfo:
    """One laptop of the gathering, as the sync page and ``sync laptops`` list it."""

    device_id: str
    name: str
    fingerprint: str
    is_host: bool
    is_this_laptop: bool
    removed: bool


@dataclass(frozen=True)
class TrustStatus:
    """This laptop's identity and gathering, for the sync page."""

    device_id: str
    fingerprint: str
    gathering_title: str | None
    is_host: bool
    laptops: tuple[LaptopInfo, ...]


def _trust_error(exc: trust.TrustRefused) -> InvalidInput:
    return InvalidInput(exc.phrase)


class SyncService:
    def __init__(self, db: Database):
        self.db = db

    def export_bundle(self, out: Path, since_peer: str | None = None) -> ExportResult:
        since: dict[str, int] | None = None
        if since_peer:
            with self.db.read() as s:
                peer = s.get(SyncPeer, since_peer)
                if peer is None:
                    raise NotFound(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "No bundle from device {device} has been imported here, so we do "
                            "not know what it lacks; export everything instead.",
                        ),
                        device=since_peer,
                    )
                since = {str(k): int(v) for k, v in json.loads(peer.has_vector).items()}
        result = export_bundle(self.db, out, since)
        if since_peer:
            self._touch_peer(since_peer, exported=True)
        return result

    def import_bundle(self, path: Path) -> ImportResult:
        result = import_bundle(self.db, path)
        if result.device_id:
            self._touch_peer(result.device_id, vector=result.vector)
        return result

    def sync_folder(self, folder: Path) -> SyncPointResult:
        result = sync_with_folder(self.db, folder)
        for imported in result.imported:
            if imported.device_id:
                self._touch_peer(imported.device_id, vector=imported.vector)
        return result

    def _touch_peer(
        self, device_id: str, vector: dict[str, int] | None = None, exported: bool = False
    ) -> None:
        if device_id == self.db.device_id:
            return
        now = datetime.now(UTC)
        with self.db.read() as s:
            peer = s.get(SyncPeer, device_id) or SyncPeer(device_id=device_id, has_vector="{}")
            if vector is not None:
                known = json.loads(peer.has_vector or "{}")
                for device, seq in vector.items():
                    known[device] = max(int(known.get(device, 0)), int(seq))
                peer.has_vector = json.dumps(known, sort_keys=True)
                peer.last_import_at = now
            if exported:
                peer.last_export_at = now
            s.add(peer)
            s.commit()

    def peers(self) -> list[PeerInfo]:
        with self.db.read() as s:
            return [
                PeerInfo(
                    p.device_id,
                    sum(int(v) for v in json.loads(p.has_vector or "{}").values()),
                    p.last_import_at,
                    p.last_export_at,
                )
                for p in s.scalars(select(SyncPeer).order_by(SyncPeer.device_id))
            ]

    def conflicts(self) -> list[merge.Conflict]:
        with self.db.read() as s:
            return merge.conflicts(s)

    def resolve(self, entity: str, row_id: str, field: str, value: Any) -> None:
        """A person's choice for a conflicted field (or ``deleted`` for delete-vs-edit)."""
        with self.db.write() as w:
            if not any(
                c.entity == entity and c.row_id == row_id and c.field == field
                for c in merge.conflicts(w.session, entity, row_id)
            ):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "That conflict has already been resolved.")
                )
            merge.resolve(w, entity, row_id, field, value)

    def merge_suggestion(self, conflict: merge.Conflict) -> tuple[str, bool] | None:
        """For text conflicts: a three-way merge against the common ancestor (not saved)."""
        from cle_desktop.sync.threeway import merge3

        if (
            conflict.kind != "field"
            or len(conflict.values) != 2
            or not all(isinstance(v, str) for v in conflict.values)
        ):
            return None
        with self.db.read() as s:
            base = merge.common_ancestor_value(s, conflict.head_ids)
        return merge3(
            base if isinstance(base, str) else "", str(conflict.values[0]), str(conflict.values[1])
        )

    def purge_participant(self, participant_id: str) -> None:
        """Erase a withdrawn person's content here and, through sync, on every laptop."""
        with self.db.write() as w:
            merge.purge_participant(w, participant_id)

    # --- trusted laptops (see cle_desktop.sync.trust) ---------------------------------------

    def trust_status(self) -> TrustStatus:
        keys = trust.device_keys(self.db)
        try:
            current = trust.membership(self.db)
        except trust.TrustRefused as exc:
            raise _trust_error(exc) from exc
        if current is None:
            return TrustStatus(self.db.device_id, keys.fingerprint, None, False, ())
        roster = current.roster
        laptops = tuple(
            LaptopInfo(
                m.device_id,
                m.name,
                m.fingerprint,
                m.device_id == roster.host,
                m.device_id == self.db.device_id,
                m.removed,
            )
            for m in roster.members
        )
        return TrustStatus(
            self.db.device_id,
            keys.fingerprint,
            roster.title,
            roster.host == self.db.device_id,
            laptops,
        )

    def join_request(self, out: Path, name: str | None = None) -> str:
        """Write this laptop's join request; returns its fingerprint."""
        try:
            return trust.write_join_request(self.db, out, name)
        except trust.TrustRefused as exc:
            raise _trust_error(exc) from exc

    def invite(
        self, request: Path, out: Path, host_name: str | None = None, title: str | None = None
    ) -> trust.Invitation:
        """Host: invite the laptop of a join request (this laptop becomes the host of a new
        gathering roster if it has none)."""
        try:
            if title is not None:
                trust.start_gathering(self.db, title=title, name=host_name)
            return trust.invite(self.db, request, out, name=host_name)
        except trust.TrustRefused as exc:
            raise _trust_error(exc) from exc

    def join(self, invitation: Path) -> trust.Joined:
        try:
            return trust.join(self.db, invitation)
        except trust.TrustRefused as exc:
            raise _trust_error(exc) from exc

    def remove_laptop(self, device_id: str) -> trust.Member:
        try:
            return trust.remove_laptop(self.db, device_id)
        except trust.TrustRefused as exc:
            raise _trust_error(exc) from exc

    def dump(self, gathering_id: str | None = None) -> str:
        with self.db.read() as s:
            return canonical_dump(s, gathering_id)
