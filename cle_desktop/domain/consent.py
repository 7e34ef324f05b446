"""Consent rules. Deny by default: no record means nothing leaves the laptop.

These rules are pure functions over a small value object so every export format, the UI and the
tests apply exactly the same logic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cle_desktop.domain.enums import NameUse, SharingLevel


@dataclass(frozen=True)
class ConsentTerms:
    """What one participant allowed. ``None`` as a whole (no record) means nothing is allowed."""

    sharing_level: SharingLevel = SharingLevel.NONE
    name_use: NameUse = NameUse.PSEUDONYM
    photo_release: bool = False
    audio_release: bool = False
    is_minor: bool = False
    guardian_permission: bool = False
    youth_assent: bool = False
    withdrawn: bool = False

    @property
    def effective_level(self) -> SharingLevel:
        """The level that applies: withdrawn people and minors lacking permission share nothing."""
        if self.withdrawn:
            return SharingLevel.NONE
        if self.is_minor and not (self.guardian_permission and self.youth_assent):
            return SharingLevel.NONE
        return self.sharing_level

    @property
    def may_release_photo(self) -> bool:
        return self.photo_release and self.effective_level != SharingLevel.NONE

    @property
    def may_use_name(self) -> bool:
        """Minors always appear under a pseudonym; adults only where they chose their name."""
        return self.name_use == NameUse.NAME and not self.is_minor and not self.withdrawn


NO_CONSENT: ConsentTerms | None = None


def effective_level(terms: ConsentTerms | None) -> SharingLevel:
    return SharingLevel.NONE if terms is None else terms.effective_level


def story_level(tellers: Iterable[ConsentTerms | None]) -> SharingLevel:
    """A story shares at the most restrictive level of its tellers; no teller means none."""
    levels = [effective_level(t) for t in tellers]
    if not levels:
        return SharingLevel.NONE
    return min(levels, key=lambda level: level.rank)


def story_visible(tellers: Iterable[ConsentTerms | None], audience: SharingLevel) -> bool:
    return story_level(tellers).allows(audience)


# A photo link of this kind (its target is the photo itself) says "nobody is in this photo".
NOBODY_DEPICTED = "nobody"


def photo_visible(
    depicted: Iterable[ConsentTerms | None],
    audience: SharingLevel,
    nobody_confirmed: bool = False,
) -> bool:
    """A photo leaves only if every person depicted released it and shares with this audience.

    A photo with nobody marked in it is denied by default beyond the host team, as a story
    without recorded consent is: people may be in it unmarked. It leaves once someone marks
    who is in it, or confirms that nobody is (``nobody_confirmed``: a place, an object).
    """
    people = list(depicted)
    if not people and not nobody_confirmed:
        return audience == SharingLevel.INTERNAL
    for terms in people:
        if (
            terms is None
            or not terms.may_release_photo
            or not terms.effective_level.allows(audience)
        ):
            return False
    return True


def display_name(name: str, pseudonym: str | None, terms: ConsentTerms | None) -> str:
    """The name an export may print for a person."""
    if terms is not None and terms.may_use_name:
        return name
    return pseudonym or "Anonymous participant"


def default_name_use(is_minor: bool) -> NameUse:
    """Minors default to a pseudonym; so does everyone until they choose otherwise."""
    return NameUse.PSEUDONYM
