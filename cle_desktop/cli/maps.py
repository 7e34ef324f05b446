"""`cle-desktop basemap add` and `cle-desktop map --out FILE.html|FILE.png`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cle_desktop.cli.main import CliError, add_command, emit, open_services, prints_help

if TYPE_CHECKING:
    from cle_desktop.cli.main import Subparsers


def _basemap_add(args: argparse.Namespace) -> int:
    services = open_services(args)
    basemap_id = services.maps.add_basemap(args.gathering, Path(args.file).expanduser())
    spec = services.maps.basemap_spec(args.gathering)
    emit(
        args,
        {"id": basemap_id, "kind": spec.kind},
        f"The gathering's base map is now {Path(args.file).name} ({spec.kind}).",
    )
    return 0


def _map(args: argparse.Namespace) -> int:
    services = open_services(args)
    out = Path(args.out).expanduser()
    suffix = out.suffix.lower()
    if suffix not in (".html", ".png"):
        raise CliError("--out must end in .html or .png.")
    if suffix == ".html":
        built = services.maps.export_html(
            args.gathering, out, args.audience, embed_tiles=not args.no_tiles
        )
    else:
        from cle_desktop.ui.map_render import render_map_png

        built = services.maps.build_export(args.gathering, args.audience, embed_tiles=True)
        render_map_png(built.html, out, args.width, args.height)
    shown = len(built.shown)
    words = [
        f"Wrote the {args.audience} map of {shown} placed asset{'s' if shown != 1 else ''} to {out}."
    ]
    if built.hidden:
        names = ", ".join(p.name for p in built.hidden[:10])
        more = f" and {len(built.hidden) - 10} more" if len(built.hidden) > 10 else ""
        words.append(
            f"{len(built.hidden)} placed by latitude/longitude could not be shown on the drawn "
            f"base map (georeference it first): {names}{more}."
            if built.drawn
            else f"{len(built.hidden)} placed only on a drawn map could not be shown on this "
            f"map: {names}{more}."
        )
    if built.outside:
        names = ", ".join(p.name for p in built.outside[:10])
        more = f" and {len(built.outside) - 10} more" if len(built.outside) > 10 else ""
        words.append(
            f"{len(built.outside)} placed outside what the base map covers could not be "
            f"shown on it: {names}{more}."
        )
    words += built.notices
    emit(
        args,
        {
            "out": str(out),
            "audience": args.audience,
            "pins": shown,
            "not_shown": [p.name for p in built.hidden + built.outside],
            "tiles": built.tiles,
            "notices": built.notices,
            "bytes": out.stat().st_size,
        },
        "\n".join(words),
    )
    return 0


def _prefetch(args: argparse.Namespace) -> int:
    from cle_desktop.services.offline_area import download_area

    try:
        bbox = tuple(float(v) for v in args.bbox.split(","))
        low, high = (int(v) for v in args.zooms.split("-"))
    except ValueError as exc:
        raise CliError("--bbox is west,south,east,north and --zooms is like 12-16.") from exc
    if len(bbox) != 4:
        raise CliError("--bbox needs four numbers: west,south,east,north.")

    def show(done: int, total: int) -> None:
        if not args.json and (done == total or done % 50 == 0):
            print(f"\r{done}/{total} tiles", end="", flush=True)

    # a refused request is the service's InvalidInput: ``cli.main`` prints its sentence
    result = download_area(
        args.url,
        bbox,
        range(low, high + 1),
        Path(args.out),
        attribution=args.attribution,
        progress=show,
    )
    emit(
        args,
        result.__dict__,
        f"\nDownloaded {result.downloaded}, already had {result.skipped}, failed {result.failed} of {result.total} tiles into {args.out}.",
    )
    return 0 if not result.failed else 1


def register(subparsers: Subparsers) -> None:
    basemap = subparsers.add_parser("basemap", help="choose the gathering's base map")
    basemap.set_defaults(func=prints_help(basemap))
    sub = basemap.add_subparsers(dest="basemap_command", metavar="ACTION")
    p = add_command(
        sub, "add", _basemap_add, "set an .mbtiles/.pmtiles archive or a drawn-map photo"
    )
    p.add_argument("--gathering", required=True)
    p.add_argument("file")
    p = add_command(
        sub, "prefetch", _prefetch, "download an offline area into an MBTiles file (while online)"
    )
    p.add_argument("--url", required=True, help="XYZ template with {z}/{x}/{y}")
    p.add_argument("--bbox", required=True, help="west,south,east,north")
    p.add_argument("--zooms", required=True, help="e.g. 12-16")
    p.add_argument("--attribution", required=True)
    p.add_argument("--out", required=True)
    p = add_command(
        subparsers, "map", _map, "write the asset map as one offline HTML file or a PNG"
    )
    p.add_argument("--gathering", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--no-tiles", action="store_true", help="leave tiles out of the HTML file")
    p.add_argument(
        "--audience",
        default="public",
        choices=("internal", "network", "public"),
        help="who may see the map; consent is applied as in reports (default: public, the most restrictive)",
    )
    p.add_argument("--width", type=int, default=1600)
    p.add_argument("--height", type=int, default=1000)
