"""SQLAlchemy 2 typed models.

Two families of tables:

* **Synced entities** (``SyncedBase`` subclasses): every row has a UUIDv7 ``id`` and a
  ``deleted`` tombstone flag. Rows are never written directly: the change writer
  (``cle_desktop.storage.changelog``) appends field-level entries to ``change`` and derives these
  rows from them in the same transaction. Link rows (story tellers, photo links) use
  deterministic ids so that two laptops adding the same link agree.
* **Local tables** (change log, heads, device-local settings): never synced as rows.

Columns are nullable unless a row cannot mean anything without them, because a replica may
receive a row's fields one by one from a sync bundle.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as ISO 8601 text (SQLite has no timestamp type)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)

    @property
    def python_type(self) -> type[Any]:
        return datetime


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncedBase(Base):
    """A row that travels between laptops. Written only through the change log."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


def _fk(target: str, **kw: Any) -> Any:
    return mapped_column(String(36), ForeignKey(target), nullable=True, index=True, **kw)


class BaseMap(SyncedBase):
    __tablename__ = "basemap"
    gathering_id: Mapped[str | None] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="none")
    name: Mapped[str | None] = mapped_column(Text)
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    file_name: Mapped[str | None] = mapped_column(Text)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    attribution: Mapped[str | None] = mapped_column(Text)
    control_points: Mapped[str | None] = mapped_column(Text)  # JSON list of {px,py,lat,lon}
    min_zoom: Mapped[int | None] = mapped_column(Integer)
    max_zoom: Mapped[int | None] = mapped_column(Integer)
    bounds: Mapped[str | None] = mapped_column(Text)  # JSON [west, south, east, north]


class Gathering(SyncedBase):
    __tablename__ = "gathering"
    title: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str | None] = mapped_column(Text)
    host_community: Mapped[str | None] = mapped_column(Text)
    place_name: Mapped[str | None] = mapped_column(Text)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    center_lat: Mapped[float | None] = mapped_column(Float)
    center_lon: Mapped[float | None] = mapped_column(Float)
    languages: Mapped[str | None] = mapped_column(Text)  # ";"-separated codes, e.g. "en;es"
    basemap_id: Mapped[str | None] = _fk("basemap.id")
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class GatheringSession(SyncedBase):
    """An agenda item of a gathering: a circle, a journey line, a gallery walk, open space..."""

    __tablename__ = "session"
    gathering_id: Mapped[str | None] = _fk("gathering.id")
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str | None] = mapped_column(String(40))
    starts_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Participant(SyncedBase):
    __tablename__ = "participant"
    gathering_id: Mapped[str | None] = _fk("gathering.id")
    display_name: Mapped[str] = mapped_column(Text, default="")
    pseudonym: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(String(40))
    team: Mapped[str | None] = mapped_column(Text)
    age_band: Mapped[str | None] = mapped_column(String(16))
    languages: Mapped[str | None] = mapped_column(Text)


class Consent(SyncedBase):
    """The consent record of one participant (id derived from the participant id).

    Absent row = no consent recorded = nothing about this person leaves the laptop.
    """

    __tablename__ = "consent"
    participant_id: Mapped[str | None] = _fk("participant.id")
    collected_by: Mapped[str | None] = mapped_column(Text)
    collected_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    form_version: Mapped[str | None] = mapped_column(String(40))
    sharing_level: Mapped[str] = mapped_column(String(16), default="none")
    name_use: Mapped[str] = mapped_column(String(16), default="pseudonym")
    photo_release: Mapped[bool] = mapped_column(Boolean, default=False)
    audio_release: Mapped[bool] = mapped_column(Boolean, default=False)
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_permission: Mapped[bool] = mapped_column(Boolean, default=False)
    youth_assent: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Story(SyncedBase):
    __tablename__ = "story"
    gathering_id: Mapped[str | None] = _fk("gathering.id")
    session_id: Mapped[str | None] = _fk("session.id")
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(16))
    note_taker: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class StoryTeller(SyncedBase):
    __tablename__ = "story_teller"
    story_id: Mapped[str | None] = _fk("story.id")
    participant_id: Mapped[str | None] = _fk("participant.id")


class Place(SyncedBase):
    __tablename__ = "place"
    gathering_id: Mapped[str | None] = _fk("gathering.id")
    name: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    basemap_id: Mapped[str | None] = _fk("basemap.id")
    px: Mapped[float | None] = mapped_column(Float)
    py: Mapped[float | None] = mapped_column(Float)


class Asset(SyncedBase):
    """The de-duplicated entry a host sees: "Public library", mentioned in 12 stories."""

    __tablename__ = "asset"
    gathering_id: Mapped[str | None] = _fk("gathering.id")
    name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="asset")
    category: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(Text)
    holder_id: Mapped[str | None] = _fk("participant.id")
    place_id: Mapped[str | None] = _fk("place.id")
    merged_into_id: Mapped[str | None] = mapped_column(String(36))


class Tag(SyncedBase):
    """A passage of a story marked as asset, gift or hope, anchored by position and quote."""

    __tablename__ = "tag"
    story_id: Mapped[str | None] = _fk("story.id")
    kind: Mapped[str] = mapped_column(String(16), default="asset")
    category: Mapped[str | None] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer, default=0)
    end: Mapped[int] = mapped_column(Integer, default=0)
    quote: Mapped[str] = mapped_column(Text, default="")
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False)
    asset_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("asset.id"), nullable=True)
    note: Mapped[str | None] = mapped_column(Text)

    # The inventory counts each asset's live stories from this index alone.
    __table_args__ = (Index("ix_tag_asset_mentions", "asset_id", "story_id", "deleted"),)


class Artifact(SyncedBase):
    """An object someone brought: who brought it, what it means, whether it went back home."""

    __tablename__ = "artifact"
    gathering_id: Mapped[str | None] = _fk("gathering.id")
    name: Mapped[str] = mapped_column(Text, default="")
    meaning: Mapped[str | None] = mapped_column(Text)
    brought_by_id: Mapped[str | None] = _fk("participant.id")
    session_id: Mapped[str | None] = _fk("session.id")
    returned: Mapped[bool] = mapped_column(Boolean, default=False)


class ArtifactStory(SyncedBase):
    __tablename__ = "artifact_story"
    artifact_id: Mapped[str | None] = _fk("artifact.id")
    story_id: Mapped[str | None] = _fk("story.id")


class Photo(SyncedBase):
    __tablename__ = "photo"
    gathering_id: Mapped[str | None] = _fk("gathering.id")
    sha256: Mapped[str] = mapped_column(String(64), index=True, default="")
    original_name: Mapped[str | None] = mapped_column(Text)
    mime: Mapped[str | None] = mapped_column(String(40))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    taken_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    orientation: Mapped[int | None] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PhotoLink(SyncedBase):
    """A photo linked to a story, an artifact, or a person depicted in it."""

    __tablename__ = "photo_link"
    photo_id: Mapped[str | None] = _fk("photo.id")
    target_kind: Mapped[str] = mapped_column(
        String(16), default="story"
    )  # story|artifact|participant
    target_id: Mapped[str | None] = mapped_column(String(36), index=True)


# --- local tables ---------------------------------------------------------------------------


class Change(Base):
    """Append-only, field-level change log: the source of truth for every synced row."""

    __tablename__ = "change"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)  # JSON
    parents: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of change ids
    applied_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("uq_change_device_seq", "device_id", "seq", unique=True),
        Index("ix_change_row", "entity", "row_id", "field"),
        Index("ix_change_hlc", "hlc"),
    )


class ChangeParent(Base):
    """Which change superseded which: lets a late-arriving change know it is already stale."""

    __tablename__ = "change_parent"
    child_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    parent_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class FieldHead(Base):
    """Current head(s) of each field: one head is a value, several heads are a conflict."""

    __tablename__ = "field_head"
    # Looked up only by its whole key: stored once, not as a table plus a key index.
    __table_args__ = {"sqlite_with_rowid": False}
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class LocalSetting(Base):
    """Device-local key/value settings (last gathering opened ...); never synced."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class PurgedRow(Base):
    """A row a consent purge erased, and the values it keeps whatever arrives later."""

    __tablename__ = "purged_row"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    erased: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: kept value}


class SyncPeer(Base):
    """What we know another laptop has (its version vector), and when we last synced."""

    __tablename__ = "sync_peer"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    has_vector: Mapped[str] = mapped_column(Text, default="{}")  # JSON {device: max seq}
    last_import_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_export_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    label: Mapped[str | None] = mapped_column(Text)


SYNCED_MODELS: dict[str, type[SyncedBase]] = {
    cls.__tablename__: cls
    for cls in (
        BaseMap,
        Gathering,
        GatheringSession,
        Participant,
        Consent,
        Story,
        StoryTeller,
        Place,
        Asset,
        Tag,
        Artifact,
        ArtifactStory,
        Photo,
        PhotoLink,
    )
}
"""Entity name (= table name) -> model, in an order where referenced tables come first."""
