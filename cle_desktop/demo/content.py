"""What the demo gathering is made of: its place, agenda, people, the assets they name and how
they name them, in English and Spanish. Data and the seeded choices made from it, no writes.

Every choice takes the builder's ``random.Random``, in the order the builder asks, so a seed
gives the same gathering on every laptop and every run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (name, kind, category, phrases that mention it)
AssetSpec = tuple[str, str, str, list[str]]

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
ASSETS: list[AssetSpec] = [
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

NOTE_TAKERS = ["Laptop 1 (Ana)", "Laptop 2 (Jorge)", "Laptop 3 (Wen)"]

# (name, what it means to the person who brought it)
ARTIFACTS = [
    ("Grandmother's comal", "The pan three generations made tortillas on."),
    ("Acequia shovel", "Cleaning the ditch every spring is how neighbours meet."),
    ("Team jersey", "Our first season: twelve kids and one borrowed ball."),
    ("Hand-woven rug", "Wool from the family's sheep, dyed with chamisa."),
    ("Library card from 1975", "The first card in our family."),
]

PHOTO_CAPTIONS = [
    "Opening circle",
    "The community garden",
    "Gallery walk",
    "Elders and students",
    "Mapping our assets",
    "Closing circle",
]


def person_name(index: int) -> str:
    """The ``index``-th participant's name: first names cycle, surnames step through."""
    return f"{FIRST[index % len(FIRST)]} {LAST[(index * 7 + index // len(FIRST)) % len(LAST)]}"


def alt_name(name: str) -> str:
    """The name a second note-taker gave an asset everyone names (a near-duplicate the host
    merges), or ``name`` itself for a long-tail asset."""
    for asset_name, _, _, phrases in ASSETS:
        if asset_name == name:
            return phrases[1][0].upper() + phrases[1][1:]
    return name


@dataclass(frozen=True)
class ConsentPick:
    """What one participant allowed on the consent form (see ``pick_consent``)."""

    sharing_level: str
    withdrawn: bool = False
    name_use: str | None = None
    photo_release: bool = False
    audio_release: bool = False
    is_minor: bool = False
    guardian_permission: bool = False
    youth_assent: bool = False


def pick_consent(rng: random.Random, index: int, is_minor: bool) -> ConsentPick | None:
    """A participant's consent, or None when not recorded yet: about one in eight have no
    record, minors mostly have a guardian's permission and their own assent, and the fourth
    person withdrew."""
    roll = rng.random()
    if index == 3:
        return ConsentPick(sharing_level="public", withdrawn=True)
    if roll < 0.12:
        return None  # consent not recorded yet
    level = rng.choices(["internal", "network", "public"], weights=[2, 3, 5])[0]
    return ConsentPick(
        sharing_level=level,
        name_use="pseudonym" if is_minor or rng.random() < 0.3 else "name",
        photo_release=rng.random() < 0.75,
        audio_release=rng.random() < 0.5,
        is_minor=is_minor,
        guardian_permission=is_minor and rng.random() < 0.85,
        youth_assent=is_minor and rng.random() < 0.9,
    )


def phrase(rng: random.Random, asset: AssetSpec, spanish: bool) -> str:
    """How a teller names the asset: in Spanish when the story is told in Spanish."""
    if spanish and asset[0] in ES_PHRASES:
        return rng.choice(ES_PHRASES[asset[0]])
    return rng.choice(asset[3])


def pick_asset(rng: random.Random, tail: list[AssetSpec]) -> AssetSpec:
    """Half the mentions go to the assets everyone names, half to the long tail (if any)."""
    if tail and rng.random() < 0.5:
        return rng.choice(tail)
    return rng.choice(ASSETS)
