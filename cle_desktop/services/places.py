"""Places: a geographic point, or a pixel on a photo of a hand-drawn map (a BaseMap)."""

from __future__ import annotations

from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.records import PlaceRecord
from cle_desktop.services.rows import fetch_record
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Asset, Place


class PlaceService:
    def __init__(self, db: Database):
        self.db = db

    def create(
        self,
        gathering_id: str,
        *,
        name: str | None = None,
        lat: float | None = None,
        lon: float | None = None,
        basemap_id: str | None = None,
        px: float | None = None,
        py: float | None = None,
    ) -> str:
        self._validate(lat, lon, basemap_id, px, py)
        with self.db.write() as w:
            return w.create(
                Place,
                gathering_id=gathering_id,
                name=name,
                lat=lat,
                lon=lon,
                basemap_id=basemap_id,
                px=px,
                py=py,
            )

    def place_asset(
        self,
        asset_id: str,
        *,
        lat: float | None = None,
        lon: float | None = None,
        basemap_id: str | None = None,
        px: float | None = None,
        py: float | None = None,
    ) -> str:
        """Put an asset on the map (or move it); returns its place id."""
        self._validate(lat, lon, basemap_id, px, py)
        with self.db.write() as w:
            asset = w.session.get(Asset, asset_id)
            if asset is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That asset no longer exists."))
            if asset.place_id and w.session.get(Place, asset.place_id) is not None:
                w.update(
                    Place, asset.place_id, lat=lat, lon=lon, basemap_id=basemap_id, px=px, py=py
                )
                return asset.place_id
            place_id = w.create(
                Place,
                gathering_id=asset.gathering_id,
                name=asset.name,
                lat=lat,
                lon=lon,
                basemap_id=basemap_id,
                px=px,
                py=py,
            )
            w.update(Asset, asset_id, place_id=place_id)
            return place_id

    def get(self, place_id: str) -> PlaceRecord:
        """The place's fields, deleted or not."""
        return fetch_record(
            self.db,
            Place,
            place_id,
            PlaceRecord,
            QT_TRANSLATE_NOOP("Errors", "That place no longer exists."),
            deleted_ok=True,
        )

    @staticmethod
    def _validate(
        lat: float | None,
        lon: float | None,
        basemap_id: str | None,
        px: float | None,
        py: float | None,
    ) -> None:
        if lat is not None and not -90 <= lat <= 90:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Latitude must be between -90 and 90."))
        if lon is not None and not -180 <= lon <= 180:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Longitude must be between -180 and 180.")
            )
        if (lat is None) != (lon is None):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A place needs both latitude and longitude.")
            )
        if (px is None) != (py is None):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A point on a drawn map needs both x and y.")
            )
        if px is not None and basemap_id is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A point on a drawn map needs that map.")
            )
