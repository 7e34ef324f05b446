"""A realistic demo gathering, deterministic for a seed.

A three-day Community Learning Exchange hosted by a neighbourhood in Santa Fe: sessions from
the CLE practice (circles, a community walk, a gallery walk of artifacts, open space),
participants across roles and generations with varied consent (minors, a withdrawn person,
people with no record yet), stories in English and Spanish that name assets, gifts and hopes,
tags anchored on real passages (with deliberate near-duplicate assets from different
note-takers), placed assets, artifacts and generated photos.

Large demos write through the change log in big transactions, so 10,000 stories take seconds.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cle_desktop.domain.anchoring import make_anchor
from cle_desktop.domain.ids import stable_id
from cle_desktop.media import generate_photo
from cle_desktop.services.demo_text import story_body, tail_assets
from cle_desktop.services.participants import CONSENT_FORM_VERSION, consent_id
from cle_desktop.services.photos import PhotoService
from cle_desktop.services.stories import teller_link_id
from cle_desktop.storage.changelog import ChangeWriter
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import (
    Artifact,
    Asset,
    Consent,
    Gathering,
    GatheringSession,
    Participant,
    Place,
    Story,
    StoryTeller,
    Tag,
)

# Bumped whenever the generated content changes, so cached benchmark databases are rebuilt.
DEMO_VERSION = 3
# Above 300 stories, one smaller asset per this many stories joins the twelve everyone names.
TAIL_EVERY = 25

CENTER = (35.6870, -105.9378)  # Santa Fe plaza

SESSIONS = [
    ("Opening circle", "circle", 0, 9),
    ("Community walk", "journey", 0, 13),
    ("Gallery walk of artifacts", "gallery walk", 1, 9),
    ("Story circles: what we have", "circle", 1, 13),
    ("Open space: what we hope for", "open space", 2, 9),
    ("Closing circle", "circle", 2, 14),
]

FIRST = [
    "Ana",
    "Luis",
    "Maya",
    "Jamal",
    "Rosa",
    "Tom",
    "Keisha",
    "Diego",
    "Lena",
    "Samuel",
    "Aiyana",
    "Carmen",
    "Elijah",
    "Grace",
    "Hector",
    "Imani",
    "Jorge",
    "Lucía",
    "Marcus",
    "Nadia",
    "Omar",
    "Paloma",
    "Quinn",
    "Ramón",
    "Sofía",
    "Tasha",
    "Uriel",
    "Valeria",
    "Wen",
    "Yolanda",
]
LAST = [
    "García",
    "Begay",
    "Johnson",
    "Martínez",
    "Nguyen",
    "Lovato",
    "Chavez",
    "Smith",
    "Trujillo",
    "Romero",
    "Yazzie",
    "Baca",
    "Okafor",
    "Sandoval",
    "Archuleta",
]
ROLES = [
    "student",
    "student",
    "student",
    "family",
    "teacher",
    "school_leader",
    "community_member",
    "community_member",
    "partner",
    "elder",
]
TEAMS = ["Santa Fe host team", "Pajarito Mesa", "Las Cruces", "Oakland", "Rio Grande Valley"]

# (name, kind, category, phrases that mention it; near-duplicate names appear on purpose)
ASSETS = [
    (
        "Community garden",
        "asset",
        "physical",
        ["the community garden", "the garden on 5th", "our community gardens"],
    ),
    ("Public library", "asset", "institution", ["the public library", "the library on Galisteo"]),
    (
        "Abuela's tortilla recipe",
        "gift",
        "cultural",
        ["abuela's tortilla recipe", "my grandmother's tortillas"],
    ),
    (
        "Youth soccer league",
        "asset",
        "association",
        ["the youth soccer league", "the Saturday soccer league"],
    ),
    (
        "Acequia association",
        "asset",
        "association",
        ["the acequia association", "the acequia madre"],
    ),
    ("Weaving with wool", "gift", "cultural", ["weaving with wool", "her weaving"]),
    (
        "Bilingual storytime",
        "gift",
        "individual",
        ["bilingual storytime", "reading stories in two languages"],
    ),
    ("Farmers market", "asset", "economic", ["the farmers market", "the Saturday market"]),
    (
        "Safe route to school",
        "hope",
        "physical",
        ["a safe route to school", "sidewalks to the school"],
    ),
    (
        "Youth centre",
        "hope",
        "institution",
        ["a youth centre", "a place for teenagers after school"],
    ),
    (
        "Elders teaching Tewa",
        "hope",
        "cultural",
        ["elders teaching Tewa", "our language taught by elders"],
    ),
    ("Bike repair skills", "gift", "individual", ["fixing bikes", "bike repair"]),
]


# How Spanish-speaking tellers name the assets everyone names (tagged on these words).
ES_PHRASES = {
    "Community garden": ["el jardín comunitario", "la huerta de la calle 5"],
    "Public library": ["la biblioteca pública", "la biblioteca de Galisteo"],
    "Abuela's tortilla recipe": ["la receta de tortillas de mi abuela", "las tortillas de abuela"],
    "Youth soccer league": ["la liga juvenil de fútbol", "el fútbol de los sábados"],
    "Acequia association": ["la asociación de la acequia", "la acequia madre"],
    "Weaving with wool": ["el tejido con lana", "su tejido"],
    "Bilingual storytime": ["la hora de cuentos bilingüe", "leer cuentos en dos idiomas"],
    "Farmers market": ["el mercado de agricultores", "el mercado del sábado"],
    "Safe route to school": ["un camino seguro a la escuela", "banquetas hasta la escuela"],
    "Youth centre": ["un centro juvenil", "un lugar para los jóvenes después de la escuela"],
    "Elders teaching Tewa": [
        "ancianos que enseñan tewa",
        "nuestra lengua enseñada por los mayores",
    ],
    "Bike repair skills": ["arreglar bicicletas", "la reparación de bicis"],
}


@dataclass(frozen=True)
class DemoSummary:
    id: str
    stories: int
    participants: int
    assets: int
    photos: int


def _pick_consent(rng: random.Random, index: int, is_minor: bool) -> dict[str, object] | None:
    roll = rng.random()
    if index == 3:
        return {"sharing_level": "public", "withdrawn": True}
    if roll < 0.12:
        return None  # consent not recorded yet
    level = rng.choices(["internal", "network", "public"], weights=[2, 3, 5])[0]
    return {
        "sharing_level": level,
        "name_use": "pseudonym" if is_minor or rng.random() < 0.3 else "name",
        "photo_release": rng.random() < 0.75,
        "audio_release": rng.random() < 0.5,
        "is_minor": is_minor,
        "guardian_permission": is_minor and rng.random() < 0.85,
        "youth_assent": is_minor and rng.random() < 0.9,
    }


def create_demo(db: Database, stories: int = 300, photos: int = 40, seed: int = 7) -> DemoSummary:
    """Create the demo gathering; the same seed gives the same content."""
    rng = random.Random(seed)
    start_day = date(2026, 10, 14)
    base = datetime(2026, 10, 14, tzinfo=UTC)
    key = f"demo-{seed}"
    gid = stable_id(key, "gathering")
    with db.write() as w:
        if w.session.get(Gathering, gid) is not None:
            gid = stable_id(key, "gathering", datetime.now(UTC).isoformat())
        key = gid
        w.create(
            Gathering,
            row_id=gid,
            title="Learning Exchange: Roots and Routes",
            theme="Growing collective leadership across generations",
            host_community="Westside neighbours of Santa Fe",
            place_name="Santa Fe, New Mexico",
            starts_on=start_day,
            ends_on=start_day + timedelta(days=2),
            languages="en;es",
            center_lat=CENTER[0],
            center_lon=CENTER[1],
            created_at=base,
        )
        session_ids = []
        for title, kind, day, hour in SESSIONS:
            sid = stable_id(key, "session", title)
            starts = base + timedelta(days=day, hours=hour)
            w.create(
                GatheringSession,
                row_id=sid,
                gathering_id=gid,
                title=title,
                kind=kind,
                starts_at=starts,
                ends_at=starts + timedelta(hours=3),
            )
            session_ids.append(sid)
        people = _create_people(w, rng, key, gid, count=max(12, min(60, stories // 5 + 10)))
        tail = tail_assets(rng, stories // TAIL_EVERY, FIRST) if stories > 300 else []
        asset_ids = _create_assets(w, rng, key, gid, tail)
    story_count = _create_stories(
        db, rng, key, gid, session_ids, people, asset_ids, tail, stories, base
    )
    with db.write() as w:
        _create_artifacts(w, rng, key, gid, people, session_ids)
    photo_count = _create_photos(db, rng, gid, people, photos, base) if photos else 0
    return DemoSummary(gid, story_count, len(people), len(asset_ids), photo_count)


def _create_people(
    w: ChangeWriter, rng: random.Random, key: str, gid: str, count: int
) -> list[str]:
    ids = []
    for i in range(count):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"
        role = ROLES[i % len(ROLES)]
        age = "youth" if role == "student" else ("elder" if role == "elder" else "adult")
        pid = stable_id(key, "participant", str(i))
        w.create(
            Participant,
            row_id=pid,
            gathering_id=gid,
            display_name=name,
            pseudonym=f"Participant {i + 1:02d}",
            role=role,
            team=TEAMS[i % len(TEAMS)],
            age_band=age,
            languages="en;es" if i % 3 else "en",
        )
        terms = _pick_consent(rng, i, age == "youth")
        if terms is not None:
            w.create(
                Consent,
                row_id=consent_id(pid),
                participant_id=pid,
                collected_by="Host team",
                collected_at=datetime(2026, 10, 14, 8, tzinfo=UTC),
                form_version=CONSENT_FORM_VERSION,
                **terms,
            )
        ids.append(pid)
    return ids


def _create_assets(
    w: ChangeWriter,
    rng: random.Random,
    key: str,
    gid: str,
    tail: list[tuple[str, str, str, list[str]]],
) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name, kind, category, _phrases in tail:
        place_id = None
        if kind != "hope":
            place_id = w.create(
                Place,
                row_id=stable_id(key, "place", name),
                gathering_id=gid,
                name=name,
                lat=CENTER[0] + rng.uniform(-0.04, 0.04),
                lon=CENTER[1] + rng.uniform(-0.05, 0.05),
            )
        ids[name] = w.create(
            Asset,
            row_id=stable_id(key, "asset", name),
            gathering_id=gid,
            name=name,
            kind=kind,
            category=category,
            place_id=place_id,
        )
    for name, kind, category, phrases in ASSETS:
        place_id = None
        if kind != "hope" or rng.random() < 0.5:
            place_id = w.create(
                Place,
                row_id=stable_id(key, "place", name),
                gathering_id=gid,
                name=name,
                lat=CENTER[0] + rng.uniform(-0.02, 0.02),
                lon=CENTER[1] + rng.uniform(-0.03, 0.03),
            )
        ids[name] = w.create(
            Asset,
            row_id=stable_id(key, "asset", name),
            gathering_id=gid,
            name=name,
            kind=kind,
            category=category,
            place_id=place_id,
        )
        # a second note-taker's near-duplicate, to be merged by the host
        alt = phrases[1][0].upper() + phrases[1][1:]
        ids[alt] = w.create(
            Asset,
            row_id=stable_id(key, "asset", alt),
            gathering_id=gid,
            name=alt,
            kind=kind,
            category=category,
        )
    return ids


def _create_stories(
    db: Database,
    rng: random.Random,
    key: str,
    gid: str,
    session_ids: list[str],
    people: list[str],
    asset_ids: dict[str, str],
    tail: list[tuple[str, str, str, list[str]]],
    count: int,
    base: datetime,
) -> int:
    note_takers = ["Laptop 1 (Ana)", "Laptop 2 (Jorge)", "Laptop 3 (Wen)"]
    batch = 400
    for first in range(0, count, batch):
        with db.write() as w:
            for i in range(first, min(count, first + batch)):
                spanish = rng.random() < 0.3
                picks = [_pick_asset(rng, tail), _pick_asset(rng, tail)]
                while picks[1][0] == picks[0][0]:
                    picks[1] = _pick_asset(rng, tail)
                phrase_a = _phrase(rng, picks[0], spanish)
                phrase_b = _phrase(rng, picks[1], spanish)
                teller_ids = rng.sample(people, 2 if rng.random() < 0.15 else 1)
                body = story_body(rng, phrase_a, phrase_b, FIRST[i % len(FIRST)], FIRST, spanish)
                sid = stable_id(key, "story", str(i))
                session_index = rng.randrange(len(session_ids))
                w.create(
                    Story,
                    row_id=sid,
                    gathering_id=gid,
                    session_id=session_ids[session_index],
                    title=f"{picks[0][0]}: {'historia' if spanish else 'story'} {i + 1}",
                    body=body,
                    language="es" if spanish else "en",
                    note_taker=note_takers[i % len(note_takers)],
                    recorded_at=base
                    + timedelta(
                        days=SESSIONS[session_index][2],
                        hours=SESSIONS[session_index][3],
                        minutes=rng.randrange(170),
                    ),
                    updated_at=base,
                )
                for pid in teller_ids:
                    w.create(
                        StoryTeller,
                        row_id=teller_link_id(sid, pid),
                        story_id=sid,
                        participant_id=pid,
                    )
                for (name, kind, category, _), phrase in (
                    (picks[0], phrase_a),
                    (picks[1], phrase_b),
                ):
                    start = body.find(phrase)
                    if start < 0:
                        continue
                    anchor = make_anchor(body, start, start + len(phrase))
                    # note-takers on laptop 2 used their own names for assets
                    alt = _alt_name(name)
                    asset = asset_ids[alt] if i % 3 == 1 and alt in asset_ids else asset_ids[name]
                    w.create(
                        Tag,
                        row_id=stable_id(sid, "tag", name),
                        story_id=sid,
                        kind=kind,
                        category=category,
                        start=anchor.start,
                        end=anchor.end,
                        quote=anchor.quote,
                        prefix=anchor.prefix,
                        suffix=anchor.suffix,
                        orphaned=False,
                        asset_id=asset,
                    )
    return count


def _phrase(rng: random.Random, asset: tuple[str, str, str, list[str]], spanish: bool) -> str:
    """How a teller names the asset: in Spanish when the story is told in Spanish."""
    if spanish and asset[0] in ES_PHRASES:
        return rng.choice(ES_PHRASES[asset[0]])
    return rng.choice(asset[3])


def _pick_asset(
    rng: random.Random, tail: list[tuple[str, str, str, list[str]]]
) -> tuple[str, str, str, list[str]]:
    """Half the mentions go to the assets everyone names, half to the long tail (if any)."""
    if tail and rng.random() < 0.5:
        return rng.choice(tail)
    return rng.choice(ASSETS)


def _alt_name(name: str) -> str:
    for asset_name, _, _, phrases in ASSETS:
        if asset_name == name:
            return phrases[1][0].upper() + phrases[1][1:]
    return name


def _create_artifacts(
    w: ChangeWriter,
    rng: random.Random,
    key: str,
    gid: str,
    people: list[str],
    session_ids: list[str],
) -> None:
    things = [
        ("Grandmother's comal", "The pan three generations made tortillas on."),
        ("Acequia shovel", "Cleaning the ditch every spring is how neighbours meet."),
        ("Team jersey", "Our first season: twelve kids and one borrowed ball."),
        ("Hand-woven rug", "Wool from the family's sheep, dyed with chamisa."),
        ("Library card from 1975", "The first card in our family."),
    ]
    for i, (name, meaning) in enumerate(things):
        w.create(
            Artifact,
            row_id=stable_id(key, "artifact", name),
            gathering_id=gid,
            name=name,
            meaning=meaning,
            brought_by_id=people[(i * 5) % len(people)],
            session_id=session_ids[2],
            returned=rng.random() < 0.6,
        )


def _create_photos(
    db: Database, rng: random.Random, gid: str, people: list[str], count: int, base: datetime
) -> int:
    photos = PhotoService(db)
    captions = [
        "Opening circle",
        "The community garden",
        "Gallery walk",
        "Elders and students",
        "Mapping our assets",
        "Closing circle",
    ]
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
                    text=captions[i % len(captions)],
                )
            )
        report = photos.import_files(gid, paths)
    for i, item in enumerate(report.imported):
        photos.set_caption(item["id"], captions[i % len(captions)])
        photos.link(item["id"], "participant", people[i % len(people)])
    return len(report.imported)
