"""The UI speaks Spanish all the way through: strings go through tr(), the words lupdate cannot
see (tab titles, table headers, enum labels) are marked for it, stored codes are shown as
translated labels, and the Spanish window still fits a 1280×800 screen."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTableWidget, QTabWidget

from cle_desktop.domain.enums import AbcdCategory, AgeBand, Role, SharingLevel, TagKind
from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.labels import AGE_BANDS, CATEGORIES, ROLES, SHARING_LEVELS, TAG_KINDS, Labels
from cle_desktop.ui.launch import apply_look, build_window
from cle_desktop.ui.main_window import MainWindow

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "cle_desktop_es.ts"
CODES = {
    str(member) for enum in (AbcdCategory, AgeBand, Role, SharingLevel, TagKind) for member in enum
}


def _english_sources() -> set[str]:
    """English texts of the .ts whose Spanish differs: none should be on a Spanish screen."""
    out = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "")
        if source != message.findtext("translation", "") and len(source) > 3:
            out.add(source.replace("&&", "&"))
    return out


def _people_and_a_story(services: Services, gathering_id: str) -> str:
    rosa = services.participants.add(
        gathering_id, "Rosa Quintana", role="school_leader", age_band="youth"
    )
    services.participants.record_consent(rosa, sharing_level="internal", name_use="name")
    luis = services.participants.add(gathering_id, "Luis Smith", role="community_member")
    story = services.stories.capture(
        gathering_id,
        title="La huerta",
        body="We love the community garden on 5th street, said Rosa and Luis Smith.",
        teller_ids=[rosa, luis],  # Luis has no consent: the desk shows its long warning
    )
    services.tags.tag_passage(story, 12, 28, "asset", new_asset_name="Community garden")
    asset = services.assets.inventory(gathering_id)[0]
    services.assets.set_category(asset.id, "physical")
    return story


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text a person can read in the widget tree: labels, buttons, combo items, tabs,
    table headers and cells."""
    out: list[str] = []
    for label in widget.findChildren(QLabel):
        out.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        out.append(button.text())
    for combo in widget.findChildren(QComboBox):
        out += [combo.itemText(i) for i in range(combo.count())]
    for tabs in widget.findChildren(QTabWidget):
        out += [tabs.tabText(i) for i in range(tabs.count())]
    for table in widget.findChildren(QTableWidget):
        for col in range(table.columnCount()):
            out.append(table.horizontalHeaderItem(col).text())
            out += [table.item(r, col).text() for r in range(table.rowCount())]
    return [t for t in out if t]


def test_spanish_translation_applies(
    qtbot, services: Services, gathering_id: str, spanish: None
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Mesa de historias"
    assert window.desk.editor.placeholderText().startswith("Escriba la historia")
    # Qt's own words (the Yes/No of a confirmation) are Spanish too
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Sí"


def test_the_whole_window_speaks_spanish(
    qtbot, db: Database, services: Services, gathering_id: str, spanish: None
) -> None:  # type: ignore[no-untyped-def]
    story = _people_and_a_story(services, gathering_id)
    window = build_window(Services.over(db), ScriptedDialogs())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Mesa de historias",
        "Personas",
        "Fotos y objetos",
        "Mapa",
        "Revisión",
        "Sincronización",
    ]
    # the lazy pages are built in Spanish too (the map, in QtWebEngine, has its own test)
    for title in titles:  # each page fills itself when first opened
        if title != "Mapa":
            window.tabs.setCurrentIndex(titles.index(title))
    review = window.tabs.widget(titles.index("Revisión"))
    window.tabs.setCurrentIndex(0)

    model = review.inventory.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Nombre", "Tipo", "Categoría", "Historias", "En el mapa"]
    row = [model.data(model.index(0, c)) for c in range(3)]
    assert row == ["Community garden", "Recurso", "Físico"]
    kinds = [review.filter_kind.itemText(i) for i in range(review.filter_kind.count())]
    assert kinds == ["Cualquier etiqueta", "Recurso", "Don", "Esperanza"]
    assert review.lang_combo.currentData() == "es"  # the report starts in the UI's language

    people = window.people
    sharing = [people.sharing_combo.itemText(i) for i in range(people.sharing_combo.count())]
    assert sharing[1:] == [
        "Ninguno: se queda en esta computadora",
        "Interno: equipo anfitrión",
        "Red: aliados de CLE",
        "Público",
    ]
    assert people.sharing_combo.itemData(2) == "internal"  # the stored value stays the code
    assert people.role_combo.itemText(people.role_combo.findData("school_leader")) == (
        "Líder escolar"
    )
    table = people.table.model()
    rosa = next(r for r in range(table.rowCount()) if table.index(r, 0).data() == "Rosa Quintana")
    cells = [table.index(rosa, c).data() for c in (1, 3, 5)]
    assert cells == ["Líder escolar", "Joven", "Interno"]

    window.desk.open_story(story)
    assert (
        window.desk.tag_list.model().index(0, 0).data().startswith("RECURSO · “community garden”")
    )
    assert window.desk.category_combo.findText("Físico") > 0

    texts = _texts(window)
    english = sorted(_english_sources() & set(texts))
    assert not english, f"English on the Spanish screen: {english}"
    codes = sorted(CODES & set(texts))
    assert not codes, f"stored codes shown as they are: {codes}"


def test_undo_menu_reads_as_a_sentence(
    qtbot, services: Services, gathering_id: str, spanish: None
) -> None:  # type: ignore[no-untyped-def]
    story = _people_and_a_story(services, gathering_id)
    window = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(window)
    window.open_gathering(gathering_id)
    window.desk.open_story(story)
    cursor = window.desk.editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)  # "We love"
    window.desk.editor.setTextCursor(cursor)
    window.desk.tag_selection("gift")
    assert window.action("undo").text() == "Deshacer la etiqueta como don"
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.action("undo") in edit_menu.actions()


def test_the_spanish_window_fits_a_1280_by_800_screen(
    qtbot, qapp, db: Database, services: Services, gathering_id: str, spanish: None
) -> None:  # type: ignore[no-untyped-def]
    """A long line that does not wrap (the consent warning) once made it 1372 px wide, and a
    stretched sixth of the people table cut its "Consentimiento" header. Measured with the
    app's own style and stylesheet (bold headers, padding), as people see it."""
    style, font, palette = qapp.style().name(), qapp.font(), qapp.palette()
    apply_look(qapp)
    try:
        _check_fit(qtbot, db, services, gathering_id)
    finally:
        qapp.setStyleSheet("")
        qapp.setStyle(style)
        qapp.setFont(font)
        qapp.setPalette(palette)


def _check_fit(qtbot, db: Database, services: Services, gathering_id: str) -> None:  # type: ignore[no-untyped-def]
    story = _people_and_a_story(services, gathering_id)
    window = build_window(Services.over(db), ScriptedDialogs())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.desk.open_story(story)
    assert window.desk.consent_label.isVisibleTo(window.desk)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.people)
    header = window.people.table.horizontalHeader()
    for column in (3, 4, 5):  # age band, languages, consent: short columns, never cut
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_map_page_words_and_names_are_spanish(
    qtbot, services: Services, gathering_id: str, spanish: None
) -> None:  # type: ignore[no-untyped-def]
    from cle_desktop.ui.map_page import MapPage
    from cle_desktop.ui.pages import PageContext

    _people_and_a_story(services, gathering_id)
    asset = services.assets.inventory(gathering_id)[0]
    services.places.place_asset(asset.id, lat=35.68, lon=-105.94)
    page = MapPage(PageContext(services))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=30000):
        page.set_gathering(gathering_id)
    html = page.handler.page_html.decode("utf-8")
    block = re.search(r'<script type="application/json" id="cle-pins">(.*?)</script>', html, re.S)
    assert block is not None
    data = json.loads(block.group(1))
    assert data["labels"]["asset"] == "Recursos"
    assert data["labels"]["allRoles"] == "Todos los roles de narradores"
    assert data["labels"]["mentionsOne"] == "mencionado en {n} historia"  # "1 historia"
    assert data["names"]["physical"] == "Físico"
    assert data["names"]["school_leader"] == "Líder escolar"


def test_every_code_has_a_human_english_label() -> None:
    """Without a translator the labels are English words, not codes; a new enum member
    without a label fails here rather than showing "school_leader" to people."""
    for labels, enum in (
        (ROLES, Role),
        (AGE_BANDS, AgeBand),
        (SHARING_LEVELS, SharingLevel),
        (TAG_KINDS, TagKind),
        (CATEGORIES, AbcdCategory),
    ):
        assert labels.choices == tuple(str(m) for m in enum)
        for code, label in labels.items():
            assert label and label != code and "_" not in label, (code, label)
    assert ROLES("school_leader") == "School leader"
    assert SHARING_LEVELS("internal") == "Internal"
    assert AGE_BANDS("youth") == "Youth"


def test_labels_keep_unknown_codes_readable_and_add_up_counts() -> None:
    labels = Labels("Test", {"a": "Same", "b": "Same"}, ("a", "b"))
    assert labels("from_a_newer_laptop") == "from a newer laptop"
    assert labels(None) == ""
    assert labels.relabel({"a": 2, "b": 3, "c_d": 1}) == {"Same": 5, "c d": 1}
