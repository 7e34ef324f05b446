"""Artifacts: objects people brought, what they mean, and whether they went back home."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select

from cle_desktop.domain.ids import stable_id
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.records import ArtifactRecord, record_of
from cle_desktop.services.rows import (
    UNSET,
    Unset,
    fetch_record,
    given,
    link_row,
    unlink_row,
    update_row,
    update_row_against,
    written_versions,
)
from cle_desktop.services.versions import field_versions
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Artifact, ArtifactStory

_GONE = QT_TRANSLATE_NOOP("Errors", "That artifact no longer exists.")


class ArtifactService:
    def __init__(self, db: Database):
        self.db = db

    def create(
        self,
        gathering_id: str,
        name: str,
        *,
        meaning: str | None = None,
        brought_by_id: str | None = None,
        session_id: str | None = None,
    ) -> str:
        if not name.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An artifact needs a name."))
        with self.db.write() as w:
            return w.create(
                Artifact,
                gathering_id=gathering_id,
                name=name.strip(),
                meaning=meaning,
                brought_by_id=brought_by_id,
                session_id=session_id,
                returned=False,
            )

    def versions(self, artifact_id: str) -> dict[str, tuple[str, ...]]:
        """Field -> the version an editor shows (see ``services.versions``)."""
        with self.db.read() as s:
            return field_versions(s, "artifact", artifact_id)

    def update(
        self,
        artifact_id: str,
        versions: Mapping[str, Sequence[str]] | None = None,
        *,
        name: str | Unset = UNSET,
        meaning: str | None | Unset = UNSET,
        brought_by_id: str | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        returned: bool | Unset = UNSET,
    ) -> dict[str, tuple[str, ...]]:
        """Change the fields passed (the others stay as they are); field -> the version
        written (none when nothing changed). With ``versions`` (what the editor loaded) a
        field changed meanwhile elsewhere, another laptop's bundle say, stays beside this
        edit as a conflict."""
        if name is not UNSET and not str(name or "").strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An artifact needs a name."))
        fields = given(
            name=name,
            meaning=meaning,
            brought_by_id=brought_by_id,
            session_id=session_id,
            returned=returned,
        )
        with self.db.write() as w:
            changed = update_row_against(w, Artifact, artifact_id, _GONE, versions, fields)
            return written_versions(w, "artifact", artifact_id, changed)

    def delete(self, artifact_id: str) -> None:
        """Soft delete through the change log (Undo, or another laptop's edit, can bring it
        back); its photos and stories stay."""
        with self.db.write() as w:
            try:
                w.delete(Artifact, artifact_id)
            except LookupError as exc:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "That artifact no longer exists.")
                ) from exc

    def restore(self, artifact_id: str) -> None:
        with self.db.write() as w:
            update_row(w, Artifact, artifact_id, _GONE, deleted=False)

    def mark_returned(
        self,
        artifact_id: str,
        returned: bool = True,
        versions: Mapping[str, Sequence[str]] | None = None,
    ) -> dict[str, tuple[str, ...]]:
        return self.update(artifact_id, versions, returned=returned)

    def link_story(self, artifact_id: str, story_id: str) -> None:
        link_id = stable_id("artifact_story", artifact_id, story_id)
        with self.db.write() as w:
            link_row(w, ArtifactStory, link_id, artifact_id=artifact_id, story_id=story_id)

    def unlink_story(self, artifact_id: str, story_id: str) -> None:
        """Undo ``link_story`` (the link is soft-deleted, so the removal merges too)."""
        link_id = stable_id("artifact_story", artifact_id, story_id)
        with self.db.write() as w:
            unlink_row(w, ArtifactStory, link_id)

    def get(self, artifact_id: str) -> ArtifactRecord:
        return fetch_record(self.db, Artifact, artifact_id, ArtifactRecord, _GONE)

    def for_gathering(self, gathering_id: str) -> list[ArtifactRecord]:
        """The gathering's artifacts by name, as frozen records."""
        with self.db.read() as s:
            return [
                record_of(ArtifactRecord, row)
                for row in s.scalars(
                    select(Artifact)
                    .where(Artifact.gathering_id == gathering_id, Artifact.deleted.is_(False))
                    .order_by(Artifact.name)
                )
            ]

    def story_ids(self, artifact_id: str) -> list[str]:
        with self.db.read() as s:
            return [
                sid
                for sid in s.scalars(
                    select(ArtifactStory.story_id).where(
                        ArtifactStory.artifact_id == artifact_id, ArtifactStory.deleted.is_(False)
                    )
                )
                if sid
            ]
