"""Independent readers open what we export: LibreOffice converts the DOCX, the REFI-QDA
project's codes and selections are consistent, a PMTiles archive serves the same tiles."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from cle_desktop.reports.export import export_report
from cle_desktop.services import Services

NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture
def small_gathering(services: Services, gathering_id: str) -> str:
    pid = services.participants.add(gathering_id, "Rosa Quintana")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    body = "Our acequia association cleans the ditch; we hope for a youth centre."
    sid = services.stories.capture(gathering_id, title="Acequia", body=body, teller_ids=[pid])
    services.tags.tag_passage(
        sid,
        body.index("acequia association"),
        body.index("acequia association") + 19,
        "asset",
        new_asset_name="Acequia association",
    )
    services.tags.tag_passage(
        sid,
        body.index("a youth centre"),
        body.index("a youth centre") + 14,
        "hope",
        new_asset_name="Youth centre",
    )
    return gathering_id


def test_docx_opens_in_libreoffice(
    services: Services, small_gathering: str, tmp_path: Path
) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        pytest.skip("LibreOffice is not installed (packaging/setup-env.sh --test installs it)")
    docx = export_report(services.db, small_gathering, "docx", tmp_path / "report.docx")
    subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'lo'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = tmp_path / "pdf" / "report.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")


def test_qdpx_codes_and_selections_are_consistent(
    services: Services, small_gathering: str, tmp_path: Path
) -> None:
    qdpx = export_report(services.db, small_gathering, "qdpx", tmp_path / "project.qdpx")
    with zipfile.ZipFile(qdpx) as zf:
        project = ET.fromstring(zf.read("project.qde"))
        assert project.tag == "{urn:QDA-XML:project:1.0}Project"
        codes = {c.get("guid") for c in project.iter("{urn:QDA-XML:project:1.0}Code")}
        assert {"Asset", "Hope", "Acequia association", "Youth centre"} <= {
            c.get("name") for c in project.iter("{urn:QDA-XML:project:1.0}Code")
        }
        for source in project.iterfind(".//q:TextSource", NS):
            text = zf.read(
                "sources/" + source.get("plainTextPath", "").removeprefix("internal://")
            ).decode("utf-8")
            for sel in source.iterfind("q:PlainTextSelection", NS):
                start, end = int(sel.get("startPosition", -1)), int(sel.get("endPosition", -1))
                assert 0 <= start < end <= len(text)
                assert text[start:end].startswith(sel.get("name", "")[:10])
                assert {ref.get("targetGUID") for ref in sel.iterfind(".//q:CodeRef", NS)} <= codes


def test_pmtiles_serves_the_same_tiles_as_mbtiles(basemaps_dir: Path, tmp_path: Path) -> None:
    from pmtiles.convert import mbtiles_to_pmtiles

    from cle_desktop.maps.tiles import MBTilesSource, open_tiles

    src = tmp_path / "world.mbtiles"
    shutil.copy(basemaps_dir / "geography-class-png.mbtiles", src)
    with sqlite3.connect(src) as conn:  # the converter wants the (optional) format key
        conn.execute("INSERT INTO metadata (name, value) VALUES ('format', 'png')")
    out = tmp_path / "world.pmtiles"
    mbtiles_to_pmtiles(str(src), str(out), 1)
    mb, pm = MBTilesSource(src), open_tiles(out)
    assert pm.mime == "image/png"
    for z, x, y in ((0, 0, 0), (1, 0, 0), (1, 1, 1)):
        assert pm.get_tile(z, x, y) == mb.get_tile(z, x, y)
