"""One entry point for every report format, and the name a report file is offered under."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from cle_desktop.domain.enums import SharingLevel
from cle_desktop.reports.formats import FORMATS
from cle_desktop.reports.model import Report, build_report
from cle_desktop.storage.database import Database

# The file suffix of each format ("csv" is a zip of one CSV table per kind of thing).
SUFFIX = {"csv": "zip"}

Progress = Callable[[int, int], None]
"""``progress(done, total)``: how far an export has come, in hundredths."""


def suffix_of(fmt: str) -> str:
    return SUFFIX.get(fmt, fmt)


_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)
}


def safe_file_stem(text: str, fallback: str = "report", limit: int = 120) -> str:
    """``text`` as a file name every system accepts (Windows is the strictest): no
    ``<>:"/\\|?*`` or control characters, no trailing dot or space, no reserved device name.
    Letters with accents stay: every current file system stores them."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]+', " ", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip().rstrip(". ")[:limit].rstrip(". ")
    if not cleaned or cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = (cleaned + " " if cleaned else "") + fallback
    return cleaned


def suggested_file_name(
    title: str, day: date | None, audience: SharingLevel | str, lang: str, fmt: str
) -> str:
    """ "Learning Exchange in Santa Fe 2026-10-14 public.pdf": the gathering, its first day and
    who the file may go to (in the report's language), so two exports never look alike."""
    from cle_desktop.reports.text import audience_word

    parts = [title.strip(), (day or date.today()).isoformat(), audience_word(lang, audience)]
    return f"{safe_file_stem(' '.join(p for p in parts if p))}.{suffix_of(fmt)}"


def render(report: Report, fmt: str, out: Path, progress: Progress | None = None) -> Path:
    if fmt not in FORMATS:
        raise ValueError(f"Unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    step: Progress = progress or (lambda _done, _total: None)
    if fmt in ("pdf", "html", "docx"):
        from cle_desktop.reports.assets import make_images  # matplotlib loads on demand
        from cle_desktop.reports.render_docx import render_docx
        from cle_desktop.reports.render_html import render_html
        from cle_desktop.reports.render_pdf import render_pdf

        with tempfile.TemporaryDirectory(prefix="cle-report-") as tmp:
            # 800 px: 270 dpi at the PDF's 7.6 cm, sharp on screen, and a 1600 px camera
            # JPEG decodes at half scale (Pillow's draft mode), four times faster.
            images = make_images(report, Path(tmp), photo_side=800)
            step(40, 100)
            if fmt == "pdf":
                return render_pdf(report, images, out, progress=step)
            renderer = {"html": render_html, "docx": render_docx}[fmt]
            return renderer(report, images, out)
    from cle_desktop.reports.render_data import (
        render_csv_zip,
        render_geojson,
        render_kml,
        render_qdpx,
    )
    from cle_desktop.reports.render_xlsx import render_xlsx

    return {
        "csv": render_csv_zip,
        "xlsx": render_xlsx,
        "geojson": render_geojson,
        "kml": render_kml,
        "qdpx": render_qdpx,
    }[fmt](report, out)


def _only_changes(progress: Progress | None) -> Progress:
    """Pass on a value only when it moved: the PDF layout reports every page, and a GUI needs
    a hundred updates at most."""
    last = [-1]

    def step(done: int, total: int) -> None:
        if progress is not None and done != last[0]:
            last[0] = done
            progress(done, total)

    return step


def export_report(
    db: Database,
    gathering_id: str,
    fmt: str,
    out: Path,
    audience: SharingLevel | str = SharingLevel.PUBLIC,
    lang: str = "en",
    progress: Progress | None = None,
) -> Path:
    """Build the consent-filtered report for ``audience`` and write it as ``fmt``.

    Written to a temporary name beside ``out`` and renamed, so a failure never leaves half a
    report under the real name.
    """
    step = _only_changes(progress)
    step(0, 100)
    report = build_report(db, gathering_id, audience, lang)
    step(10, 100)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial")
    try:
        render(report, fmt, tmp, step)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    step(100, 100)
    return out
