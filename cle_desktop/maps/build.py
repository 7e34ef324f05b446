"""Building the map page, offline: fixed code plus one JSON data block, and nothing else.

Why not folium: folium/branca compile every ``Element`` they are given as a Jinja2 template, so
a session titled ``{{7*7}}`` showed "49" and ``{{ lipsum.__globals__.os.popen(...) }}`` ran a
shell command when the map was exported or the Map tab opened. Here the page is a constant
skeleton (our markup, Leaflet and MarkerCluster from the XStatic packages, our script); every
word that comes from a person or a file (asset names, quotes, tellers, session and gathering
titles, a tile archive's name, attribution and description) travels only inside the JSON
block, escaped so that ``</script>`` cannot end it, and our script puts it on the page with
``textContent``/DOM nodes. The exported file carries a strict Content-Security-Policy whose
script hashes admit only our three inline scripts, so even a mistake elsewhere cannot run
injected code.

For an exported file the base map tiles that cover the pins (with a margin) are embedded as
data URIs, zoom level by zoom level from the lowest, until the file would pass ``max_bytes``
(5 MB): a town-scale archive at zooms 12-16 exports with its tiles instead of blank.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from collections.abc import Iterable
from typing import Any

from cle_desktop.domain.maps import BaseMapSpec, BuiltMap, MapPin
from cle_desktop.maps.escape import json_for_script
from cle_desktop.maps.offline_assets import CSS, JS, asset_bytes
from cle_desktop.maps.tiles import VIEWABLE, TileSource, open_tiles, sniff

LABELS = {
    "asset": "Assets",
    "gift": "Gifts",
    "hope": "Hopes",
    "mentions": "mentioned in {n} stories",
    "mentionsOne": "mentioned in {n} story",
    "open": "Open the story",
    "allKinds": "All kinds",
    "allCategories": "All categories",
    "allSessions": "All sessions",
    "allRoles": "All teller roles",
    "mapName": "Community asset map",
}
MAX_EXPORT_BYTES = 5_000_000
_REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']\s*(?:https?:)?//""", re.IGNORECASE)
_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z]{2})?$")


class OfflineViolation(RuntimeError):
    """A built page still points at the network."""


def build_map_html(pins: list[MapPin], basemap: BaseMapSpec | None = None, **kwargs: Any) -> str:
    """The whole page as text (see ``build_map`` for the options)."""
    return build_map(pins, basemap, **kwargs).html


def build_map(
    pins: list[MapPin],
    basemap: BaseMapSpec | None = None,
    *,
    mode: str = "app",
    embed_tiles: bool = True,
    editable: bool = False,
    labels: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
    title: str = "",
    lang: str = "en",
    max_bytes: int = MAX_EXPORT_BYTES,
    pick: bool = False,
) -> BuiltMap:
    """``mode`` is "app" (assets, tiles and overlay via ``app://``) or "export" (one file).

    ``labels`` replace the page's own words (see ``LABELS``); ``names`` give the words shown
    for category and role codes in popups and filters (the app passes translated ones);
    ``title`` is the gathering's title, shown as text. ``pick`` makes the georeference
    dialog's tile map: no legend or filters, and a click reports its lat/lon to the app.
    """
    spec = basemap or BaseMapSpec()
    simple = bool(spec.kind == "image" and spec.width and spec.height)
    shown: list[MapPin] = []
    hidden: list[MapPin] = []
    outside: list[MapPin] = []
    for p in pins:
        if not (p.px is not None if simple else p.lat is not None):
            hidden.append(p)
        elif not _covered(p, spec, simple):
            outside.append(p)
        else:
            shown.append(p)
    result = BuiltMap("", shown, hidden, drawn=simple, outside=outside)
    base: dict[str, Any] = {
        "name": spec.name,
        "attribution": spec.attribution,
        "description": spec.description,
    }
    view: dict[str, Any]
    if simple:
        h, w = float(spec.height or 1), float(spec.width or 1)
        base["image"] = (
            f"app://overlay/{spec.path.name}"
            if mode == "app" and spec.path
            else _data_uri_file(spec)
        )
        base["width"], base["height"] = w, h
        view = {"center": [h / 2, w / 2], "zoom": 0, "minZoom": -3, "maxZoom": 3}
        view["fit"] = [[0, 0], [h, w]]  # with no pins the view opens on the whole drawing
        if spec.metres_per_pixel:
            view["metresPerPixel"] = spec.metres_per_pixel
    else:
        placed = [(p.lat or 0.0, p.lon or 0.0) for p in shown]
        center = spec.center or (
            (sum(a for a, _ in placed) / len(placed), sum(b for _, b in placed) / len(placed))
            if placed
            else (20.0, 0.0)
        )
        view = {"center": list(center), "zoom": 13 if placed else 2, "minZoom": 1, "maxZoom": 19}
        if spec.kind in ("mbtiles", "pmtiles") and spec.path is not None:
            base["tiles"] = True
            base["minNativeZoom"], base["maxNativeZoom"] = spec.min_zoom, spec.max_zoom
            if spec.bounds:
                west, south, east, north = spec.bounds
                view["fit"] = [[south, west], [north, east]]
                if mode == "app":  # no tile is asked for where the archive has none
                    base["bounds"] = [[south, west], [north, east]]
    data: dict[str, Any] = {
        "title": title,
        "simple": simple,
        "editable": editable and mode == "app" and not pick,
        "pick": pick and mode == "app",
        "labels": {**LABELS, **(labels or {})},
        "names": names or {},
        "categories": sorted({p.category for p in shown if p.category}),
        "sessions": [list(s) for s in spec.sessions],
        "roles": sorted({r for p in shown for r in p.teller_roles}),
        "view": view,
        "base": base,
        "pins": [_pin_json(p, mode) for p in shown],
    }
    lang = lang if _LANG.match(lang) else "en"
    if mode == "export" and base.get("tiles"):
        base["embedded"] = {}
        if embed_tiles:
            fixed = len(_page(data, mode, lang).encode("utf-8"))
            _embed(result, spec, base, view, shown, max_bytes - fixed - 2048)
        else:
            base.pop("tiles")
    result.html = _page(data, mode, lang)
    return result


def _page(data: dict[str, Any], mode: str, lang: str) -> str:
    """Our fixed markup around the data block. Nothing here comes from a person or a file."""
    blob = json_for_script(data)
    if mode == "app":
        head = "".join(f'<link rel="stylesheet" href="app://assets/{n}">' for n in CSS)
        head += "".join(f'<script src="app://assets/{n}"></script>' for n in JS)
        head += '<script src="app://assets/qwebchannel.js"></script>'
        tail = '<script src="app://assets/cle_map.js"></script>'
        csp = (
            "default-src 'none'; script-src app:; style-src app: 'unsafe-inline'; "
            "img-src app: data:; base-uri 'none'; form-action 'none'"
        )
    else:
        styles = [_inline_css(_text(n)) for n in CSS]
        scripts = [_text(n) for n in JS]
        own = _text("cle_map.js")
        hashes = " ".join(f"'sha256-{_sha(s)}'" for s in [*scripts, own])
        # Leaflet positions everything through element.style (CSSOM), which style-src does
        # not govern; inline style *attributes* in markup are never made by our code.
        style_hashes = " ".join(f"'sha256-{_sha(s)}'" for s in styles)
        csp = (
            f"default-src 'none'; script-src {hashes}; style-src {style_hashes}; "
            "img-src data:; base-uri 'none'; form-action 'none'"
        )
        head = "".join(f"<style>{s}</style>" for s in styles)
        head += "".join(f"<script>{s}</script>" for s in scripts)
        tail = f"<script>{own}</script>"
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Map</title>{head}</head>"
        '<body><div id="cle-map"></div>'
        f'<script type="application/json" id="cle-pins">{blob}</script>{tail}</body></html>'
    )
    if mode == "app":
        leftover = _REMOTE.findall(page)
        if leftover:
            raise OfflineViolation(
                f"The map page still links to the network ({len(leftover)} links); refusing to build it."
            )
    return page


def _text(name: str) -> str:
    # the HTML parser turns CR LF into LF before a CSP hash is checked: hash what it will see
    text = (asset_bytes(name) or b"").decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise OfflineViolation(f"{name} cannot be inlined: it contains a closing tag.")
    return text


def _sha(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


# -- tiles for an exported file -------------------------------------------------------------


def _lon_to_x(lon: float, z: int) -> int:
    n = 1 << z
    return min(n - 1, max(0, int((lon + 180.0) / 360.0 * n)))


def _lat_to_y(lat: float, z: int) -> int:
    n = 1 << z
    rad = math.radians(max(min(lat, 85.0511), -85.0511))
    return min(n - 1, max(0, int((1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * n)))


def area_of(
    points: Iterable[tuple[float, float]],
    fallback: tuple[float, float, float, float] | None = None,
    margin: float = 0.5,
    min_pad_deg: float = 0.008,
) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) around the points, padded by ``margin`` of the span on
    each side and at least ``min_pad_deg`` (about 800 m), so a reader can pan a little."""
    pts = list(points)
    if not pts:
        return fallback
    south, north = min(p[0] for p in pts), max(p[0] for p in pts)
    west, east = min(p[1] for p in pts), max(p[1] for p in pts)
    pad_lat = max((north - south) * margin, min_pad_deg)
    pad_lon = max((east - west) * margin, min_pad_deg)
    return (
        max(west - pad_lon, -180.0),
        max(south - pad_lat, -85.0511),
        min(east + pad_lon, 180.0),
        min(north + pad_lat, 85.0511),
    )


def _tile_uri(data: bytes) -> str | None:
    kind = sniff(data)
    if kind not in VIEWABLE:
        return None  # a tile that is not an image never reaches the page
    return f"data:{VIEWABLE[kind]};base64," + base64.b64encode(data).decode("ascii")


def _tiles_in(
    source: TileSource, z: int, x0: int, x1: int, y0: int, y1: int
) -> Iterable[tuple[int, int, bytes]]:
    ranged = getattr(source, "tiles_in", None)
    if ranged is not None:
        yield from ranged(z, x0, x1, y0, y1)
        return
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            data = source.get_tile(z, x, y)
            if data:
                yield x, y, data


def _embed(
    result: BuiltMap,
    spec: BaseMapSpec,
    base: dict[str, Any],
    view: dict[str, Any],
    pins: list[MapPin],
    budget: int,
) -> None:
    """Tiles over the pins' area, lowest zoom first, whole zoom levels only, within budget."""
    assert spec.path is not None
    source = open_tiles(spec.path, spec.kind)
    area = area_of(
        [(p.lat or 0.0, p.lon or 0.0) for p in pins],
        getattr(source, "bounds", lambda: None)() or _around(spec.center),
    )
    lo = int(getattr(source, "min_zoom", spec.min_zoom))
    hi = int(getattr(source, "max_zoom", spec.max_zoom))
    embedded: dict[str, str] = base["embedded"]
    used, done = 0, None
    for z in range(lo, hi + 1):
        if area is None:
            x0, x1, y0, y1 = 0, (1 << z) - 1, 0, (1 << z) - 1
        else:
            west, south, east, north = area
            x0, x1 = _lon_to_x(west, z), _lon_to_x(east, z)
            y0, y1 = _lat_to_y(north, z), _lat_to_y(south, z)
        if (x1 - x0 + 1) * (y1 - y0 + 1) * 100 > budget - used:
            break  # even 100-byte tiles would not fit
        level: dict[str, str] = {}
        cost = 0
        for x, y, data in _tiles_in(source, z, x0, x1, y0, y1):
            uri = _tile_uri(data)
            if uri:
                level[f"{z}/{x}/{y}"] = uri
                cost += len(uri) + len(f"{z}/{x}/{y}") + 6
            if used + cost > budget:
                break
        cost = sum(len(k) + len(v) + 6 for k, v in level.items())
        if used + cost > budget:
            break
        embedded.update(level)
        used += cost
        done = z
    if done is None or not embedded:
        base.pop("tiles")
        base.pop("embedded")
        result.notices.append(
            f"The base map's tiles around the pins do not fit in a map file of "
            f"{budget_mb(budget)} at its lowest zoom level, so the file has no base map tiles."
            if done is None and hi >= lo
            else "The base map has no tiles around the pins, so the file shows the pins alone."
        )
        return
    first = min(int(k.split("/", 1)[0]) for k in embedded)
    result.tiles, result.tile_zooms = len(embedded), (first, done)
    base["minNativeZoom"], base["maxNativeZoom"] = first, done
    if area is not None:
        west, south, east, north = area
        base["bounds"] = [[south, west], [north, east]]
        view["maxBounds"] = [[south, west], [north, east]]
    view["minZoom"] = max(view["minZoom"], first)
    view["zoom"] = max(view["zoom"], first)
    if done < hi:
        result.notices.append(
            f"Zoom levels {done + 1}–{hi} of the base map did not fit in the map file's limit "
            f"of {budget_mb(MAX_EXPORT_BYTES)}; past zoom {done} the file enlarges the zoom-{done} tiles."
        )


def budget_mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{max(n, 0) / 1e3:.0f} kB"


def _around(
    center: tuple[float, float] | None,
) -> tuple[float, float, float, float] | None:
    return area_of([center]) if center else None


def _covered(p: MapPin, spec: BaseMapSpec, simple: bool) -> bool:
    """Whether the pin's spot lies on the base map (a drawing's frame, the tiles' bounds)."""
    if simple:
        w, h = float(spec.width or 0), float(spec.height or 0)
        return -0.5 <= (p.px or 0.0) <= w + 0.5 and -0.5 <= (p.py or 0.0) <= h + 0.5
    if spec.kind in ("mbtiles", "pmtiles") and spec.bounds and p.lon is not None:
        west, south, east, north = spec.bounds
        return west <= p.lon <= east and south <= (p.lat or 0.0) <= north
    return True


def _pin_json(p: MapPin, mode: str) -> dict[str, Any]:
    """Short keys and no empty values: 5,000 pins must stay well under 1 MB."""
    d = {
        "i": p.asset_id,
        "n": p.name,
        "k": p.kind,
        "c": p.category,
        "la": round(p.lat, 6) if p.lat is not None else None,
        "lo": round(p.lon, 6) if p.lon is not None else None,
        "x": p.px,
        "y": p.py,
        "m": p.mentions,
        "q": p.quote[:120],
        "w": p.quote_by,
        # a story link only means something inside the app (the bridge opens it)
        "s": p.story_id if mode == "app" else None,
        "t": p.thumbnail_data_uri,
        "se": list(p.session_ids),
        "r": list(p.teller_roles),
    }
    return {k: v for k, v in d.items() if v not in (None, "", [])}


def _data_uri_file(spec: BaseMapSpec) -> str:
    assert spec.path is not None
    data = spec.path.read_bytes()
    kind = sniff(data) or "jpg"
    return f"data:{VIEWABLE.get(kind, 'image/jpeg')};base64," + base64.b64encode(data).decode(
        "ascii"
    )


def _inline_css(css: str) -> str:
    """Leaflet's CSS points at images/...: inline those as data URIs for a self-contained file."""

    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        data = asset_bytes(name)
        return (
            f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"
            if data
            else "none"
        )

    return re.sub(r"url\((images/[A-Za-z0-9._-]+)\)", repl, css)
