"""A Spanish report is Spanish in every word and says so; the files are navigable: PDF
language, title, bookmarks, contents links and embedded fonts; DOCX alt text, heading levels,
properties and language; chart numbers as tables; KML in the report's language."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from docx import Document
from pypdf import PdfReader

from cle_desktop.reports.export import export_report
from cle_desktop.services import Services

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture
def gathering(services: Services) -> str:
    gid = services.gatherings.create(
        "Intercambio en Peñasco",
        host_community="Comunidad de Peñasco",
        starts_on=date(2026, 10, 14),
        ends_on=date(2026, 10, 16),
    )
    pid = services.participants.add(gid, "Rosa Quintana", role="elder")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    assets: dict[str, str] = {}
    for i in range(3):
        body = f"La asociación de la acequia limpia la zanja; esperamos un centro juvenil {i}."
        sid = services.stories.capture(gid, title=f"La acequia {i}", body=body, teller_ids=[pid])
        for phrase, kind, name, category in (
            ("asociación de la acequia", "asset", "Asociación de la acequia", "association"),
            ("un centro juvenil", "hope", "Centro juvenil", None),
        ):
            a = body.index(phrase)
            services.tags.tag_passage(
                sid,
                a,
                a + len(phrase),
                kind,
                category=category,
                asset_id=assets.get(name),
                new_asset_name=None if name in assets else name,
            )
            assets = {row.name: row.id for row in services.assets.inventory(gid)}
    for row in services.assets.inventory(gid):
        services.places.place_asset(
            row.id, lat=36.17, lon=-105.68 + (0.01 if row.kind == "hope" else 0)
        )
    return gid


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def test_every_word_of_a_spanish_report_is_spanish(
    services: Services, gathering: str, tmp_path: Path
) -> None:
    pdf = _pdf_text(
        export_report(services.db, gathering, "pdf", tmp_path / "r.pdf", "public", "es")
    )
    html = export_report(
        services.db, gathering, "html", tmp_path / "r.html", "public", "es"
    ).read_text(encoding="utf-8")
    docx = Document(
        str(export_report(services.db, gathering, "docx", tmp_path / "r.docx", "public", "es"))
    )
    docx_text = "\n".join(p.text for p in docx.paragraphs)
    for name, text in (("pdf", pdf.replace("\n", " ")), ("html", html), ("docx", docx_text)):
        assert "Preparado para el público en general" in text, name
        assert "14–16 de octubre de 2026" in text, f"{name} dates are not Spanish"
        assert "public." not in text and "Oct" not in text, name
    assert "<html lang='es-ES'>" in html
    assert "Persona mayor" in html and "Asociación" in html


def test_numbers_follow_the_report_language(
    services: Services, gathering: str, tmp_path: Path
) -> None:
    from cle_desktop.reports.text import number

    assert number("es", 12345) == "12.345" and number("en", 12345) == "12,345"


def test_pdf_language_title_outline_links_and_fonts(
    services: Services, gathering: str, tmp_path: Path
) -> None:
    path = export_report(services.db, gathering, "pdf", tmp_path / "r.pdf", "network", "es")
    reader = PdfReader(str(path))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "es-ES"
    assert reader.metadata is not None and reader.metadata.title == "Intercambio en Peñasco"
    assert reader.metadata.author == "Comunidad de Peñasco"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:2] == ["Resumen", "Mapa de recursos de la comunidad"]
    contents = reader.pages[1]
    links = [
        a.get_object() for a in contents.get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"
    ]
    assert len(links) >= len(titles), "each contents entry links to its page"
    page_ids = [p.indirect_reference for p in reader.pages]
    for link in links:
        dest = link["/Dest"] if "/Dest" in link else link["/A"]["/D"]
        if isinstance(dest, str) or not isinstance(dest, list):
            dest = reader.named_destinations[str(dest)]
            target = dest.page
        else:
            target = dest[0]
        assert target in page_ids or reader.get_page_number(reader.get_object(target)) >= 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font[
                "/BaseFont"
            ]


def test_docx_is_accessible_and_says_its_language(
    services: Services, gathering: str, tmp_path: Path
) -> None:
    before = datetime.now(UTC) - timedelta(seconds=5)
    path = export_report(services.db, gathering, "docx", tmp_path / "r.docx", "public", "es")
    doc = Document(str(path))
    props = doc.core_properties
    assert props.title == "Intercambio en Peñasco"
    assert props.author == "Comunidad de Peñasco" and props.language == "es-ES"
    assert props.created is not None and props.created.replace(tzinfo=UTC) >= before.replace(
        microsecond=0
    )
    levels = [
        int(p.style.name.split()[-1]) if p.style.name.startswith("Heading") else 0
        for p in doc.paragraphs
        if p.style.name.startswith("Heading") or p.style.name == "Title"
    ]
    for previous, level in zip(levels, levels[1:], strict=False):
        assert level <= previous + 1, f"heading jumps from {previous} to {level}"
    with zipfile.ZipFile(path) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
        styles = ET.fromstring(zf.read("word/styles.xml"))
    pictures = re.findall(r"<wp:docPr [^>]*>", body)
    assert pictures, "the report has pictures"
    assert all(re.search(r'descr="[^"]+"', p) for p in pictures), "a picture has no alt text"
    langs = {el.get(f"{W}val") for el in styles.iter(f"{W}lang")}
    assert langs == {"es-ES"}
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "Cantidad" in cells and "Persona mayor" in cells, "chart numbers stand in tables"


def test_html_charts_have_their_numbers_as_tables(
    services: Services, gathering: str, tmp_path: Path
) -> None:
    html = export_report(services.db, gathering, "html", tmp_path / "r.html").read_text(
        encoding="utf-8"
    )
    assert html.count("<table class='numbers'>") >= 4
    assert "<caption>Stories by teller role</caption>" in html
    assert re.search(r"<td>Elder</td><td>3</td>", html)
    assert "alt='Bar chart: Tags by kind." in html


def test_kml_speaks_the_report_language_with_extended_data_and_styles(
    services: Services, gathering: str, tmp_path: Path
) -> None:
    path = export_report(services.db, gathering, "kml", tmp_path / "r.kml", "public", "es")
    root = ET.parse(path).getroot()
    styles = {s.get("id") for s in root.iter(f"{KML}Style")}
    assert {"kind-asset", "kind-gift", "kind-hope"} <= styles
    marks = list(root.iter(f"{KML}Placemark"))
    assert len(marks) == 2
    by_name = {m.findtext(f"{KML}name"): m for m in marks}
    acequia = by_name["Asociación de la acequia"]
    assert acequia.findtext(f"{KML}description").startswith("Recurso · Asociación · 3 historias")
    assert acequia.findtext(f"{KML}styleUrl") == "#kind-asset"
    data = {d.get("name"): d.findtext(f"{KML}value") for d in acequia.iter(f"{KML}Data")}
    assert data == {
        "kind": "Recurso",
        "category": "Asociación",
        "stories": "3",
        "quote": "asociación de la acequia",
    }
    if shutil.which("ogrinfo"):
        out = subprocess.run(
            ["ogrinfo", "-al", "-q", str(path)], capture_output=True, text=True, check=True
        ).stdout
        assert "kind (String) = Recurso" in out and "Centro juvenil" in out
