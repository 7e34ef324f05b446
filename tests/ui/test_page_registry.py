"""The window builds its tabs from the page registry: each page is built the first time it is
wanted, from the window's one PageContext, and wired the same way (stories it asks for open on
the desk, its status lines reach the status bar, changes elsewhere reach it)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cle_desktop.services import Services
from cle_desktop.ui.main_window import MainWindow
from cle_desktop.ui.pages import PAGES, Page


def test_tabs_follow_the_registry_and_pages_are_built_when_first_shown(
    qtbot, window: MainWindow
) -> None:
    names = [name for name, _title in window.page_titles()]
    assert names == ["desk", *(spec.name for spec in PAGES)]
    assert [t for _n, t in window.page_titles()][1:] == [
        "People",
        "Photos & artifacts",
        "Map",
        "Review",
        "Sync",
    ]
    assert len(window.lazy) == len(PAGES)  # nothing built yet
    window.action("view_review").trigger()
    review = window.page("review")
    assert isinstance(review, Page) and review.context is window.context
    assert review.services is window.services and review.dialogs is window.dialogs
    assert len(window.lazy) == len(PAGES) - 1  # only the page that was shown


def test_a_story_chosen_in_the_review_browser_opens_on_the_desk(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    story = services.stories.capture(gathering_id, title="The acequia", body="We clean it.")
    window.action("view_review").trigger()
    review = window.page("review")
    review.tabs.setCurrentWidget(review.browser)
    review.refresh()
    review.story_list.setCurrentIndex(review.story_list.model().index(0, 0))
    review.story_list.setFocus()
    qtbot.keyClick(review.story_list, Qt.Key.Key_Return)  # activated -> storyRequested
    assert window.tabs.currentWidget() is window.desk and window.desk.story_id == story


def test_a_page_status_line_reaches_the_status_bar_and_changes_reach_the_page(
    qtbot, window: MainWindow, services: Services, gathering_id: str
) -> None:
    window.action("view_people").trigger()
    people = window.people
    people.name_edit.setText("Ben Ortiz")
    people.add_action.trigger()
    assert window.statusBar().currentMessage() == "Added Ben Ortiz"
    services.participants.add(gathering_id, "Rosa Quintana")  # written elsewhere
    qtbot.waitUntil(lambda: "Rosa Quintana" in people.visible_names(), timeout=3000)
