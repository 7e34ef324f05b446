"""Base maps and the pins of a gathering's asset map.

A base map file (MBTiles, PMTiles, or a photo of the community's hand-drawn map) is checked
first and refused with a sentence if it cannot be shown; only then is it copied into the media
store and set on the gathering, so a bad file changes nothing.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cle_desktop.maps.errors import BaseMapRejected
from cle_desktop.maps.georef import ControlPoint, Georef, fit
from cle_desktop.maps.pins import BaseMapSpec, MapPin
from cle_desktop.maps.tiles import open_tiles
from cle_desktop.media import MediaStore, PhotoUnreadable, probe_image
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.places import PlaceService
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import (
    Asset,
    BaseMap,
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

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class MapService:
    def __init__(self, db: Database):
        self.db = db
        self.store = MediaStore(db.media_dir)

    def add_basemap(self, gathering_id: str, path: Path, name: str | None = None) -> str:
        path = Path(path)
        if not path.is_file():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no file at {path}."), path=path
            )
        suffix = path.suffix.lower()
        fields: dict[str, Any] = {"name": name or path.stem, "file_name": path.name}
        try:
            if suffix in (".mbtiles", ".pmtiles"):
                source = open_tiles(path)
                fields.update(
                    kind=suffix[1:],
                    min_zoom=source.min_zoom,
                    max_zoom=source.max_zoom,
                    attribution=source.metadata.get("attribution")
                    or source.metadata.get("name")
                    or "",
                )
                bounds = getattr(source, "bounds", lambda: None)()
                if bounds:
                    fields["bounds"] = json.dumps(list(bounds))
            elif suffix in IMAGE_SUFFIXES:
                info = probe_image(path)
                fields.update(kind="image", width=info.display_width, height=info.display_height)
            else:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is not a base map: use an .mbtiles or .pmtiles file, "
                        "or a .jpg/.png photo of a drawn map.",
                    ),
                    name=path.name,
                )
        except BaseMapRejected as exc:
            raise InvalidInput(str(exc)) from exc
        except PhotoUnreadable as exc:
            raise InvalidInput(exc.phrase) from exc
        sha, _stored, _new = self.store.put_file(path)
        with self.db.write() as w:
            if w.session.get(Gathering, gathering_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That gathering does not exist."))
            basemap_id = w.create(BaseMap, gathering_id=gathering_id, file_sha256=sha, **fields)
            w.update(Gathering, gathering_id, basemap_id=basemap_id)
        return basemap_id

    def set_control_points(self, gathering_id: str, points: list[ControlPoint]) -> None:
        """Georeference the drawn map (2 or 3 points) so its pins also get lat/lon."""
        try:
            fit(points)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
        with self.db.write() as w:
            g = w.session.get(Gathering, gathering_id)
            if g is None or not g.basemap_id:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "This gathering has no drawn map to georeference.")
                )
            w.update(BaseMap, g.basemap_id, control_points=json.dumps([p.__dict__ for p in points]))

    def georef(self, gathering_id: str) -> Georef | None:
        with self.db.read() as s:
            g = s.get(Gathering, gathering_id)
            bm = s.get(BaseMap, g.basemap_id) if g is not None and g.basemap_id else None
            if bm is None or not bm.control_points:
                return None
            return fit([ControlPoint(**p) for p in json.loads(bm.control_points)])

    def place_on_drawn_map(self, asset_id: str, gathering_id: str, px: float, py: float) -> str:
        """A pin on the drawn map; with control points it gets a geographic position too."""
        g = self.georef(gathering_id)
        lat, lon = g.to_latlon(px, py) if g else (None, None)
        with self.db.read() as s:
            gathering = s.get(Gathering, gathering_id)
            basemap_id = gathering.basemap_id if gathering else None
        return PlaceService(self.db).place_asset(
            asset_id, basemap_id=basemap_id, px=px, py=py, lat=lat, lon=lon
        )

    def basemap_spec(self, gathering_id: str) -> BaseMapSpec:
        with self.db.read() as s:
            g = s.get(Gathering, gathering_id)
            if g is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That gathering does not exist."))
            sessions = [
                (x.id, x.title)
                for x in s.scalars(
                    select(GatheringSession).where(
                        GatheringSession.gathering_id == gathering_id,
                        GatheringSession.deleted.is_(False),
                    )
                )
            ]
            center = (
                (g.center_lat, g.center_lon)
                if g.center_lat is not None and g.center_lon is not None
                else None
            )
            bm = s.get(BaseMap, g.basemap_id) if g.basemap_id else None
            if bm is None or bm.deleted or not bm.file_sha256 or not self.store.has(bm.file_sha256):
                return BaseMapSpec(center=center, sessions=sessions)
            return BaseMapSpec(
                kind=bm.kind,
                path=self.store.path_for(bm.file_sha256),
                width=bm.width,
                height=bm.height,
                attribution=bm.attribution or "",
                min_zoom=bm.min_zoom or 0,
                max_zoom=bm.max_zoom or 18,
                center=center,
                sessions=sessions,
            )

    def pins(self, gathering_id: str, with_thumbnails: bool = True) -> list[MapPin]:
        """Every placed asset with its mentions, a short quote, a thumbnail, sessions and roles."""
        with self.db.read() as s:
            assets = s.scalars(
                select(Asset).where(Asset.gathering_id == gathering_id, Asset.deleted.is_(False))
            ).all()
            places = {
                p.id: p for p in s.scalars(select(Place).where(Place.gathering_id == gathering_id))
            }
            stories = {
                st.id: st
                for st in s.scalars(
                    select(Story).where(
                        Story.gathering_id == gathering_id, Story.deleted.is_(False)
                    )
                )
            }
            tags: dict[str, list[Tag]] = defaultdict(list)
            for tag in s.scalars(select(Tag).where(Tag.deleted.is_(False))):
                if tag.asset_id and tag.story_id in stories:
                    tags[tag.asset_id].append(tag)
            roles = {
                p.id: p.role or "other"
                for p in s.scalars(
                    select(Participant).where(Participant.gathering_id == gathering_id)
                )
            }
            tellers: dict[str, list[str]] = defaultdict(list)
            for link in s.scalars(select(StoryTeller).where(StoryTeller.deleted.is_(False))):
                if link.story_id in stories and link.participant_id:
                    tellers[link.story_id].append(link.participant_id)
            photo_of_story: dict[str, str] = {}
            if with_thumbnails:
                shas = {
                    p.id: p.sha256
                    for p in s.scalars(
                        select(Photo).where(
                            Photo.gathering_id == gathering_id, Photo.deleted.is_(False)
                        )
                    )
                }
                for plink in s.scalars(
                    select(PhotoLink).where(
                        PhotoLink.target_kind == "story", PhotoLink.deleted.is_(False)
                    )
                ):
                    if plink.target_id and plink.photo_id in shas:
                        photo_of_story.setdefault(plink.target_id, shas[plink.photo_id])
        out = []
        for a in assets:
            place = places.get(a.place_id or "")
            if place is None or (place.lat is None and place.px is None):
                continue
            mentions = tags.get(a.id, [])
            story_ids = sorted({t.story_id for t in mentions if t.story_id})
            first = mentions[0] if mentions else None
            thumb = None
            for sid in story_ids:
                if sid in photo_of_story:
                    thumb = self._thumb_uri(photo_of_story[sid])
                    break
            out.append(
                MapPin(
                    asset_id=a.id,
                    name=a.name,
                    kind=a.kind,
                    category=a.category,
                    lat=place.lat,
                    lon=place.lon,
                    px=place.px,
                    py=place.py,
                    mentions=len(story_ids),
                    quote=first.quote if first else "",
                    story_id=first.story_id if first else None,
                    thumbnail_data_uri=thumb,
                    session_ids=tuple(
                        sorted({stories[sid].session_id or "" for sid in story_ids} - {""})
                    ),
                    teller_roles=tuple(
                        sorted(
                            {
                                roles.get(pid, "other")
                                for sid in story_ids
                                for pid in tellers.get(sid, [])
                            }
                        )
                    ),
                )
            )
        return out

    def _thumb_uri(self, sha: str) -> str | None:
        try:
            path = self.store.ensure_thumbnail(sha, 128)
        except Exception:
            return None
        return "data:image/jpeg;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
