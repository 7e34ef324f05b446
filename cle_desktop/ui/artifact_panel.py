"""Artifacts people brought: a list (checked once an artifact has gone back to its owner) and,
for the one selected, what it is called, what it means, who brought it, the stories it belongs
to and its photos.

Artifacts are borrowed: the host has to give each one back at the end of the gathering, so
"returned" is a checkbox right in the list, where a host ticks them off at the door. Every edit
is saved as it is made, like the story desk; there is no Save button. Like every editor it
writes only what the person changed, against the versions it loaded
(``ArtifactService.update(versions=...)``): a field another laptop changed meanwhile is kept
beside the edit as a conflict, never overwritten, and a refresh while the person is typing in
a field leaves that field alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.artifact_models import ArtifactListModel, PhotoStripModel, StoryTitlesModel
from cle_desktop.ui.messages import readable
from cle_desktop.ui.row_models import RowsModel

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.services.stories import StoryHeader

ID_ROLE = RowsModel.IdRole


class ArtifactPanel(QWidget):
    """The artifacts of one gathering, and the selected artifact's details."""

    status = Signal(str)
    showPhoto = Signal(str)  # photo id: the page selects it in its grid

    def __init__(
        self,
        services: Services,
        current_photo: Callable[[], str | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.current_photo = current_photo
        self.gathering_id: str | None = None
        self._loading = False
        # The artifact shown, its fields' values and versions as loaded (or last saved here).
        self._shown_id: str | None = None
        self._loaded: dict[str, object] = {}
        self._versions: dict[str, tuple[str, ...]] = {}

        self.model = ArtifactListModel(self._returned_in_list, self)
        self.list = QListView()
        self.list.setObjectName("artifactList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Artifacts"))
        # "name — what it means" is a sentence: wrap it rather than scroll sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show(current.data(ArtifactListModel.IdRole))
        )

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New artifact: its name"))
        self.new_name.setAccessibleName(self.tr("New artifact name"))
        self.new_name.returnPressed.connect(self.add_artifact)
        add = QPushButton(self.tr("Add artifact"))
        add.clicked.connect(self.add_artifact)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteArtifactButton")
        self.delete_button.setAccessibleName(self.tr("Delete the selected artifact"))
        self.delete_button.clicked.connect(self.delete_artifact)
        # Set by the page that holds the panel, so Edit ▸ Undo brings a deleted artifact back.
        self.undo_stack: QUndoStack | None = None
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(add)
        add_row.addWidget(self.delete_button)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Artifact name"))
        self.name_edit.editingFinished.connect(self._save_name)
        self.meaning_edit = QLineEdit()
        self.meaning_edit.setPlaceholderText(self.tr("What it means to the person who brought it"))
        self.meaning_edit.setAccessibleName(self.tr("Artifact meaning"))
        self.meaning_edit.editingFinished.connect(self._save_meaning)
        self.brought_by = QComboBox()
        self.brought_by.setAccessibleName(self.tr("Brought by"))
        self.brought_by.activated.connect(self._save_brought_by)
        self.returned = QCheckBox(self.tr("Returned to its owner"))
        self.returned.toggled.connect(self._save_returned)

        self.story_model = StoryTitlesModel(self)
        self.stories = QListView()
        self.stories.setObjectName("artifactStories")
        self.stories.setModel(self.story_model)
        self.stories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stories.setAccessibleName(self.tr("Stories of this artifact"))
        self.stories.setMaximumHeight(90)
        self.story_combo = QComboBox()
        self.story_combo.setAccessibleName(self.tr("Story to link"))
        self.link_story_button = link_story = QPushButton(self.tr("Link"))
        link_story.setAccessibleName(self.tr("Link the story to this artifact"))
        link_story.clicked.connect(self._link_story)
        self.unlink_story_button = unlink_story = QPushButton(self.tr("Unlink"))
        unlink_story.setAccessibleName(self.tr("Unlink the selected story"))
        unlink_story.clicked.connect(self._unlink_story)
        story_row = QHBoxLayout()
        story_row.addWidget(self.story_combo, 1)
        story_row.addWidget(link_story)
        story_row.addWidget(unlink_story)

        self.photo_model = PhotoStripModel(services.photos.store.ensure_thumbnail, self)
        self.photos = QListView()
        self.photos.setObjectName("artifactPhotos")
        self.photos.setModel(self.photo_model)
        self.photos.setAccessibleName(self.tr("Photos of this artifact"))
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(64, 64))
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setWrapping(False)  # one row that scrolls sideways
        self.photos.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.photos.setFixedHeight(88)
        self.photos.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.photos.activated.connect(lambda index: self.showPhoto.emit(str(index.data(ID_ROLE))))
        self.link_photo_button = link_photo = QPushButton(self.tr("Link the selected photo"))
        link_photo.clicked.connect(self._link_photo)
        self.unlink_photo_button = unlink_photo = QPushButton(self.tr("Unlink"))
        unlink_photo.setAccessibleName(self.tr("Unlink the selected photo"))
        unlink_photo.clicked.connect(self._unlink_photo)
        photo_row = QHBoxLayout()
        photo_row.addStretch(1)
        photo_row.addWidget(link_photo)
        photo_row.addWidget(unlink_photo)

        self.detail = QGroupBox(self.tr("Selected artifact"))
        form = QFormLayout(self.detail)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Meaning"), self.meaning_edit)
        form.addRow(self.tr("Brought by"), self.brought_by)
        form.addRow(self.returned)
        form.addRow(self.tr("Stories"), self.stories)
        form.addRow(story_row)
        form.addRow(self.tr("Photos"), self.photos)
        form.addRow(photo_row)
        self.detail.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.detail)

    # --- loading ----------------------------------------------------------------------------

    def set_gathering(
        self, gathering_id: str, stories: Sequence[StoryHeader] | None = None
    ) -> None:
        """Show a gathering's artifacts. ``stories`` are the headers for the story picker when
        the caller has already read them (the Photos page reads the same ones for its own)."""
        self.gathering_id = gathering_id
        self._load_pickers(stories)
        self.refresh()

    def _load_pickers(self, stories: Sequence[StoryHeader] | None) -> None:
        """The people who may have brought an artifact, and the stories it may belong to."""
        if not self.gathering_id:
            return
        self.brought_by.clear()
        self.brought_by.addItem(self.tr("— nobody chosen —"), None)
        for person in self.services.participants.roster(self.gathering_id):
            self.brought_by.addItem(person.display_name, person.id)
        if stories is None:
            stories = self.services.stories.headers(
                self.services.stories.ids(self.gathering_id)[:500]
            )
        self.story_combo.clear()
        for header in stories:
            self.story_combo.addItem(header.title or self.tr("Untitled story"), header.id)

    def refresh(self, select: str | None = None) -> None:
        """Reload the list, keeping (or moving to) a selection; the pickers stay as loaded."""
        if not self.gathering_id:
            return
        keep = select or self.current_artifact()
        self._loading = True
        self.model.set_rows(self.services.artifacts.for_gathering(self.gathering_id))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._loading = False
        self._show(self.current_artifact())

    def current_artifact(self) -> str | None:
        artifact_id = self.list.currentIndex().data(ID_ROLE)
        return str(artifact_id) if artifact_id is not None else None

    def _show(self, artifact_id: str | None) -> None:
        if self._loading:
            return
        self.detail.setEnabled(artifact_id is not None)
        self._loading = True
        try:
            if artifact_id is None:
                self._shown_id, self._loaded, self._versions = None, {}, {}
                for edit in (self.name_edit, self.meaning_edit):
                    edit.clear()
                self.returned.setChecked(False)
                self.story_model.set_rows([])
                self.photo_model.set_rows([])
                return
            artifact = self.services.artifacts.get(artifact_id)
            versions = self.services.artifacts.versions(artifact_id)
            same = artifact_id == self._shown_id
            if not same:
                self._loaded, self._versions = {}, {}
            self._shown_id = artifact_id
            for field, edit, value in (
                ("name", self.name_edit, artifact.name),
                ("meaning", self.meaning_edit, artifact.meaning or ""),
            ):
                if same and edit.isModified():
                    continue  # the person is typing here: saved against what was loaded
                edit.setText(value)
                self._took(field, value if field == "name" else (value or None), versions)
            index = self.brought_by.findData(artifact.brought_by_id)
            self.brought_by.setCurrentIndex(max(index, 0))
            self._took("brought_by_id", artifact.brought_by_id, versions)
            self.returned.setChecked(bool(artifact.returned))
            self._took("returned", bool(artifact.returned), versions)
            self._load_links(artifact_id)
        except ServiceError as exc:
            self.status.emit(readable(exc))
        finally:
            self._loading = False

    def _load_links(self, artifact_id: str) -> None:
        self.story_model.set_rows(
            self.services.stories.headers(self.services.artifacts.story_ids(artifact_id))
        )
        self.photo_model.set_rows(
            [
                self.services.photos.get(photo_id)
                for photo_id in self.services.photos.photos_of("artifact", artifact_id)
            ]
        )

    # --- editing (each change is saved at once) ----------------------------------------------

    def add_artifact(self) -> None:
        name = self.new_name.text().strip()
        if not self.gathering_id or not name:
            self.new_name.setFocus()
            return
        artifact_id = self.services.artifacts.create(self.gathering_id, name)
        self.new_name.clear()
        self.refresh(select=artifact_id)
        self.meaning_edit.setFocus()  # what it means comes next
        self.status.emit(self.tr("Artifact added"))

    def delete_artifact(self) -> None:
        artifact_id = self.current_artifact()
        if not artifact_id:
            return
        command = DeleteArtifactCommand(self, artifact_id)
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()
        self.status.emit(self.tr("Artifact deleted"))

    def _took(self, field: str, value: object, versions: dict[str, tuple[str, ...]]) -> None:
        self._loaded[field] = value
        self._versions[field] = versions.get(field, ())

    def _update(self, **fields: object) -> None:
        """Save the fields the person changed from what the panel showed, against the
        versions it loaded; nothing is written when nothing changed."""
        artifact_id = self.current_artifact()
        if self._loading or artifact_id is None or artifact_id != self._shown_id:
            return
        changed = {f: v for f, v in fields.items() if self._loaded.get(f, object()) != v}
        if not changed:
            return
        try:
            written = self.services.artifacts.update(
                artifact_id, {f: self._versions.get(f, ()) for f in changed}, **changed
            )
        except ServiceError as exc:
            self.status.emit(readable(exc))
            return
        self._loaded.update(changed)
        self._versions.update(written)
        for field, edit in (("name", self.name_edit), ("meaning", self.meaning_edit)):
            if field in changed:
                edit.setModified(False)
        self.model.show_saved(
            artifact_id,
            name=self.name_edit.text().strip(),
            meaning=self.meaning_edit.text().strip(),
        )

    def _save_name(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self._update(name=name)
        elif self.current_artifact():  # an artifact keeps a name: put the stored one back
            self.name_edit.setModified(False)
            self._show(self.current_artifact())

    def _save_meaning(self) -> None:
        self._update(meaning=self.meaning_edit.text().strip() or None)

    def _save_brought_by(self) -> None:
        self._update(brought_by_id=self.brought_by.currentData())

    def _save_returned(self, returned: bool) -> None:
        artifact_id = self.current_artifact()
        self._update(returned=returned)
        if artifact_id is not None and not self._loading:
            self.model.show_saved(artifact_id, returned=returned)

    def _returned_in_list(self, artifact_id: str, returned: bool) -> None:
        """A tick in the list: the same as the checkbox of the artifact's details."""
        if self._loading:
            return
        if artifact_id == self.current_artifact():
            self._update(returned=returned)  # against the version the panel shows
            self._loading = True
            self.returned.setChecked(returned)
            self._loading = False
        else:  # ticked off at the door, in a list refreshed as changes arrive
            self.services.artifacts.mark_returned(artifact_id, returned)

    def _link_story(self) -> None:
        artifact_id, story_id = self.current_artifact(), self.story_combo.currentData()
        if artifact_id and story_id:
            self.services.artifacts.link_story(artifact_id, story_id)
            self._load_links(artifact_id)
            self.status.emit(self.tr("Story linked to the artifact"))

    def _unlink_story(self) -> None:
        artifact_id, story_id = self.current_artifact(), self.stories.currentIndex().data(ID_ROLE)
        if artifact_id and story_id:
            self.services.artifacts.unlink_story(artifact_id, story_id)
            self._load_links(artifact_id)

    def _link_photo(self) -> None:
        artifact_id, photo_id = self.current_artifact(), self.current_photo()
        if not artifact_id:
            return
        if not photo_id:
            self.status.emit(self.tr("Select a photo in the grid first"))
            return
        self.services.photos.link(photo_id, "artifact", artifact_id)
        self._load_links(artifact_id)
        self.status.emit(self.tr("Photo linked to the artifact"))

    def _unlink_photo(self) -> None:
        artifact_id, photo_id = self.current_artifact(), self.photos.currentIndex().data(ID_ROLE)
        if artifact_id and photo_id:
            self.services.photos.unlink(photo_id, "artifact", artifact_id)
            self._load_links(artifact_id)


class DeleteArtifactCommand(QUndoCommand):
    """A soft delete through the change log; Undo lifts the tombstone."""

    def __init__(self, panel: ArtifactPanel, artifact_id: str):
        super().__init__(QCoreApplication.translate("ArtifactPanel", "delete artifact"))
        self.panel, self.artifact_id = panel, artifact_id

    def redo(self) -> None:
        self.panel.services.artifacts.delete(self.artifact_id)
        self.panel.refresh()

    def undo(self) -> None:
        self.panel.services.artifacts.restore(self.artifact_id)
        self.panel.refresh(select=self.artifact_id)
