"""The report model: everything a report may show to one audience, consent already applied.

Rules (all from ``domain.consent``): a story appears only if every teller's effective level
reaches the audience; withdrawn people vanish with their stories; names become pseudonyms
unless the person chose to be named (never for minors); a photo appears only if every person
depicted released it for this audience; an asset appears only through stories that may be
shown (its name and quotes come from them); artifacts appear only when the person who brought
them shares with this audience.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from cle_desktop.domain.consent import (
    NOBODY_DEPICTED,
    ConsentTerms,
    display_name,
    effective_level,
    photo_visible,
    story_visible,
)
from cle_desktop.domain.enums import SharingLevel
from cle_desktop.storage.consent import terms_of
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import (
    Artifact,
    Asset,
    BaseMap,
    Consent,
    Gathering,
    GatheringSession,
    Participant,
    Photo,
    PhotoLink,
    Place,
    Story,
    StoryTeller,
    Tag,
)


@dataclass(frozen=True)
class ReportTag:
    id: str
    kind: str
    category: str | None
    start: int
    end: int
    quote: str
    asset_id: str | None


@dataclass(frozen=True)
class ReportStory:
    id: str
    title: str
    body: str
    language: str | None
    session: str | None
    day: date | None
    tellers: tuple[str, ...]
    teller_roles: tuple[str, ...]
    teller_ages: tuple[str, ...]
    tags: tuple[ReportTag, ...]
    teller_teams: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportAsset:
    id: str
    name: str
    kind: str
    category: str | None
    mentions: int
    lat: float | None
    lon: float | None
    quote: str | None
    px: float | None = None  # on the gathering's drawn map, pixels from its top left
    py: float | None = None


@dataclass(frozen=True)
class ReportBaseMap:
    """The gathering's base map as the report's map picture needs it (no consent involved:
    a base map shows places, never people)."""

    kind: str  # mbtiles | pmtiles | image
    path: Path
    width: int | None = None
    height: int | None = None
    attribution: str = ""
    min_zoom: int = 0
    max_zoom: int = 18
    control_points: tuple[tuple[float, float, float, float], ...] = ()  # (px, py, lat, lon)


@dataclass(frozen=True)
class ReportPhoto:
    id: str
    path: Path
    caption: str
    sha256: str


@dataclass(frozen=True)
class ReportArtifact:
    name: str
    meaning: str
    brought_by: str
    returned: bool


@dataclass
class Report:
    audience: SharingLevel
    lang: str
    title: str
    theme: str | None
    host_community: str | None
    place_name: str | None
    starts_on: date | None
    ends_on: date | None
    center: tuple[float, float] | None
    stories: list[ReportStory] = field(default_factory=list)
    assets: list[ReportAsset] = field(default_factory=list)
    photos: list[ReportPhoto] = field(default_factory=list)
    artifacts: list[ReportArtifact] = field(default_factory=list)
    named_participants: list[tuple[str, str]] = field(default_factory=list)  # (name, role)
    withheld_stories: int = 0
    participant_count: int = 0
    basemap: ReportBaseMap | None = None

    def counts_by_kind(self) -> Counter[str]:
        return Counter(t.kind for s in self.stories for t in s.tags)

    def counts_by_category(self) -> Counter[str]:
        return Counter(t.category or "uncategorised" for s in self.stories for t in s.tags)

    def stories_by_session(self) -> Counter[str]:
        return Counter(s.session or "—" for s in self.stories)

    def voices_by_role(self) -> Counter[str]:
        return Counter(r for s in self.stories for r in s.teller_roles)

    def voices_by_age(self) -> Counter[str]:
        return Counter(a for s in self.stories for a in s.teller_ages)


def build_report(
    db: Database,
    gathering_id: str,
    audience: SharingLevel | str = SharingLevel.PUBLIC,
    lang: str = "en",
) -> Report:
    audience = SharingLevel(audience)
    if audience == SharingLevel.NONE:
        raise ValueError("A report needs an audience: internal, network or public.")
    with db.read() as s:
        g = s.get(Gathering, gathering_id)
        if g is None or g.deleted:
            raise LookupError("That gathering does not exist.")
        report = Report(
            audience,
            lang,
            g.title,
            g.theme,
            g.host_community,
            g.place_name,
            g.starts_on,
            g.ends_on,
            (g.center_lat, g.center_lon)
            if g.center_lat is not None and g.center_lon is not None
            else None,
        )
        people = {
            p.id: p
            for p in s.scalars(select(Participant).where(Participant.gathering_id == gathering_id))
        }
        consents: dict[str, ConsentTerms | None] = {pid: None for pid in people}
        for c in s.scalars(select(Consent).where(Consent.participant_id.in_(list(people)))):
            if c.participant_id:
                consents[c.participant_id] = terms_of(c)
        report.participant_count = sum(1 for p in people.values() if not p.deleted)

        def name_of(pid: str) -> str:
            p = people[pid]
            return display_name(p.display_name, p.pseudonym, consents.get(pid))

        sessions = {
            x.id: x
            for x in s.scalars(
                select(GatheringSession).where(GatheringSession.gathering_id == gathering_id)
            )
        }
        tellers: dict[str, list[str]] = {}
        for link in s.scalars(select(StoryTeller).where(StoryTeller.deleted.is_(False))):
            if link.story_id and link.participant_id in people:
                tellers.setdefault(link.story_id, []).append(link.participant_id)
        tags_by_story: dict[str, list[Tag]] = {}
        for tag in s.scalars(select(Tag).where(Tag.deleted.is_(False), Tag.orphaned.is_(False))):
            if tag.story_id:
                tags_by_story.setdefault(tag.story_id, []).append(tag)
        visible_ids: set[str] = set()
        for story in s.scalars(
            select(Story)
            .where(Story.gathering_id == gathering_id, Story.deleted.is_(False))
            .order_by(Story.recorded_at, Story.id)
        ):
            ids = sorted(set(tellers.get(story.id, [])))
            if not story_visible([consents.get(pid) for pid in ids], audience):
                report.withheld_stories += 1
                continue
            visible_ids.add(story.id)
            sess = sessions.get(story.session_id or "")
            report.stories.append(
                ReportStory(
                    story.id,
                    story.title,
                    story.body,
                    story.language,
                    sess.title if sess else None,
                    story.recorded_at.date() if story.recorded_at else None,
                    tuple(name_of(pid) for pid in ids),
                    tuple((people[pid].role or "other") for pid in ids),
                    tuple((people[pid].age_band or "unknown") for pid in ids),
                    tuple(
                        ReportTag(t.id, t.kind, t.category, t.start, t.end, t.quote, t.asset_id)
                        for t in sorted(tags_by_story.get(story.id, []), key=lambda t: t.start)
                    ),
                    tuple((people[pid].team or "") for pid in ids),
                )
            )
        mentions: Counter[str] = Counter()
        quotes: dict[str, str] = {}
        for rs in report.stories:
            for asset_id in {t.asset_id for t in rs.tags if t.asset_id}:
                mentions[asset_id] += 1
            for t in rs.tags:
                if t.asset_id and t.asset_id not in quotes:
                    quotes[t.asset_id] = t.quote
        places = {
            p.id: p for p in s.scalars(select(Place).where(Place.gathering_id == gathering_id))
        }
        report.basemap = _basemap(db, s.get(BaseMap, g.basemap_id) if g.basemap_id else None)
        for asset in s.scalars(
            select(Asset).where(Asset.gathering_id == gathering_id, Asset.deleted.is_(False))
        ):
            if mentions[asset.id] == 0:
                continue
            place = places.get(asset.place_id or "")
            report.assets.append(
                ReportAsset(
                    asset.id,
                    asset.name,
                    asset.kind,
                    asset.category,
                    mentions[asset.id],
                    place.lat if place else None,
                    place.lon if place else None,
                    quotes.get(asset.id),
                    *(
                        (place.px, place.py)
                        if place is not None
                        and report.basemap is not None
                        and report.basemap.kind == "image"
                        and place.basemap_id == g.basemap_id
                        else (None, None)
                    ),
                )
            )
        report.assets.sort(key=lambda a: (-a.mentions, a.name.casefold()))
        links: dict[str, list[PhotoLink]] = {}
        for plink in s.scalars(select(PhotoLink).where(PhotoLink.deleted.is_(False))):
            if plink.photo_id:
                links.setdefault(plink.photo_id, []).append(plink)
        media_root = db.media_dir / "sha256"
        for photo in s.scalars(
            select(Photo)
            .where(Photo.gathering_id == gathering_id, Photo.deleted.is_(False))
            .order_by(Photo.taken_at, Photo.id)
        ):
            photo_links = links.get(photo.id, [])
            depicted = [
                lk.target_id
                for lk in photo_links
                if lk.target_kind == "participant" and lk.target_id
            ]
            if any(pid not in people for pid in depicted):
                continue
            nobody = any(lk.target_kind == NOBODY_DEPICTED for lk in photo_links)
            if not photo_visible([consents.get(pid) for pid in depicted], audience, nobody):
                continue
            stories_linked = [lk.target_id for lk in photo_links if lk.target_kind == "story"]
            if stories_linked and not any(sid in visible_ids for sid in stories_linked):
                continue  # a photo only shown with a withheld story stays withheld too
            path = media_root / photo.sha256[:2] / photo.sha256
            if path.is_file():
                report.photos.append(ReportPhoto(photo.id, path, photo.caption or "", photo.sha256))
        for artifact in s.scalars(
            select(Artifact)
            .where(Artifact.gathering_id == gathering_id, Artifact.deleted.is_(False))
            .order_by(Artifact.name)
        ):
            owner = artifact.brought_by_id
            if owner is None or owner not in people:
                continue
            if not effective_level(consents.get(owner)).allows(audience):
                continue
            report.artifacts.append(
                ReportArtifact(
                    artifact.name, artifact.meaning or "", name_of(owner), artifact.returned
                )
            )
        for pid, p in sorted(people.items(), key=lambda kv: kv[1].display_name.casefold()):
            terms = consents.get(pid)
            if (
                p.deleted
                or terms is None
                or not terms.may_use_name
                or not terms.effective_level.allows(audience)
            ):
                continue
            report.named_participants.append((p.display_name, p.role or ""))
    return report


def _basemap(db: Database, bm: BaseMap | None) -> ReportBaseMap | None:
    if (
        bm is None
        or bm.deleted
        or not bm.file_sha256
        or bm.kind not in ("mbtiles", "pmtiles", "image")
    ):
        return None
    path = db.media_dir / "sha256" / bm.file_sha256[:2] / bm.file_sha256
    if not path.is_file():
        return None
    points: list[tuple[float, float, float, float]] = []
    try:
        for p in json.loads(bm.control_points or "[]"):
            points.append((float(p["px"]), float(p["py"]), float(p["lat"]), float(p["lon"])))
    except (ValueError, KeyError, TypeError):
        points = []
    return ReportBaseMap(
        kind=bm.kind,
        path=path,
        width=bm.width,
        height=bm.height,
        attribution=bm.attribution or "",
        min_zoom=bm.min_zoom or 0,
        max_zoom=bm.max_zoom if bm.max_zoom is not None else 18,
        control_points=tuple(points),
    )
