"""Story capture and editing.

Editing re-anchors the story's tags by their quote (``domain.anchoring``); a tag whose quote has
gone is flagged ``orphaned`` for a person to look at, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cle_desktop.domain.anchoring import Anchor, reanchor
from cle_desktop.domain.consent import ConsentTerms, story_level
from cle_desktop.domain.enums import SharingLevel
from cle_desktop.domain.ids import stable_id
from cle_desktop.services.browse import BrowsedStory, ConsentFilter, browse_stories
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, check_lengths
from cle_desktop.services.participants import consent_id
from cle_desktop.services.records import StoryRecord
from cle_desktop.services.rows import UNSET, Unset, fetch_record, given, update_row
from cle_desktop.services.versions import conflicted_fields, field_versions
from cle_desktop.storage.changelog import ChangeWriter
from cle_desktop.storage.consent import terms_of
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Consent, Participant, PurgedRow, Story, StoryTeller, Tag


@dataclass(frozen=True)
class StoryHeader:
    """What a story list shows, without the body."""

    id: str
    title: str
    session_id: str | None
    language: str | None
    recorded_at: datetime | None


@dataclass(frozen=True)
class StoryDraft:
    """A story to capture (see :meth:`StoryService.capture_many`): what a note-taker types."""

    title: str = ""
    body: str = ""
    teller_ids: tuple[str, ...] = ()
    session_id: str | None = None
    language: str | None = None
    note_taker: str | None = None  # None: this laptop's note-taker (the preference)
    recorded_at: datetime | None = None  # None: now
    story_id: str | None = None  # None: a new id


def _refuse_erased_tellers(session: Session, participant_ids: Sequence[str]) -> None:
    """A person erased everywhere (a consent purge) cannot be named a teller again: their
    words would stay on this laptop and travel in bundles while every other laptop erases them."""
    if not participant_ids:
        return
    erased = session.scalar(
        select(func.count())
        .select_from(PurgedRow)
        .where(PurgedRow.entity == "participant", PurgedRow.row_id.in_(list(participant_ids)))
    )
    if erased:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That person withdrew and was erased from the gathering, so they cannot be "
                "named as a teller; add them again only if they give consent anew.",
            )
        )


def teller_link_id(story_id: str, participant_id: str) -> str:
    return stable_id("story_teller", story_id, participant_id)


def link_teller(
    w: ChangeWriter, story_id: str, participant_id: str, found: StoryTeller | None
) -> None:
    """The person tells the story: a new link (its id stable, so two laptops making it agree),
    or the removed one restored; an active link is left as it is."""
    if found is None:
        w.create(
            StoryTeller,
            row_id=teller_link_id(story_id, participant_id),
            story_id=story_id,
            participant_id=participant_id,
        )
    elif found.deleted:
        w.restore(StoryTeller, found.id)


class StoryService:
    def __init__(self, db: Database):
        self.db = db

    def capture(
        self,
        gathering_id: str,
        *,
        title: str = "",
        body: str = "",
        teller_ids: Sequence[str] = (),
        session_id: str | None = None,
        language: str | None = None,
        note_taker: str | None = None,
        recorded_at: datetime | None = None,
        story_id: str | None = None,
    ) -> str:
        draft = StoryDraft(
            title=title,
            body=body,
            teller_ids=tuple(teller_ids),
            session_id=session_id,
            language=language,
            note_taker=note_taker,
            recorded_at=recorded_at,
            story_id=story_id,
        )
        return self.capture_many(gathering_id, [draft])[0]

    def capture_many(self, gathering_id: str, drafts: Sequence[StoryDraft]) -> list[str]:
        """Capture several stories (and their tellers) in one transaction; their ids, in order.

        The same checks and rows as :meth:`capture`, which is this with one draft: an import
        or the 10,000-story demo pays one commit for hundreds of stories instead of one each.
        A draft without a note-taker gets this laptop's (the preference), as a typed one does.
        """
        for draft in drafts:
            check_lengths(title=draft.title, body=draft.body)
        now = datetime.now(UTC)
        default_note_taker: str | None = None
        if any(d.note_taker is None for d in drafts):
            from cle_desktop.services.preferences import NOTE_TAKER_KEY

            default_note_taker = self.db.get_setting(NOTE_TAKER_KEY) or None
        with self.db.write() as w:
            _refuse_erased_tellers(
                w.session, list(dict.fromkeys(p for d in drafts for p in d.teller_ids))
            )
            ids = []
            for draft in drafts:
                sid = w.create(
                    Story,
                    row_id=draft.story_id,
                    gathering_id=gathering_id,
                    title=draft.title,
                    body=draft.body,
                    session_id=draft.session_id,
                    language=draft.language,
                    note_taker=(
                        draft.note_taker if draft.note_taker is not None else default_note_taker
                    ),
                    recorded_at=draft.recorded_at or now,
                    updated_at=now,
                )
                for pid in dict.fromkeys(draft.teller_ids):
                    w.create(
                        StoryTeller,
                        row_id=teller_link_id(sid, pid),
                        story_id=sid,
                        participant_id=pid,
                    )
                ids.append(sid)
            return ids

    def edit(
        self,
        story_id: str,
        *,
        title: str | Unset = UNSET,
        body: str | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        note_taker: str | None | Unset = UNSET,
        recorded_at: datetime | None | Unset = UNSET,
    ) -> list[str]:
        """Change the story fields passed (the others stay); returns the fields written.

        A body change re-anchors the tags in the same transaction.
        """
        fields = given(
            title=title,
            body=body,
            session_id=session_id,
            language=language,
            note_taker=note_taker,
            recorded_at=recorded_at,
        )
        return list(self._write(story_id, None, fields))

    def versions(self, story_id: str) -> dict[str, tuple[str, ...]]:
        """Field -> the version shown (see :func:`field_versions`)."""
        with self.db.read() as s:
            return field_versions(s, "story", story_id)

    def conflicted(self, story_id: str) -> set[str]:
        """The story's fields that hold two or more kept versions."""
        with self.db.read() as s:
            return conflicted_fields(s, "story", story_id)

    def save(
        self,
        story_id: str,
        versions: Mapping[str, Sequence[str]],
        *,
        title: str | Unset = UNSET,
        body: str | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        note_taker: str | None | Unset = UNSET,
        recorded_at: datetime | None | Unset = UNSET,
    ) -> dict[str, str]:
        """Write an editor's fields against the versions it loaded; field -> new version.

        A field changed meanwhile elsewhere (sync, CLI, another page) is not overwritten: both
        versions stay, as a conflict for a person to resolve.
        """
        fields = given(
            title=title,
            body=body,
            session_id=session_id,
            language=language,
            note_taker=note_taker,
            recorded_at=recorded_at,
        )
        return self._write(story_id, versions, fields)

    def _write(
        self,
        story_id: str,
        versions: Mapping[str, Sequence[str]] | None,
        fields: dict[str, object],
    ) -> dict[str, str]:
        """What ``edit`` and ``save`` share: one transaction writing the fields (against the
        editor's ``versions``, if any), the story's time stamp, and the tags re-anchored to a
        new body; field -> the new version written."""
        check_lengths(**fields)
        with self.db.write() as w:
            if w.session.get(Story, story_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That story no longer exists."))
            written = w.update_against(Story, story_id, versions, **fields)
            new = {f: w.written[("story", story_id, f)] for f in written}
            if written:
                w.update(Story, story_id, updated_at=datetime.now(UTC))
            if "body" in written:
                self._reanchor_tags(w, story_id, str(fields["body"]))
            return new

    @staticmethod
    def _reanchor_tags(w: ChangeWriter, story_id: str, body: str) -> None:
        tags = w.session.scalars(
            select(Tag).where(Tag.story_id == story_id, Tag.deleted.is_(False))
        ).all()
        for tag in tags:
            old = Anchor(tag.start, tag.end, tag.quote, tag.prefix, tag.suffix)
            new = reanchor(body, old)
            if new is None:
                w.update(Tag, tag.id, orphaned=True)
            else:
                w.update(
                    Tag,
                    tag.id,
                    start=new.start,
                    end=new.end,
                    prefix=new.prefix,
                    suffix=new.suffix,
                    orphaned=False,
                )

    def set_tellers(self, story_id: str, participant_ids: Sequence[str]) -> None:
        wanted = list(dict.fromkeys(participant_ids))
        with self.db.write() as w:
            _refuse_erased_tellers(w.session, wanted)
            links = w.session.scalars(
                select(StoryTeller).where(StoryTeller.story_id == story_id)
            ).all()
            existing = {link.participant_id: link for link in links}
            for pid, link in existing.items():
                if pid not in wanted and not link.deleted:
                    w.delete(StoryTeller, link.id)
            for pid in wanted:
                link_teller(w, story_id, pid, existing.get(pid))

    def delete(self, story_id: str) -> None:
        with self.db.write() as w:
            w.delete(Story, story_id)

    def restore(self, story_id: str) -> None:
        """Undo a delete: the tombstone is lifted through the change log, like any edit. Refused
        for a story a consent purge erased: it stays erased on every laptop, so here too."""
        with self.db.write() as w:
            update_row(
                w,
                Story,
                story_id,
                QT_TRANSLATE_NOOP("Errors", "That story no longer exists."),
                deleted=False,
            )

    def get(self, story_id: str) -> StoryRecord:
        """The story's fields, deleted or not (Undo and the conflict view read deleted ones)."""
        return fetch_record(
            self.db,
            Story,
            story_id,
            StoryRecord,
            QT_TRANSLATE_NOOP("Errors", "That story no longer exists."),
            deleted_ok=True,
        )

    def teller_ids(self, story_id: str) -> list[str]:
        with self.db.read() as s:
            return [
                pid
                for pid in s.scalars(
                    select(StoryTeller.participant_id).where(
                        StoryTeller.story_id == story_id, StoryTeller.deleted.is_(False)
                    )
                )
                if pid is not None
            ]

    def has_story(self, gathering_id: str, title: str, body: str) -> bool:
        """Whether the gathering already holds a story with exactly this title and text."""
        with self.db.read() as s:
            return (
                s.scalar(
                    select(Story.id)
                    .where(
                        Story.gathering_id == gathering_id,
                        Story.deleted.is_(False),
                        Story.title == title,
                        Story.body == body,
                    )
                    .limit(1)
                )
                is not None
            )

    def count(self, gathering_id: str) -> int:
        with self.db.read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(Story)
                    .where(Story.gathering_id == gathering_id, Story.deleted.is_(False))
                )
                or 0
            )

    def ids(self, gathering_id: str) -> list[str]:
        """All story ids, newest first: cheap, so a list view can fetch headers lazily."""
        with self.db.read() as s:
            return list(
                s.scalars(
                    select(Story.id)
                    .where(Story.gathering_id == gathering_id, Story.deleted.is_(False))
                    .order_by(Story.recorded_at.desc(), Story.id.desc())
                )
            )

    def headers(self, story_ids: Sequence[str]) -> list[StoryHeader]:
        """Headers for a page of ids, in the order asked (bodies are not loaded)."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Story.id, Story.title, Story.session_id, Story.language, Story.recorded_at
                ).where(Story.id.in_(list(story_ids)))
            ).all()
        by_id = {
            r.id: StoryHeader(r.id, r.title, r.session_id, r.language, r.recorded_at) for r in rows
        }
        return [by_id[i] for i in story_ids if i in by_id]

    def summaries(self, story_ids: Sequence[str], snippet: int = 90) -> dict[str, tuple[str, str]]:
        """(tellers' names, opening words) of each story, read in two queries: what a list
        shows under a title, so a note-taker tells "story 12" from "story 13" at a glance."""
        ids = list(story_ids)
        if not ids:
            return {}
        with self.db.read() as s:
            names: dict[str, list[str]] = {}
            for sid, name in s.execute(
                select(StoryTeller.story_id, Participant.display_name)
                .join(Participant, Participant.id == StoryTeller.participant_id)
                .where(StoryTeller.story_id.in_(ids), StoryTeller.deleted.is_(False))
                .order_by(Participant.display_name)
            ):
                names.setdefault(str(sid), []).append(str(name))
            openings = {
                str(sid): " ".join((body or "")[: snippet * 2].split())
                for sid, body in s.execute(
                    select(Story.id, func.substr(Story.body, 1, snippet * 2)).where(
                        Story.id.in_(ids)
                    )
                )
            }
        out: dict[str, tuple[str, str]] = {}
        for sid in ids:
            opening = openings.get(sid, "")
            if len(opening) > snippet:
                opening = opening[:snippet].rsplit(" ", 1)[0] + "…"
            out[sid] = (", ".join(names.get(sid, [])), opening)
        return out

    def teller_consents(self, story_id: str) -> list[ConsentTerms | None]:
        with self.db.read() as s:
            pids = [
                p
                for p in s.scalars(
                    select(StoryTeller.participant_id).where(
                        StoryTeller.story_id == story_id, StoryTeller.deleted.is_(False)
                    )
                )
                if p
            ]
            return [terms_of(s.get(Consent, consent_id(pid))) for pid in pids]

    def sharing_level(self, story_id: str) -> SharingLevel:
        """The most restrictive level among the story's tellers (none when untold or unrecorded)."""
        return story_level(self.teller_consents(story_id))

    def browse(
        self,
        gathering_id: str,
        *,
        session: str | None = None,
        kind: str | None = None,
        consent: ConsentFilter = "all",
    ) -> list[BrowsedStory]:
        """The review page's story browser: see ``services.browse``."""
        return browse_stories(self.db, gathering_id, session=session, kind=kind, consent=consent)
