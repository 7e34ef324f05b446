"""One self-contained HTML file of the report: styles inline, pictures as data URIs, no
network. Every piece of user text is HTML-escaped; no user text ever reaches a script.

The same markup, with print styles and pictures by file, is what ``render_pdf`` lays out into
the tagged PDF: one document structure (headings, tables with header cells, figures with alt
text) serves the screen reader in the browser and in the PDF reader."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from cle_desktop.reports.assets import ReportImages
from cle_desktop.reports.map_image import KIND_COLOURS
from cle_desktop.reports.model import Report
from cle_desktop.reports.text import (
    audience_sentence,
    code_label,
    counted,
    date_range,
    labels,
    language_tag,
    number,
)

CSS = """
body{font-family:'DejaVu Sans',system-ui,sans-serif;color:#1f2a30;background:#f6f3ee;margin:0}
main{max-width:60rem;margin:auto;background:#fff;padding:2.5rem 3rem}
h1{color:#264653}h2{color:#264653;border-bottom:2px solid #2a9d8f;padding-bottom:.3rem;margin-top:2.5rem}
h3{color:#2a9d8f}.cover{text-align:center;padding:3rem 0}.kicker{color:#2a9d8f;letter-spacing:.1em}
.stats{display:flex;gap:1rem}.stat{flex:1;background:#f4f1ea;border-radius:8px;padding:1rem;text-align:center}
.stat b{display:block;font-size:2rem;color:#2a9d8f}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #e2dccf;padding:.4rem;text-align:left}th{background:#f4f1ea}
blockquote{border-left:4px solid #2a9d8f;margin:0;padding:.2rem 1rem;font-size:1.05rem}
.by{color:#6b7680;font-size:.85rem}.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
figure{margin:0}figure img{width:100%;border-radius:6px}img.chart{max-width:100%}nav a{display:block}
img.map{width:100%;border-radius:6px}figure img.chart{width:auto;max-width:100%;border-radius:0}table.numbers{width:auto;min-width:50%;margin:.5rem 0 1.5rem;font-size:.9rem}
caption{text-align:left;font-weight:600;color:#264653;padding:.3rem 0}
h1,h2,h3,td,th,p,blockquote,figcaption,caption{overflow-wrap:anywhere}
"""

ImageSource = Callable[[Path, str], str]
"""``src(path, mime)``: what an ``<img src>`` says for a picture of the report."""


def data_uri(path: Path, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def e(text: str | None) -> str:
    return escape(text or "", quote=True)


# Attributes and the <title> are always plain-escaped (a break mark there would be text).
attr = e


Escape = Callable[[str | None], str]
_LONG_RUN = re.compile(r"\S{41,}")


def e_breakable(text: str | None) -> str:
    """``e`` with a ``<wbr>`` every 20 characters of a run of more than 40 without a space:
    a line breaker meets ordinary words, where one 10,000-letter word (the longest title
    ``domain.limits`` allows) took WeasyPrint minutes to break, each line being measured
    against all that was left of the word."""
    raw = text or ""

    def cut(match: re.Match[str]) -> str:
        run = match.group(0)
        return "\x00".join(run[i : i + 20] for i in range(0, len(run), 20))

    return e(_LONG_RUN.sub(cut, raw.replace("\x00", ""))).replace("\x00", "<wbr>")


def _header_row(headings: tuple[str, ...], e: Escape = e) -> str:
    """A header row in ``<thead>``: screen readers announce the column, and a table that runs
    over a page break repeats it on the next page of the PDF."""
    return (
        "<thead><tr>" + "".join(f"<th scope='col'>{e(h)}</th>" for h in headings) + "</tr></thead>"
    )


def _chart(report: Report, images: ReportImages, key: str, src: ImageSource, e: Escape = e) -> str:
    """The chart, and its numbers as a table (a screen reader reads the table, not bars)."""
    text = labels(report.lang)
    alt = text["chart_alt"].format(title=text[key])
    rows = "".join(
        f"<tr><td>{e(label)}</td><td>{number(report.lang, n)}</td></tr>"
        for label, n in images.chart_rows.get(key, [])
    )
    return (
        f"<figure class='chart'><img class='chart' alt='{attr(alt)}' src='{src(images.charts[key], 'image/png')}'>"
        f"<table class='numbers'><caption>{e(text[key])}</caption>"
        f"{_header_row((text['name'], text['count']), e)}<tbody>{rows}</tbody></table></figure>"
    )


def _map(report: Report, images: ReportImages, src: ImageSource, e: Escape = e) -> str:
    text = labels(report.lang)
    m = images.map
    if m is None:
        return f"<p>{e(text['no_places'])}</p>"
    alt = counted(report.lang, "map_alt", len(m.pins))
    out = [
        f"<figure class='map'><img class='map' alt='{attr(alt)}' src='{src(m.path, 'image/png')}'>"
    ]
    if m.attribution:
        out.append(
            f"<figcaption class='by'>{e(text['map_base'].format(source=m.attribution))}</figcaption>"
        )
    out.append("</figure><table class='key'>")
    out.append(_header_row((text["map_number"], text["name"], text["kind"], text["mentions"]), e))
    out.append("<tbody>")
    for pin in m.pins:
        colour = KIND_COLOURS.get(pin.kind, KIND_COLOURS["asset"])
        out.append(
            f"<tr><td><b style='color:{colour}'>{pin.number}</b></td><td>{e(pin.name)}</td>"
            f"<td>{e(code_label(report.lang, 'kind', pin.kind))}</td>"
            f"<td>{number(report.lang, pin.mentions)}</td></tr>"
        )
    out.append("</tbody></table>")
    if m.off_map:
        sentence = counted(report.lang, "map_off", len(m.off_map), names=", ".join(m.off_map))
        out.append(f"<p class='by'>{e(sentence)}</p>")
    return "".join(out)


def report_html(
    report: Report,
    images: ReportImages,
    src: ImageSource = data_uri,
    print_css: str = "",
    e: Escape = e,
) -> str:
    """The report as one HTML document; ``print_css`` is added after the screen styles (the
    PDF's page layout), and ``e`` escapes every piece of text (the PDF's adds break marks)."""
    text = labels(report.lang)
    photos = [
        (photo, images.photos[photo.id]) for photo in report.photos if photo.id in images.photos
    ]
    present = {
        "photos": bool(photos),
        "artifacts": bool(report.artifacts),
        "participants": bool(report.named_participants),
    }
    # A section with nothing in it is left out (and out of the contents), as in print.
    sections = [
        (key, text[key])
        for key in (
            "summary",
            "map",
            "inventory",
            "voices",
            "quotes",
            "photos",
            "artifacts",
            "participants",
        )
        if present.get(key, True)
    ]
    meta = [("author", report.host_community or ""), ("description", text["report"])]
    parts = [
        f"<!doctype html><html lang='{attr(language_tag(report.lang))}'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">",
        *(f"<meta name='{k}' content='{attr(v)}'>" for k, v in meta if v),
        "<meta name='generator' content='CLE Desktop'>",
        f"<title>{attr(report.title)}</title><style>{CSS}{print_css}</style></head><body><main>",
    ]
    dates = date_range(report.lang, report.starts_on, report.ends_on)
    parts.append(
        f"<section class='cover'><p class='kicker'>{e(text['report'])}</p><h1>{e(report.title)}</h1>"
    )
    for line in (
        report.theme,
        text["hosted_by"].format(host=report.host_community) if report.host_community else None,
        report.place_name,
        dates,
    ):
        if line:
            parts.append(f"<p>{e(line)}</p>")
    parts.append(
        f"<p class='by audience'>{e(audience_sentence(report.lang, report.audience))}</p></section>"
    )
    parts.append(
        f"<nav><h2>{e(text['contents'])}</h2>"
        + "".join(f"<a href='#{k}'>{e(v)}</a>" for k, v in sections)
        + "</nav>"
    )
    kinds = report.counts_by_kind()
    parts.append(f"<section><h2 id='summary'>{e(text['summary'])}</h2><div class='stats'>")
    for value, label in (
        (len(report.stories), text["stories"]),
        (report.participant_count, text["people"]),
        (kinds.get("asset", 0), text["asset"]),
        (kinds.get("gift", 0), text["gift"]),
        (kinds.get("hope", 0), text["hope"]),
    ):
        parts.append(f"<div class='stat'><b>{number(report.lang, value)}</b>{e(label)}</div>")
    parts.append("</div>")
    if report.withheld_stories:
        parts.append(
            f"<p class='by'>{e(counted(report.lang, 'withheld', report.withheld_stories))}</p>"
        )
    for key in ("by_kind", "by_category", "by_session"):
        if key in images.charts:
            parts.append(_chart(report, images, key, src, e))
    parts.append(f"</section><section><h2 id='map'>{e(text['map'])}</h2>")
    parts.append(_map(report, images, src, e))
    parts.append(f"</section><section><h2 id='inventory'>{e(text['inventory'])}</h2>")
    for kind in ("asset", "gift", "hope"):
        rows = [a for a in report.assets if a.kind == kind]
        if rows:
            parts.append(
                f"<h3>{e(text[kind])}</h3><table class='inventory'>"
                + _header_row((text["name"], text["category"], text["mentions"]), e)
                + "<tbody>"
            )
            parts += [
                f"<tr><td>{e(a.name)}</td><td>{e(code_label(report.lang, 'category', a.category))}</td><td>{number(report.lang, a.mentions)}</td></tr>"
                for a in rows
            ]
            parts.append("</tbody></table>")
    parts.append(f"</section><section><h2 id='voices'>{e(text['voices'])}</h2>")
    for key in ("by_role", "by_age"):
        if key in images.charts:
            parts.append(_chart(report, images, key, src, e))
    parts.append(f"</section><section><h2 id='quotes'>{e(text['quotes'])}</h2>")
    for rs in report.stories:
        by = text["told_by"].format(names=", ".join(rs.tellers)) if rs.tellers else ""
        parts.append(
            f"<article class='story'><h3>{e(rs.title)}</h3><blockquote dir='auto'>{e(rs.body)}</blockquote>"
            f"<p class='by'>{e(' · '.join(x for x in (by, rs.session or '') if x))}</p></article>"
        )
    parts.append("</section>")
    if photos:
        parts.append(f"<section><h2 id='photos'>{e(text['photos'])}</h2><div class='photos'>")
        for photo, path in photos:
            # A photo without a caption still says what it is (PDF/UA: every figure has alt).
            alt = photo.caption or text["photos"]
            parts.append(
                f"<figure><img alt='{attr(alt)}' src='{src(path, 'image/jpeg')}'><figcaption>{e(photo.caption)}</figcaption></figure>"
            )
        parts.append("</div></section>")
    if report.artifacts:
        parts.append(f"<section><h2 id='artifacts'>{e(text['artifacts'])}</h2>")
        for art in report.artifacts:
            returned = f"{text['returned']}: {text['yes'] if art.returned else text['no']}"
            parts.append(
                f"<article class='artifact'><h3>{e(art.name)}</h3><p>{e(art.meaning)}</p>"
                f"<p class='by'>{e(text['brought_by'])}: {e(art.brought_by)} · {e(returned)}</p></article>"
            )
        parts.append("</section>")
    if report.named_participants:
        parts.append(
            f"<section><h2 id='participants'>{e(text['participants'])}</h2><table class='people'>"
            + _header_row((text["name"], text["role"]), e)
            + "<tbody>"
        )
        parts += [
            f"<tr><td>{e(name)}</td><td>{e(code_label(report.lang, 'role', role))}</td></tr>"
            for name, role in report.named_participants
        ]
        parts.append("</tbody></table></section>")
    parts.append("</main></body></html>")
    return "\n".join(parts)


def render_html(report: Report, images: ReportImages, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report_html(report, images), encoding="utf-8")
    return out
