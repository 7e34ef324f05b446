"""Data exports: CSV tables (zipped), GeoJSON and KML of placed assets, and a REFI-QDA project
(``.qdpx``) so researchers can open the stories and codes in QualCoder, NVivo, ATLAS.ti or
MAXQDA. All from the consent-filtered report model."""

from __future__ import annotations

import csv
import io
import json
import tempfile
import uuid
import zipfile
from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

from cle_desktop.reports.model import Report
from cle_desktop.reports.tables import Cell, Table, neutralise, report_tables
from cle_desktop.reports.text import (
    audience_sentence,
    code_label,
    count_of_stories,
    labels,
)

QDA_NS = "urn:QDA-XML:project:1.0"
KML_NS = "http://www.opengis.net/kml/2.2"


def _csv_value(value: Cell) -> object:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value)


def _csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(h) for h in table.header])
    writer.writerows([_csv_value(v) for v in row] for row in table.rows)
    # A UTF-8 byte-order mark: LibreOffice and Excel then read the accents right, not Latin-1.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def render_csv_zip(report: Report, out: Path) -> Path:
    """One CSV per table, zipped; cells neutralised and labelled as in ``reports.tables``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for table in report_tables(report):
            zf.writestr(f"{table.name}.csv", _csv(table))
    return out


def _placed(report: Report) -> list:  # type: ignore[type-arg]
    return [a for a in report.assets if a.lat is not None and a.lon is not None]


def render_geojson(report: Report, out: Path) -> Path:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [a.lon, a.lat]},
            "properties": {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "kind_label": code_label(report.lang, "kind", a.kind),
                "category": a.category,
                "category_label": code_label(report.lang, "category", a.category)
                if a.category
                else None,
                "stories": a.mentions,
                "quote": a.quote,
            },
        }
        for a in _placed(report)
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {"type": "FeatureCollection", "name": report.title, "features": features},
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    return out


KML_KIND_COLOURS = {"asset": "ff8f9d2a", "gift": "ff3e9fe0", "hope": "ffa75e7b"}  # aabbggrr
KML_KIND_ICONS = {  # Google Earth's stock shapes, as the report map: circle, square, triangle
    "asset": "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png",
    "gift": "http://maps.google.com/mapfiles/kml/shapes/placemark_square.png",
    "hope": "http://maps.google.com/mapfiles/kml/shapes/triangle.png",
}


def render_kml(report: Report, out: Path) -> Path:
    """Placemarks of placed assets: a description in the report's language, the figures as
    ``ExtendedData`` (kind, category, stories, quote) and one style per kind."""
    ET.register_namespace("", KML_NS)
    k = f"{{{KML_NS}}}"
    lang, words = report.lang, labels(report.lang)
    kml = ET.Element(f"{k}kml")
    doc = ET.SubElement(kml, f"{k}Document")
    ET.SubElement(doc, f"{k}name").text = _xml_text(report.title)
    ET.SubElement(doc, f"{k}description").text = audience_sentence(lang, report.audience)
    for kind in ("asset", "gift", "hope"):
        style = ET.SubElement(doc, f"{k}Style", {"id": f"kind-{kind}"})
        icon_style = ET.SubElement(style, f"{k}IconStyle")
        ET.SubElement(icon_style, f"{k}color").text = KML_KIND_COLOURS[kind]
        ET.SubElement(ET.SubElement(icon_style, f"{k}Icon"), f"{k}href").text = KML_KIND_ICONS[kind]
    for a in _placed(report):
        mark = ET.SubElement(doc, f"{k}Placemark")
        ET.SubElement(mark, f"{k}name").text = _xml_text(a.name)
        kind_word = code_label(lang, "kind", a.kind)
        category_word = code_label(lang, "category", a.category) if a.category else None
        stories = count_of_stories(lang, a.mentions)
        ET.SubElement(mark, f"{k}description").text = _xml_text(
            " · ".join(x for x in (kind_word, category_word, stories) if x)
            + (f"\n“{a.quote}”" if a.quote else "")
        )
        ET.SubElement(
            mark, f"{k}styleUrl"
        ).text = f"#kind-{a.kind if a.kind in KML_KIND_ICONS else 'asset'}"
        extended = ET.SubElement(mark, f"{k}ExtendedData")
        for name, shown, value in (
            ("kind", words["kind"], kind_word),
            ("category", words["category"], category_word or ""),
            ("stories", words["mentions"], str(a.mentions)),
            ("quote", words["col_quote"], a.quote or ""),
        ):
            data = ET.SubElement(extended, f"{k}Data", {"name": name})
            ET.SubElement(data, f"{k}displayName").text = shown
            ET.SubElement(data, f"{k}value").text = _xml_text(value)
        point = ET.SubElement(mark, f"{k}Point")
        ET.SubElement(point, f"{k}coordinates").text = f"{a.lon},{a.lat},0"
    out.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(kml).write(out, encoding="utf-8", xml_declaration=True)
    return out


def _xml_text(text: str) -> str:
    """XML 1.0 cannot hold most control characters (a pasted story can)."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32)


def _guid(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "cle-desktop:" + ":".join(parts)))


def render_qdpx(report: Report, out: Path) -> Path:
    """REFI-QDA Project Exchange (QDA-XML 1.0, valid against ``Project-mrt2019.xsd``):
    ``project.qde`` with the host as the one User, a code per kind with the assets under it,
    a Variable per teller attribute (role, generation, team) and a Case per teller, one
    TextSource per story (``sources/<guid>.txt``) with its tagged passages as coded
    selections, and a PictureSource per photo this audience may see (a metadata-free copy).
    Source names are valid file names on Windows, since QDA programs save sources under them."""
    from datetime import UTC, datetime

    from cle_desktop.media import export_copy_without_metadata
    from cle_desktop.reports.export import safe_file_stem

    ET.register_namespace("", QDA_NS)
    q = f"{{{QDA_NS}}}"
    lang = report.lang
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    user = _guid("user", report.host_community or "CLE Desktop")
    made = {"creatingUser": user, "creationDateTime": now}
    project = ET.Element(
        f"{q}Project",
        {
            "name": _xml_text(report.title),
            "origin": "CLE Desktop",
            "creatingUserGUID": user,
            "creationDateTime": now,
        },
    )
    users = ET.SubElement(project, f"{q}Users")
    ET.SubElement(
        users, f"{q}User", {"guid": user, "name": _xml_text(report.host_community or "CLE Desktop")}
    )
    codebook = ET.SubElement(ET.SubElement(project, f"{q}CodeBook"), f"{q}Codes")
    colours = {"asset": "#2A9D8F", "gift": "#E09F3E", "hope": "#7B5EA7"}
    code_guid: dict[str, str] = {}
    parents = {}
    for kind in ("asset", "gift", "hope"):
        parents[kind] = ET.SubElement(
            codebook,
            f"{q}Code",
            {
                "guid": _guid("kind", kind),
                "name": code_label(lang, "kind", kind),
                "isCodable": "true",
                "color": colours[kind],
            },
        )
        code_guid[kind] = _guid("kind", kind)
    names = {a.id: a.name for a in report.assets}
    for a in report.assets:
        code_guid[a.id] = _guid("asset", a.id)
        ET.SubElement(
            parents.get(a.kind, parents["asset"]),
            f"{q}Code",
            {
                "guid": code_guid[a.id],
                "name": _xml_text(a.name),
                "isCodable": "true",
                "color": colours.get(a.kind, "#2A9D8F"),
            },
        )
    words = labels(lang)
    variables = {
        "role": _guid("variable", "role"),
        "generation": _guid("variable", "generation"),
        "team": _guid("variable", "team"),
    }
    shown = {
        "role": words["role"],
        "generation": words["col_generation"],
        "team": words["col_team"],
    }
    var_el = ET.SubElement(project, f"{q}Variables")
    for key, guid in variables.items():
        ET.SubElement(
            var_el, f"{q}Variable", {"guid": guid, "name": shown[key], "typeOfVariable": "Text"}
        )
    # One case per teller as this audience may know them (a name or a pseudonym).
    cases: dict[tuple[str, str, str, str], list[str]] = {}
    for s in report.stories:
        teams = s.teller_teams or ("",) * len(s.tellers)
        for name, role, age, team in zip(
            s.tellers, s.teller_roles, s.teller_ages, teams, strict=False
        ):
            cases.setdefault((name, role, age, team), []).append(_guid("story", s.id))
    if cases:
        cases_el = ET.SubElement(project, f"{q}Cases")
        for (name, role, age, team), story_guids in cases.items():
            case = ET.SubElement(
                cases_el,
                f"{q}Case",
                {"guid": _guid("case", name, role, age, team), "name": _xml_text(name)},
            )
            for key, value in (
                ("role", code_label(lang, "role", role)),
                ("generation", code_label(lang, "age", age)),
                ("team", team),
            ):
                vv = ET.SubElement(case, f"{q}VariableValue")
                ET.SubElement(vv, f"{q}VariableRef", {"targetGUID": variables[key]})
                ET.SubElement(vv, f"{q}TextValue").text = _xml_text(value)
            for guid in dict.fromkeys(story_guids):
                ET.SubElement(case, f"{q}SourceRef", {"targetGUID": guid})
    sources = ET.SubElement(project, f"{q}Sources")
    texts: dict[str, str] = {}
    used_names: set[str] = set()

    def source_name(title: str, fallback: str) -> str:
        name = safe_file_stem(title, fallback=fallback, limit=80)
        stem, n = name, 2
        while name.casefold() in used_names:  # Windows file names ignore case
            name, n = f"{stem} ({n})", n + 1
        used_names.add(name.casefold())
        return name

    for s in report.stories:
        guid = _guid("story", s.id)
        texts[guid] = s.body
        source = ET.SubElement(
            sources,
            f"{q}TextSource",
            {
                "guid": guid,
                "name": source_name(s.title, words["col_stories"]),
                "plainTextPath": f"internal://{guid}.txt",
                **made,
            },
        )
        for t in s.tags:
            sel = ET.SubElement(
                source,
                f"{q}PlainTextSelection",
                {
                    "guid": _guid("tag", t.id),
                    "name": _xml_text(t.quote[:60]),
                    "startPosition": str(t.start),
                    "endPosition": str(t.end),
                    **made,
                },
            )
            coding = ET.SubElement(sel, f"{q}Coding", {"guid": _guid("coding", t.id), **made})
            target = code_guid.get(t.asset_id or "") if t.asset_id in names else code_guid[t.kind]
            ET.SubElement(coding, f"{q}CodeRef", {"targetGUID": target or code_guid[t.kind]})
    pictures: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="cle-qdpx-") as tmp:
        for photo in report.photos:
            guid = _guid("photo", photo.id)
            copy = Path(tmp) / f"{guid}.jpg"
            try:
                export_copy_without_metadata(photo.path, copy, max_side=2000)
            except Exception:  # an unreadable original is left out, never sent with metadata
                continue
            pictures[guid] = copy
            picture = ET.SubElement(
                sources,
                f"{q}PictureSource",
                {
                    "guid": guid,
                    "name": source_name(photo.caption, words["photos"]),
                    "path": f"internal://{guid}.jpg",
                    **made,
                },
            )
            if photo.caption:
                ET.SubElement(picture, f"{q}Description").text = _xml_text(photo.caption)
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("project.qde", ET.tostring(project, encoding="utf-8", xml_declaration=True))
            for guid, body in texts.items():
                zf.writestr(f"sources/{guid}.txt", body.encode("utf-8"))
            for guid, path in pictures.items():
                zf.write(path, f"sources/{guid}.jpg", compress_type=zipfile.ZIP_STORED)
    return out
