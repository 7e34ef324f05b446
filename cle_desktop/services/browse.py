"""The review page's story browser as one use case: filter a gathering's stories by session,
tag kind and consent state, and return what each row shows.

Before, the page asked for every story's tags, tellers' consents and sharing level one story at
a time (three queries a row); here the rows, their tellers and those tellers' consent records
come from three queries whatever the number of stories.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import and_, exists, func, select

from cle_desktop.domain.consent import ConsentTerms, story_level
from cle_desktop.domain.enums import SharingLevel
from cle_desktop.services.participants import consent_id
from cle_desktop.storage.consent import terms_of
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import (
    Consent,
    GatheringSession,
    Participant,
    Story,
    StoryTeller,
    Tag,
)

ConsentFilter = Literal["all", "missing", "public"]

# The browser lists at most this many stories (newest first): a page a person can scroll.
BROWSE_LIMIT = 2000


@dataclass(frozen=True)
class BrowsedStory:
    """One row of the story browser."""

    id: str
    title: str
    session_id: str | None
    session_title: str | None  # None: no session, or its session was deleted
    recorded_at: datetime | None
    tellers: str  # their names, alphabetical, comma-separated ("" when nobody is named yet)
    opening: str  # the first words, cut at a word and ended with "…" when longer
    sharing_level: SharingLevel  # the most restrictive of the tellers' (none when untold)
    consent_missing: bool  # no teller yet, or a teller without a consent record


def _opening(body: str, snippet: int) -> str:
    text = " ".join(body.split())
    if len(text) > snippet:
        text = text[:snippet].rsplit(" ", 1)[0] + "…"
    return text


def browse_stories(
    db: Database,
    gathering_id: str,
    *,
    session: str | None = None,
    kind: str | None = None,
    consent: ConsentFilter = "all",
    limit: int = BROWSE_LIMIT,
    snippet: int = 90,
) -> list[BrowsedStory]:
    """The gathering's stories, newest first, that match every filter given: in ``session``,
    with at least one tag of ``kind``, and by ``consent`` ("missing": a teller has no recorded
    consent, or nobody is named; "public": every teller allows public sharing)."""
    query = (
        select(
            Story.id,
            Story.title,
            Story.session_id,
            GatheringSession.title.label("session_title"),
            Story.recorded_at,
            func.substr(Story.body, 1, snippet * 2).label("opening"),
        )
        .outerjoin(
            GatheringSession,
            and_(GatheringSession.id == Story.session_id, GatheringSession.deleted.is_(False)),
        )
        .where(Story.gathering_id == gathering_id, Story.deleted.is_(False))
        .order_by(Story.recorded_at.desc(), Story.id.desc())
    )
    if session:
        query = query.where(Story.session_id == session)
    if kind:
        query = query.where(
            exists().where(Tag.story_id == Story.id, Tag.kind == kind, Tag.deleted.is_(False))
        )
    with db.read() as s:
        rows = s.execute(query).all()
        ids = [r.id for r in rows]
        tellers: dict[str, list[tuple[str, str]]] = {}
        for chunk in range(0, len(ids), 900):  # SQLite's bound-parameter limit, with room
            for sid, pid, name in s.execute(
                select(StoryTeller.story_id, StoryTeller.participant_id, Participant.display_name)
                .join(Participant, Participant.id == StoryTeller.participant_id)
                .where(
                    StoryTeller.story_id.in_(ids[chunk : chunk + 900]),
                    StoryTeller.deleted.is_(False),
                )
                .order_by(Participant.display_name)
            ):
                tellers.setdefault(str(sid), []).append((str(pid), str(name)))
        wanted = sorted({consent_id(pid) for told in tellers.values() for pid, _ in told})
        terms: dict[str, ConsentTerms | None] = {}
        for chunk in range(0, len(wanted), 900):
            for record in s.scalars(
                select(Consent).where(Consent.id.in_(wanted[chunk : chunk + 900]))
            ):
                terms[record.id] = terms_of(record)
    out: list[BrowsedStory] = []
    for r in rows:
        told = tellers.get(r.id, [])
        consents = [terms.get(consent_id(pid)) for pid, _ in told]
        missing = not consents or any(c is None for c in consents)
        level = story_level(consents)
        if consent == "missing" and not missing:
            continue
        if consent == "public" and level is not SharingLevel.PUBLIC:
            continue
        out.append(
            BrowsedStory(
                id=r.id,
                title=r.title or "",
                session_id=r.session_id,
                session_title=r.session_title,
                recorded_at=r.recorded_at,
                tellers=", ".join(name for _, name in told),
                opening=_opening(r.opening or "", snippet),
                sharing_level=level,
                consent_missing=missing,
            )
        )
        if len(out) >= limit:
            break
    return out
