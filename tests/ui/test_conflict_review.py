"""Conflict review a person can trust, driven through its real buttons: text that still shows
both versions is refused with a sentence, accepted once edited, and what is saved is what the
database holds on both laptops; sides are named "This laptop" and the other laptop; entries
name the story and the field in people's words. In English and in Spanish."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import select

from cle_desktop.services import Services
from cle_desktop.storage.models import Change, SyncPeer
from cle_desktop.ui.conflicts_view import ConflictsPanel
from cle_desktop.ui.dialogs import ScriptedDialogs
from cle_desktop.ui.pages import PageContext
from cle_desktop.ui.review import ReviewPage
from tests.laptops import LaptopPair

BASE = "A one. B two. C three. D four."
OURS = "A one. X merged. D four."
THEIRS = "A one. B two. C changed by them. D four."
FINISHED = "A one. X merged. C changed by them. D four."


def story_conflict(laptops: LaptopPair) -> str:
    """Both laptops edit the same sentences of “Abuela's garden”; A receives B's edit."""
    sid = laptops.a.stories.capture(laptops.gathering, title="Abuela's garden", body=BASE)
    laptops.send(laptops.a, laptops.b)
    laptops.a.stories.edit(sid, body=OURS)
    laptops.b.stories.edit(sid, body=THEIRS)
    laptops.send(laptops.b, laptops.a)
    return sid


def open_review(qtbot, services: Services) -> ConflictsPanel:  # type: ignore[no-untyped-def]
    panel = ConflictsPanel(services)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    return panel


def replace_merged_text(qtbot, panel: ConflictsPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    panel.merged.setFocus()
    qtbot.keyClick(panel.merged, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.merged, Qt.Key.Key_Delete)
    qtbot.keyClicks(panel.merged, text)


def test_marked_text_is_refused_then_the_edited_text_is_saved_on_both_laptops(
    qtbot, laptops: LaptopPair
) -> None:
    sid = story_conflict(laptops)
    panel = open_review(qtbot, laptops.a)
    assert panel.list.model().rowCount() == 1
    assert panel.list.model().index(0, 0).data() == "“Abuela's garden” — story text"
    assert panel.left_title.text() == "This laptop" and panel.left.toPlainText() == OURS
    assert panel.right_title.text() == "laptop b"  # the name it was given when it joined
    assert panel.right.toPlainText() == THEIRS
    assert panel.keep_left.text() == "Keep this laptop's version"
    suggestion = panel.merged.toPlainText()
    assert suggestion == "A one. ⟦X merged. ‖ B two. C changed by them.⟧ D four."

    shown = laptops.a.stories.get(sid).body  # one of the two, the same on every laptop
    qtbot.mouseClick(panel.accept_merge, Qt.MouseButton.LeftButton)
    assert panel.note.text() == "1 place still shows both versions: choose or edit it, then save."
    assert laptops.a.stories.get(sid).body == shown  # nothing written
    assert len(laptops.a.sync.conflicts()) == 1

    replace_merged_text(qtbot, panel, FINISHED)
    heads = set(panel.reviews[0].seen)
    qtbot.mouseClick(panel.accept_merge, Qt.MouseButton.LeftButton)
    assert laptops.a.stories.get(sid).body == FINISHED
    assert laptops.a.sync.conflicts() == [] and panel.pages.currentWidget() is panel.empty
    with laptops.a.db.read() as s:
        resolution = s.scalars(
            select(Change)
            .where(Change.row_id == sid, Change.field == "body")
            .order_by(Change.hlc.desc())
        ).first()
        assert resolution is not None and set(json.loads(resolution.parents)) == heads
    laptops.send(laptops.a, laptops.b)
    assert laptops.b.sync.conflicts() == [] and laptops.b.stories.get(sid).body == FINISHED


def test_two_unfinished_places_are_counted(qtbot, laptops: LaptopPair) -> None:
    sid = laptops.a.stories.capture(laptops.gathering, title="Acequia", body="A. B. C. D. E.")
    laptops.send(laptops.a, laptops.b)
    laptops.a.stories.edit(sid, body="A. B here. C. D here. E.")
    laptops.b.stories.edit(sid, body="A. B there. C. D there. E.")
    laptops.send(laptops.b, laptops.a)
    panel = open_review(qtbot, laptops.a)
    assert panel.merged.toPlainText() == "A. ⟦B here. ‖ B there.⟧ C. ⟦D here. ‖ D there.⟧ E."
    qtbot.mouseClick(panel.accept_merge, Qt.MouseButton.LeftButton)
    assert panel.note.text() == (
        "2 places still show both versions: choose or edit them, then save."
    )
    assert len(laptops.a.sync.conflicts()) == 1


def test_the_other_laptop_is_named_and_its_version_can_be_kept(qtbot, laptops: LaptopPair) -> None:
    sid = story_conflict(laptops)
    with laptops.a.db.transaction() as s:  # the name a laptop is given when it joins
        peer = s.get(SyncPeer, laptops.b.db.device_id)
        assert peer is not None
        peer.label = "Laptop of Rosa"
    panel = open_review(qtbot, laptops.a)
    assert panel.right_title.text() == "Laptop of Rosa"
    assert panel.keep_right.text() == "Keep the version from Laptop of Rosa"
    qtbot.mouseClick(panel.keep_right, Qt.MouseButton.LeftButton)
    assert laptops.a.stories.get(sid).body == THEIRS and laptops.a.sync.conflicts() == []


def test_a_version_that_arrives_while_looking_is_not_covered_by_the_choice(
    qtbot, laptops: LaptopPair
) -> None:
    sid = story_conflict(laptops)
    panel = open_review(qtbot, laptops.a)
    laptops.b.stories.edit(sid, body=THEIRS + " E five.")
    laptops.send(laptops.b, laptops.a)  # a sync ran while the review was open
    shown = laptops.a.stories.get(sid).body
    qtbot.mouseClick(panel.keep_left, Qt.MouseButton.LeftButton)
    assert panel.note.text().startswith("Another version of this arrived while you were looking")
    assert laptops.a.stories.get(sid).body == shown
    [conflict] = laptops.a.sync.conflicts()
    assert THEIRS + " E five." in conflict.values
    assert panel.right.toPlainText() == THEIRS + " E five."  # the list shows what is there now


def test_conflict_review_in_spanish(qtbot, spanish, laptops: LaptopPair) -> None:  # type: ignore[no-untyped-def]
    sid = story_conflict(laptops)
    panel = open_review(qtbot, laptops.a)
    assert panel.list.model().index(0, 0).data() == "«Abuela's garden» — texto de la historia"
    assert panel.left_title.text() == "Esta computadora"
    assert panel.right_title.text() == "laptop b"  # its name from the join, in any language
    assert panel.keep_left.text() == "Conservar la versión de esta computadora"
    assert panel.accept_merge.text() == "Guardar el texto combinado"
    shown = laptops.a.stories.get(sid).body
    qtbot.mouseClick(panel.accept_merge, Qt.MouseButton.LeftButton)
    assert panel.note.text() == (
        "Queda 1 lugar con las dos versiones: elija una o edítelo, y guarde."
    )
    assert laptops.a.stories.get(sid).body == shown
    replace_merged_text(qtbot, panel, FINISHED)
    qtbot.mouseClick(panel.accept_merge, Qt.MouseButton.LeftButton)
    assert laptops.a.stories.get(sid).body == FINISHED


def test_delete_vs_edit_names_the_laptops_in_spanish(qtbot, spanish, laptops: LaptopPair) -> None:  # type: ignore[no-untyped-def]
    sid = laptops.a.stories.capture(laptops.gathering, title="Biblioteca", body="Venía los martes.")
    laptops.send(laptops.a, laptops.b)
    laptops.a.stories.delete(sid)
    laptops.b.stories.edit(sid, body="Venía los martes y jueves.")
    laptops.send(laptops.b, laptops.a)
    panel = open_review(qtbot, laptops.a)
    assert panel.list.model().index(0, 0).data() == (
        "«Biblioteca» — Historia: se borró en esta computadora y se editó en laptop b"
    )
    assert panel.left_title.text() == "Borrado en esta computadora"
    qtbot.mouseClick(panel.keep_right, Qt.MouseButton.LeftButton)
    story = laptops.a.stories.get(sid)
    assert not story.deleted and story.body == "Venía los martes y jueves."


def test_merge_selected_pair_then_undo_makes_no_conflict_here_or_on_the_other_laptop(
    qtbot, laptops: LaptopPair
) -> None:
    """The journey of issue 12: "Merge selected pair" on one laptop used to put "Asset: … —
    deleted on one laptop, edited on another" on the Sync page of every laptop."""
    a, b, g = laptops.a, laptops.b, laptops.gathering
    s1 = a.stories.capture(g, body="We love the community garden.")
    s2 = a.stories.capture(g, body="The Community Gardens need water.")
    a.tags.tag_passage(s1, 12, 28, "asset", new_asset_name="Community garden")
    a.tags.tag_passage(s2, 4, 21, "asset", new_asset_name="The Community Gardens")
    laptops.send(a, b)
    review = ReviewPage(PageContext(a, ScriptedDialogs(confirm=True)))
    qtbot.addWidget(review)
    review.set_gathering(g)
    qtbot.mouseClick(review.inventory.merge_button, Qt.MouseButton.LeftButton)
    assert review.inventory.model.rowCount() == 1
    here = open_review(qtbot, a)
    assert here.list.model().rowCount() == 0 and here.pages.currentWidget() is here.empty
    laptops.send(a, b)
    there = open_review(qtbot, b)
    assert there.list.model().rowCount() == 0
    assert [(r.name, r.mentions) for r in b.assets.inventory(g)] == [("Community garden", 2)]

    qtbot.mouseClick(review.inventory.undo_button, Qt.MouseButton.LeftButton)
    assert review.inventory.model.rowCount() == 2
    laptops.send(a, b)
    here.refresh()
    there.refresh()
    assert here.list.model().rowCount() == 0 and there.list.model().rowCount() == 0
    assert sorted((r.name, r.mentions) for r in b.assets.inventory(g)) == [
        ("Community garden", 1),
        ("The Community Gardens", 1),
    ]
