"""Leaflet and MarkerCluster from the XStatic packages installed beside the app (never a CDN,
never a copy in this repository), plus our own small map script and styles."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import xstatic.pkg.leaflet as xleaflet
import xstatic.pkg.leaflet_markercluster as xcluster

ASSETS: dict[str, Path] = {
    "leaflet.js": Path(xleaflet.BASE_DIR) / "leaflet.js",
    "leaflet.css": Path(xleaflet.BASE_DIR) / "leaflet.css",
    "leaflet.markercluster.js": Path(xcluster.BASE_DIR) / "leaflet.markercluster.js",
    "MarkerCluster.css": Path(xcluster.BASE_DIR) / "MarkerCluster.css",
    "cle_map.js": Path(str(resources.files("cle_desktop.resources"))) / "map" / "cle_map.js",
    "cle_map.css": Path(str(resources.files("cle_desktop.resources"))) / "map" / "cle_map.css",
}
JS = ["leaflet.js", "leaflet.markercluster.js"]
CSS = ["leaflet.css", "MarkerCluster.css", "cle_map.css"]
MIME = {".js": "application/javascript", ".css": "text/css", ".png": "image/png"}


def asset_bytes(name: str) -> bytes | None:
    """An asset by name (also Leaflet's images/ folder); None when unknown."""
    if name in ASSETS:
        return ASSETS[name].read_bytes()
    if name.startswith("images/") and "/" not in name[7:] and ".." not in name:
        path = Path(xleaflet.BASE_DIR) / "images" / name[7:]
        return path.read_bytes() if path.is_file() else None
    return None


def asset_mime(name: str) -> str:
    return MIME.get(Path(name).suffix, "application/octet-stream")
