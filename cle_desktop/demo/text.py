"""Story text for the demo gathering: the length and vocabulary of real notes.

Note-takers at a Learning Exchange type a story as it is told: an opening that names what the
teller values (the passages the demo tags as assets, gifts and hopes), then several sentences of
memory, people, places and years. A demo built from a handful of one-line templates would make
every search word match a sixth of the stories and every body 120 characters long, which says
nothing about how search, lists and reports behave on three days of real notes. The pools
below combine into tens of thousands of distinct sentences; lengths vary from a short note to a
long story, as they do at an event.
"""

from __future__ import annotations

import random

EN_OPENINGS = [
    "When I was young, {a} was where we all met. {name} says it still holds us together, "
    "and {b} keeps that spirit alive.",
    "My family came here in {year}. What I remember most is {a}; today I would add {b}.",
    "I can offer {a}. I learned it from my aunt, and I want the students to have it too.",
    "We need {a}. Our kids walk past empty lots every day, and {b} could change that.",
    "At the gallery walk I brought a photo of {a}. It reminds me that {b} started with three "
    "neighbours.",
    "Nobody asked us before, but {a} is ours. We built it with our hands, like {b}.",
    "If you want to know this neighbourhood, start with {a}. {name} told me that years ago and "
    "she was right; {b} came later.",
    "I did not think I had anything to give until someone mentioned {a}. Now I think about {b} "
    "the same way.",
]
ES_OPENINGS = [
    "Cuando era niña, {a} era nuestro lugar. Hoy sueño con {b} para los jóvenes.",
    "Mi abuela nos enseñó que {a} es un regalo. Quiero compartir {b} con la comunidad.",
    "Necesitamos {a}. Los estudiantes merecen {b}.",
    "Mi familia llegó en {year}. Lo que más recuerdo es {a}, y ahora también {b}.",
    "Nadie nos preguntó antes, pero {a} es nuestro. Lo hicimos con nuestras manos, como {b}.",
]

EN_SUBJECTS = [
    "My grandfather",
    "Our neighbour {person}",
    "My cousin {person}",
    "The woman who ran the corner store",
    "A teacher named {person}",
    "Every family on our street",
    "The older boys",
    "My mother",
    "{person}'s uncle",
    "The priest at the old church",
    "Two sisters from the next block",
    "The bus driver we all knew",
]
EN_ACTIONS = [
    "used to carry {thing} down to {place}",
    "would wait for us near {place} after dark",
    "taught half the block how to mend {thing}",
    "kept {thing} in the back room for anyone who needed it",
    "organised a cleanup of {place} in the spring of {year}",
    "planted chile and squash behind {place}",
    "argued with the city for years about {place}",
    "brought {thing} to every funeral and every wedding",
    "opened the doors of {place} when the snow closed the roads",
    "walked us to {place} and told us the old names of the hills",
    "sold {thing} from a folding table near {place}",
    "painted the mural on the wall of {place}",
]
EN_ENDINGS = [
    "and nobody ever paid for it.",
    "and we still talk about it at {time}.",
    "even after the highway split the neighbourhood.",
    "which is why I trust people here.",
    "until the rent went up and they moved to Española.",
    "and I think the young people should hear that.",
    "because that is how it was done then.",
    "though most of the newcomers never knew.",
    "and the whole street smelled of piñon.",
    "while the radio played rancheras from Albuquerque.",
]
EN_REFLECTIONS = [
    "I am telling this because {place} is changing fast.",
    "What I want the students to know is that we were never poor in the ways that matter.",
    "Some of this I only understood when I had children of my own.",
    "People come with surveys asking what is wrong here; nobody asks what is strong.",
    "If we map anything, map the kitchens, because that is where the decisions were made.",
    "My daughter says I tell this story too often, but she tells it to her friends now.",
    "I wrote some of it down in a notebook that is still in the drawer at home.",
    "The photographs from {year} are in a shoebox at {person}'s house.",
    "It is hard to say this in English; in Spanish it sounds more like a prayer.",
    "When the students asked questions, I realised how much I had forgotten.",
    "I still have {thing}, and I would lend it to anyone who asked.",
    "That was the first time I felt this place belonged to us.",
]

ES_SUBJECTS = [
    "Mi abuelo",
    "Nuestra vecina {person}",
    "Mi prima {person}",
    "La señora de la tiendita",
    "Un maestro que se llamaba {person}",
    "Todas las familias de la calle",
    "Mi mamá",
    "El tío de {person}",
]
ES_ACTIONS = [
    "llevaba {thing} hasta {place}",
    "nos esperaba cerca de {place} cuando oscurecía",
    "enseñó a medio barrio a arreglar {thing}",
    "guardaba {thing} para quien lo necesitara",
    "sembraba chile y calabaza detrás de {place}",
    "abría las puertas de {place} cuando la nieve cerraba los caminos",
    "vendía {thing} en una mesita cerca de {place}",
]
ES_ENDINGS = [
    "y nunca cobró nada.",
    "y todavía lo recordamos en {time}.",
    "aunque la carretera partió el barrio en dos.",
    "y por eso confío en la gente de aquí.",
    "y los jóvenes deberían saberlo.",
    "mientras la radio tocaba rancheras.",
]
ES_REFLECTIONS = [
    "Lo cuento porque {place} está cambiando muy rápido.",
    "Quiero que los estudiantes sepan que nunca fuimos pobres en lo que importa.",
    "Las fotos de {year} están en una caja en casa de {person}.",
    "Cuando los estudiantes me hicieron preguntas, me di cuenta de cuánto había olvidado.",
    "Todavía tengo {thing} y se lo prestaría a quien me lo pidiera.",
]

PLACES = [
    "Agua Fria Street",
    "the plaza",
    "Frenchy's Field",
    "the arroyo behind the school",
    "the parish hall",
    "Alto Park",
    "the old rail yard",
    "Cerrillos Road",
    "the Boys and Girls Club",
    "the laundromat on Siler",
    "the San Miguel chapel",
    "the bus stop by the clinic",
    "the ditch road",
    "the feed store",
    "the swimming pool at Salvador Perez",
    "the dance hall",
]
ES_PLACES = [
    "la plaza",
    "la calle Agua Fría",
    "el arroyo",
    "la capilla de San Miguel",
    "el salón parroquial",
    "la parada del autobús",
    "el camino de la acequia",
]
THINGS = [
    "a pot of posole",
    "chile ristras",
    "a borrowed pickup truck",
    "the parish ladder",
    "a box of paperbacks",
    "an old Singer sewing machine",
    "a horno full of bread",
    "the key to the gym",
    "a first-aid kit",
    "a guitar with five strings",
    "extra blankets",
    "a pan of biscochitos",
]
ES_THINGS = [
    "una olla de posole",
    "ristras de chile",
    "una camioneta prestada",
    "una máquina de coser",
    "un horno lleno de pan",
    "bizcochitos",
]
TIMES = ["Christmas", "every funeral", "the fiestas", "Sunday dinner", "the feast day"]
ES_TIMES = ["Navidad", "las fiestas", "la comida del domingo"]


def story_body(
    rng: random.Random,
    phrase_a: str,
    phrase_b: str,
    name: str,
    people: list[str],
    spanish: bool,
) -> str:
    """One story: an opening naming two assets, then two to twelve sentences of memory."""
    year = str(rng.randrange(1948, 2020))
    openings = ES_OPENINGS if spanish else EN_OPENINGS
    parts = [rng.choice(openings).format(a=phrase_a, b=phrase_b, name=name, year=year)]
    for _ in range(rng.choice((2, 3, 4, 5, 6, 7, 8, 10, 12))):
        parts.append(_sentence(rng, people, spanish))
    return " ".join(parts)


def _sentence(rng: random.Random, people: list[str], spanish: bool) -> str:
    if spanish:
        subjects, actions, endings, reflections = (
            ES_SUBJECTS,
            ES_ACTIONS,
            ES_ENDINGS,
            ES_REFLECTIONS,
        )
        places, things, times = ES_PLACES, ES_THINGS, ES_TIMES
    else:
        subjects, actions, endings, reflections = (
            EN_SUBJECTS,
            EN_ACTIONS,
            EN_ENDINGS,
            EN_REFLECTIONS,
        )
        places, things, times = PLACES, THINGS, TIMES
    if rng.random() < 0.3:
        template = rng.choice(reflections)
    else:
        template = f"{rng.choice(subjects)} {rng.choice(actions)} {rng.choice(endings)}"
    return template.format(
        person=rng.choice(people),
        place=rng.choice(places),
        thing=rng.choice(things),
        time=rng.choice(times),
        year=str(rng.randrange(1948, 2020)),
    )


# The long tail of a large gathering: besides the handful of assets everyone names, thousands
# of stories name hundreds of smaller ones (a neighbour's skill, a street's food pantry).
TAIL_STREETS = [
    "Agua Fria",
    "Siler",
    "Hopewell",
    "Alameda",
    "Canyon Road",
    "Airport Road",
    "La Cienega",
    "Tesuque",
    "Rufina",
    "Baca Street",
    "Calle Ojo",
    "Camino Sin Nombre",
    "Osage",
    "Zia",
    "Lopez Lane",
    "Pueblos del Sol",
]
TAIL_FACILITIES = [
    "food pantry",
    "tool shed",
    "mutual aid fund",
    "basketball court",
    "senior center",
    "bakery",
    "church choir",
    "lowrider club",
    "pottery studio",
    "day care",
    "radio show",
    "credit union",
    "youth orchestra",
    "boxing gym",
    "community kitchen",
    "fire station",
]
TAIL_CRAFTS = [
    "quilting",
    "welding",
    "bread baking",
    "guitar lessons",
    "tax help",
    "car repair",
    "haircuts",
    "beadwork",
    "piñon roasting",
    "translation",
    "math tutoring",
    "adobe plastering",
    "santo carving",
    "tamale making",
    "first aid",
    "photography",
]


def tail_assets(
    rng: random.Random, count: int, first_names: list[str]
) -> list[tuple[str, str, str, list[str]]]:
    """``count`` smaller assets, gifts and hopes as ``(name, kind, category, phrases)``."""
    candidates: list[tuple[str, str, str, list[str]]] = []
    for street in TAIL_STREETS:
        for facility in TAIL_FACILITIES:
            candidates.append(
                (
                    f"{street} {facility}",
                    "asset",
                    rng.choice(("physical", "institution", "association", "economic")),
                    [f"the {street} {facility}", f"the {facility} on {street}"],
                )
            )
            candidates.append(
                (
                    f"A {facility} near {street}",
                    "hope",
                    "physical",
                    [f"a {facility} near {street}", f"a new {facility} by {street}"],
                )
            )
    for name in first_names:
        for craft in TAIL_CRAFTS:
            candidates.append(
                (
                    f"{name}'s {craft}",
                    "gift",
                    rng.choice(("individual", "cultural")),
                    [f"{name}'s {craft}", f"{craft} with {name}"],
                )
            )
    rng.shuffle(candidates)
    return candidates[:count]
