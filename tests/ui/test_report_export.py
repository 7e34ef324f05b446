"""Export from the review page as a host does it: pick format and audience, click the real
"Export report…" button, answer the save dialog, wait, open the file. The files are read back
with independent readers (pypdf, python-docx, openpyxl)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.pages import PageContext
from cle_desktop.ui.review import ReviewPage

TITLE = "Acequia Learning Exchange"


@pytest.fixture
def gathering(services: Services) -> str:
    gid = services.gatherings.create(
        TITLE, host_community="Peñasco", starts_on=date(2026, 10, 14), ends_on=date(2026, 10, 16)
    )
    pid = services.participants.add(gid, "Rosa Quintana")
    services.participants.record_consent(pid, sharing_level="public", name_use="name")
    body = "Our acequia association cleans the ditch every spring."
    sid = services.stories.capture(gid, title="La acequia", body=body, teller_ids=[pid])
    start = body.index("acequia association")
    services.tags.tag_passage(sid, start, start + 19, "asset", new_asset_name="Acequia association")
    return gid


def _page(qtbot, services: Services, gid: str, dialogs: ScriptedDialogs) -> ReviewPage:  # type: ignore[no-untyped-def]
    page = ReviewPage(PageContext(services, dialogs))
    qtbot.addWidget(page)
    page.set_gathering(gid)
    page.show()
    return page


def _click_export(qtbot, page: ReviewPage) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.exported, timeout=60000) as blocker:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def _pick(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, f"{value} is not offered"
    combo.setCurrentIndex(index)


def test_the_button_exports_a_pdf_named_for_the_gathering_and_opens_it(
    qtbot, services: Services, gathering: str, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs(save=tmp_path / "chosen" / "my report.pdf")
    page = _page(qtbot, services, gathering, dialogs)
    _pick(page.format_combo, "pdf")
    _pick(page.lang_combo, "en")
    assert page.audience_combo.currentData() == "public", "the most restrictive audience first"
    first_folder = services.reports.export_folder()  # Documents (or home) the first time
    path = Path(_click_export(qtbot, page))
    assert path == tmp_path / "chosen" / "my report.pdf" and path.is_file()
    _title, suggested, filter_ = dialogs.save_requests[-1]
    assert Path(suggested).name == f"{TITLE} 2026-10-14 public.pdf"
    assert Path(suggested).parent == first_folder
    assert "*.pdf" in filter_
    reader = PdfReader(str(path))
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    assert TITLE in text and "Acequia association" in text
    root = reader.trailer["/Root"]  # the child process writes the tagged PDF too
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"] and root["/Lang"] == "en-US"
    # Done: the two buttons appear and open the file and its folder.
    assert page.export_panel.open_button.isVisible()
    qtbot.mouseClick(page.export_panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.export_panel.folder_button, Qt.MouseButton.LeftButton)
    assert dialogs.opened == [path, path.parent]
    # The next export offers the folder used last.
    _pick(page.format_combo, "docx")
    dialogs.save = tmp_path / "chosen" / "second.docx"
    _click_export(qtbot, page)
    assert Path(dialogs.save_requests[-1][1]).parent == tmp_path / "chosen"
    assert Path(dialogs.save_requests[-1][1]).suffix == ".docx"


def test_every_format_and_audience_the_cli_has_is_offered(
    qtbot, services: Services, gathering: str
) -> None:
    page = _page(qtbot, services, gathering, ScriptedDialogs())
    formats = {page.format_combo.itemData(i) for i in range(page.format_combo.count())}
    assert formats == set(services.reports.FORMATS)
    audiences = {page.audience_combo.itemData(i) for i in range(page.audience_combo.count())}
    assert audiences == {"internal", "network", "public"}


def test_spreadsheet_and_data_formats_from_the_button(
    qtbot, services: Services, gathering: str, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs()
    page = _page(qtbot, services, gathering, dialogs)
    _pick(page.format_combo, "xlsx")
    dialogs.save = tmp_path / "sheet"  # typed without an ending: the format's is added
    path = Path(_click_export(qtbot, page))
    assert path.name == "sheet.xlsx"
    sheets = load_workbook(path)
    assert any(
        c.value == "Acequia association" for ws in sheets for row in ws.iter_rows() for c in row
    )
    _pick(page.format_combo, "csv")
    dialogs.save = tmp_path / "tables.zip"
    with zipfile.ZipFile(_click_export(qtbot, page)) as zf:
        assert "stories.csv" in zf.namelist()


def test_a_place_that_cannot_be_written_gets_a_sentence_and_the_button_back(
    qtbot, services: Services, gathering: str, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    dialogs = ScriptedDialogs(save=blocker / "report.pdf")
    page = _page(qtbot, services, gathering, dialogs)
    with qtbot.waitSignal(page.export_panel.failed, timeout=60000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    title, message = dialogs.messages[-1]
    assert title == "The report was not written"
    assert "could not be written" in message and "Traceback" not in message
    assert page.export_button.isEnabled()


def test_spanish_window_exports_a_spanish_report(
    spanish, qtbot, services: Services, gathering: str, tmp_path: Path
) -> None:
    dialogs = ScriptedDialogs(save=tmp_path / "informe.docx")
    page = _page(qtbot, services, gathering, dialogs)
    assert page.export_button.text() == "Exportar informe…"
    assert page.lang_combo.currentData() == "es", "the report starts in the window's language"
    _pick(page.format_combo, "docx")
    path = Path(_click_export(qtbot, page))
    assert Path(dialogs.save_requests[-1][1]).name == f"{TITLE} 2026-10-14 público.docx"
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Preparado para el público en general" in text
    assert "14–16 de octubre de 2026" in text
    assert "Abrir archivo" == page.export_panel.open_button.text()
