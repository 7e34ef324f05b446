"""Who tells a story: the names a note-taker types on the story desk, and whose consent is
missing. Use cases the desk once ran itself, one query or transaction each.

Tellers are link rows (``story_teller``, one per story and person, soft-deleted), not fields
with versions. An editor's "version" of them is the set of people it showed: a save links and
unlinks only what the person changed against that set, so a teller another laptop added
meanwhile is kept (both edits stand), and typing the same names again writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, literal_column, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from cle_desktop.domain.names import split_names
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, check_lengths
from cle_desktop.services.stories import _refuse_erased_tellers, link_teller
from cle_desktop.storage.changelog import ChangeWriter
from cle_desktop.storage.consent import terms_of
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Consent, Participant, Story, StoryTeller

# Tellers in the order they were first linked (link ids are hashes; the row order is not).
LINKED_ORDER: ColumnClause[int] = literal_column("story_teller.rowid")


@dataclass(frozen=True)
class Tellers:
    """A story's tellers as an editor shows them: ids (its "version") and names, in order."""

    ids: tuple[str, ...]
    names: tuple[str, ...]

    @property
    def text(self) -> str:
        return ", ".join(self.names)


@dataclass(frozen=True)
class MissingConsent:
    """Tellers whose words may not leave the laptop: names with no consent recorded, and
    names of people who withdrew it."""

    missing: tuple[str, ...]
    withdrawn: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.missing or self.withdrawn)


class TellerService:
    def __init__(self, db: Database):
        self.db = db

    def of(self, story_id: str) -> Tellers:
        """The live tellers of a story, in the order they were linked, with their names."""
        with self.db.read() as s:
            return _tellers(s, story_id)

    def set_teller_names(
        self, story_id: str, names: Iterable[str], loaded: Sequence[str] | None = None
    ) -> Tellers:
        """Make ``names`` the story's tellers in one transaction: each name is a person of the
        story's gathering (display name or pseudonym, any case) or a new one (consent not
        recorded yet, so their words stay on the laptop until it is).

        With ``loaded`` (the teller ids the editor showed), only the difference is written:
        a teller linked elsewhere meanwhile stays. Returns the tellers now stored."""
        wanted_names = split_names(", ".join(names))
        for name in wanted_names:
            check_lengths(name=name)
        with self.db.write() as w:
            story = w.session.get(Story, story_id)
            if story is None or story.deleted:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That story no longer exists."))
            people = _people_by_name(w.session, story.gathering_id)
            wanted = []
            for name in wanted_names:
                pid = people.get(name.casefold()) or _add_person(w, story.gathering_id, name)
                people[name.casefold()] = pid
                wanted.append(pid)
            _refuse_erased_tellers(w.session, wanted)
            links: dict[str | None, StoryTeller] = {
                link.participant_id: link
                for link in w.session.scalars(
                    select(StoryTeller).where(StoryTeller.story_id == story_id)
                )
            }
            shown: set[str | None] = (
                set(loaded)
                if loaded is not None
                else {pid for pid, link in links.items() if not link.deleted}
            )
            for gone in shown - set(wanted):
                link = links.get(gone)
                if link is not None and not link.deleted:
                    w.delete(StoryTeller, link.id)
            for pid in wanted:
                if pid in shown and loaded is not None:
                    continue  # shown and kept: nothing to write
                link_teller(w, story_id, pid, links.get(pid))
            w.session.flush()
            return _tellers(w.session, story_id)

    def tellers_without_consent(self, story_id: str) -> MissingConsent:
        """Whose consent keeps this story on the laptop (one query for all its tellers)."""
        with self.db.read() as s:
            rows = s.execute(
                _telling(select(Participant.display_name, Consent), story_id).outerjoin(
                    Consent, Consent.participant_id == Participant.id
                )
            ).all()
        missing, withdrawn = [], []
        for name, consent in rows:
            terms = terms_of(consent)
            if terms is None:
                missing.append(name)
            elif terms.withdrawn:
                withdrawn.append(name)
        return MissingConsent(tuple(missing), tuple(withdrawn))


def _tellers(session: Session, story_id: str) -> Tellers:
    rows = session.execute(
        _telling(select(Participant.id, Participant.display_name), story_id)
    ).all()
    return Tellers(tuple(r[0] for r in rows), tuple(r[1] for r in rows))


Query = TypeVar("Query", bound="Select[*tuple[Any, ...]]")


def _telling(query: Query, story_id: str) -> Query:
    """``query`` over the people who tell the story now, in the order they were linked."""
    return (
        query.join(StoryTeller, StoryTeller.participant_id == Participant.id)
        .where(
            StoryTeller.story_id == story_id,
            StoryTeller.deleted.is_(False),
            Participant.deleted.is_(False),
        )
        .order_by(LINKED_ORDER)
    )


def _people_by_name(session: Session, gathering_id: str | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for pid, name, pseudonym in session.execute(
        select(Participant.id, Participant.display_name, Participant.pseudonym).where(
            Participant.gathering_id == gathering_id, Participant.deleted.is_(False)
        )
    ):
        for key in (pseudonym, name):  # the display name wins over another's pseudonym
            if key:
                found[key.casefold()] = pid
    return found


def _add_person(w: ChangeWriter, gathering_id: str | None, name: str) -> str:
    return w.create(
        Participant,
        gathering_id=gathering_id,
        display_name=name,
        pseudonym=None,
        role=None,
        team=None,
        age_band=None,
        languages=None,
    )
