"""Sync use cases: bundles to and from a USB stick, a shared sync-point folder, conflicts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cle_desktop.domain.conflicts import Conflict
from cle_desktop.domain.progress import CancelCheck, Progress
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.preferences import LAPTOP_NAME_KEY
from cle_desktop.services.stories import StoryService
from cle_desktop.storage.changelog import ChangeWriter, encode_value
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
from cle_desktop.sync import merge, trust
from cle_desktop.sync.bundle import ExportResult, ImportResult, export_bundle, import_bundle
from cle_desktop.sync.dump import canonical_dump
from cle_desktop.sync.sync_point import SyncPointResult, sync_with_folder
from cle_desktop.sync.threeway import merge_text, unresolved_parts


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

    conflict: Conflict
    subject: str
    sides: tuple[ConflictSide, ...]

    @property
    def seen(self) -> tuple[str, ...]:
        """The versions shown, which a decision must name (see :meth:`SyncService.resolve`)."""
        return self.conflict.head_ids


# Where a tag sits in its story: recomputed from the text on every edit of it, so two laptops
# that edited the text concurrently also disagree on these; the text decides them.
TAG_ANCHOR_FIELDS = frozenset({"start", "end", "prefix", "suffix", "orphaned"})
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

    if entity == "story":
        return story(row_id)
    if entity == "participant":
        return person(row_id)
    model = SYNCED_MODELS.get(entity)
    row = session.get(model, row_id) if model is not None else None
    if row is None:
        return ""
    if isinstance(row, Asset | Place | Artifact):
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
    name: str | None = None  # what the laptop is called, when it has been given a name


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

    def export_bundle(
        self,
        out: Path,
        since_peer: str | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ExportResult:
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
        result = export_bundle(self.db, out, since, progress, cancelled)
        if since_peer:
            self._touch_peer(since_peer, exported=True)
        return result

    def import_bundle(
        self,
        path: Path,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportResult:
        """All of the bundle or, on a refusal or a cancel, none of it."""
        result = import_bundle(self.db, path, progress, cancelled)
        if result.device_id:
            self._touch_peer(result.device_id, vector=result.vector)
        return result

    def sync_folder(
        self,
        folder: Path,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> SyncPointResult:
        result = sync_with_folder(self.db, folder, progress, cancelled)
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
        names = self.laptop_names()
        with self.db.read() as s:
            return [
                PeerInfo(
                    p.device_id,
                    sum(int(v) for v in json.loads(p.has_vector or "{}").values()),
                    p.last_import_at,
                    p.last_export_at,
                    names.get(p.device_id),
                )
                for p in s.scalars(select(SyncPeer).order_by(SyncPeer.device_id))
            ]

    def laptop_names(self) -> dict[str, str]:
        """What people call each laptop, by device id: the names laptops were given when they
        joined the gathering (carried in the roster to every laptop), then any set here, and
        this laptop's own name from Preferences. A person sees these, never hex ids."""
        try:
            joined = trust.membership(self.db)
        except trust.TrustRefused:
            joined = None
        names = {m.device_id: m.name for m in joined.roster.members if m.name} if joined else {}
        with self.db.read() as s:
            names.update(
                {
                    p.device_id: p.label.strip()
                    for p in s.scalars(select(SyncPeer))
                    if p.label and p.label.strip()
                }
            )
        own = self.db.get_setting(LAPTOP_NAME_KEY)
        if own:
            names[self.db.device_id] = own
        return names

    def _own_name(self) -> str | None:
        return self.db.get_setting(LAPTOP_NAME_KEY)

    def laptop_name(self, device_id: str) -> str | None:
        return self.laptop_names().get(device_id)

    def conflicts(self) -> list[Conflict]:
        with self.db.read() as s:
            return merge.conflicts(s)

    def review(self) -> list[ConflictReview]:
        """Open conflicts as a person reviews them: what each is about in the words people
        typed, and every version with the laptop that wrote it, this laptop's own first."""
        names = self.laptop_names()
        with self.db.read() as s:
            out: list[ConflictReview] = []
            found = merge.conflicts(s)
            texts_in_conflict = {
                c.row_id for c in found if c.entity == "story" and c.field == "body"
            }
            for c in found:
                if c.entity == "tag" and c.field in TAG_ANCHOR_FIELDS:
                    tag = s.get(Tag, c.row_id)
                    if tag is not None and tag.story_id in texts_in_conflict:
                        continue  # settled with the story's text (see _settle_story_tags)
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
            left = unresolved_parts(value) if isinstance(value, str) else 0
            if left and not any(isinstance(v, str) and unresolved_parts(v) for v in current.values):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The text still shows both versions in {count} place(s), between ⟦ and "
                        "⟧: choose or edit them, then save.",
                    ),
                    count=left,
                )
            merge.resolve(w, entity, row_id, field, value)
            if entity == "story" and field == "body" and isinstance(value, str):
                self._settle_story_tags(w, row_id, value)

    @staticmethod
    def _settle_story_tags(w: ChangeWriter, story_id: str, body: str) -> None:
        """After a story's text is decided, its tags follow it, as after any edit of the text,
        and the tag positions the two laptops computed for their own texts are settled with
        it: they were never a person's choice, only a consequence of the text."""
        StoryService._reanchor_tags(w, story_id, body)  # noqa: SLF001
        w.update(Story, story_id, updated_at=datetime.now(UTC))
        for tag in w.session.scalars(select(Tag).where(Tag.story_id == story_id)):
            for c in merge.conflicts(w.session, "tag", tag.id):
                if c.field in TAG_ANCHOR_FIELDS:
                    merge.resolve(w, "tag", tag.id, c.field, encode_value(getattr(tag, c.field)))

    def merge_suggestion(self, conflict: Conflict | ConflictReview) -> tuple[str, bool] | None:
        """For a text conflict between two versions: a three-way merge of this laptop's version
        and the other one against their common ancestor (not saved)."""
        review = conflict if isinstance(conflict, ConflictReview) else None
        c = review.conflict if review is not None else conflict
        assert isinstance(c, Conflict)
        values = [side.value for side in review.sides] if review else list(c.values)
        heads = [side.change_id for side in review.sides] if review else list(c.head_ids)
        if c.kind != "field" or len(values) != 2 or not all(isinstance(v, str) for v in values):
            return None
        with self.db.read() as s:
            base = merge.common_ancestor_value(s, heads)
        return merge_text(base if isinstance(base, str) else "", str(values[0]), str(values[1]))

    def keep_version(self, review: ConflictReview, which: int) -> None:
        """Keep one of the versions a person was shown (``which`` indexes ``review.sides``); for
        delete-vs-edit, 0 confirms the delete and 1 restores the row with the edits."""
        c = review.conflict
        if c.kind == "delete-vs-edit":
            self.resolve(c.entity, c.row_id, "deleted", which == 0, seen=review.seen)
        elif 0 <= which < len(review.sides):
            self.resolve(c.entity, c.row_id, c.field, review.sides[which].value, seen=review.seen)
        else:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That version is not there to keep."))

    @staticmethod
    def check_merged(text: str) -> None:
        """Refuse merged text a person has not finished: a place still showing both versions
        (⟦ … ‖ … ⟧), or nothing at all. Nothing is written; the text stays where it is."""
        left = unresolved_parts(text)
        if left == 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "1 place still shows both versions: choose or edit it, then save."
                )
            )
        if left > 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{count} places still show both versions: choose or edit them, then save.",
                ),
                count=left,
            )
        if not text.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The merged text is empty: write the text, or keep one of the versions.",
                )
            )

    def save_merged(self, review: ConflictReview, text: str) -> None:
        """Decide a text conflict with the merged text a person finished (``check_merged``)."""
        c = review.conflict
        if c.kind != "field":
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Only two versions of a text can be merged.")
            )
        self.check_merged(text)
        self.resolve(c.entity, c.row_id, c.field, text, seen=review.seen)

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
            # the name chosen in Preferences travels in the roster to every laptop
            return trust.write_join_request(self.db, out, name or self._own_name())
        except trust.TrustRefused as exc:
            raise _trust_error(exc) from exc

    def invite(
        self, request: Path, out: Path, host_name: str | None = None, title: str | None = None
    ) -> trust.Invitation:
        """Host: invite the laptop of a join request (this laptop becomes the host of a new
        gathering roster if it has none)."""
        try:
            if title is not None:
                trust.start_gathering(self.db, title=title, name=host_name or self._own_name())
            return trust.invite(self.db, request, out, name=host_name or self._own_name())
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
