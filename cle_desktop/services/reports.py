"""Report exports and the host's review numbers, over the consent-filtered report model."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from cle_desktop.domain.enums import SharingLevel
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
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


@dataclass(frozen=True)
class Overview:
    stories: int
    participants: int
    photos: int
    artifacts: int
    tags_by_kind: dict[str, int]
    tags_by_category: dict[str, int]
    stories_by_session: dict[str, int]
    stories_by_day: dict[str, int]
    stories_by_role: dict[str, int]
    stories_by_age: dict[str, int]
    tags_by_role: dict[str, int]
    stories_without_consent: int
    # Stories with at least one teller of each age band: shares are of stories, not of
    # teller credits (a story told by two young people counts once).
    stories_with_age: dict[str, int] = field(default_factory=dict)
    # Roles and age bands of the gathering's people who told no story: the voices not heard.
    roles_not_heard: list[str] = field(default_factory=list)
    ages_not_heard: list[str] = field(default_factory=list)


class ReportService:
    def __init__(self, db: Database):
        self.db = db

    FORMATS = ("pdf", "html", "docx", "csv", "geojson", "kml", "qdpx")

    def export(
        self, gathering_id: str, fmt: str, out: Path, audience: str = "public", lang: str = "en"
    ) -> Path:
        if fmt not in self.FORMATS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown format {format}; choose one of {formats}."),
                format=repr(fmt),
                formats=", ".join(self.FORMATS),
            )
        if audience not in ("internal", "network", "public"):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The audience must be internal, network or public.")
            )
        from cle_desktop.reports.export import export_report  # matplotlib & co. load on demand

        try:
            return export_report(self.db, gathering_id, fmt, out, SharingLevel(audience), lang)
        except LookupError as exc:
            raise NotFound(str(exc)) from exc
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The report could not be written to {path}: {error}. "
                    "Nothing was lost; choose another place.",
                ),
                path=out,
                error=exc.strerror or exc,
            ) from exc

    def overview(self, gathering_id: str) -> Overview:
        """Counts for the host's review screens (internal: everything on this laptop)."""
        from cle_desktop.storage.models import Artifact, Photo

        with self.db.read() as s:
            stories = s.scalars(
                select(Story).where(Story.gathering_id == gathering_id, Story.deleted.is_(False))
            ).all()
            ids = {st.id for st in stories}
            people = {
                p.id: p
                for p in s.scalars(
                    select(Participant).where(
                        Participant.gathering_id == gathering_id, Participant.deleted.is_(False)
                    )
                )
            }
            consents = {
                c.participant_id: terms_of(c)
                for c in s.scalars(select(Consent).where(Consent.participant_id.in_(list(people))))
            }
            tellers: dict[str, list[str]] = {}
            for link in s.scalars(select(StoryTeller).where(StoryTeller.deleted.is_(False))):
                if link.story_id in ids and link.participant_id in people:
                    tellers.setdefault(link.story_id, []).append(link.participant_id)
            tags = [
                t for t in s.scalars(select(Tag).where(Tag.deleted.is_(False))) if t.story_id in ids
            ]
            sessions = {
                x.id: x.title
                for x in s.scalars(
                    select(GatheringSession)
                    .where(GatheringSession.gathering_id == gathering_id)
                    .order_by(GatheringSession.starts_at, GatheringSession.title)
                )
            }
            photos = len(
                s.scalars(
                    select(Photo.id).where(
                        Photo.gathering_id == gathering_id, Photo.deleted.is_(False)
                    )
                ).all()
            )
            artifacts = len(
                s.scalars(
                    select(Artifact.id).where(
                        Artifact.gathering_id == gathering_id, Artifact.deleted.is_(False)
                    )
                ).all()
            )
        by_role: Counter[str] = Counter()
        by_age: Counter[str] = Counter()
        with_age: Counter[str] = Counter()
        tag_role: Counter[str] = Counter()
        tags_per_story = Counter(t.story_id for t in tags)
        no_consent = 0
        for st in stories:
            pids = tellers.get(st.id, [])
            if not pids or any(consents.get(p) is None for p in pids):
                no_consent += 1
            for p in pids:
                by_role[people[p].role or "other"] += 1
                by_age[people[p].age_band or "unknown"] += 1
                tag_role[people[p].role or "other"] += tags_per_story.get(st.id, 0)
            for band in {people[p].age_band or "unknown" for p in pids}:
                with_age[band] += 1
        present_roles = {p.role for p in people.values() if p.role}
        present_ages = {p.age_band for p in people.values() if p.age_band}
        return Overview(
            stories=len(stories),
            participants=len(people),
            photos=photos,
            artifacts=artifacts,
            tags_by_kind=dict(Counter(t.kind for t in tags)),
            tags_by_category=dict(Counter(t.category or "uncategorised" for t in tags)),
            # In agenda order (sessions) and date order (days), as a host reads a programme.
            stories_by_session=_in_order(
                Counter(sessions.get(st.session_id or "", "—") for st in stories),
                [*sessions.values(), "—"],
            ),
            stories_by_day=dict(
                sorted(
                    Counter(
                        st.recorded_at.date().isoformat() if st.recorded_at else "—"
                        for st in stories
                    ).items()
                )
            ),
            stories_by_role=dict(by_role),
            stories_by_age=dict(by_age),
            tags_by_role=dict(tag_role),
            stories_without_consent=no_consent,
            stories_with_age=dict(with_age),
            roles_not_heard=sorted(present_roles - set(by_role)),
            ages_not_heard=[
                a for a in ("youth", "adult", "elder") if a in present_ages - set(by_age)
            ],
        )


def _in_order(counts: Counter[str], order: list[str]) -> dict[str, int]:
    """``counts`` keyed in the given order (names not in it last, as found)."""
    out = {name: counts[name] for name in order if counts.get(name)}
    out.update({name: n for name, n in counts.items() if name not in out})
    return out
