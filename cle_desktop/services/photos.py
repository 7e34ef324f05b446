"""Photos: batch import into the content-addressed store, captions, links, release warnings.

``import_files`` is safe to call from a worker thread (no Qt, its own sessions); progress and
cancellation are plain callables.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cle_desktop.domain.consent import NOBODY_DEPICTED
from cle_desktop.domain.ids import stable_id
from cle_desktop.domain.phrases import Phrase
from cle_desktop.domain.progress import CancelCheck, Progress
from cle_desktop.media import ImportOutcome, MediaStore, expand_paths, import_batch
from cle_desktop.media.preview_check import CheckReport, check_previews
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput
from cle_desktop.services.participants import consent_id
from cle_desktop.services.records import PhotoRecord, record_of
from cle_desktop.services.rows import fetch_record, link_row, unlink_row, update_row
from cle_desktop.storage.changelog import ChangeWriter
from cle_desktop.storage.consent import terms_of
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Artifact, Consent, Participant, Photo, PhotoLink, Story

LINK_KINDS = ("story", "artifact", "participant")


@dataclass
class ImportReport:
    """Per-file result of an import, in the CLI's stable JSON shape."""

    imported: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    # The errors' reasons as translatable phrases, in the same order (not in the JSON: the
    # CLI's ``reason`` stays the English sentence; the GUI shows these in its language).
    error_phrases: list[Phrase] = field(default_factory=list)
    # Files not looked at because the person pressed Cancel (those before it are kept).
    not_started: int = 0

    @property
    def cancelled(self) -> bool:
        return self.not_started > 0

    def as_json(self) -> dict[str, list[dict[str, str]]]:
        return {"imported": self.imported, "skipped": self.skipped, "errors": self.errors}


PHOTOS_PER_TRANSACTION = 25  # at most; fewer when they take longer than:
TRANSACTION_SECONDS = 0.004
PAUSE_BETWEEN_SECONDS = 0.002


@dataclass(frozen=True)
class PhotoLinks:
    """What a photo belongs to: story titles ("" for an untitled story) and artifact names."""

    story_titles: tuple[str, ...]
    artifact_names: tuple[str, ...]


class PhotoService:
    def __init__(self, db: Database):
        self.db = db
        self.store = MediaStore(db.media_dir)

    def import_files(
        self,
        gathering_id: str,
        paths: Sequence[Path],
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        workers: int | None = None,
    ) -> ImportReport:
        """Import files and folders; bad files are reported with a sentence, the rest import.

        ``progress(done, total)`` counts files; a cancel stops after the photos being read and
        keeps every photo read before it (``report.not_started`` counts the rest).
        """
        report = ImportReport()
        files = expand_paths(paths)
        outcomes = import_batch(
            files, self.store, progress=progress, cancelled=cancelled, workers=workers
        )
        report.not_started = len(files) - len(outcomes)
        with self.db.read() as s:
            known = set(
                s.scalars(
                    select(Photo.sha256).where(
                        Photo.gathering_id == gathering_id, Photo.deleted.is_(False)
                    )
                )
            )
        now = datetime.now(UTC)
        # Short transactions, bounded in time: the write lock is never held more than a few
        # milliseconds, and it is let go for a moment between them, so a note-taker's
        # autosave beside a large import waits a few milliseconds, never the import
        # (25 photos a transaction held it 60 ms on a busy 2-core laptop).
        index = 0
        while index < len(outcomes):
            began = time.perf_counter()
            with self.db.write() as w:
                for _ in range(PHOTOS_PER_TRANSACTION):
                    self._record(w, gathering_id, outcomes[index], known, now, report)
                    index += 1
                    if index >= len(outcomes) or time.perf_counter() - began > TRANSACTION_SECONDS:
                        break
            if index < len(outcomes):
                time.sleep(PAUSE_BETWEEN_SECONDS)  # a writer waiting for the lock gets it now
        return report

    @staticmethod
    def _record(
        w: ChangeWriter,
        gathering_id: str,
        outcome: ImportOutcome,
        known: set[str],
        now: datetime,
        report: ImportReport,
    ) -> None:
        """One photo's row (or the sentence why not) in the import's report."""
        name = outcome.source.name
        if not outcome.ok or outcome.info is None or outcome.sha256 is None:
            phrase = outcome.phrase or Phrase(outcome.error or "unreadable")
            report.errors.append({"item": str(outcome.source), "reason": str(phrase)})
            report.error_phrases.append(phrase)
            return
        if outcome.sha256 in known:
            report.skipped.append(
                {
                    "item": str(outcome.source),
                    "reason": f"{name} is already in this gathering.",
                }
            )
            return
        info = outcome.info
        photo_id = w.create(
            Photo,
            gathering_id=gathering_id,
            sha256=outcome.sha256,
            original_name=name,
            mime=info.mime,
            width=info.width,
            height=info.height,
            size_bytes=info.size_bytes,
            taken_at=info.taken_at,
            gps_lat=info.gps_lat,
            gps_lon=info.gps_lon,
            orientation=info.orientation,
            imported_at=now,
        )
        known.add(outcome.sha256)
        report.imported.append(
            {"item": str(outcome.source), "id": photo_id, "sha256": outcome.sha256}
        )

    def photos_for(self, gathering_id: str) -> list[PhotoRecord]:
        """The gathering's photos in the order they were taken, as frozen records."""
        with self.db.read() as s:
            return [
                record_of(PhotoRecord, row)
                for row in s.scalars(
                    select(Photo)
                    .where(Photo.gathering_id == gathering_id, Photo.deleted.is_(False))
                    .order_by(Photo.taken_at, Photo.original_name)
                )
            ]

    def get(self, photo_id: str) -> PhotoRecord:
        """The photo's fields, deleted or not."""
        return fetch_record(
            self.db,
            Photo,
            photo_id,
            PhotoRecord,
            QT_TRANSLATE_NOOP("Errors", "That photo no longer exists."),
            deleted_ok=True,
        )

    def delete(self, photo_id: str) -> None:
        """Soft delete through the change log: the photo leaves the page, the map and every
        report; its file stays in the media store (other laptops may still link it)."""
        with self.db.write() as w:
            w.delete(Photo, photo_id)

    def restore(self, photo_id: str) -> None:
        with self.db.write() as w:
            update_row(
                w,
                Photo,
                photo_id,
                QT_TRANSLATE_NOOP("Errors", "That photo no longer exists."),
                deleted=False,
            )

    def set_caption(self, photo_id: str, caption: str) -> None:
        with self.db.write() as w:
            w.update(Photo, photo_id, caption=caption.strip() or None)

    def link(self, photo_id: str, target_kind: str, target_id: str) -> str:
        """Link a photo to a story, an artifact, or a person depicted in it."""
        if target_kind not in LINK_KINDS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A photo can be linked to a {kinds}."),
                kinds=", ".join(LINK_KINDS),
            )
        link_id = stable_id("photo_link", photo_id, target_kind, target_id)
        with self.db.write() as w:
            link_row(
                w,
                PhotoLink,
                link_id,
                photo_id=photo_id,
                target_kind=target_kind,
                target_id=target_id,
            )
        return link_id

    def confirm_nobody_depicted(self, photo_id: str, nobody: bool = True) -> None:
        """Say that nobody is in this photo (a place, an object), so it may leave without a
        person marked in it; ``nobody=False`` takes that back. Travels as a photo link."""
        if nobody:
            link_id = stable_id("photo_link", photo_id, NOBODY_DEPICTED, photo_id)
            with self.db.write() as w:
                link_row(
                    w,
                    PhotoLink,
                    link_id,
                    photo_id=photo_id,
                    target_kind=NOBODY_DEPICTED,
                    target_id=photo_id,
                )
        else:
            self.unlink(photo_id, NOBODY_DEPICTED, photo_id)

    def nobody_depicted(self, photo_id: str) -> bool:
        return bool(self.links(photo_id, NOBODY_DEPICTED))

    def unlink(self, photo_id: str, target_kind: str, target_id: str) -> None:
        link_id = stable_id("photo_link", photo_id, target_kind, target_id)
        with self.db.write() as w:
            unlink_row(w, PhotoLink, link_id)

    def links(self, photo_id: str, target_kind: str | None = None) -> list[tuple[str, str]]:
        with self.db.read() as s:
            query = select(PhotoLink.target_kind, PhotoLink.target_id).where(
                PhotoLink.photo_id == photo_id, PhotoLink.deleted.is_(False)
            )
            if target_kind:
                query = query.where(PhotoLink.target_kind == target_kind)
            return [(k, t) for k, t in s.execute(query) if t]

    def linked_to(self, photo_id: str) -> PhotoLinks:
        """The stories and artifacts a photo belongs to, by name (deleted ones left out), in
        two queries: what the Photos page says under a photo."""
        with self.db.read() as s:
            titles = _linked_names(s, photo_id, Story, Story.title, Story.recorded_at)
            names = _linked_names(s, photo_id, Artifact, Artifact.name, Artifact.name)
        return PhotoLinks(tuple(t or "" for t in titles), tuple(n or "" for n in names))

    def depicted(self, photo_id: str) -> list[str]:
        return [t for _, t in self.links(photo_id, "participant")]

    def photos_of(self, target_kind: str, target_id: str) -> list[str]:
        with self.db.read() as s:
            return [
                p
                for p in s.scalars(
                    select(PhotoLink.photo_id).where(
                        PhotoLink.target_kind == target_kind,
                        PhotoLink.target_id == target_id,
                        PhotoLink.deleted.is_(False),
                    )
                )
                if p
            ]

    def release_warnings(self, photo_id: str) -> list[str]:
        """Names of people depicted who have not released their photo (it will not leave)."""
        names = []
        with self.db.read() as s:
            for pid in self.depicted(photo_id):
                person = s.get(Participant, pid)
                terms = terms_of(s.get(Consent, consent_id(pid)))
                if person is not None and (terms is None or not terms.may_release_photo):
                    names.append(person.display_name)
        return names

    def previews_unchecked(self) -> bool:
        """True when some thumbnail made from an embedded preview waits for its check."""
        return bool(self.store.unchecked_previews())

    def check_previews(self, cancelled: Callable[[], bool] | None = None) -> CheckReport:
        """Compare thumbnails made from embedded previews with the photos and replace those
        that show another picture (``media.preview_check``). One decode per photo: the
        GUI runs it in the background after an import, not as part of it."""
        return check_previews(self.store, cancelled=cancelled)

    def thumbnail_path(self, photo_id: str, size: int = 256) -> Path:
        return self.store.ensure_thumbnail(self.get(photo_id).sha256, size)

    def original_path(self, photo_id: str) -> Path:
        return self.store.path_for(self.get(photo_id).sha256)


def iter_paths(values: Iterable[str]) -> list[Path]:
    return [Path(v).expanduser() for v in values]


def _linked_names(
    s: Session, photo_id: str, model: type[Story] | type[Artifact], column: Any, order: Any
) -> list[str | None]:
    """``column`` of the live ``model`` rows the photo is linked to, in ``order``."""
    kind = "story" if model is Story else "artifact"
    return list(
        s.scalars(
            select(column)
            .join(PhotoLink, PhotoLink.target_id == model.id)
            .where(
                PhotoLink.photo_id == photo_id,
                PhotoLink.target_kind == kind,
                PhotoLink.deleted.is_(False),
                model.deleted.is_(False),
            )
            .order_by(order)
        ).all()
    )
