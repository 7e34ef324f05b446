"""Building the map page with folium, offline.

folium makes the Leaflet map object; we then replace *this instance's* ``default_js`` and
``default_css`` (the class-level lists point to CDNs) with ``app://assets/...`` links for the
app, or inline the files for an exported HTML file, and refuse to return a page that still
links to http(s). Pins travel as one JSON block read by our own script, which builds markers in
a cluster layer per kind: one ``folium.Marker`` per pin costs ~0.7 ms of Python and paints in
seconds at thousands of pins; this path builds 5,000 in milliseconds.
"""

from __future__ import annotations

import base64
import re
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from cle_desktop.maps.escape import json_for_script
from cle_desktop.maps.offline_assets import CSS, JS, asset_bytes
from cle_desktop.maps.pins import BaseMapSpec, MapPin
from cle_desktop.maps.tiles import open_tiles

LABELS = {
    "asset": "Assets",
    "gift": "Gifts",
    "hope": "Hopes",
    "mentions": "mentioned in {n} stories",
    "open": "Open the story",
    "allKinds": "All kinds",
    "allCategories": "All categories",
    "allSessions": "All sessions",
    "allRoles": "All teller roles",
}
_REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']\s*(?:https?:)?//""", re.IGNORECASE)


class OfflineViolation(RuntimeError):
    """A built page still points at the network."""


class _TileLayer(MacroElement):  # type: ignore[misc]
    """Tiles from ``app://tiles`` (app) or from an embedded dictionary of data URIs (export)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        (function(){
          var embedded = {{ this.embedded }};
          var Layer = L.TileLayer.extend({ getTileUrl: function (c) {
            if (embedded) { return embedded[c.z + "/" + c.x + "/" + c.y] || ""; }
            return L.TileLayer.prototype.getTileUrl.call(this, c); } });
          new Layer("app://tiles/{z}/{x}/{y}", {minZoom: {{ this.min_zoom }}, maxZoom: {{ this.max_zoom }},
            maxNativeZoom: {{ this.native_max }}, attribution: {{ this.attribution }}}).addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}"""
    )

    def __init__(
        self, embedded: str, min_zoom: int, max_zoom: int, native_max: int, attribution: str
    ):
        super().__init__()
        self.embedded, self.min_zoom, self.max_zoom = embedded, min_zoom, max_zoom
        self.native_max, self.attribution = native_max, attribution


class _ImageOverlay(MacroElement):  # type: ignore[misc]
    """The photo of a hand-drawn map on CRS.Simple; pixel (px, py) from the top left is
    [height - py, px]. (folium's ImageOverlay reads any non-http string as a local file.)"""

    _template = Template(
        """{% macro script(this, kwargs) %}
        L.imageOverlay({{ this.url }}, [[0, 0], [{{ this.height }}, {{ this.width }}]]).addTo({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, url: str, height: int, width: int):
        super().__init__()
        self.url, self.height, self.width = url, height, width


def _embedded_tiles(spec: BaseMapSpec, max_zoom: int, max_tiles: int = 1500) -> dict[str, str]:
    assert spec.path is not None
    source = open_tiles(spec.path, spec.kind)
    out: dict[str, str] = {}
    for z in range(
        getattr(source, "min_zoom", 0), min(max_zoom, getattr(source, "max_zoom", max_zoom)) + 1
    ):
        n = 1 << z
        if len(out) + n * n > max_tiles:
            break
        for x in range(n):
            for y in range(n):
                data = source.get_tile(z, x, y)
                if data:
                    out[f"{z}/{x}/{y}"] = f"data:{source.mime};base64," + base64.b64encode(
                        data
                    ).decode("ascii")
    return out


def build_map_html(
    pins: list[MapPin],
    basemap: BaseMapSpec | None = None,
    *,
    mode: str = "app",
    embed_tiles: bool = True,
    editable: bool = False,
    labels: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
) -> str:
    """The whole page as text. ``mode`` is "app" (assets via app://) or "export" (inlined).

    ``labels`` replace the page's own words (see ``LABELS``); ``names`` give the words shown
    for category and role codes in popups and filters (the app passes translated ones).
    """
    spec = basemap or BaseMapSpec()
    simple = spec.kind == "image" and spec.width and spec.height
    if simple:
        h, w = float(spec.height or 1), float(spec.width or 1)
        fmap = folium.Map(
            location=[h / 2, w / 2],
            zoom_start=0,
            tiles=None,
            crs="Simple",
            control_scale=False,
            zoom_control=True,
            minZoom=-3,
            maxZoom=3,
            maxBounds=[[-h * 0.1, -w * 0.1], [h * 1.1, w * 1.1]],
        )
    else:
        placed = [p for p in pins if p.lat is not None and p.lon is not None]
        center = spec.center or (
            (
                sum(p.lat or 0 for p in placed) / len(placed),
                sum(p.lon or 0 for p in placed) / len(placed),
            )
            if placed
            else (20.0, 0.0)
        )
        fmap = folium.Map(
            location=list(center),
            zoom_start=13 if placed else 2,
            tiles=None,
            control_scale=False,
            prefer_canvas=True,
            minZoom=1,
            maxZoom=19,
        )
    fmap.default_js = []
    fmap.default_css = []
    root = fmap.get_root()
    head = root.header
    for name in CSS:
        if mode == "app":
            head.add_child(
                Element(f'<link rel="stylesheet" href="app://assets/{name}">'), name=f"css_{name}"
            )
        else:
            css = (asset_bytes(name) or b"").decode("utf-8")
            head.add_child(Element(f"<style>{_inline_css(css)}</style>"), name=f"css_{name}")
    for name in JS:
        if mode == "app":
            head.add_child(
                Element(f'<script src="app://assets/{name}"></script>'), name=f"js_{name}"
            )
        else:
            head.add_child(
                Element(f"<script>@@CLE_ASSET_{name}@@</script>"),
                name=f"js_{name}",
            )
    if mode == "app":
        head.add_child(
            Element('<script src="app://assets/qwebchannel.js"></script>'), name="js_qwebchannel"
        )

    if simple:
        source = (
            f"app://overlay/{spec.path.name}"
            if mode == "app" and spec.path
            else _data_uri_file(spec)
        )
        fmap.add_child(
            _ImageOverlay(json_for_script(source), int(spec.height or 0), int(spec.width or 0))
        )
    elif spec.kind in ("mbtiles", "pmtiles") and spec.path is not None:
        tiles = _embedded_tiles(spec, max_zoom=6) if mode == "export" and embed_tiles else {}
        embedded = json_for_script(tiles) if mode == "export" else "null"
        fmap.add_child(
            _TileLayer(embedded, 0, 19, spec.max_zoom, json_for_script(spec.attribution))
        )

    categories = sorted({p.category for p in pins if p.category})
    roles = sorted({r for p in pins for r in p.teller_roles})
    data = {
        "mapName": fmap.get_name(),
        "simple": bool(simple),
        "height": spec.height or 0,
        "editable": editable,
        "labels": {**LABELS, **(labels or {})},
        "names": names or {},
        "categories": categories,
        "sessions": [list(s) for s in spec.sessions],
        "roles": roles,
        "pins": [_pin_json(p) for p in pins if (p.px is not None if simple else p.lat is not None)],
    }
    root.html.add_child(
        Element(f'<script type="application/json" id="cle-pins">{json_for_script(data)}</script>'),
        name="cle_pins",
    )
    script = (asset_bytes("cle_map.js") or b"").decode("utf-8")
    fmap.get_root().script.add_child(Element(script), name="cle_map_script")
    page = root.render()
    leftover = _REMOTE.findall(page)
    if leftover:
        raise OfflineViolation(
            f"The map page still links to the network ({len(leftover)} links); refusing to build it."
        )
    # Library code is inlined only after the check: Leaflet's own text mentions its home page
    # in an attribution link (not a resource the page loads).
    for name in JS:
        page = page.replace(f"@@CLE_ASSET_{name}@@", (asset_bytes(name) or b"").decode("utf-8"))
    return page


def _pin_json(p: MapPin) -> dict[str, Any]:
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
        "s": p.story_id,
        "t": p.thumbnail_data_uri,
        "se": list(p.session_ids),
        "r": list(p.teller_roles),
    }
    return {k: v for k, v in d.items() if v not in (None, "", [])}


def _data_uri_file(spec: BaseMapSpec) -> str:
    assert spec.path is not None
    mime = "image/png" if spec.path.suffix.lower() == ".png" else "image/jpeg"
    return f"data:{mime};base64," + base64.b64encode(spec.path.read_bytes()).decode("ascii")


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
