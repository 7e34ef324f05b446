"""CSV and XLSX exports are safe in a spreadsheet: nothing a participant typed runs as a formula
(OWASP CSV injection), accents survive, and LibreOffice Calc, an independent reader, agrees."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cle_desktop.reports.export import export_report
from cle_desktop.reports.tables import FORMULA_TRIGGERS, neutralise
from cle_desktop.services import Services

HOSTILE = ["=1+2", "@SUM(A1)", '=HYPERLINK("http://evil.example/","click")', "-2+3", "+1", "\tx"]


@pytest.fixture
def hostile_gathering(services: Services) -> str:
    gid = services.gatherings.create("Reunión en Peñasco", host_community="Peñasco")
    pid = services.participants.add(gid, "=cmd|'/c calc'!A1")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    for title in HOSTILE:
        body = f"{title} — la acequia de Doña Inés"
        sid = services.stories.capture(gid, title=title, body=body, teller_ids=[pid])
        services.tags.tag_passage(sid, 0, len(title), "asset", new_asset_name=title + " garden")
    return gid


def _office() -> str:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        pytest.skip("LibreOffice is not installed (packaging/setup-env.sh --test installs it)")
    return office


def _convert(
    office: str, src: Path, target: str, outdir: Path, infilter: str | None = None
) -> Path:
    cmd = [office, "--headless", f"-env:UserInstallation=file://{outdir / 'profile'}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=240)
    out = outdir / f"{src.stem}.{target.split(':')[0]}"
    assert out.is_file(), f"LibreOffice wrote no {out.name}"
    return out


def test_neutralise_follows_owasp() -> None:
    for value in HOSTILE + ["\rx", "＝1+2"]:
        assert str(neutralise(value)).startswith("'")
    assert neutralise("Community garden") == "Community garden"
    assert neutralise(-105.9) == -105.9, "numbers stay numbers"
    assert neutralise(None) is None


def test_csv_cells_are_neutralised_with_a_bom_and_people_words(
    services: Services, hostile_gathering: str, tmp_path: Path
) -> None:
    out = export_report(services.db, hostile_gathering, "csv", tmp_path / "r.zip", lang="es")
    with zipfile.ZipFile(out) as zf:
        tables = {n: zf.read(n) for n in zf.namelist()}
    for name, data in tables.items():
        assert data.startswith(b"\xef\xbb\xbf"), f"{name} has no UTF-8 BOM"
        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))):
            for cell in row:
                assert not cell.startswith(FORMULA_TRIGGERS), f"{name}: {cell!r} would run"
    stories = list(csv.DictReader(io.StringIO(tables["stories.csv"].decode("utf-8-sig"))))
    assert {r["título"] for r in stories} == {"'" + t for t in HOSTILE}
    assert all("Doña Inés" in r["texto"] for r in stories)
    tags = list(csv.DictReader(io.StringIO(tables["tags.csv"].decode("utf-8-sig"))))
    assert {r["Tipo"] for r in tags} == {"Recurso"} and {r["Tipo (código)"] for r in tags} == {
        "asset"
    }


def test_libreoffice_reads_the_csv_as_text_with_accents(
    services: Services, hostile_gathering: str, tmp_path: Path
) -> None:
    office = _office()
    out = export_report(services.db, hostile_gathering, "csv", tmp_path / "r.zip")
    with zipfile.ZipFile(out) as zf:
        zf.extract("stories.csv", tmp_path)
    # UTF-8 (76) as the Text Import dialog picks from the BOM; headless mode does not look at
    # the BOM and takes the system's charset unless told.
    xlsx = _convert(office, tmp_path / "stories.csv", "xlsx", tmp_path / "lo", "CSV:44,34,76,1")
    ws = load_workbook(xlsx).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.value for c in cells if c.data_type == "f"], "a cell became a formula"
    values = [str(c.value) for c in cells]
    assert ws.cell(1, 1).value == "title", "the BOM was read as text"
    assert "'=1+2" in values and 3 not in [c.value for c in cells]
    assert any("Doña Inés" in v for v in values)


def test_xlsx_cells_are_strings_never_formulas_and_libreoffice_agrees(
    services: Services, hostile_gathering: str, tmp_path: Path
) -> None:
    out = export_report(services.db, hostile_gathering, "xlsx", tmp_path / "r.xlsx", lang="es")
    wb = load_workbook(out)
    stories = wb["Historias"]
    header = [c.value for c in stories[1]]
    titles = [row[header.index("título")] for row in stories.iter_rows(min_row=2)]
    assert {c.value for c in titles} == set(HOSTILE), "titles are shown as written"
    assert all(c.data_type == "s" and c.quotePrefix for c in titles)
    for ws in wb:
        for row in ws.iter_rows():
            assert not [c.value for c in row if c.data_type == "f"]
    assert wb.properties.language == "es-ES" and wb.properties.creator == "Peñasco"
    office = _office()
    back = _convert(office, out, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "lo")
    text = back.read_text(encoding="utf-8")
    assert "=1+2" in text and "Doña Inés" in text
    first_rows = list(csv.reader(io.StringIO(text)))
    assert all(row[header.index("título")] != "3" for row in first_rows[1:])
