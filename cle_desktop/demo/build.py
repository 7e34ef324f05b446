"""Build the demo gathering through the services, as a host and note-takers would.

Every row is written by the same service call a person's action makes (a gathering and its
agenda, people and their consent forms, assets put on the map, stories captured with their
tellers, passages tagged, artifacts, photos imported and captioned), so the demo meets the
same checks and the same one write path (``Database.write()`` and its ``ChangeWriter``) and
cannot drift from what the app itself writes. Stories and tags go in batches
(``StoryService.capture_many``, ``TagService.tag_passages``: one transaction for hundreds), so
the 10,000-story demo the benchmarks use costs what its change-log entries cost.

The services are built here on the caller's database rather than taken from ``Services.over``:
that would also turn on signing every entry as it is written, which the command line leaves to
export time; the window's database already signs, and the demo written there is signed too.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cle_desktop.demo.content import (
    ARTIFACTS,
    ASSETS,
    CENTER,
    FIRST,
    NOTE_TAKERS,
    PHOTO_CAPTIONS,
    ROLES,
    SESSIONS,
    TEAMS,
    AssetSpec,
    alt_name,
    person_name,
    phrase,
    pick_asset,
    pick_consent,
)
from cle_desktop.demo.text import story_body, tail_assets
from cle_desktop.media import generate_photo
from cle_desktop.services.artifacts import ArtifactService
from cle_desktop.services.assets import AssetService
from cle_desktop.services.gatherings import GatheringService
from cle_desktop.services.participants import ParticipantService
from cle_desktop.services.photos import PhotoService
from cle_desktop.services.places import PlaceService
from cle_desktop.services.stories import StoryDraft, StoryService
from cle_desktop.services.tagging import Passage, TagService
from cle_desktop.storage.database import Database

# Bumped whenever the generated content changes, so cached benchmark databases are rebuilt.
# 4: written through the services (new ids each build, consent and time stamps as they write).
DEMO_VERSION = 4
# Above 300 stories, one smaller asset per this many stories joins the twelve everyone names.
TAIL_EVERY = 25
# Stories captured (and then tagged) per transaction.
STORIES_PER_BATCH = 400

CONSENT_SIGNED_AT = datetime(2026, 10, 14, 8, tzinfo=UTC)


@dataclass(frozen=True)
class DemoSummary:
    id: str
    stories: int
    participants: int
    assets: int
    photos: int


class _Builder:
    """The services over one database and the seeded random source, in the order used."""

    def __init__(self, db: Database, rng: random.Random):
        self.rng = rng
        self.gatherings = GatheringService(db)
        self.participants = ParticipantService(db)
        self.assets = AssetService(db)
        self.places = PlaceService(db)
        self.stories = StoryService(db)
        self.tags = TagService(db)
        self.artifacts = ArtifactService(db)
        self.db = db


def create_demo(db: Database, stories: int = 300, photos: int = 40, seed: int = 7) -> DemoSummary:
    """Create the demo gathering; the same seed gives the same content (names, stories,
    tags, consent, places), each build a new gathering with ids of its own."""
    b = _Builder(db, random.Random(seed))
    start_day = date(2026, 10, 14)
    base = datetime(2026, 10, 14, tzinfo=UTC)
    gid = b.gatherings.create(
        "Learning Exchange: Roots and Routes",
        theme="Growing collective leadership across generations",
        host_community="Westside neighbours of Santa Fe",
        place_name="Santa Fe, New Mexico",
        starts_on=start_day,
        ends_on=start_day + timedelta(days=2),
        languages=("en", "es"),
        center=CENTER,
    )
    session_ids = []
    for title, kind, day, hour in SESSIONS:
        starts = base + timedelta(days=day, hours=hour)
        session_ids.append(
            b.gatherings.add_session(
                gid, title, kind=kind, starts_at=starts, ends_at=starts + timedelta(hours=3)
            )
        )
    people = _add_people(b, gid, count=max(12, min(60, stories // 5 + 10)))
    tail = tail_assets(b.rng, stories // TAIL_EVERY, FIRST) if stories > 300 else []
    asset_ids = _add_assets(b, gid, tail)
    _capture_stories(b, gid, session_ids, people, asset_ids, tail, stories, base)
    _add_artifacts(b, gid, people, session_ids)
    photo_count = _import_photos(b, gid, people, photos, base) if photos else 0
    return DemoSummary(gid, stories, len(people), len(asset_ids), photo_count)


def _add_people(b: _Builder, gid: str, count: int) -> list[str]:
    """The participants, each with the consent form they signed (or none yet)."""
    ids = []
    for i in range(count):
        role = ROLES[i % len(ROLES)]
        age = "youth" if role == "student" else ("elder" if role == "elder" else "adult")
        pid = b.participants.add(
            gid,
            person_name(i),
            pseudonym=f"Participant {i + 1:02d}",
            role=role,
            team=TEAMS[i % len(TEAMS)],
            age_band=age,
            languages=("en", "es") if i % 3 else ("en",),
        )
        terms = pick_consent(b.rng, i, age == "youth")
        if terms is not None:
            b.participants.record_consent(
                pid,
                sharing_level=terms.sharing_level,
                name_use=terms.name_use,
                photo_release=terms.photo_release,
                audio_release=terms.audio_release,
                is_minor=terms.is_minor,
                guardian_permission=terms.guardian_permission,
                youth_assent=terms.youth_assent,
                collected_by="Host team",
                collected_at=CONSENT_SIGNED_AT,
            )
            if terms.withdrawn:
                b.participants.withdraw(pid, collected_by="Host team")
        ids.append(pid)
    return ids


def _add_assets(b: _Builder, gid: str, tail: list[AssetSpec]) -> dict[str, str]:
    """Assets by name: the long tail, then the twelve everyone names, each with a second
    note-taker's near-duplicate for the host to merge; all but some hopes on the map."""
    ids: dict[str, str] = {}
    for name, kind, category, _phrases in tail:
        ids[name] = b.assets.create(gid, name, kind, category=category)
        if kind != "hope":
            lat = CENTER[0] + b.rng.uniform(-0.04, 0.04)
            lon = CENTER[1] + b.rng.uniform(-0.05, 0.05)
            b.places.place_asset(ids[name], lat=lat, lon=lon)
    for name, kind, category, _phrases in ASSETS:
        ids[name] = b.assets.create(gid, name, kind, category=category)
        if kind != "hope" or b.rng.random() < 0.5:
            lat = CENTER[0] + b.rng.uniform(-0.02, 0.02)
            lon = CENTER[1] + b.rng.uniform(-0.03, 0.03)
            b.places.place_asset(ids[name], lat=lat, lon=lon)
        alt = alt_name(name)
        ids[alt] = b.assets.create(gid, alt, kind, category=category)
    return ids


def _capture_stories(
    b: _Builder,
    gid: str,
    session_ids: list[str],
    people: list[str],
    asset_ids: dict[str, str],
    tail: list[AssetSpec],
    count: int,
    base: datetime,
) -> None:
    """Stories naming two assets each, captured with their tellers a batch at a time, then
    the two passages tagged and linked to the asset (laptop 2's note-taker used its own
    names, the near-duplicates)."""
    rng = b.rng
    for first in range(0, count, STORIES_PER_BATCH):
        drafts: list[StoryDraft] = []
        mentions: list[list[tuple[AssetSpec, int, int]]] = []
        for i in range(first, min(count, first + STORIES_PER_BATCH)):
            spanish = rng.random() < 0.3
            picks = [pick_asset(rng, tail), pick_asset(rng, tail)]
            while picks[1][0] == picks[0][0]:
                picks[1] = pick_asset(rng, tail)
            phrase_a = phrase(rng, picks[0], spanish)
            phrase_b = phrase(rng, picks[1], spanish)
            teller_ids = rng.sample(people, 2 if rng.random() < 0.15 else 1)
            body = story_body(rng, phrase_a, phrase_b, FIRST[i % len(FIRST)], FIRST, spanish)
            session_index = rng.randrange(len(session_ids))
            _title, _kind, day, hour = SESSIONS[session_index]
            drafts.append(
                StoryDraft(
                    title=f"{picks[0][0]}: {'historia' if spanish else 'story'} {i + 1}",
                    body=body,
                    teller_ids=tuple(teller_ids),
                    session_id=session_ids[session_index],
                    language="es" if spanish else "en",
                    note_taker=NOTE_TAKERS[i % len(NOTE_TAKERS)],
                    recorded_at=base + timedelta(days=day, hours=hour, minutes=rng.randrange(170)),
                )
            )
            found = []
            for spec, words in ((picks[0], phrase_a), (picks[1], phrase_b)):
                start = body.find(words)
                if start >= 0:
                    found.append((spec, start, start + len(words)))
            mentions.append(found)
        story_ids = b.stories.capture_many(gid, drafts)
        passages = []
        for offset, (sid, found) in enumerate(zip(story_ids, mentions, strict=True)):
            laptop_two = (first + offset) % 3 == 1
            for (name, kind, category, _phrases), start, end in found:
                alt = alt_name(name)
                asset = asset_ids[alt] if laptop_two and alt in asset_ids else asset_ids[name]
                passages.append(Passage(sid, start, end, kind, category=category, asset_id=asset))
        b.tags.tag_passages(passages)


def _add_artifacts(b: _Builder, gid: str, people: list[str], session_ids: list[str]) -> None:
    """Objects people brought to the gallery walk; most went back home."""
    for i, (name, meaning) in enumerate(ARTIFACTS):
        aid = b.artifacts.create(
            gid,
            name,
            meaning=meaning,
            brought_by_id=people[(i * 5) % len(people)],
            session_id=session_ids[2],
        )
        if b.rng.random() < 0.6:
            b.artifacts.mark_returned(aid)


def _import_photos(b: _Builder, gid: str, people: list[str], count: int, base: datetime) -> int:
    """Generated JPEGs (EXIF time and GPS around the plaza) imported like a camera card's,
    then captioned and linked to the person in each."""
    rng = b.rng
    photos = PhotoService(b.db)
    with tempfile.TemporaryDirectory(prefix="cle-demo-") as tmp:
        paths = []
        for i in range(count):
            when = base + timedelta(days=i % 3, hours=9 + i % 8)
            gps = (CENTER[0] + rng.uniform(-0.01, 0.01), CENTER[1] + rng.uniform(-0.01, 0.01))
            paths.append(
                generate_photo(
                    Path(tmp) / f"cle-{i:04d}.jpg",
                    1600,
                    1200,
                    seed=rng.randrange(10**6),
                    taken_at=when.replace(tzinfo=None),
                    gps=gps,
                    text=PHOTO_CAPTIONS[i % len(PHOTO_CAPTIONS)],
                )
            )
        report = photos.import_files(gid, paths)
    for i, item in enumerate(report.imported):
        photos.set_caption(item["id"], PHOTO_CAPTIONS[i % len(PHOTO_CAPTIONS)])
        photos.link(item["id"], "participant", people[i % len(people)])
    return len(report.imported)
