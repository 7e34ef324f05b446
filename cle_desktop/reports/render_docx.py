"""A DOCX the host can edit (python-docx): the same content as the PDF.

Accessible as Word's checker asks: every picture has alt text, headings go 1 → 2 without a jump
(the title is the document's Title style), each chart's numbers also stand in a table, the
document says its language (``w:lang``, so spelling and screen readers use Spanish for a Spanish
report) and its properties name the report, the host community and the moment it was made.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from cle_desktop.reports.assets import ReportImages
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


def _clean(text: str | None) -> str:
    """XML 1.0 cannot hold most control characters; python-docx would refuse them."""
    return "".join(ch for ch in (text or "") if ch in "\t\n" or ord(ch) >= 32)


def _set_language(doc: DocxDocument, tag: str) -> None:
    """``w:lang`` on the document defaults and the Normal style (which every style here is
    based on)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    targets = [doc.styles["Normal"].element.get_or_add_rPr()]
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        rpr = rpr_default.find(qn("w:rPr")) if rpr_default is not None else None
        if rpr is not None:
            targets.append(rpr)
    for rpr in targets:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), tag)
        lang.set(qn("w:eastAsia"), tag)
        lang.set(qn("w:bidi"), tag)
        rpr.append(lang)


def _picture(doc: DocxDocument, path: Path, width: Cm, alt: str) -> None:
    shape = doc.add_picture(str(path), width=width)
    props = shape._inline.docPr  # python-docx has no API for alt text yet
    props.set("descr", _clean(alt))
    props.set("title", _clean(alt)[:120])


def _column_widths(table: Any, cms: tuple[float, ...]) -> None:
    """Fixed column widths (Word and LibreOffice read them per cell): equal columns broke
    every name of the map's key over two lines beside a wide number column."""
    table.autofit = False
    for column, width in zip(table.columns, cms, strict=True):
        column.width = Cm(width)  # the table grid, which LibreOffice lays out by
    for row in table.rows:
        for cell, width in zip(row.cells, cms, strict=True):
            cell.width = Cm(width)


def _number_table(
    doc: DocxDocument, rows: list[tuple[str, int]], heads: tuple[str, str], lang: str
) -> None:
    table = doc.add_table(rows=1, cols=2)
    table.style = "Light List Accent 1"
    table.cell(0, 0).text, table.cell(0, 1).text = heads
    for label, n in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = _clean(label), number(lang, n)


def render_docx(report: Report, images: ReportImages, out: Path) -> Path:
    text = labels(report.lang)
    lang = report.lang
    doc = Document()
    doc.styles["Normal"].font.name = "DejaVu Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    _set_language(doc, language_tag(lang))
    now = datetime.now(UTC).replace(microsecond=0)
    props = doc.core_properties
    props.title = _clean(report.title)
    props.author = _clean(report.host_community or "CLE Desktop")
    props.last_modified_by = props.author
    props.subject = text["report"]
    props.language = language_tag(lang)
    props.created = props.modified = now
    props.revision = 1
    props.comments = audience_sentence(lang, report.audience)

    doc.add_paragraph(_clean(text["report"]).upper())
    doc.add_heading(_clean(report.title), 0)
    for line in (
        report.theme,
        text["hosted_by"].format(host=report.host_community) if report.host_community else None,
        report.place_name,
        date_range(lang, report.starts_on, report.ends_on),
    ):
        if line:
            doc.add_paragraph(_clean(line))
    doc.add_paragraph(_clean(audience_sentence(lang, report.audience)))
    doc.add_page_break()
    doc.add_heading(_clean(text["summary"]), 1)
    kinds = report.counts_by_kind()
    table = doc.add_table(rows=2, cols=5)
    table.style = "Light Grid Accent 1"
    for i, (value, label) in enumerate(
        (
            (len(report.stories), text["stories"]),
            (report.participant_count, text["people"]),
            (kinds.get("asset", 0), text["asset"]),
            (kinds.get("gift", 0), text["gift"]),
            (kinds.get("hope", 0), text["hope"]),
        )
    ):
        table.cell(0, i).text = number(lang, value)
        table.cell(1, i).text = label
    if report.withheld_stories:
        doc.add_paragraph(_clean(counted(lang, "withheld", report.withheld_stories)))

    def chart(key: str) -> None:
        if key not in images.charts:
            return
        doc.add_heading(_clean(text[key]), 2)
        _picture(doc, images.charts[key], Cm(15), text["chart_alt"].format(title=text[key]))
        _number_table(doc, images.chart_rows.get(key, []), (text["name"], text["count"]), lang)

    for key in ("by_kind", "by_category", "by_session"):
        chart(key)
    doc.add_heading(_clean(text["map"]), 1)
    if images.map is not None:
        m = images.map
        _picture(doc, m.path, Cm(15.5), counted(lang, "map_alt", len(m.pins)))
        if m.attribution:
            doc.add_paragraph(_clean(text["map_base"].format(source=m.attribution)))
        key_table = doc.add_table(rows=1, cols=4)
        key_table.style = "Light List Accent 1"
        for i, head in enumerate(
            (text["map_number"], text["name"], text["kind"], text["mentions"])
        ):
            key_table.cell(0, i).text = head
        for pin in m.pins:
            cells = key_table.add_row().cells
            cells[0].text = str(pin.number)
            cells[1].text = _clean(pin.name)
            cells[2].text = code_label(lang, "kind", pin.kind)
            cells[3].text = number(lang, pin.mentions)
        _column_widths(key_table, (1.3, 8.4, 3.2, 2.6))  # as wide as the map, names on a line
        if m.off_map:
            doc.add_paragraph(
                _clean(counted(lang, "map_off", len(m.off_map), names=", ".join(m.off_map)))
            )
    else:
        doc.add_paragraph(_clean(text["no_places"]))
    doc.add_heading(_clean(text["inventory"]), 1)
    for kind in ("asset", "gift", "hope"):
        rows = [a for a in report.assets if a.kind == kind]
        if not rows:
            continue
        doc.add_heading(_clean(text[kind]), 2)
        inv = doc.add_table(rows=1, cols=3)
        inv.style = "Light List Accent 1"
        for i, head in enumerate((text["name"], text["category"], text["mentions"])):
            inv.cell(0, i).text = head
        for a in rows:
            cells = inv.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = (
                _clean(a.name),
                _clean(code_label(lang, "category", a.category)),
                number(lang, a.mentions),
            )
    doc.add_heading(_clean(text["voices"]), 1)
    for key in ("by_role", "by_age"):
        chart(key)
    doc.add_heading(_clean(text["quotes"]), 1)
    for rs in report.stories[:60]:
        doc.add_heading(_clean(rs.title) or "—", 2)
        doc.add_paragraph(_clean(f"“{rs.body}”"), style="Quote")
        if rs.tellers:
            by = doc.add_paragraph(
                _clean("— " + text["told_by"].format(names=", ".join(rs.tellers)))
            )
            by.runs[0].font.color.rgb = RGBColor(0x6B, 0x76, 0x80)
    if images.photos:
        doc.add_heading(_clean(text["photos"]), 1)
        for photo in report.photos:
            path = images.photos.get(photo.id)
            if path is not None:
                _picture(doc, path, Cm(10), photo.caption or text["photos"])
                doc.add_paragraph(_clean(photo.caption))
    if report.artifacts:
        doc.add_heading(_clean(text["artifacts"]), 1)
        for art in report.artifacts:
            doc.add_heading(_clean(art.name) or "—", 2)
            doc.add_paragraph(_clean(art.meaning))
            doc.add_paragraph(_clean(f"{text['brought_by']}: {art.brought_by}"))
    if report.named_participants:
        doc.add_heading(_clean(text["participants"]), 1)
        for name, role in report.named_participants:
            doc.add_paragraph(
                _clean(f"{name} — {code_label(lang, 'role', role)}"), style="List Bullet"
            )
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out
