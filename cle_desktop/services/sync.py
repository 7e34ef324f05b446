"""Sync use cases: bundles to and from a USB stick, a shared sync-point folder, conflicts."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.stories import StoryService
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import (
    SYNCED_MODELS,
    Artifact,
    ArtifactStory,
    Asset,
    Consent,
    Gathering,
    GatheringSession,
    Participant,
    Photo,
    Place,
    Story,
    StoryTeller,
    SyncPeer,
    Tag,
)
from cle_desktop.sync import merge
from cle_desktop.sync.bundle import ExportResult, ImportResult, export_bundle, import_bundle
from cle_desktop.sync.dump import canonical_dump
from cle_desktop.sync.sync_point import SyncPointResult, sync_with_folder
from cle_desktop.sync.threeway import merge_text


@dataclass(frozen=True)
class ConflictSide:
    """One version in a conflict review and the laptop it came from."""

    change_id: str
    device_id: str
    this_laptop: bool
    laptop_name: str | None  # the other laptop's name, when it has been given one
    written_at: datetime
    field: str
    value: Any


@dataclass(frozen=True)
class ConflictReview:
    """A conflict as a person reviews it. ``subject`` is what it is about in the words people
    typed (a story's title, a person's name, an asset's name), or "" when the row has none
    (a purged or nameless row): never an id. For a field conflict ``sides`` has this laptop's
    version first when it wrote one; for delete-vs-edit, the delete first, then the edits."""

    conflict: merge.Conflict
    subject: str
    sides: tuple[ConflictSide, ...]

    @property
    def seen(self) -> tuple[str, ...]:
        """The versions shown, which a decision must name (see :meth:`SyncService.resolve`)."""
        return self.conflict.head_ids


SUBJECT_WORDS = 12  # a story with no title is named by its first words


def _subject(session: Session, entity: str, row_id: str) -> str:
    """What a row is about, in the words people typed."""

    def story(story_id: str | None) -> str:
        found = session.get(Story, story_id) if story_id else None
        if found is None:
            return ""
        if found.title.strip():
            return found.title.strip()
        words = found.body.split()
        return " ".join(words[:SUBJECT_WORDS]) + ("…" if len(words) > SUBJECT_WORDS else "")

    def person(participant_id: str | None) -> str:
        found = session.get(Participant, participant_id) if participant_id else None
        return found.display_name.strip() if found is not None else ""

    def artifact(artifact_id: str | None) -> str:
        found = session.get(Artifact, artifact_id) if artifact_id else None
        return found.name.strip() if found is not None else ""

    simple: dict[str, Callable[[], str]] = {
        "story": lambda: story(row_id),
        "participant": lambda: person(row_id),
        "artifact": lambda: artifact(row_id),
    }
    if entity in simple:
        return simple[entity]()
    model = SYNCED_MODELS.get(entity)
    row = session.get(model, row_id) if model is not None else None
    if row is None:
        return ""
    if isinstance(row, Asset | Place):
        return (row.name or "").strip()
    if isinstance(row, Gathering | GatheringSession):
        return row.title.strip()
    if isinstance(row, Photo):
        return (row.caption or row.original_name or "").strip()
    if isinstance(row, Tag):
        return row.quote.strip() or story(row.story_id)
    if isinstance(row, StoryTeller | ArtifactStory):
        return story(row.story_id)
    if isinstance(row, Consent):
        return person(row.participant_id)
    return ""


@dataclass(frozen=True)
class PeerInfo:
    device_id: str
    changes_known: int
    last_import_at: datetime | None
    last_export_at: datetime | None


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
        with self.db.transaction() as s:
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

    def review(self) -> list[ConflictReview]:
        """Open conflicts as a person reviews them: what each is about in the words people
        typed, and every version with the laptop that wrote it, this laptop's own first."""
        with self.db.read() as s:
            names = {
                p.device_id: p.label.strip()
                for p in s.scalars(select(SyncPeer))
                if p.label and p.label.strip()
            }
            out: list[ConflictReview] = []
            for c in merge.conflicts(s):
                versions = merge.conflict_versions(s, c)
                if c.kind == "field":  # this laptop's version first (a stable sort)
                    versions.sort(key=lambda v: v.device_id != self.db.device_id)
                sides = tuple(
                    ConflictSide(
                        v.change_id,
                        v.device_id,
                        v.device_id == self.db.device_id,
                        names.get(v.device_id),
                        v.written_at,
                        v.field,
                        v.value,
                    )
                    for v in versions
                )
                out.append(ConflictReview(c, _subject(s, c.entity, c.row_id), sides))
            return out

    def resolve(
        self,
        entity: str,
        row_id: str,
        field: str,
        value: Any,
        *,
        seen: Sequence[str] | None = None,
    ) -> None:
        """A person's choice for a conflicted field (or ``deleted`` for delete-vs-edit).

        ``seen`` is the versions (head ids) the person was shown. The decision is written as
        one entry whose parents are exactly those heads, so it closes the conflict here and on
        every laptop it reaches. When a version arrived after the review was shown (a sync ran
        meanwhile), nothing is written: the person is asked to look again rather than have a
        choice silently cover a version they never saw.
        """
        with self.db.write() as w:
            current = next(
                (
                    c
                    for c in merge.conflicts(w.session, entity, row_id)
                    if c.entity == entity and c.row_id == row_id and c.field == field
                ),
                None,
            )
            if current is None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "That conflict has already been resolved.")
                )
            if seen is not None and set(seen) != set(current.head_ids):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Another version of this arrived while you were looking at it; nothing "
                        "was saved. Look at the versions again and choose.",
                    )
                )
            merge.resolve(w, entity, row_id, field, value)
            if entity == "story" and field == "body" and isinstance(value, str):
                # The tags of the story follow its new text, as after any edit of the body.
                StoryService._reanchor_tags(w, row_id, value)  # noqa: SLF001
                w.update(Story, row_id, updated_at=datetime.now(UTC))

    def merge_suggestion(
        self, conflict: merge.Conflict | ConflictReview
    ) -> tuple[str, bool] | None:
        """For a text conflict between two versions: a three-way merge of this laptop's version
        and the other one against their common ancestor (not saved)."""
        review = conflict if isinstance(conflict, ConflictReview) else None
        c = review.conflict if review is not None else conflict
        assert isinstance(c, merge.Conflict)
        values = [side.value for side in review.sides] if review else list(c.values)
        heads = [side.change_id for side in review.sides] if review else list(c.head_ids)
        if c.kind != "field" or len(values) != 2 or not all(isinstance(v, str) for v in values):
            return None
        with self.db.read() as s:
            base = merge.common_ancestor_value(s, heads)
        return merge_text(base if isinstance(base, str) else "", str(values[0]), str(values[1]))

    def purge_participant(self, participant_id: str) -> None:
        """Erase a withdrawn person's content here and, through sync, on every laptop."""
        with self.db.write() as w:
            merge.purge_participant(w, participant_id)

    def dump(self, gathering_id: str | None = None) -> str:
        with self.db.read() as s:
            return canonical_dump(s, gathering_id)
