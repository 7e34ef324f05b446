"""A typist model for fault runs: a note-taker typing what someone says, in bursts.

Every pause is shorter than 400 ms (the story desk's autosave pause): a fluent typist never
gives the autosave the quiet moment it waits for, which is the case a kill must still not
cost more than about a second of. Two styles: ``bursty`` (quick runs of a few words, then a
short hesitation; keys ~60-180 ms apart) and ``steady`` (an even ~110 ms per key).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PAUSE_LIMIT_MS = 399

SENTENCES = (
    "Grandpa Tomas fixed every bike on the block, and taught us how.",
    "The library on Fifth stays open late so the kids have somewhere warm to study.",
    "My aunt runs the Saturday market and knows every farmer by name.",
    "We painted the mural together the summer the factory closed.",
    "Ms. Rivera teaches the elders to use the tablets at the community center.",
    "The creek behind the school floods every spring, but the garden still grows.",
    "Nobody asked us what we wanted for the park, so we built the benches ourselves.",
    "The church kitchen feeds forty families every Thursday night.",
    "I hope the bus comes back to our street so my mother can get to the clinic.",
    "Our choir sings in three languages and everyone joins the last song.",
)


@dataclass(frozen=True)
class Keystroke:
    char: str
    delay_ms: int  # the wait before this key


def text_for(rng: random.Random, chars: int) -> str:
    """At least ``chars`` characters of plausible story text."""
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < chars:
        parts.append(rng.choice(SENTENCES))
    return " ".join(parts)


def keystrokes(text: str, rng: random.Random, style: str = "bursty") -> list[Keystroke]:
    """The keys of ``text`` with the wait before each (all waits < 400 ms)."""
    out: list[Keystroke] = []
    words_left_in_burst = rng.randint(3, 8)
    for i, char in enumerate(text):
        if style == "steady":
            delay = rng.gauss(110, 12)
        else:
            delay = rng.lognormvariate(4.65, 0.3)  # median ~105 ms
            previous = text[i - 1] if i else ""
            if previous == " ":
                words_left_in_burst -= 1
                if words_left_in_burst <= 0:  # a hesitation between bursts
                    delay = rng.uniform(250, PAUSE_LIMIT_MS)
                    words_left_in_burst = rng.randint(3, 8)
            if previous in ".,":
                delay = rng.uniform(300, PAUSE_LIMIT_MS)
        out.append(Keystroke(char, int(min(max(delay, 35), PAUSE_LIMIT_MS)) if i else 0))
    return out
