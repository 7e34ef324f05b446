"""A paged, tagged PDF a community organisation can print and a screen reader can read.

The PDF is the HTML report (``render_html.report_html``) laid out by WeasyPrint as PDF/UA-1:
a structure tree built from the HTML (headings, paragraphs, tables with header cells, figures
with the images' alt text), /Lang from ``<html lang>``, the title shown in the window, an
outline from the headings and a contents page whose entries are links. ReportLab, which drew
the PDF before, cannot tag a document, and one markup for HTML and PDF keeps the two alike.

Only files are read while the PDF is laid out (the report's own pictures and fonts): no user
text becomes markup (it is escaped) and nothing is fetched from a network. The fonts are the
DejaVu faces matplotlib ships, embedded as subsets, so the PDF looks the same on a machine
without them.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import matplotlib

from cle_desktop.reports.assets import ReportImages
from cle_desktop.reports.formats import PdfEngineMissing
from cle_desktop.reports.model import Report
from cle_desktop.reports.render_html import e_breakable, report_html
from cle_desktop.reports.text import labels

Progress = Callable[[int, int], None]

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_FACES = (
    ("DejaVuSans.ttf", "normal", "normal"),
    ("DejaVuSans-Bold.ttf", "bold", "normal"),
    ("DejaVuSans-Oblique.ttf", "normal", "italic"),
    ("DejaVuSans-BoldOblique.ttf", "bold", "italic"),
)
#: The footer carries the title; a 10,000-character title (domain.limits) is cut to this.
FOOTER_TITLE_CHARS = 70


def css_string(text: str) -> str:
    """``text`` as a CSS string literal: every character outside plain letters, digits and a
    few marks becomes a hex escape, so no title can end the string or the style sheet."""
    safe = re.compile(r"[A-Za-z0-9 .,;:!?()\-–—·’'_/]")

    def one(ch: str) -> str:
        if ch == "'" or not safe.fullmatch(ch):
            return f"\\{ord(ch):06x} "  # the space ends the escape and is not shown
        return ch

    return "'" + "".join(one(ch) for ch in text) + "'"


def _footer(report: Report) -> str:
    title = " ".join(report.title.split())
    if len(title) > FOOTER_TITLE_CHARS:
        title = title[: FOOTER_TITLE_CHARS - 1].rstrip() + "…"
    return f"{title} · {labels(report.lang)['report']}"


def print_css(report: Report) -> str:
    """The page layout: A4, a cover, a contents page with page numbers, each section on a new
    page, a footer with the title and the page number (margin boxes are artifacts, not
    content, in the tagged PDF)."""
    faces = "".join(
        f"@font-face{{font-family:CLESans;src:url('{(FONT_DIR / name).as_uri()}');"
        f"font-weight:{weight};font-style:{style}}}"
        for name, weight, style in FONT_FACES
    )
    footer = css_string(_footer(report))
    return (
        faces
        + """
@page{size:A4;margin:2cm 2cm 2.2cm 2cm;
  @bottom-left{content:"""
        + footer
        + """;font-size:8pt;color:#5b6670;font-family:CLESans}
  @bottom-right{content:counter(page);font-size:8pt;color:#5b6670;font-family:CLESans}}
@page:first{@bottom-left{content:none}@bottom-right{content:none}}
html{font-size:10pt}
body{background:#fff;font-family:CLESans,'DejaVu Sans',sans-serif;line-height:1.4}
main{max-width:none;padding:0;margin:0}
.cover{break-after:page;padding:5cm 0 0}
.cover h1{font-size:26pt;line-height:1.2;bookmark-level:none;margin:.4cm 0 .6cm}
.cover p{font-size:12pt;margin:.2cm 0}.cover p.kicker{text-transform:uppercase;font-size:10.5pt}
.cover p.audience{font-size:8.5pt;margin-top:3cm}
nav{break-after:page}nav h2{bookmark-level:none}
nav a{color:inherit;text-decoration:none;font-size:12pt;padding:.25cm 0}
nav a::after{content:leader('.') target-counter(attr(href),page)}
section>h2{break-before:page;margin-top:0}
h2{font-size:17pt}h3{font-size:12.5pt;margin:.5cm 0 .2cm}
h2,h3{break-after:avoid}
.stats{gap:.3cm}.stat{border-radius:4px;padding:.3cm}.stat b{font-size:20pt}
figure{break-inside:avoid;margin:.4cm 0}
figure.chart{display:flex;gap:.4cm;align-items:flex-start}
figure.chart img.chart{width:11.5cm;flex:none}
table.numbers{font-size:8pt;margin:0;min-width:0;width:auto}
figure.map{margin:.2cm 0}figure.map img.map{width:16cm}
table.key{font-size:9pt}table.key td{padding:.05cm .2cm}
tr{break-inside:avoid}td,th{padding:.12cm .2cm}
table.key td:first-child{width:1.4cm}
blockquote{font-size:10.5pt}
article.story{margin-bottom:.3cm}
.photos{display:block}
.photos figure{display:inline-block;width:8.1cm;margin:0 .3cm .4cm 0;vertical-align:top}.photos figure img{width:100%;height:5.2cm;object-fit:contain;
  object-position:left top;border-radius:0}
.photos figcaption{font-size:8.5pt;color:#4a5560}
"""
    )


def _page_estimate(report: Report, images: ReportImages) -> int:
    """About how many pages the layout makes, for the progress bar only."""
    words = sum(len(s.body) + len(s.title) for s in report.stories) / 2200
    return max(8, int(6 + words + len(report.stories) / 5 + len(images.photos) / 6))


@contextmanager
def _layout_progress(step: Progress, pages: int) -> Iterator[None]:
    """WeasyPrint logs each step and each page it lays out: those lines move the bar from
    45 to 85 of 100 while the layout (most of the time) runs."""
    from weasyprint import PROGRESS_LOGGER

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            msg = record.getMessage()
            if msg.startswith("Step 5") and " - Page " in msg:
                match = re.search(r"Page (\d+)", msg)
                done = int(match.group(1)) if match else 0
                step(45 + int(40 * min(1.0, done / pages)), 100)

    handler = Handler(logging.INFO)
    level, propagate = PROGRESS_LOGGER.level, PROGRESS_LOGGER.propagate
    PROGRESS_LOGGER.addHandler(handler)
    PROGRESS_LOGGER.setLevel(logging.INFO)
    PROGRESS_LOGGER.propagate = False  # the steps are for the bar, not for the app's log
    try:
        yield
    finally:
        PROGRESS_LOGGER.removeHandler(handler)
        PROGRESS_LOGGER.setLevel(level)
        PROGRESS_LOGGER.propagate = propagate


def _fetcher(roots: list[Path]) -> Any:
    """A WeasyPrint URL fetcher that reads files under ``roots`` only (the report's pictures
    and the fonts) and nothing else: no network, no other file."""
    from weasyprint import URLFetcher

    resolved = [r.resolve() for r in roots]

    class LocalFiles(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            from urllib.parse import unquote, urlsplit

            parts = urlsplit(url)
            path = Path(unquote(parts.path)).resolve() if parts.scheme == "file" else None
            if path is None or not any(path.is_relative_to(r) for r in resolved):
                raise ValueError(f"The report reads only its own files, not {url[:80]}")
            return super().fetch(url, headers)

    return LocalFiles(allowed_protocols=("file",))


def _weasyprint() -> Any:
    """WeasyPrint, or PdfEngineMissing if Pango cannot be loaded (WeasyPrint prints a banner to
    stdout before it raises: kept out of the CLI's ``--json`` output)."""
    from PIL import ImageFile

    # weasyprint.images sets Pillow's process-wide LOAD_TRUNCATED_IMAGES on import, after which
    # the photo importer would take a cut-off JPEG for a photo: put it back as it was.
    truncated = ImageFile.LOAD_TRUNCATED_IMAGES
    try:
        with redirect_stdout(io.StringIO()):
            import weasyprint
            import weasyprint.images  # noqa: F401
    except OSError as exc:
        raise PdfEngineMissing(str(exc)) from exc
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = truncated
    return weasyprint


def render_pdf(
    report: Report,
    images: ReportImages,
    out: Path,
    progress: Progress | None = None,
) -> Path:
    HTML = _weasyprint().HTML  # noqa: N806 (WeasyPrint's name)

    step: Progress = progress or (lambda _done, _total: None)
    pictures = [*images.charts.values(), *images.photos.values()]
    if images.map is not None:
        pictures.append(images.map.path)
    roots = sorted({p.parent for p in pictures} | {FONT_DIR})
    html = report_html(
        report,
        images,
        src=lambda path, _mime: path.as_uri(),
        print_css=print_css(report),
        e=e_breakable,
    )
    step(45, 100)
    with _layout_progress(step, _page_estimate(report, images)):
        document = HTML(string=html, base_url=str(FONT_DIR), url_fetcher=_fetcher(roots)).render(
            pdf_variant="pdf/ua-1"
        )
    step(88, 100)
    document.metadata.created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    document.metadata.modified = document.metadata.created
    out.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(out, pdf_variant="pdf/ua-1")
    step(98, 100)
    return out
