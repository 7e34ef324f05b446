"""Every list and table a page shows is a Qt model; Qt's own QAbstractItemModelTester (through
pytest-qt's ``qtmodeltester``, which fails on any warning it raises) checks each one, filled from
a real database, and again after it is refilled, filtered and sorted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.pages import PageContext
from cle_desktop.ui.people import PeoplePage
from cle_desktop.ui.people_table import PeopleFilter, PeopleModel
from cle_desktop.ui.review import ReviewPage
from cle_desktop.ui.review.browser import BrowserSort, StoryBrowserModel
from cle_desktop.ui.story_list import StoryListModel
from cle_desktop.ui.sync_view import SyncPage
from tests.laptops import LaptopPair


def _roster(services: Services, gid: str) -> list[str]:
    ids = [
        services.participants.add(gid, name, age_band=age, team=team)
        for name, age, team in (
            ("Zoe Tso", "adult", "Kitchen"),
            ("ana Ortiz", "youth", None),
            ("Mel Begay", "elder", "Garden"),
        )
    ]
    services.participants.record_consent(ids[0], sharing_level="public")
    services.participants.record_consent(ids[2], sharing_level="public")
    services.participants.withdraw(ids[2])
    return ids


def test_people_model_and_its_filter_keep_qt_rules(
    qtmodeltester, services: Services, gathering_id: str
) -> None:
    _roster(services, gathering_id)
    model = PeopleModel()
    model.set_rows(services.participants.roster(gathering_id))
    qtmodeltester.check(model)
    proxy = PeopleFilter()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "ana Ortiz",  # case aside, as people read names
        "Mel Begay",
        "Zoe Tso",
    ]
    proxy.set_filter("", "missing")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["ana Ortiz"]
    proxy.set_filter("gard", "all")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Mel Begay"]
    assert proxy.index(0, 5).data() == "Withdrawn"
    qtmodeltester.check(proxy)


def test_the_people_page_table_is_its_model(
    qtbot, qtmodeltester, services: Services, gathering_id: str
) -> None:
    _roster(services, gathering_id)
    page = PeoplePage(PageContext(services))
    qtbot.addWidget(page)
    page.set_gathering(gathering_id)
    qtmodeltester.check(page.table.model())
    assert page.table.model().rowCount() == 3


def test_story_browser_model_and_sort_keep_qt_rules(
    qtbot, qtmodeltester, services: Services, gathering_id: str
) -> None:
    zoe, ana, _mel = _roster(services, gathering_id)
    ids = [
        services.stories.capture(gathering_id, title=title, body=body, teller_ids=tellers)
        for title, body, tellers in (
            ("b the acequia", "We clean the ditch.", [zoe]),
            ("A bread", "Bread for the street.", [ana]),
            ("", "Nobody told this yet.", []),
        )
    ]
    model = StoryBrowserModel()
    model.set_rows(services.stories.browse(gathering_id))
    qtmodeltester.check(model)
    sort = BrowserSort()
    sort.setSourceModel(model)
    qtmodeltester.check(sort)
    assert [sort.index(r, 0).data(model.IdRole) for r in range(3)] == ids[::-1]
    sort.set_order("oldest")
    assert [sort.index(r, 0).data(model.IdRole) for r in range(3)] == ids
    sort.set_order("title")
    assert [sort.index(r, 0).data(model.IdRole) for r in range(3)] == [ids[2], ids[1], ids[0]]
    sort.set_order("teller")  # ana, zoe, then the untold story last
    assert [sort.index(r, 0).data(model.IdRole) for r in range(3)] == [ids[1], ids[0], ids[2]]
    qtmodeltester.check(sort)

    page = ReviewPage(PageContext(services))
    qtbot.addWidget(page)
    page.set_gathering(gathering_id)
    qtbot.keyClick(page.filter_consent, Qt.Key.Key_Down)  # "All stories" -> "⚠ A teller …"
    assert page.filter_consent.currentData() == "missing"
    # Ana is a minor without consent; the untold story has no teller: both are flagged.
    assert page.browser_ids() == [ids[2], ids[1]]
    qtbot.keyClick(page.sort_combo, Qt.Key.Key_Down)  # "Newest first" -> "Oldest first"
    assert page.sort_combo.currentData() == "oldest"
    assert page.browser_ids() == [ids[1], ids[2]]
    qtmodeltester.check(page.story_list.model())


def test_sync_lists_keep_qt_rules(qtbot, qtmodeltester, laptops: LaptopPair) -> None:
    """The laptops table and the conflicts list, after a real exchange with a conflict."""
    pair, g = laptops, laptops.gathering
    asset = pair.a.assets.create(g, "Library")
    pair.send(pair.a, pair.b)
    pair.a.assets.rename(asset, "Public library")
    pair.b.assets.rename(asset, "Bookmobile")
    pair.send(pair.b, pair.a)
    page = SyncPage(PageContext(pair.a))
    qtbot.addWidget(page)
    page.set_gathering(g)
    qtmodeltester.check(page.peers.model())
    assert page.peers.model().rowCount() == 1
    conflicts = page.conflicts.list.model()
    qtmodeltester.check(conflicts)
    assert conflicts.rowCount() == 1
    assert conflicts.index(0, 0).data().endswith("” — asset name")  # words, not ids
    page.conflicts.keep_right_action.trigger()  # the button's action: the other laptop's name
    assert conflicts.rowCount() == 0 and pair.a.sync.conflicts() == []
    qtmodeltester.check(conflicts)


def test_the_desk_story_list_keeps_qt_rules(
    qtmodeltester, services: Services, gathering_id: str
) -> None:
    for n in range(5):
        services.stories.capture(gathering_id, title=f"Story {n}", body=f"Body {n}")
    model = StoryListModel(services)
    model.set_gathering(gathering_id)
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_photo_lists_keep_qt_rules_and_a_tick_is_stored(
    qtbot, qtmodeltester, window, services: Services, gathering_id: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    rosa = services.participants.add(gathering_id, "Rosa Quintana")
    services.participants.add(gathering_id, "Ben Ortiz")
    story = services.stories.capture(gathering_id, title="The acequia", body="We clean it.")
    for i, colour in enumerate(("red", "green")):
        Image.new("RGB", (64, 48), colour).save(tmp_path / f"p{i}.jpg")
    services.photos.import_files(gathering_id, [tmp_path], workers=1)
    window.action("view_photos").trigger()
    page = window.photos
    qtmodeltester.check(page.grid.model())
    assert page.grid.model().rowCount() == 2
    assert not page.grid.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    photo = page.photo_ids()[0]
    page.select_photo(photo)
    people = page.people_list
    qtmodeltester.check(people.model())
    names = [people.model().index(r, 0).data() for r in range(people.model().rowCount())]
    people.setCurrentIndex(people.model().index(names.index("Rosa Quintana"), 0))
    people.setFocus()
    qtbot.keyClick(people, Qt.Key.Key_Space)  # tick her, as a person does
    assert services.photos.depicted(photo) == [rosa]
    assert "Rosa Quintana" in page.release_warning.text()  # no photo release recorded
    qtbot.keyClick(people, Qt.Key.Key_Space)  # and untick
    assert services.photos.depicted(photo) == []
    qtmodeltester.check(people.model())
    page.story_combo.setCurrentIndex(page.story_combo.findData(story))
    qtbot.mouseClick(page.link_story_button, Qt.MouseButton.LeftButton)
    assert services.photos.links(photo, "story") and "“The acequia”" in page.linked_to.text()


def test_artifact_lists_keep_qt_rules(
    qtbot, qtmodeltester, window, services: Services, gathering_id: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    Image.new("RGB", (64, 48), "blue").save(tmp_path / "comal.jpg")
    (photo,) = services.photos.import_files(gathering_id, [tmp_path], workers=1).imported
    story = services.stories.capture(gathering_id, title="Tortillas", body="On the comal.")
    comal = services.artifacts.create(gathering_id, "Comal")
    services.artifacts.create(gathering_id, "Rebozo")
    services.artifacts.link_story(comal, story)
    services.photos.link(photo["id"], "artifact", comal)
    window.action("view_photos").trigger()
    panel = window.photos.artifacts
    panel.refresh(select=comal)
    for view in (panel.list, panel.stories, panel.photos):
        qtmodeltester.check(view.model())
    assert panel.list.model().rowCount() == 2
    assert panel.stories.model().index(0, 0).data() == "Tortillas"
    assert panel.photos.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "comal.jpg"


def test_search_results_keep_qt_rules(
    qtbot, qtmodeltester, services: Services, gathering_id: str
) -> None:
    from cle_desktop.ui.search_panel import SearchPanel

    acequia, ditch, _bread = (
        services.stories.capture(gathering_id, title=title, body=body)
        for title, body in (
            ("Acequia", "The acequia runs in May."),
            ("Ditch", "Cleaning the acequia together."),
            ("Bread", "Bread for the street."),
        )
    )
    panel = SearchPanel(services)
    qtbot.addWidget(panel)
    panel.set_gathering(gathering_id)
    model = panel.results.model()
    qtmodeltester.check(model)
    assert model.rowCount() == 0  # nothing asked yet
    qtbot.keyClicks(panel.box, "acequia")
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=3000)
    qtmodeltester.check(model)
    texts = [model.index(r, 0).data() for r in range(2)]
    assert all(t.startswith("Story: ") and "“acequia”" in t.casefold() for t in texts)
    assert {model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)} == {
        f"story:{acequia}",
        f"story:{ditch}",
    }
    panel.box.clear()
    qtbot.keyClicks(panel.box, "bread")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    qtmodeltester.check(model)
    assert model.index(0, 0).data().startswith("Story: Bread\n")


def test_the_desk_tag_list_keeps_qt_rules_through_removal_and_undo(
    qtbot, qtmodeltester, window, services: Services, gathering_id: str
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import click_row

    story = services.stories.capture(
        gathering_id, title="Garden", body="The church garden and the seed library."
    )
    garden = services.tags.tag_passage(story, 4, 17, "asset")
    seeds = services.tags.tag_passage(story, 26, 38, "hope")
    services.tags.link_asset(seeds, services.assets.create(gathering_id, "Seed library", "asset"))
    window.open_story(story)
    desk = window.desk
    view = desk.tag_list
    model = view.model()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    ids = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    assert sorted(ids) == sorted([garden, seeds])
    seeds_row = ids.index(seeds)
    assert "→ Seed library" in model.index(seeds_row, 0).data()
    assert model.index(seeds_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    click_row(qtbot, view, seeds_row)
    assert desk.asset_edit.text() == "Seed library"
    # The arrow keys walk the list; the fields follow the tag reached.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up if seeds_row == 1 else Qt.Key.Key_Down)
    assert desk.tags.current_tag() == garden
    assert desk.asset_edit.text() == ""
    window.action("deleteTag").trigger()
    assert [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())] == [
        seeds
    ]
    qtmodeltester.check(model)
    window.action("undo").trigger()
    assert model.rowCount() == 2
    qtmodeltester.check(model)
