"""A sentence with several counts gives each count its own plural form, in English and Spanish.

Qt's numerus ``tr(text, "", n)`` plural-forms one number of a sentence, so the review page's
counts line, its voices note, the inventory's duplicate suggestions and the story desk's
"similar" hint are put together from one numerus fragment per count. Each count is checked at
1 and at 2, in each language, on the real pages over a real database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from cle_desktop.media import generate_photo
from cle_desktop.services import Services
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.main_window import MainWindow
from cle_desktop.ui.pages import PageContext
from cle_desktop.ui.review import ReviewPage

LANGUAGES = ["english", "spanish"]


def _gathering(
    services: Services, tmp_path: Path, *, stories: int, people: int, photos: int, artifacts: int
) -> str:
    """A gathering with these counts; every story is told by its first person, who gave no
    consent (so every story counts as one whose teller's consent is not recorded)."""
    gid = services.gatherings.create(f"Gathering {stories}{people}{photos}{artifacts}")
    ids = [services.participants.add(gid, f"Person {i}") for i in range(people)]
    for other in ids[1:]:
        services.participants.record_consent(other, sharing_level="public", name_use="name")
    for i in range(stories):
        services.stories.capture(gid, title=f"Story {i}", body="We met.", teller_ids=ids[:1])
    files = [
        generate_photo(tmp_path / f"{gid}-{i}.jpg", 64, 48, seed=hash(gid) % 1000 + i)
        for i in range(photos)
    ]
    services.photos.import_files(gid, files, workers=1)
    for i in range(artifacts):
        services.artifacts.create(gid, f"Quilt {i}")
    return gid


# (stories, people, photos, artifacts) -> the counts line and the start of the voices note
REVIEW = {
    "english": [
        (
            (1, 2, 1, 2),
            "<b>1</b> story · <b>2</b> participants · <b>1</b> photo · <b>2</b> artifacts · "
            "<b>1</b> story with a teller whose consent is not recorded",
            "Young people told 0% of the 1 story; elders 0%.",
        ),
        (
            (2, 1, 2, 1),
            "<b>2</b> stories · <b>1</b> participant · <b>2</b> photos · <b>1</b> artifact · "
            "<b>2</b> stories with a teller whose consent is not recorded",
            "Young people told 0% of the 2 stories; elders 0%.",
        ),
    ],
    "spanish": [
        (
            (1, 2, 1, 2),
            "<b>1</b> historia · <b>2</b> participantes · <b>1</b> foto · <b>2</b> objetos · "
            "<b>1</b> historia con un narrador cuyo consentimiento no está registrado",
            "Los jóvenes contaron el 0 % de 1 historia; los mayores, el 0 %.",
        ),
        (
            (2, 1, 2, 1),
            "<b>2</b> historias · <b>1</b> participante · <b>2</b> fotos · <b>1</b> objeto · "
            "<b>2</b> historias con un narrador cuyo consentimiento no está registrado",
            "Los jóvenes contaron el 0 % de las 2 historias; los mayores, el 0 %.",
        ),
    ],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_counts_each_take_their_own_plural(
    qtbot: Any, request: pytest.FixtureRequest, services: Services, tmp_path: Path, language: str
) -> None:
    request.getfixturevalue(language)
    page = ReviewPage(PageContext(services, ScriptedDialogs()))
    qtbot.addWidget(page)
    for (stories, people, photos, artifacts), counts, voices in REVIEW[language]:
        gid = _gathering(
            services, tmp_path, stories=stories, people=people, photos=photos, artifacts=artifacts
        )
        page.set_gathering(gid)
        assert page.stats.text() == counts
        notes = [w.text() for w in page.voices.findChildren(type(page.not_heard))]
        assert any(t.startswith(voices) for t in notes), notes


def _mentioned(services: Services, gid: str, name: str, times: int) -> None:
    """One asset named ``name``, tagged in ``times`` stories."""
    asset = services.assets.create(gid, name, "asset")
    for i in range(times):
        body = f"We love the {name} here."
        sid = services.stories.capture(gid, title=f"{name} {i}", body=body)
        services.tags.tag_passage(sid, 12, 12 + len(name), "asset", asset_id=asset)


DUPLICATES = {
    "english": ("“{0}” ({1} story)", "“{0}” ({1} stories)", "similarity"),
    "spanish": ("“{0}” ({1} historia)", "“{0}” ({1} historias)", "similitud"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_duplicate_suggestion_counts_each_asset_in_its_own_plural(
    qtbot: Any, request: pytest.FixtureRequest, services: Services, language: str
) -> None:
    request.getfixturevalue(language)
    one, many, similarity = DUPLICATES[language]
    page = ReviewPage(PageContext(services, ScriptedDialogs()))
    qtbot.addWidget(page)
    for first, second in ((1, 1), (2, 2), (1, 2), (2, 1)):
        gid = services.gatherings.create(f"Pairs {first}{second}")
        _mentioned(services, gid, "Community garden", first)
        _mentioned(services, gid, "Community gardens", second)
        page.set_gathering(gid)
        model = page.inventory.suggestions.model()
        assert model.rowCount(QModelIndex()) == 1
        text = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
        for name, n in (("Community garden", first), ("Community gardens", second)):
            assert (one if n == 1 else many).format(name, n) in text, text
        assert similarity in text and "{" not in text


SIMILAR = {"english": ("(1 story)", "(2 stories)"), "spanish": ("(1 historia)", "(2 historias)")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_desks_similar_hint_says_story_or_stories(
    qtbot: Any, request: pytest.FixtureRequest, services: Services, language: str
) -> None:
    """The hint under the asset field as a note-taker types a name close to known assets."""
    request.getfixturevalue(language)
    gid = services.gatherings.create("Hints")
    _mentioned(services, gid, "Community garden", 1)
    _mentioned(services, gid, "Community gardens", 2)
    window = MainWindow(services, ScriptedDialogs())
    qtbot.addWidget(window)
    window.open_gathering(gid)
    window.show()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    desk = window.desk
    desk.editor.setFocus()
    qtbot.keyClicks(desk.editor, "Saturdays at the garden.")
    cursor = desk.editor.textCursor()
    cursor.setPosition(len("Saturdays at the "))
    cursor.setPosition(len("Saturdays at the garden"), cursor.MoveMode.KeepAnchor)
    desk.editor.setTextCursor(cursor)
    qtbot.keyClick(desk.editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Community gardens" in desk.asset_names.stringList(), timeout=3000)
    desk.asset_edit.setFocus()
    qtbot.keyClicks(desk.asset_edit, "comunity garden")
    one, two = SIMILAR[language]
    qtbot.waitUntil(lambda: "Community gardens" in desk.similar_label.text(), timeout=3000)
    text = desk.similar_label.text()
    assert f"Community garden {one}" in text and f"Community gardens {two}" in text, text
