"""Base maps and the pins of a gathering's asset map.

A base map file (MBTiles, PMTiles, or a photo of the community's hand-drawn map) is checked
first and refused with a sentence if it cannot be shown; only then is it copied into the media
store and set on the gathering, so a bad file changes nothing.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cle_desktop.domain.consent import ConsentTerms, display_name, photo_visible, story_visible
from cle_desktop.domain.enums import SharingLevel
from cle_desktop.domain.georef import ControlPoint, Georef, fit
from cle_desktop.domain.maps import BaseMapSpec, BuiltMap, MapPin
from cle_desktop.maps.build import build_map
from cle_desktop.maps.errors import BaseMapRejected
from cle_desktop.maps.tiles import open_tiles
from cle_desktop.media import MediaStore, PhotoUnreadable, probe_image
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.map_web import TileImages, open_tile_images
from cle_desktop.services.places import PlaceService
from cle_desktop.storage.consent import terms_of
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import (
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

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


@dataclass(frozen=True)
class TileArchive:
    """A tile archive this gathering has had as its base map (kept in the media store), which
    the georeference dialog can show to click a control point's place on."""

    basemap_id: str
    name: str
    kind: str  # mbtiles | pmtiles
    path: Path
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None  # west, south, east, north


@dataclass(frozen=True)
class ShownMap:
    """A map ready for the window to show: the built page (and what to tell about its pins),
    the base map it was built on, the tile archive the ``app://`` scheme serves tiles from, and,
    when that archive could not be opened, the refusal (its sentence kept as a phrase)."""

    built: BuiltMap
    spec: BaseMapSpec
    tiles: TileImages | None = None
    refusal: InvalidInput | None = None


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
                    name=(name or source.metadata.get("name") or path.stem)[:500],
                    kind=suffix[1:],
                    min_zoom=source.min_zoom,
                    max_zoom=source.max_zoom,
                    attribution=(
                        source.metadata.get("attribution") or source.metadata.get("name") or ""
                    )[:2000],
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

    def clear_basemap(self, gathering_id: str) -> None:
        """No base map: the pins on a plain map by lat/lon. The old base map's record and file
        stay (a drawing's pins keep their spots on it for when it is chosen again)."""
        with self.db.write() as w:
            g = w.session.get(Gathering, gathering_id)
            if g is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That gathering does not exist."))
            if g.basemap_id is not None:
                w.update(Gathering, gathering_id, basemap_id=None)

    def tile_archives(self, gathering_id: str) -> list[TileArchive]:
        """The tile archives this gathering has used (newest first, one per file), whose files
        are still in the media store."""
        with self.db.read() as s:
            rows = s.scalars(
                select(BaseMap)
                .where(
                    BaseMap.gathering_id == gathering_id,
                    BaseMap.deleted.is_(False),
                    BaseMap.kind.in_(("mbtiles", "pmtiles")),
                )
                .order_by(BaseMap.id.desc())
            ).all()
            out: list[TileArchive] = []
            seen: set[str] = set()
            for bm in rows:
                sha = bm.file_sha256 or ""
                if not sha or sha in seen or not self.store.has(sha):
                    continue
                seen.add(sha)
                bounds = _bounds(bm.bounds)
                out.append(
                    TileArchive(
                        basemap_id=bm.id,
                        name=bm.name or bm.file_name or "",
                        kind=bm.kind,
                        path=self.store.path_for(sha),
                        min_zoom=bm.min_zoom or 0,
                        max_zoom=bm.max_zoom if bm.max_zoom is not None else 18,
                        bounds=bounds,
                    )
                )
            return out

    def control_points(self, gathering_id: str) -> list[ControlPoint]:
        """The drawn map's control points as saved (empty when it has none)."""
        with self.db.read() as s:
            g = s.get(Gathering, gathering_id)
            bm = s.get(BaseMap, g.basemap_id) if g is not None and g.basemap_id else None
            if bm is None or not bm.control_points:
                return []
            return [ControlPoint(**p) for p in json.loads(bm.control_points)]

    def set_control_points(self, gathering_id: str, points: list[ControlPoint]) -> None:
        """Georeference the drawn map (2 or 3 points) so its pins also get lat/lon.

        Every pin already on this drawing gets the lat/lon its spot now means (the spot a
        person chose on the drawing is the one kept; a lat/lon it had is replaced), so the
        pins placed on the drawing show on tile maps, exports and reports too."""
        try:
            georef = fit(points)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
        with self.db.write() as w:
            g = w.session.get(Gathering, gathering_id)
            bm = w.session.get(BaseMap, g.basemap_id) if g is not None and g.basemap_id else None
            if g is None or bm is None or bm.kind != "image":
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "This gathering has no drawn map to georeference.")
                )
            w.update(BaseMap, bm.id, control_points=json.dumps([p.__dict__ for p in points]))
            places = w.session.scalars(
                select(Place).where(
                    Place.basemap_id == bm.id,
                    Place.deleted.is_(False),
                    Place.px.is_not(None),
                    Place.py.is_not(None),
                )
            ).all()
            for place in places:
                lat, lon = georef.to_latlon(place.px or 0.0, place.py or 0.0)
                if -90 <= lat <= 90 and -180 <= lon <= 180:
                    w.update(Place, place.id, lat=lat, lon=lon)

    def georef(self, gathering_id: str) -> Georef | None:
        with self.db.read() as s:
            g = s.get(Gathering, gathering_id)
            bm = s.get(BaseMap, g.basemap_id) if g is not None and g.basemap_id else None
            if bm is None or not bm.control_points:
                return None
            return fit([ControlPoint(**p) for p in json.loads(bm.control_points)])

    def place_on_drawn_map(self, asset_id: str, gathering_id: str, px: float, py: float) -> str:
        """A pin on the drawn map; with control points it gets a geographic position too.

        Without control points a lat/lon the asset already had is kept beside its spot on the
        drawing: the two cannot be compared yet, and neither is thrown away."""
        g = self.georef(gathering_id)
        lat, lon = g.to_latlon(px, py) if g else (None, None)
        with self.db.read() as s:
            gathering = s.get(Gathering, gathering_id)
            basemap_id = gathering.basemap_id if gathering else None
            if g is None:
                asset = s.get(Asset, asset_id)
                place = s.get(Place, asset.place_id) if asset and asset.place_id else None
                if place is not None:
                    lat, lon = place.lat, place.lon
        if lat is not None and not (-90 <= lat <= 90 and -180 <= (lon or 0.0) <= 180):
            lat = lon = None  # a spot far off a small drawing can fall off the globe
        return PlaceService(self.db).place_asset(
            asset_id, basemap_id=basemap_id, px=px, py=py, lat=lat, lon=lon
        )

    def place_by_latlon(self, asset_id: str, lat: float, lon: float) -> str:
        """A pin placed on a tile map or the plain map. A spot it has on a drawing that is not
        georeferenced is kept (it cannot be derived from lat/lon); on a georeferenced drawing
        the spot follows from lat/lon, so the old one is dropped."""
        with self.db.read() as s:
            asset = s.get(Asset, asset_id)
            place = s.get(Place, asset.place_id) if asset and asset.place_id else None
            keep = None
            if place is not None and place.basemap_id and place.px is not None:
                bm = s.get(BaseMap, place.basemap_id)
                if bm is not None and not bm.control_points:
                    keep = (place.basemap_id, place.px, place.py)
        if keep is None:
            return PlaceService(self.db).place_asset(asset_id, lat=lat, lon=lon)
        return PlaceService(self.db).place_asset(
            asset_id, lat=lat, lon=lon, basemap_id=keep[0], px=keep[1], py=keep[2]
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
            path = self.store.path_for(bm.file_sha256)
            description = ""
            if bm.kind in ("mbtiles", "pmtiles"):
                # checked again each time: the file may predate today's checks or come from a
                # bundle; a map that cannot be read safely is left out with its sentence
                try:
                    description = open_tiles(path, bm.kind).metadata.get("description", "")
                except BaseMapRejected as exc:
                    return BaseMapSpec(center=center, sessions=sessions, problem=str(exc))
            metres_per_pixel = None
            if bm.kind == "image" and bm.control_points:
                try:
                    drawn = fit([ControlPoint(**p) for p in json.loads(bm.control_points)])
                    metres_per_pixel = drawn.metres_per_pixel()
                except (ValueError, TypeError):
                    metres_per_pixel = None
            return BaseMapSpec(
                basemap_id=bm.id,
                bounds=_bounds(bm.bounds),
                metres_per_pixel=metres_per_pixel,
                kind=bm.kind,
                path=path,
                name=bm.name or "",
                description=description[:2000],
                width=bm.width,
                height=bm.height,
                attribution=bm.attribution or "",
                min_zoom=bm.min_zoom or 0,
                max_zoom=bm.max_zoom or 18,
                center=center,
                sessions=sessions,
            )

    def pins(
        self,
        gathering_id: str,
        with_thumbnails: bool = True,
        audience: SharingLevel | str | None = None,
    ) -> list[MapPin]:
        """Every placed asset with its mentions, a short quote and its teller, a thumbnail,
        sessions and roles.

        ``audience`` None is the host's own view on this laptop (everything). With an audience
        the report's consent rules apply (``domain.consent``): only stories every teller shares
        with that audience count (sharing "none", withdrawn people, minors without assent and
        people with no consent record share nothing); an asset appears only through such
        stories, its quote and counts come from them, tellers are named only as they chose,
        and a thumbnail only when every person depicted released the photo to this audience.
        """
        level = None if audience is None else SharingLevel(audience)
        if level == SharingLevel.NONE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The audience must be internal, network or public.")
            )
        with self.db.read() as s:
            assets = s.scalars(
                select(Asset).where(Asset.gathering_id == gathering_id, Asset.deleted.is_(False))
            ).all()
            places = {
                p.id: p for p in s.scalars(select(Place).where(Place.gathering_id == gathering_id))
            }
            people = {
                p.id: p
                for p in s.scalars(
                    select(Participant).where(Participant.gathering_id == gathering_id)
                )
            }
            consents: dict[str, ConsentTerms | None] = {pid: None for pid in people}
            for c in s.scalars(select(Consent).where(Consent.participant_id.in_(list(people)))):
                if c.participant_id:
                    consents[c.participant_id] = terms_of(c)
            tellers: dict[str, list[str]] = defaultdict(list)
            for link in s.scalars(select(StoryTeller).where(StoryTeller.deleted.is_(False))):
                if link.story_id and link.participant_id in people:
                    tellers[link.story_id].append(link.participant_id)
            stories = {
                st.id: st
                for st in s.scalars(
                    select(Story).where(
                        Story.gathering_id == gathering_id, Story.deleted.is_(False)
                    )
                )
                if level is None
                or story_visible([consents.get(p) for p in set(tellers.get(st.id, []))], level)
            }
            tags: dict[str, list[Tag]] = defaultdict(list)
            for tag in s.scalars(
                select(Tag)
                .where(Tag.deleted.is_(False), Tag.orphaned.is_(False))
                .order_by(Tag.story_id, Tag.start)
            ):
                if tag.asset_id and tag.story_id in stories:
                    tags[tag.asset_id].append(tag)
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
                links: dict[str, list[PhotoLink]] = defaultdict(list)
                for plink in s.scalars(select(PhotoLink).where(PhotoLink.deleted.is_(False))):
                    if plink.photo_id in shas:
                        links[plink.photo_id].append(plink)
                for photo_id, photo_links in sorted(links.items()):
                    depicted = [
                        lk.target_id
                        for lk in photo_links
                        if lk.target_kind == "participant" and lk.target_id
                    ]
                    if level is not None and (
                        any(pid not in people for pid in depicted)
                        or not photo_visible([consents.get(pid) for pid in depicted], level)
                    ):
                        continue
                    for lk in photo_links:
                        if lk.target_kind == "story" and lk.target_id in stories:
                            photo_of_story.setdefault(lk.target_id, shas[photo_id])
        georef = self.georef(gathering_id)
        with self.db.read() as s:
            g = s.get(Gathering, gathering_id)
            current = g.basemap_id if g is not None else None
        out = []
        for a in assets:
            place = places.get(a.place_id or "")
            if place is None or (place.lat is None and place.px is None):
                continue
            # a spot on a drawing means nothing on another drawing
            on_this = current is not None and place.basemap_id == current
            px, py = (place.px, place.py) if on_this else (None, None)
            if (
                georef is not None
                and px is None
                and place.lat is not None
                and place.lon is not None
            ):
                try:  # a pin placed by lat/lon shows on the georeferenced drawing too
                    px, py = georef.to_pixel(place.lat, place.lon)
                except ValueError:
                    px = py = None
            mentions = tags.get(a.id, [])
            if level is not None and not mentions:
                continue  # in an export an asset exists only through stories it may show
            story_ids = sorted({t.story_id for t in mentions if t.story_id})
            first = mentions[0] if mentions else None
            thumb = None
            for sid in story_ids:
                if sid in photo_of_story:
                    thumb = self._thumb_uri(photo_of_story[sid])
                    break
            quote_by = ""
            if first is not None and first.story_id:
                quote_by = ", ".join(
                    display_name(people[pid].display_name, people[pid].pseudonym, consents.get(pid))
                    for pid in sorted(set(tellers.get(first.story_id, [])))
                )
            out.append(
                MapPin(
                    asset_id=a.id,
                    name=a.name,
                    kind=a.kind,
                    category=a.category,
                    lat=place.lat,
                    lon=place.lon,
                    px=px,
                    py=py,
                    mentions=len(story_ids),
                    quote=first.quote if first else "",
                    quote_by=quote_by,
                    story_id=first.story_id if first else None,
                    thumbnail_data_uri=thumb,
                    session_ids=tuple(
                        sorted({stories[sid].session_id or "" for sid in story_ids} - {""})
                    ),
                    teller_roles=tuple(
                        sorted(
                            {
                                (people[pid].role or "other")
                                for sid in story_ids
                                for pid in tellers.get(sid, [])
                            }
                        )
                    ),
                )
            )
        return out

    def export_html(
        self,
        gathering_id: str,
        out: Path,
        audience: SharingLevel | str = SharingLevel.PUBLIC,
        embed_tiles: bool = True,
    ) -> BuiltMap:
        """The map as one offline HTML file for ``audience`` (consent applied), written whole
        or not at all. The result says which pins could not be shown and any size notice."""
        built = self.build_export(gathering_id, audience, embed_tiles)
        out = Path(out)
        tmp = out.with_name(f".{out.name}.partial")
        try:
            tmp.write_text(built.html, encoding="utf-8")
            tmp.replace(out)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The map could not be written to {path}: {error}. "
                    "Nothing was lost; choose another place.",
                ),
                path=out,
                error=exc.strerror or exc,
            ) from exc
        return built

    def build_export(
        self,
        gathering_id: str,
        audience: SharingLevel | str = SharingLevel.PUBLIC,
        embed_tiles: bool = True,
    ) -> BuiltMap:
        """The exported page (HTML text) for ``audience``; the PNG export renders this too."""
        if str(audience) not in ("internal", "network", "public"):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The audience must be internal, network or public.")
            )
        spec = self.basemap_spec(gathering_id)
        pins = self.pins(gathering_id, audience=audience)
        used = {sid for p in pins for sid in p.session_ids}
        # the session filter lists only sessions whose stories this audience may see
        spec = replace(spec, sessions=[s for s in spec.sessions if s[0] in used])
        with self.db.read() as s:
            g = s.get(Gathering, gathering_id)
            title = g.title if g is not None else ""
        try:
            built = build_map(pins, spec, mode="export", embed_tiles=embed_tiles, title=title)
        except BaseMapRejected as exc:
            raise InvalidInput(str(exc)) from exc
        if spec.problem:
            built.notices.insert(0, spec.problem + " The map was made without it.")
        return built

    def app_page(
        self,
        gathering_id: str,
        *,
        labels: dict[str, str] | None = None,
        names: dict[str, str] | None = None,
    ) -> ShownMap:
        """The Map tab's page: the gathering's pins on its base map, editable, with the tile
        archive opened for the ``app://`` scheme. An archive that cannot be read (now) is left
        out and the page says why; ``labels`` and ``names`` are the window's translated words."""
        spec = self.basemap_spec(gathering_id)
        pins = self.pins(gathering_id)
        tiles: TileImages | None = None
        refusal: InvalidInput | None = None
        if spec.kind in ("mbtiles", "pmtiles") and spec.path:
            try:
                tiles = open_tile_images(spec.path, spec.kind)
            except InvalidInput as exc:  # the base map is left out, with its sentence
                refusal = exc
                spec = BaseMapSpec(center=spec.center, sessions=spec.sessions, problem=str(exc))
        with self.db.read() as s:
            g = s.get(Gathering, gathering_id)
            title = g.title if g is not None else ""
        built = build_map(
            pins, spec, mode="app", editable=True, labels=labels, names=names, title=title
        )
        return ShownMap(built, spec, tiles, refusal)

    @staticmethod
    def pick_page(archive: TileArchive, *, labels: dict[str, str] | None = None) -> ShownMap:
        """A tile archive as the georeference dialog shows it: no pins, legend or filters, and
        a click reports its lat/lon. An archive that cannot be read gives an empty page and
        the refusal."""
        tiles: TileImages | None = None
        refusal: InvalidInput | None = None
        try:
            tiles = open_tile_images(archive.path, archive.kind)
        except InvalidInput as exc:
            refusal = exc
        spec = BaseMapSpec(
            kind=archive.kind,
            path=archive.path,
            name=archive.name,
            min_zoom=archive.min_zoom,
            max_zoom=archive.max_zoom,
            bounds=archive.bounds,
            attribution="",
        )
        built = build_map([], spec, mode="app", pick=True, labels=labels)
        return ShownMap(built, spec, tiles, refusal)

    def _thumb_uri(self, sha: str) -> str | None:
        try:
            path = self.store.ensure_thumbnail(sha, 128)
        except Exception:
            return None
        return "data:image/jpeg;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _bounds(text: str | None) -> tuple[float, float, float, float] | None:
    """A base map's stored bounds (JSON [west, south, east, north]), or None if unusable."""
    try:
        west, south, east, north = (float(v) for v in json.loads(text or "null"))
    except (TypeError, ValueError):
        return None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        return None
    return west, south, east, north
