"""Enumerations of the CLE vocabulary.

Values are lower-case strings because they are stored in SQLite and travel in sync bundles as
JSON: a string survives a schema change better than an integer code.
"""

from __future__ import annotations

from enum import StrEnum


class TagKind(StrEnum):
    """What a tagged passage names: something the community has, can give, or longs for."""

    ASSET = "asset"
    GIFT = "gift"
    HOPE = "hope"


class AbcdCategory(StrEnum):
    """Asset-Based Community Development categories."""

    INDIVIDUAL = "individual"
    ASSOCIATION = "association"
    INSTITUTION = "institution"
    PHYSICAL = "physical"
    ECONOMIC = "economic"
    CULTURAL = "cultural"


class SharingLevel(StrEnum):
    """How far a participant allows their story to travel. Ordered from most to least private."""

    NONE = "none"
    INTERNAL = "internal"
    NETWORK = "network"
    PUBLIC = "public"

    @property
    def rank(self) -> int:
        return _SHARING_RANK[self]

    def allows(self, audience: SharingLevel) -> bool:
        """True when content at this level may be shown to ``audience``."""
        return audience != SharingLevel.NONE and self.rank >= audience.rank


_SHARING_RANK = {
    SharingLevel.NONE: 0,
    SharingLevel.INTERNAL: 1,
    SharingLevel.NETWORK: 2,
    SharingLevel.PUBLIC: 3,
}


class AgeBand(StrEnum):
    YOUTH = "youth"
    ADULT = "adult"
    ELDER = "elder"


class Role(StrEnum):
    """A participant's role at the gathering; CLEs value crossing these boundaries."""

    STUDENT = "student"
    FAMILY = "family"
    TEACHER = "teacher"
    SCHOOL_LEADER = "school_leader"
    COMMUNITY_MEMBER = "community_member"
    PARTNER = "partner"
    ELDER = "elder"
    STAFF = "staff"
    OTHER = "other"


class NameUse(StrEnum):
    """Whether exports may use the participant's name or must use the pseudonym."""

    NAME = "name"
    PSEUDONYM = "pseudonym"


class BaseMapKind(StrEnum):
    NONE = "none"
    MBTILES = "mbtiles"
    PMTILES = "pmtiles"
    IMAGE = "image"
