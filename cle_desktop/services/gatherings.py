"""Gatherings and their sessions (agenda items)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select

from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.records import GatheringRecord, SessionRecord, record_of
from cle_desktop.services.rows import UNSET, Unset, fetch_record, given, update_row
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import (
    Artifact,
    Gathering,
    GatheringSession,
    Participant,
    Photo,
    Story,
)

LAST_GATHERING_KEY = "last_gathering_id"
_GATHERING_GONE = QT_TRANSLATE_NOOP("Errors", "That gathering no longer exists.")


@dataclass(frozen=True)
class GatheringInfo:
    id: str
    title: str
    theme: str | None
    host_community: str | None
    place_name: str | None
    starts_on: date | None
    ends_on: date | None


class GatheringService:
    def __init__(self, db: Database):
        self.db = db

    def create(
        self,
        title: str,
        *,
        theme: str | None = None,
        host_community: str | None = None,
        place_name: str | None = None,
        starts_on: date | None = None,
        ends_on: date | None = None,
        languages: Sequence[str] = ("en",),
        center: tuple[float, float] | None = None,
    ) -> str:
        title = title.strip()
        if not title:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A gathering needs a title."))
        if starts_on and ends_on and ends_on < starts_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The gathering cannot end before it starts.")
            )
        with self.db.write() as w:
            return w.create(
                Gathering,
                title=title,
                theme=theme,
                host_community=host_community,
                place_name=place_name,
                starts_on=starts_on,
                ends_on=ends_on,
                languages=";".join(languages),
                center_lat=center[0] if center else None,
                center_lon=center[1] if center else None,
                created_at=datetime.now(UTC),
            )

    def update(
        self,
        gathering_id: str,
        *,
        title: str | Unset = UNSET,
        theme: str | None | Unset = UNSET,
        host_community: str | None | Unset = UNSET,
        place_name: str | None | Unset = UNSET,
        starts_on: date | None | Unset = UNSET,
        ends_on: date | None | Unset = UNSET,
        center_lat: float | None | Unset = UNSET,
        center_lon: float | None | Unset = UNSET,
        languages: str | None | Unset = UNSET,
        basemap_id: str | None | Unset = UNSET,
    ) -> None:
        """Change the fields passed (the others stay as they are)."""
        fields = given(
            title=title,
            theme=theme,
            host_community=host_community,
            place_name=place_name,
            starts_on=starts_on,
            ends_on=ends_on,
            center_lat=center_lat,
            center_lon=center_lon,
            languages=languages,
            basemap_id=basemap_id,
        )
        with self.db.write() as w:
            update_row(w, Gathering, gathering_id, _GATHERING_GONE, **fields)

    def get(self, gathering_id: str) -> GatheringRecord:
        return fetch_record(self.db, Gathering, gathering_id, GatheringRecord, _GATHERING_GONE)

    def all(self) -> list[GatheringInfo]:
        with self.db.read() as s:
            rows = s.scalars(
                select(Gathering)
                .where(Gathering.deleted.is_(False))
                .order_by(Gathering.starts_on.desc(), Gathering.title)
            ).all()
            return [
                GatheringInfo(
                    g.id, g.title, g.theme, g.host_community, g.place_name, g.starts_on, g.ends_on
                )
                for g in rows
            ]

    def contents(self, gathering_id: str) -> dict[str, int]:
        """How many stories, people, photos, artifacts and sessions the gathering holds: what
        a delete would take away, so the confirmation can name it."""
        counts: dict[str, int] = {}
        with self.db.read() as s:
            for key, model in (
                ("stories", Story),
                ("people", Participant),
                ("photos", Photo),
                ("artifacts", Artifact),
                ("sessions", GatheringSession),
            ):
                counts[key] = int(
                    s.scalar(
                        select(func.count())
                        .select_from(model)
                        .where(
                            model.gathering_id == gathering_id,
                            model.deleted.is_(False),
                        )
                    )
                    or 0
                )
        return counts

    def delete(self, gathering_id: str) -> None:
        """Soft delete (a tombstone through the change log): the gathering leaves every list
        on every laptop it syncs with, and its rows stay in the file, recoverable."""
        with self.db.write() as w:
            try:
                w.delete(Gathering, gathering_id)
            except LookupError as exc:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "That gathering no longer exists.")
                ) from exc
        if self.db.get_setting(LAST_GATHERING_KEY) == gathering_id:
            self.db.set_setting(LAST_GATHERING_KEY, None)

    def restore(self, gathering_id: str) -> None:
        with self.db.write() as w:
            update_row(w, Gathering, gathering_id, _GATHERING_GONE, deleted=False)

    def remember_last(self, gathering_id: str) -> None:
        self.db.set_setting(LAST_GATHERING_KEY, gathering_id)

    def last_opened(self) -> str | None:
        gid = self.db.get_setting(LAST_GATHERING_KEY)
        if gid is None:
            return None
        with self.db.read() as s:
            g = s.get(Gathering, gid)
            return gid if g is not None and not g.deleted else None

    # --- sessions -----------------------------------------------------------------------

    def add_session(
        self,
        gathering_id: str,
        title: str,
        *,
        kind: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
    ) -> str:
        if not title.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A session needs a title."))
        with self.db.write() as w:
            return w.create(
                GatheringSession,
                gathering_id=gathering_id,
                title=title.strip(),
                kind=kind,
                starts_at=starts_at,
                ends_at=ends_at,
            )

    def update_session(
        self,
        session_id: str,
        *,
        title: str | Unset = UNSET,
        kind: str | None | Unset = UNSET,
        starts_at: datetime | None | Unset = UNSET,
        ends_at: datetime | None | Unset = UNSET,
    ) -> None:
        """Change a session's title, kind, start or end (only changed fields are written)."""
        if not isinstance(title, Unset):
            title = (title or "").strip()
            if not title:
                raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A session needs a title."))
        if (
            isinstance(starts_at, datetime)
            and isinstance(ends_at, datetime)
            and ends_at < starts_at
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A session cannot end before it starts.")
            )
        fields = given(title=title, kind=kind, starts_at=starts_at, ends_at=ends_at)
        with self.db.write() as w:
            update_row(
                w,
                GatheringSession,
                session_id,
                QT_TRANSLATE_NOOP("Errors", "That session no longer exists."),
                **fields,
            )

    def delete_session(self, session_id: str) -> None:
        """Soft delete; the session's stories keep their text and show "(no session)"."""
        with self.db.write() as w:
            try:
                w.delete(GatheringSession, session_id)
            except LookupError as exc:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "That session no longer exists.")
                ) from exc

    def sessions(self, gathering_id: str) -> list[SessionRecord]:
        """The gathering's agenda in time order, as frozen records."""
        with self.db.read() as s:
            return [
                record_of(SessionRecord, row)
                for row in s.scalars(
                    select(GatheringSession)
                    .where(
                        GatheringSession.gathering_id == gathering_id,
                        GatheringSession.deleted.is_(False),
                    )
                    .order_by(GatheringSession.starts_at, GatheringSession.title)
                )
            ]

    def session_running_at(self, gathering_id: str, when: datetime | None = None) -> str | None:
        """The session a note-taker is most likely in now: running, else the last one started."""
        when = when or datetime.now(UTC)
        best: SessionRecord | None = None
        for sess in self.sessions(gathering_id):
            if sess.starts_at is None:
                continue
            if sess.starts_at <= when and (sess.ends_at is None or when <= sess.ends_at):
                return str(sess.id)
            if sess.starts_at <= when and (
                best is None or (best.starts_at or when) < sess.starts_at
            ):
                best = sess
        return best.id if best else None

    def find_or_create_session(self, gathering_id: str, title: str) -> str:
        wanted = title.strip().casefold()
        for sess in self.sessions(gathering_id):
            if sess.title.casefold() == wanted:
                return str(sess.id)
        return self.add_session(gathering_id, title)
