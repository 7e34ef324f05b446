"""A DOCX the host can edit (python-docx): the same content as the PDF."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt, RGBColor

from cle_desktop.reports.assets import ReportImages
from cle_desktop.reports.model import Report
from cle_desktop.reports.text import audience_sentence, code_label, date_range, labels


def _clean(text: str | None) -> str:
    """XML 1.0 cannot hold most control characters; python-docx would refuse them."""
    return "".join(ch for ch in (text or "") if ch in "\t\n" or ord(ch) >= 32)


def render_docx(report: Report, images: ReportImages, out: Path) -> Path:
    text = labels(report.lang)
    doc = Document()
    doc.styles["Normal"].font.name = "DejaVu Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph(_clean(text["report"]).upper())
    doc.add_heading(_clean(report.title), 0)
    for line in (
        report.theme,
        text["hosted_by"].format(host=report.host_community) if report.host_community else None,
        report.place_name,
        date_range(report.lang, report.starts_on, report.ends_on),
    ):
        if line:
            doc.add_paragraph(_clean(line))
    doc.add_paragraph(_clean(audience_sentence(report.lang, report.audience)))
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
        table.cell(0, i).text = str(value)
        table.cell(1, i).text = label
    if report.withheld_stories:
        doc.add_paragraph(_clean(text["withheld"].format(n=report.withheld_stories)))
    for key in ("by_kind", "by_category", "by_session"):
        if key in images.charts:
            doc.add_picture(str(images.charts[key]), width=Cm(15))
    doc.add_heading(_clean(text["map"]), 1)
    if images.map_png:
        doc.add_picture(str(images.map_png), width=Cm(15.5))
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
                _clean(code_label(report.lang, "category", a.category)),
                str(a.mentions),
            )
    doc.add_heading(_clean(text["voices"]), 1)
    for key in ("by_role", "by_age"):
        if key in images.charts:
            doc.add_picture(str(images.charts[key]), width=Cm(15))
    doc.add_heading(_clean(text["quotes"]), 1)
    for rs in report.stories[:60]:
        doc.add_heading(_clean(rs.title), 3)
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
                doc.add_picture(str(path), width=Cm(10))
                doc.add_paragraph(_clean(photo.caption))
    if report.artifacts:
        doc.add_heading(_clean(text["artifacts"]), 1)
        for art in report.artifacts:
            doc.add_heading(_clean(art.name), 3)
            doc.add_paragraph(_clean(art.meaning))
            doc.add_paragraph(_clean(f"{text['brought_by']}: {art.brought_by}"))
    if report.named_participants:
        doc.add_heading(_clean(text["participants"]), 1)
        for name, role in report.named_participants:
            doc.add_paragraph(
                _clean(f"{name} — {code_label(report.lang, 'role', role)}"), style="List Bullet"
            )
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out
