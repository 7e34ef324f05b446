"""Participants and their consent.

Deny by default: a participant without a consent record shares nothing; minors default to a
pseudonym and share nothing without both guardian permission and their own assent. Withdrawal
hides everything of that person from every export (the rule lives in ``domain.consent``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from cle_desktop.domain.consent import ConsentTerms
from cle_desktop.domain.enums import AgeBand, NameUse, Role, SharingLevel
from cle_desktop.domain.ids import stable_id
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, check_lengths
from cle_desktop.services.records import ParticipantRecord
from cle_desktop.services.rows import UNSET, Unset, fetch_record, given
from cle_desktop.services.versions import field_versions
from cle_desktop.storage.consent import terms_of
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Consent, Participant, Photo, PhotoLink, StoryTeller

CONSENT_FORM_VERSION = "2026-1"


def consent_id(participant_id: str) -> str:
    """One consent record per participant, with an id every laptop derives the same way."""
    return stable_id("consent", participant_id)


@dataclass(frozen=True)
class PersonRow:
    """A participant as lists and tables show them."""

    id: str
    display_name: str
    pseudonym: str | None
    role: str | None
    team: str | None
    age_band: str | None
    languages: str | None
    consent: ConsentTerms | None

    @property
    def consent_recorded(self) -> bool:
        return self.consent is not None


@dataclass(frozen=True)
class WithdrawalImpact:
    """What a withdrawal takes out of every report and export, said before it is done."""

    participant_id: str
    display_name: str
    stories: int  # stories they told or co-told
    photos: int  # photos of the gathering that show them


class ParticipantService:
    def __init__(self, db: Database):
        self.db = db

    def add(
        self,
        gathering_id: str,
        display_name: str,
        *,
        pseudonym: str | None = None,
        role: Role | str | None = None,
        team: str | None = None,
        age_band: AgeBand | str | None = None,
        languages: Sequence[str] = (),
    ) -> str:
        name = display_name.strip()
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A participant needs a name."))
        check_lengths(name=name, pseudonym=pseudonym, team=team)
        if role is not None:
            role = Role(role)
        if age_band is not None:
            age_band = AgeBand(age_band)
        with self.db.write() as w:
            return w.create(
                Participant,
                gathering_id=gathering_id,
                display_name=name,
                pseudonym=(pseudonym or "").strip() or None,
                role=role,
                team=team,
                age_band=age_band,
                languages=";".join(languages) or None,
            )

    def stories_told(self, participant_id: str) -> int:
        """How many stories name this person as a teller (what a withdrawal or erasure touches)."""
        with self.db.read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(StoryTeller)
                    .where(
                        StoryTeller.participant_id == participant_id,
                        StoryTeller.deleted.is_(False),
                    )
                )
                or 0
            )

    def versions(self, participant_id: str) -> dict[str, tuple[str, ...]]:
        """Field -> the version an editor shows (see ``stories.field_versions``)."""
        with self.db.read() as s:
            return field_versions(s, "participant", participant_id)

    def update(
        self,
        participant_id: str,
        *,
        versions: Mapping[str, Sequence[str]] | None = None,
        display_name: str | Unset = UNSET,
        pseudonym: str | None | Unset = UNSET,
        role: str | None | Unset = UNSET,
        team: str | None | Unset = UNSET,
        age_band: str | None | Unset = UNSET,
        languages: str | None | Unset = UNSET,
    ) -> None:
        """Change the person's fields passed; with ``versions`` (what the editor loaded) a field
        changed meanwhile elsewhere is kept beside this edit as a conflict, never overwritten."""
        fields = given(
            display_name=display_name,
            pseudonym=pseudonym,
            role=role,
            team=team,
            age_band=age_band,
            languages=languages,
        )
        with self.db.write() as w:
            try:
                w.update_against(Participant, participant_id, versions, **fields)
            except LookupError as exc:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "That participant no longer exists.")
                ) from exc

    def get(self, participant_id: str) -> ParticipantRecord:
        """The person's fields, deleted or not (a purge or withdrawal still names them)."""
        return fetch_record(
            self.db,
            Participant,
            participant_id,
            ParticipantRecord,
            QT_TRANSLATE_NOOP("Errors", "That participant no longer exists."),
            deleted_ok=True,
        )

    def roster(self, gathering_id: str) -> list[PersonRow]:
        with self.db.read() as s:
            people = s.scalars(
                select(Participant)
                .where(Participant.gathering_id == gathering_id, Participant.deleted.is_(False))
                .order_by(Participant.display_name)
            ).all()
            consents = {
                c.participant_id: c
                for c in s.scalars(
                    select(Consent).where(Consent.participant_id.in_([p.id for p in people]))
                )
            }
            return [
                PersonRow(
                    p.id,
                    p.display_name,
                    p.pseudonym,
                    p.role,
                    p.team,
                    p.age_band,
                    p.languages,
                    terms_of(consents.get(p.id)),
                )
                for p in people
            ]

    def find_by_name(self, gathering_id: str, name: str) -> str | None:
        wanted = name.strip().casefold()
        for row in self.roster(gathering_id):
            if row.display_name.casefold() == wanted or (row.pseudonym or "").casefold() == wanted:
                return row.id
        return None

    def find_or_add(self, gathering_id: str, name: str) -> str:
        """Type-ahead in the story desk: a new name creates the participant inline (consent not
        recorded yet, so their words stay on the laptop until it is)."""
        return self.find_by_name(gathering_id, name) or self.add(gathering_id, name)

    # --- consent ------------------------------------------------------------------------

    def consent(self, participant_id: str) -> ConsentTerms | None:
        with self.db.read() as s:
            return terms_of(s.get(Consent, consent_id(participant_id)))

    def consents(self, participant_ids: Iterable[str]) -> dict[str, ConsentTerms | None]:
        ids = list(participant_ids)
        with self.db.read() as s:
            found = {
                c.participant_id: terms_of(c)
                for c in s.scalars(select(Consent).where(Consent.participant_id.in_(ids)))
            }
        return {pid: found.get(pid) for pid in ids}

    def record_consent(
        self,
        participant_id: str,
        *,
        sharing_level: SharingLevel | str,
        name_use: NameUse | str | None = None,
        photo_release: bool = False,
        audio_release: bool = False,
        is_minor: bool = False,
        guardian_permission: bool = False,
        youth_assent: bool = False,
        collected_by: str | None = None,
        collected_at: datetime | None = None,
        form_version: str = CONSENT_FORM_VERSION,
    ) -> None:
        """Record (or correct) what a participant allowed. Minors default to a pseudonym.

        ``collected_at``: when the form was signed, if not now (a paper form typed in later)."""
        level = SharingLevel(sharing_level)
        use = NameUse(name_use) if name_use else NameUse.PSEUDONYM
        if is_minor:
            use = NameUse.PSEUDONYM
        fields = dict(
            participant_id=participant_id,
            sharing_level=level,
            name_use=use,
            photo_release=photo_release,
            audio_release=audio_release,
            is_minor=is_minor,
            guardian_permission=guardian_permission,
            youth_assent=youth_assent,
            collected_by=collected_by,
            collected_at=collected_at or datetime.now(UTC),
            form_version=form_version,
        )
        cid = consent_id(participant_id)
        with self.db.write() as w:
            if w.session.get(Participant, participant_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That participant no longer exists."))
            if w.session.get(Consent, cid) is None:
                w.create(Consent, row_id=cid, **fields)
            else:
                w.update(Consent, cid, **fields)

    def withdrawal_impact(self, participant_id: str) -> WithdrawalImpact:
        """How many stories and photos a withdrawal hides, for the confirmation a host reads."""
        with self.db.read() as s:
            person = s.get(Participant, participant_id)
            if person is None or person.deleted:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That participant no longer exists."))
            photos = s.scalar(
                select(func.count(func.distinct(PhotoLink.photo_id)))
                .join(Photo, Photo.id == PhotoLink.photo_id)
                .where(
                    PhotoLink.target_kind == "participant",
                    PhotoLink.target_id == participant_id,
                    PhotoLink.deleted.is_(False),
                    Photo.deleted.is_(False),
                )
            )
            name = person.display_name
        return WithdrawalImpact(
            participant_id, name, self.stories_told(participant_id), int(photos or 0)
        )

    def withdraw(self, participant_id: str, collected_by: str | None = None) -> None:
        """Withdraw consent: from now on nothing of this person appears in any export."""
        cid = consent_id(participant_id)
        now = datetime.now(UTC)
        with self.db.write() as w:
            if w.session.get(Participant, participant_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That participant no longer exists."))
            if w.session.get(Consent, cid) is None:
                w.create(
                    Consent,
                    row_id=cid,
                    participant_id=participant_id,
                    withdrawn=True,
                    withdrawn_at=now,
                    collected_by=collected_by,
                    collected_at=now,
                )
            else:
                w.update(Consent, cid, withdrawn=True, withdrawn_at=now)
