"""One entry point for every report format."""

from __future__ import annotations

import tempfile
from pathlib import Path

from cle_desktop.domain.enums import SharingLevel
from cle_desktop.reports.assets import make_images
from cle_desktop.reports.model import Report, build_report
from cle_desktop.reports.render_data import render_csv_zip, render_geojson, render_kml, render_qdpx
from cle_desktop.reports.render_docx import render_docx
from cle_desktop.reports.render_html import render_html
from cle_desktop.reports.render_pdf import render_pdf
from cle_desktop.storage.database import Database

FORMATS = ("pdf", "html", "docx", "csv", "geojson", "kml", "qdpx")


def render(report: Report, fmt: str, out: Path) -> Path:
    if fmt not in FORMATS:
        raise ValueError(f"Unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    if fmt in ("pdf", "html", "docx"):
        with tempfile.TemporaryDirectory(prefix="cle-report-") as tmp:
            images = make_images(report, Path(tmp), photo_side=1000 if fmt == "html" else 1200)
            renderer = {"pdf": render_pdf, "html": render_html, "docx": render_docx}[fmt]
            return renderer(report, images, out)
    return {
        "csv": render_csv_zip,
        "geojson": render_geojson,
        "kml": render_kml,
        "qdpx": render_qdpx,
    }[fmt](report, out)


def export_report(
    db: Database,
    gathering_id: str,
    fmt: str,
    out: Path,
    audience: SharingLevel | str = SharingLevel.PUBLIC,
    lang: str = "en",
) -> Path:
    """Build the consent-filtered report for ``audience`` and write it as ``fmt``.

    Written to a temporary name beside ``out`` and renamed, so a failure never leaves half a
    report under the real name.
    """
    report = build_report(db, gathering_id, audience, lang)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial")
    try:
        render(report, fmt, tmp)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
