"""The PDF report is a tagged PDF with PDF/UA-1 as the bar, read back by independent readers:
pikepdf (qpdf) walks the structure tree, the outline, the links and the XMP; poppler's
``pdfinfo`` and ``pdffonts`` say it is tagged and every font is embedded.

veraPDF, the reference PDF/UA checker, is a Java program that is not packaged on PyPI, Debian
or npm, so these tests check the PDF/UA-1 requirements one by one instead.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from cle_desktop.cli.main import main as cli_main
from cle_desktop.domain.limits import MAX_LINE_CHARS, MAX_TEXT_CHARS
from cle_desktop.media import generate_photo
from cle_desktop.reports.export import export_report
from cle_desktop.reports.text import counted, labels
from cle_desktop.services import Services


@pytest.fixture
def gathering(services: Services, tmp_path: Path) -> str:
    """A small gathering with everything a report shows: stories, a placed asset, a photo
    with a caption and one without, an artifact and a named participant."""
    gid = services.gatherings.create(
        "Intercambio en Peñasco",
        host_community="Comunidad de Peñasco",
        starts_on=date(2026, 10, 14),
        ends_on=date(2026, 10, 16),
    )
    pid = services.participants.add(gid, "Rosa Quintana", role="elder")
    services.participants.record_consent(
        pid, sharing_level="public", name_use="name", photo_release=True
    )
    for i in range(3):
        body = f"La asociación de la acequia limpia la zanja cada primavera {i}."
        sid = services.stories.capture(gid, title=f"La acequia {i}", body=body, teller_ids=[pid])
        a = body.index("asociación de la acequia")
        existing = {row.name: row.id for row in services.assets.inventory(gid)}
        services.tags.tag_passage(
            sid,
            a,
            a + len("asociación de la acequia"),
            "asset",
            category="association",
            asset_id=existing.get("Asociación de la acequia"),
            new_asset_name=None if existing else "Asociación de la acequia",
        )
    for row in services.assets.inventory(gid):
        services.places.place_asset(row.id, lat=36.17, lon=-105.68)
    photos = [generate_photo(tmp_path / f"p{i}.jpg", 400, 300, seed=i) for i in range(2)]
    for item in services.photos.import_files(gid, photos, workers=1).imported:
        services.photos.link(item["id"], "participant", pid)
    services.artifacts.create(
        gid, "Una olla de barro", meaning="La cocina de mi abuela", brought_by_id=pid
    )
    return gid


def _struct_types(pdf: pikepdf.Pdf) -> tuple[Counter[str], list[Any]]:
    """Every structure element's type, and the figures, walking /StructTreeRoot."""
    types: Counter[str] = Counter()
    figures: list[Any] = []
    todo = [pdf.Root.StructTreeRoot]
    while todo:
        node = todo.pop()
        if isinstance(node, pikepdf.Dictionary) and "/S" in node:
            types[str(node.S)[1:]] += 1
            if node.S == "/Figure":
                figures.append(node)
        kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
        if isinstance(kids, pikepdf.Array):
            todo += [k for k in kids if isinstance(k, pikepdf.Dictionary)]
        elif isinstance(kids, pikepdf.Dictionary):
            todo.append(kids)
    return types, figures


def _page_text(path: Path, number: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(number), "-l", str(number), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_cli_pdf_is_tagged_pdf_ua(
    services: Services,
    gathering: str,
    db_path: Path,
    tmp_path: Path,
    lang: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if not (shutil.which("pdffonts") and shutil.which("pdfinfo") and shutil.which("pdftotext")):
        pytest.skip("poppler-utils is not installed (packaging/setup-env.sh --test installs it)")
    out = tmp_path / f"informe-{lang}.pdf"
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        status = cli_main(
            [
                "--db",
                str(db_path),
                "report",
                "--gathering",
                gathering,
                "--format",
                "pdf",
                "--audience",
                "public",
                "--lang",
                lang,
                "--out",
                str(out),
            ]
        )
    assert status == 0
    problems = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert not problems, f"WeasyPrint found PDF/UA problems: {problems}"
    text = labels(lang)
    pdf = pikepdf.open(out)
    root = pdf.Root
    # Tagged, in the report's language, with the title in the window (PDF/UA-1 7.1, 7.2).
    assert root.MarkInfo.Marked is True
    assert str(root.Lang) == {"es": "es-ES", "en": "en-US"}[lang]
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo.Title) == "Intercambio en Peñasco"
    with pdf.open_metadata() as xmp:
        assert xmp.get("pdfuaid:part") == "1", "PDF/UA-1 identification in the XMP"
        assert xmp.get("dc:title") == "Intercambio en Peñasco"
    # The structure tree: headings, paragraphs, tables with header cells, figures with alt.
    types, figures = _struct_types(pdf)
    for tag in (
        "Document",
        "H1",
        "H2",
        "H3",
        "P",
        "BlockQuote",
        "Table",
        "TR",
        "TH",
        "TD",
        "Figure",
        "Caption",
        "Link",
    ):
        assert types[tag] > 0, f"no {tag} in the structure tree ({dict(types)})"
    assert types["H1"] == 1, "one document title"
    alts = [str(f.get("/Alt", "")) for f in figures]
    assert all(alts), "every figure has alternative text"
    assert counted(lang, "map_alt", 1) in alts, "the map says what it shows"
    assert sum(a.startswith(text["chart_alt"].split(":")[0]) for a in alts) >= 2  # the charts
    # Outline: the sections, each pointing at the page its heading is on.
    with pdf.open_outline() as outline:
        top = [(item.title, item.destination) for item in outline.root]
    titles = [t for t, _d in top]
    assert titles[:2] == [text["summary"], text["map"]]
    assert text["photos"] in titles and text["artifacts"] in titles
    pages = [p.objgen for p in pdf.pages]
    for title, dest in top:
        number = pages.index(dest[0].objgen) + 1
        assert title in _page_text(out, number), f"{title!r} is not on page {number}"
    # Contents: each entry is a tagged link to the page its section starts on, and says it.
    contents = pdf.pages[1]
    links = [a for a in contents.get("/Annots", []) if a.Subtype == "/Link"]
    contents_text = _page_text(out, 2)
    names = list(pdf.Root.Names.Dests.Names) if "/Names" in pdf.Root else []
    named = {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}
    targets: dict[str, int] = {}
    for link in links:
        assert "/StructParent" in link, "the link annotation is in the structure tree"
        dest = link.get("/Dest") or link.A.D
        if not isinstance(dest, pikepdf.Array):  # a named destination
            dest = named[str(dest)]
            dest = dest.D if isinstance(dest, pikepdf.Dictionary) else dest
        targets[str(link.get("/Dest") or link.A.D)] = pages.index(dest[0].objgen) + 1
    assert len(targets) == len(titles), "one link target per section"
    outline_pages = sorted(pages.index(d[0].objgen) + 1 for _t, d in top)
    assert sorted(targets.values()) == outline_pages, "each entry links to its section's page"
    for number in targets.values():  # and prints that page's number
        assert re.search(rf"\.\s*{number}\s*$", contents_text, re.M), number
    # Every font embedded (poppler's own reading of the font dictionaries).
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts), "\n".join(fonts)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info


def test_the_longest_allowed_text_stays_a_bounded_pdf(services: Services, tmp_path: Path) -> None:
    """A title and a name of MAX_LINE_CHARS letters without a space and a story body of
    MAX_TEXT_CHARS: the PDF is written (a 10,000-letter word took WeasyPrint 14 minutes to
    break before the renderer marked break chances in it) and every word stays on the page."""
    long_title = "T" * MAX_LINE_CHARS
    gid = services.gatherings.create(long_title)
    pid = services.participants.add(gid, "N" * MAX_LINE_CHARS)
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    body = ("palabra " * (MAX_TEXT_CHARS // 8))[:MAX_TEXT_CHARS]
    services.stories.capture(gid, title=long_title, body=body, teller_ids=[pid])
    out = export_report(services.db, gid, "pdf", tmp_path / "long.pdf")
    pdf = pikepdf.open(out)
    assert 20 < len(pdf.pages) < 150
    assert str(pdf.docinfo.Title) == long_title
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils is not installed (packaging/setup-env.sh --test installs it)")
    html = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    right = [float(x) for x in re.findall(r'xMax="([0-9.]+)"', html)]
    assert right and max(right) <= 595.28, "a word runs off the page"
    assert html.count("palabra") > MAX_TEXT_CHARS // 8 - 10, "the whole story is there"


def test_without_pango_the_pdf_export_says_what_to_install(
    services: Services, gathering_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WeasyPrint raises OSError when cffi cannot dlopen Pango; here its import fails that way
    (a machine without the library cannot be made inside the test)."""
    import sys

    from cle_desktop.services.errors import InvalidInput

    class NoPango:
        def find_spec(self, name: str, *_args: object) -> None:
            if name == "weasyprint":
                raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    monkeypatch.setattr(sys, "meta_path", [NoPango(), *sys.meta_path])
    out = tmp_path / "r.pdf"
    with pytest.raises(InvalidInput, match="Pango text library is missing.*libpango-1.0-0"):
        services.reports.export(gathering_id, "pdf", out)
    assert not out.exists() and not list(tmp_path.glob(".*partial"))
    assert services.reports.export(gathering_id, "html", tmp_path / "r.html").is_file()


def test_a_pdf_export_leaves_pillow_refusing_cut_off_photos(
    services: Services, gathering_id: str, tmp_path: Path
) -> None:
    """WeasyPrint switches on Pillow's LOAD_TRUNCATED_IMAGES when it is imported; the photo
    importer, in the same process after an export, must still refuse a cut-off JPEG."""
    import io

    from PIL import Image, ImageFile

    export_report(services.db, gathering_id, "pdf", tmp_path / "r.pdf")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (120, 160, 90)).save(buffer, "JPEG", quality=90)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    report = services.photos.import_files(gathering_id, [cut], workers=1)
    assert not report.imported and len(report.errors) == 1
