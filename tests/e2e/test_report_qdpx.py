"""The REFI-QDA project is valid against the published QDA-XML schema and carries who made it,
cases with variables per teller, and the photos this audience may see (without metadata)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema
from PIL import Image

from cle_desktop.media import generate_photo
from cle_desktop.reports.export import export_report
from cle_desktop.services import Services
from tests.conftest import TESTDATA, missing

SCHEMA = TESTDATA / "refi-qda" / "Project-mrt2019.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}
WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    if not SCHEMA.is_file():
        missing(f"the REFI-QDA schema is not at {SCHEMA}")
    return xmlschema.XMLSchema(str(SCHEMA))


def test_qdpx_is_valid_with_users_cases_and_pictures(
    services: Services, gathering_id: str, tmp_path: Path, schema: xmlschema.XMLSchema
) -> None:
    rosa = services.participants.add(gathering_id, "Rosa Quintana", role="elder", team="Norte")
    services.participants.record_consent(
        rosa, sharing_level="public", name_use="name", photo_release=True
    )
    hidden = services.participants.add(gathering_id, "Nadie Visible")
    services.participants.record_consent(hidden, sharing_level="internal", photo_release=False)
    for title in ("Acequia: <the ditch>?", "acequia: <THE DITCH>?", "CON"):
        body = "Our acequia association cleans the ditch."
        sid = services.stories.capture(gathering_id, title=title, body=body, teller_ids=[rosa])
        services.tags.tag_passage(sid, 4, 23, "asset", new_asset_name="Acequia association")
    services.stories.capture(
        gathering_id, title="Private", body="Not for the public.", teller_ids=[hidden]
    )
    shown = generate_photo(tmp_path / "shown.jpg", 640, 480, seed=1, gps=(35.6, -105.9))
    withheld = generate_photo(tmp_path / "withheld.jpg", 640, 480, seed=2)
    items = services.photos.import_files(gathering_id, [shown, withheld], workers=1).imported
    services.photos.link(items[0]["id"], "participant", rosa)
    services.photos.set_caption(items[0]["id"], "Rosa at the ditch")
    services.photos.link(items[1]["id"], "participant", hidden)
    services.photos.set_caption(items[1]["id"], "Withheld caption")

    qdpx = export_report(services.db, gathering_id, "qdpx", tmp_path / "p.qdpx", "public")
    with zipfile.ZipFile(qdpx) as zf:
        qde = zf.read("project.qde")
        schema.validate(io.BytesIO(qde))  # raises with the first violation
        project = ET.fromstring(qde)
        user = project.find("q:Users/q:User", NS)
        assert user is not None and user.get("name") == "Santa Fe"
        assert project.get("creatingUserGUID") == user.get("guid") and project.get(
            "creationDateTime"
        )
        variables = {v.get("name") for v in project.iterfind("q:Variables/q:Variable", NS)}
        assert variables == {"Role", "Generation", "Team"}
        [case] = project.iterfind("q:Cases/q:Case", NS)
        assert case.get("name") == "Rosa Quintana"
        values = [
            v.findtext("q:TextValue", namespaces=NS) for v in case.iterfind("q:VariableValue", NS)
        ]
        assert values == ["Elder", "Not given", "Norte"]
        assert len(case.findall("q:SourceRef", NS)) == 3
        names = [s.get("name", "") for s in project.iterfind("q:Sources/*", NS)]
        assert not [n for n in names if WINDOWS_FORBIDDEN & set(n)], names
        assert len({n.casefold() for n in names}) == len(names), "names differ on Windows too"
        assert "CON" not in names
        for source in project.iterfind("q:Sources/q:TextSource", NS):
            assert source.get("creatingUser") == user.get("guid")
        [picture] = project.iterfind("q:Sources/q:PictureSource", NS)
        assert picture.findtext("q:Description", namespaces=NS) == "Rosa at the ditch"
        data = zf.read("sources/" + picture.get("path", "").removeprefix("internal://"))
        with Image.open(io.BytesIO(data)) as img:
            assert not img.getexif().get_ifd(0x8825), "the photo still carries GPS"
        everything = b"".join(zf.read(n) for n in zf.namelist())
        assert b"Withheld caption" not in everything and b"Not for the public" not in everything
