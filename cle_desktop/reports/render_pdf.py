"""A paged PDF a community organisation can print (reportlab platypus).

Cover, table of contents, summary with charts, the asset map, the inventory by kind and
category, quotes, voices, photos with captions, artifacts, named participants; page numbers in
the footer. All user text is XML-escaped before it reaches a Paragraph (reportlab reads a small
markup language), and a DejaVu font (shipped with matplotlib) covers accents, Greek, Cyrillic,
Hebrew and Arabic letters.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

import matplotlib
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

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

TEAL = colors.HexColor("#2a9d8f")
INK = colors.HexColor("#1f2a30")
SAND = colors.HexColor("#f4f1ea")


def _register_fonts() -> tuple[str, str]:
    font_dir = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    if "CLESans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("CLESans", str(font_dir / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("CLESans-Bold", str(font_dir / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(
            "CLESans",
            normal="CLESans",
            bold="CLESans-Bold",
            italic="CLESans",
            boldItalic="CLESans-Bold",
        )
    return "CLESans", "CLESans-Bold"


def _table_style(commands: list[Any]) -> TableStyle:
    """Every table in the document font: a Table's default (Helvetica) would otherwise be
    referenced, unembedded, even where every cell is a Paragraph."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), "CLESans"), *commands])


def t(text: str | None) -> str:
    """User text made safe for reportlab's paragraph markup."""
    return escape(text or "", quote=False).replace("\n", "<br/>")


class _Doc(BaseDocTemplate):
    _heading_seq = 0
    _last_level = 0

    def __init__(self, path: str, footer: str, **kw: Any):
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=2 * cm,
            bottomMargin=2 * cm,
            **kw,
        )
        self.footer = footer
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Any, doc: Any) -> None:
        if doc.page == 1:
            return
        canvas.saveState()
        canvas.setFont("CLESans", 8)
        canvas.setFillColor(colors.HexColor("#6b7680"))
        canvas.drawString(2 * cm, 1.2 * cm, self.footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable: Any) -> None:
        """Headings become bookmarks (the outline a reader navigates by) and H1s contents
        entries that link to their page."""
        if not isinstance(flowable, Paragraph) or flowable.style.name not in ("H1", "H2"):
            return
        level = 0 if flowable.style.name == "H1" else 1
        text = flowable.getPlainText()
        self._heading_seq += 1
        key = f"h{self._heading_seq}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=min(level, self._last_level + 1))
        self._last_level = level
        if level == 0:
            self.notify("TOCEntry", (0, t(text), self.page, key))

    def beforeDocument(self) -> None:
        self._heading_seq = 0
        self._last_level = 0
        self.canv.showOutline()


def _pass_progress(progress: Callable[[int, int], None]) -> Callable[[str, int], None]:
    """ReportLab's layout passes (the contents page needs two or three) as 40..98 of 100."""
    state = {"pass": 1, "size": 1}

    def callback(kind: str, value: int) -> None:
        if kind == "PASS":
            state["pass"] = value
        elif kind == "SIZE_EST":
            state["size"] = max(1, value)
        elif kind == "PROGRESS":
            done = (state["pass"] - 1 + min(1.0, value / state["size"])) / 3
            progress(40 + int(58 * min(1.0, done)), 100)

    return callback


def render_pdf(
    report: Report,
    images: ReportImages,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    regular, bold = _register_fonts()
    # Streams as binary (Flate only), not ASCII85 on top: ReportLab's pure-Python ASCII85
    # encoder took 14 of 20 s for 200 photos, and every PDF reader reads binary streams.
    rl_config.useA85 = 0
    text = labels(report.lang)
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "Body", parent=base["BodyText"], fontName=regular, fontSize=10.5, leading=15, textColor=INK
    )
    small = ParagraphStyle(
        "Small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#4a5560")
    )
    h1 = ParagraphStyle(
        "H1",
        parent=body,
        fontName=bold,
        fontSize=18,
        leading=24,
        spaceBefore=6,
        spaceAfter=10,
        textColor=colors.HexColor("#264653"),
    )
    h2 = ParagraphStyle(
        "H2",
        parent=body,
        fontName=bold,
        fontSize=13,
        leading=18,
        spaceBefore=10,
        spaceAfter=6,
        textColor=TEAL,
    )
    quote = ParagraphStyle(
        "Quote",
        parent=body,
        fontSize=11,
        leading=16,
        leftIndent=14,
        borderColor=TEAL,
        borderWidth=0,
        textColor=INK,
    )
    cover_title = ParagraphStyle(
        "Cover",
        parent=body,
        fontName=bold,
        fontSize=28,
        leading=34,
        alignment=TA_CENTER,
        textColor=colors.HexColor("#264653"),
    )
    cover_sub = ParagraphStyle(
        "CoverSub", parent=body, fontSize=13, leading=18, alignment=TA_CENTER
    )

    story: list[Any] = []
    dates = date_range(report.lang, report.starts_on, report.ends_on)
    story += [
        Spacer(1, 5 * cm),
        Paragraph(
            t(text["report"]).upper(),
            ParagraphStyle("k", parent=cover_sub, textColor=TEAL, fontSize=11),
        ),
        Spacer(1, 0.4 * cm),
        Paragraph(t(report.title), cover_title),
        Spacer(1, 0.6 * cm),
    ]
    if report.theme:
        story.append(Paragraph(f"<i>{t(report.theme)}</i>", cover_sub))
    for line in (
        text["hosted_by"].format(host=report.host_community) if report.host_community else None,
        report.place_name,
        dates,
    ):
        if line:
            story.append(Paragraph(t(line), cover_sub))
    story += [
        Spacer(1, 3 * cm),
        Paragraph(
            t(audience_sentence(report.lang, report.audience)),
            ParagraphStyle("c", parent=small, alignment=TA_CENTER),
        ),
        PageBreak(),
    ]

    toc = TableOfContents()
    toc.tableStyle = _table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    toc.levelStyles = [ParagraphStyle("TOC1", parent=body, fontSize=12, leading=20)]
    story += [
        Paragraph(t(text["contents"]), ParagraphStyle("TOCHead", parent=h1)),
        toc,
        PageBreak(),
    ]

    story.append(Paragraph(t(text["summary"]), h1))
    kinds = report.counts_by_kind()
    summary = [
        [
            number(report.lang, len(report.stories)),
            number(report.lang, report.participant_count),
            number(report.lang, kinds.get("asset", 0)),
            number(report.lang, kinds.get("gift", 0)),
            number(report.lang, kinds.get("hope", 0)),
        ],
        [text["stories"], text["people"], text["asset"], text["gift"], text["hope"]],
    ]
    table = Table(summary, colWidths=[3.3 * cm] * 5)
    table.setStyle(
        _table_style(
            [
                ("FONT", (0, 0), (-1, 0), bold, 20),
                ("FONT", (0, 1), (-1, 1), regular, 9),
                ("TEXTCOLOR", (0, 0), (-1, 0), TEAL),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story += [table, Spacer(1, 0.4 * cm)]
    if report.withheld_stories:
        story.append(Paragraph(t(counted(report.lang, "withheld", report.withheld_stories)), small))
    for key in ("by_kind", "by_category", "by_session"):
        if key in images.charts:
            story.append(Image(str(images.charts[key]), width=16 * cm, height=6.9 * cm))

    story += [PageBreak(), Paragraph(t(text["map"]), h1)]
    if images.map is not None:
        m = images.map
        story.append(Image(str(m.path), width=16.5 * cm, height=16.5 * cm * 1100 / 1600))
        if m.attribution:
            story.append(Paragraph(t(text["map_base"].format(source=m.attribution)), small))
        story.append(Spacer(1, 0.3 * cm))
        key_rows: list[list[Any]] = [
            [
                Paragraph(f"<b>{t(h)}</b>", small)
                for h in (text["map_number"], text["name"], text["kind"], text["mentions"])
            ]
        ]
        key_rows += [
            [
                Paragraph(f"<b>{pin.number}</b>", body),
                Paragraph(t(pin.name), body),
                Paragraph(t(code_label(report.lang, "kind", pin.kind)), small),
                Paragraph(number(report.lang, pin.mentions), body),
            ]
            for pin in m.pins
        ]
        legend = Table(key_rows, colWidths=[1.4 * cm, 9.6 * cm, 3 * cm, 2.5 * cm], repeatRows=1)
        legend.setStyle(
            _table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SAND),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d9d2c5")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
                + [
                    (
                        "TEXTCOLOR",
                        (0, i + 1),
                        (0, i + 1),
                        colors.HexColor(KIND_COLOURS.get(p.kind, "#2a9d8f")),
                    )
                    for i, p in enumerate(m.pins)
                ]
            )
        )
        story.append(legend)
        if m.off_map:
            story.append(
                Paragraph(
                    t(counted(report.lang, "map_off", len(m.off_map), names=", ".join(m.off_map))),
                    small,
                )
            )
    else:
        story.append(Paragraph(t(text["no_places"]), body))

    story += [PageBreak(), Paragraph(t(text["inventory"]), h1)]
    for kind in ("asset", "gift", "hope"):
        rows = [a for a in report.assets if a.kind == kind]
        if not rows:
            continue
        story.append(Paragraph(t(text[kind]), h2))
        data = [
            [
                Paragraph(f"<b>{t(text['name'])}</b>", small),
                Paragraph(f"<b>{t(text['category'])}</b>", small),
                Paragraph(f"<b>{t(text['mentions'])}</b>", small),
            ]
        ]
        data += [
            [
                Paragraph(t(a.name), body),
                Paragraph(t(code_label(report.lang, "category", a.category)), small),
                Paragraph(number(report.lang, a.mentions), body),
            ]
            for a in rows
        ]
        inv = Table(data, colWidths=[9.5 * cm, 4 * cm, 3 * cm], repeatRows=1)
        inv.setStyle(
            _table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SAND),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d9d2c5")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story.append(inv)

    story += [PageBreak(), Paragraph(t(text["voices"]), h1)]
    for key in ("by_role", "by_age"):
        if key in images.charts:
            story.append(Image(str(images.charts[key]), width=16 * cm, height=6.9 * cm))

    story += [PageBreak(), Paragraph(t(text["quotes"]), h1)]
    for rs in report.stories[:60]:
        block = [Paragraph(t(rs.title), h2), Paragraph(f"“{t(rs.body)}”", quote)]
        if rs.tellers:
            block.append(
                Paragraph(
                    t(
                        "— "
                        + text["told_by"].format(names=", ".join(rs.tellers))
                        + (f" · {rs.session}" if rs.session else "")
                    ),
                    small,
                )
            )
        story.append(KeepTogether(block))

    if images.photos:
        story += [PageBreak(), Paragraph(t(text["photos"]), h1)]
        cells = []
        for photo in report.photos:
            path = images.photos.get(photo.id)
            if path is None:
                continue
            cells.append(
                [
                    Image(str(path), width=7.6 * cm, height=5.7 * cm, kind="proportional"),
                    Paragraph(t(photo.caption), small),
                ]
            )
        pairs = [
            [cells[i], cells[i + 1] if i + 1 < len(cells) else ""] for i in range(0, len(cells), 2)
        ]
        grid = Table(pairs, colWidths=[8.4 * cm, 8.4 * cm])
        grid.setStyle(
            _table_style(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]
            )
        )
        story.append(grid)

    if report.artifacts:
        story += [PageBreak(), Paragraph(t(text["artifacts"]), h1)]
        for art in report.artifacts:
            story.append(
                KeepTogether(
                    [
                        Paragraph(t(art.name), h2),
                        Paragraph(t(art.meaning), body),
                        Paragraph(
                            t(
                                f"{text['brought_by']}: {art.brought_by} · {text['returned']}: {text['yes'] if art.returned else text['no']}"
                            ),
                            small,
                        ),
                    ]
                )
            )

    if report.named_participants:
        story += [PageBreak(), Paragraph(t(text["participants"]), h1)]
        data = [
            [Paragraph(t(name), body), Paragraph(t(code_label(report.lang, "role", role)), small)]
            for name, role in report.named_participants
        ]
        people = Table(data, colWidths=[10 * cm, 6.5 * cm])
        people.setStyle(
            _table_style([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d9d2c5"))])
        )
        story.append(people)

    out.parent.mkdir(parents=True, exist_ok=True)
    doc = _Doc(
        str(out),
        footer=f"{report.title} · {text['report']}",
        title=report.title,
        author=report.host_community or "CLE Desktop",
        subject=text["report"],
        creator="CLE Desktop",
        lang=language_tag(report.lang),
        displayDocTitle=True,  # the window shows the title, not the file name (PDF/UA asks it)
        initialFontName=regular,  # no Helvetica referenced and left unembedded
    )
    if progress is not None:
        doc.setProgressCallBack(_pass_progress(progress))
    doc.multiBuild(story)
    return out
