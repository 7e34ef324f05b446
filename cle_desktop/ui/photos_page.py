"""Photos and artifacts: import (drag-and-drop or a dialog) in a background worker with a
progress bar and Cancel, a thumbnail grid, links to stories/artifacts/people, release warnings.
A double-click opens a photo large (``ui/photo_viewer.py``); Delete removes it undoably (the
page's undo stack joins the window's Edit ▸ Undo while the page is showing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.ui.actions import action_button, page_action
from cle_desktop.ui.artifact_panel import ArtifactPanel
from cle_desktop.ui.messages import readable
from cle_desktop.ui.ops import BackgroundOp, show_failure
from cle_desktop.ui.pages import Page, PageContext
from cle_desktop.ui.photo_models import DepictedModel, PhotoGridModel
from cle_desktop.ui.progress_row import ProgressRow, counted

if TYPE_CHECKING:
    from cle_desktop.services.changes import Changes
    from cle_desktop.services.photos import ImportReport

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.heif"


class PhotosPage(Page):
    importFinished = Signal(object)
    # After an import (and on opening a gathering): thumbnails made from embedded previews
    # have been compared with the photos themselves; carries a media.preview_check.CheckReport.
    previewsChecked = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        services = context.services
        self.op: BackgroundOp | None = None
        self.check_op: BackgroundOp | None = None
        self.last_message = ""  # what the last import said (also sent to the status bar)
        self.setAcceptDrops(True)
        app = QCoreApplication.instance()
        if app is not None:  # a check left running would hold up quitting
            app.aboutToQuit.connect(self.stop_checks)

        self.import_button = QPushButton(self.tr("Import photos…"))
        self.import_button.setObjectName("primary")
        self.import_button.setMaximumWidth(220)
        self.import_button.clicked.connect(self.choose_files)
        # bar, "12 of 40 photos" and Cancel (it stops after the photos being read)
        self.progress = ProgressRow("photoImport", self)
        self.progress.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = self.progress.cancel_button
        top = QHBoxLayout()
        top.addWidget(self.import_button, 0)
        top.addWidget(QLabel(self.tr("or drop photos or folders here")))
        top.addWidget(self.progress, 1)

        self.grid_model = PhotoGridModel(services.photos.store.ensure_thumbnail, self)
        self.grid = QListView()
        self.grid.setObjectName("photoGrid")
        self.grid.setModel(self.grid_model)
        self.grid.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(180, 180))
        self.grid.setGridSize(QSize(200, 220))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setAccessibleName(self.tr("Photos"))
        self.grid.selectionModel().currentChanged.connect(
            lambda current, _previous: self._on_photo(current.data(PhotoGridModel.IdRole))
        )
        self.grid.activated.connect(lambda _index: self.open_viewer())  # double-click, Enter
        self.undo_stack = QUndoStack(self)
        self.view_button = QPushButton(self.tr("Open larger"))
        self.view_button.setObjectName("viewPhotoButton")
        self.view_button.clicked.connect(self.open_viewer)
        self.delete_button = QPushButton(self.tr("Delete photo"))
        self.delete_button.setObjectName("deletePhotoButton")
        self.delete_button.clicked.connect(self.delete_photo)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_photo)
        self.who_hint = QLabel(
            self.tr(
                "Who is in this photo? Tick the people in it; until then it stays out of the public report."
            )
        )
        self.who_hint.setObjectName("warning")
        self.who_hint.setWordWrap(True)
        self.who_hint.hide()
        self.nobody_box = QCheckBox(self.tr("Nobody is in this photo (a place or an object)"))
        self.nobody_box.setObjectName("nobodyInPhoto")
        self.nobody_box.toggled.connect(self._set_nobody)

        self.caption_edit = QLineEdit()
        self.caption_edit.setAccessibleName(self.tr("Caption"))
        self.caption_edit.editingFinished.connect(self._save_caption)
        self.people_model = DepictedModel(self._toggle_person, self)
        self.people_list = QListView()
        self.people_list.setObjectName("depictedPeople")
        self.people_list.setModel(self.people_model)
        self.people_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.people_list.setAccessibleName(self.tr("People depicted"))
        self.story_combo = QComboBox()
        self.story_combo.setAccessibleName(self.tr("Link to story"))
        self.link_story_action = page_action(
            self, self.tr("Link to story"), "linkPhotoToStory", self.link_to_story
        )
        self.link_story_button = link_story = action_button(self.link_story_action)
        self.release_warning = QLabel()
        self.release_warning.setObjectName("warning")
        self.release_warning.setWordWrap(True)
        self.release_warning.hide()
        detail = QWidget()
        form = QFormLayout(detail)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.view_button)
        photo_buttons.addWidget(self.delete_button)
        photo_buttons.addStretch(1)
        form.addRow(photo_buttons)
        form.addRow(self.tr("Caption"), self.caption_edit)
        form.addRow(self.tr("People in it"), self.people_list)
        form.addRow(self.who_hint)
        form.addRow(self.nobody_box)
        # The button goes under the story list: beside it ("Vincular a historia") it left the
        # list too narrow to show a story title.
        form.addRow(self.tr("Story"), self.story_combo)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(link_story)
        form.addRow(row)
        self.linked_to = QLabel()
        self.linked_to.setObjectName("hint")
        self.linked_to.setWordWrap(True)
        self.linked_to.setAccessibleName(self.tr("What this photo is linked to"))
        form.addRow(self.linked_to)
        form.addRow(self.release_warning)

        self.artifacts = ArtifactPanel(services, self._current_photo)
        self.artifacts.undo_stack = self.undo_stack  # artifact deletes undo from Edit ▸ Undo
        self.artifacts.status.connect(self.status)
        self.artifacts.showPhoto.connect(self.select_photo)

        # Photo details and artifacts share the column beside the grid, one at a time: both
        # together left each too short at 1280x800.
        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        photo_tab = QWidget()
        photo_layout = QVBoxLayout(photo_tab)
        photo_layout.setContentsMargins(0, 6, 0, 0)
        photo_layout.addWidget(detail, 1)  # the people list takes the height
        self.side.addTab(photo_tab, self.tr("Photo"))
        artifacts_tab = QWidget()
        artifacts_layout = QVBoxLayout(artifacts_tab)
        artifacts_layout.setContentsMargins(0, 6, 0, 0)
        artifacts_layout.addWidget(self.artifacts)
        self.side.addTab(artifacts_tab, self.tr("Artifacts"))
        # Links made from the artifacts tab show when the photo tab comes back.
        self.side.currentChanged.connect(self._refresh_links)
        splitter = QSplitter()
        splitter.setObjectName("photosSplitter")
        splitter.addWidget(self.grid)
        splitter.addWidget(self.side)
        splitter.setSizes([820, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def set_gathering(self, gathering_id: str) -> None:
        self.gathering_id = gathering_id
        self.refresh()
        self.check_previews()  # left by a command-line import, or by a window closed early

    def apply_changes(self, changes: Changes) -> None:
        """Follow writes made elsewhere; during an import the page refreshes when it ends."""
        if self.op is None and changes.touches("photo", "photo_link", "artifact", "story"):
            self.refresh()

    def refresh(self) -> None:
        if not self.gathering_id:
            return
        self.grid_model.set_rows(self.services.photos.photos_for(self.gathering_id))
        stories = self.services.stories.headers(self.services.stories.ids(self.gathering_id)[:500])
        self.story_combo.clear()
        for header in stories:
            self.story_combo.addItem(header.title or self.tr("Untitled story"), header.id)
        self.artifacts.set_gathering(self.gathering_id, stories)  # one read for both pickers

    # --- import -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        image_filter = self.tr("Photos") + f" ({IMAGE_PATTERNS})"
        files = self.dialogs.open_files(self, self.tr("Import photos"), image_filter)
        if files:
            self.start_import(files)

    def dragEnterEvent(self, event):  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):  # type: ignore[no-untyped-def]
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.start_import(paths)

    def start_import(self, paths: list[Path]) -> None:
        if not self.gathering_id or self.op is not None:
            return
        gid = self.gathering_id
        op = BackgroundOp(
            lambda progress, cancelled: self.services.photos.import_files(
                gid, paths, progress, cancelled
            ),
            self,
        )
        op.succeeded.connect(self._on_imported)
        op.failed.connect(self._on_failed)
        self.op = op
        self.progress.follow(
            op,
            self.tr("Looking at the photos…"),
            lambda done, total: counted(done, total, self.tr("{0} of %Ln photos", "", total)),
        )
        self.import_button.setEnabled(False)
        op.start()

    def cancel_import(self) -> None:
        if self.op is not None:
            self.progress.cancel()
            self.status.emit(self.tr("Cancelling import…"))

    def _done(self) -> None:
        self.op = None
        self.import_button.setEnabled(True)

    def _on_imported(self, report: ImportReport) -> None:
        self._done()
        self.refresh()
        self.check_previews()
        message = (
            "; ".join(
                (
                    self.tr("Imported %Ln photos", "", len(report.imported)),
                    self.tr("%Ln already here", "", len(report.skipped)),
                    self.tr("%Ln could not be read", "", len(report.errors)),
                )
            )
            + "."
        )
        if report.cancelled:
            message = (
                self.tr(
                    "Import cancelled: the photos imported before are kept, %Ln not imported.",
                    "",
                    report.not_started,
                )
                + " "
                + message
            )
        self.last_message = message
        self.status.emit(message)
        if report.errors:
            self.dialogs.warn(
                self,
                self.tr("Some photos were not imported"),
                "\n".join(readable(phrase) for phrase in report.error_phrases[:20]),
            )
        self.importFinished.emit(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._done()
        self.last_message = show_failure(self.dialogs, self, self.tr("Import stopped"), exc)

    # --- thumbnails made from embedded previews ----------------------------------------------

    def check_previews(self) -> None:
        """Compare thumbnails made from embedded previews with the photos, off the GUI thread.

        An import shows the preview-made thumbnails at once; a preview that turns out to show
        another picture is replaced by the photo's own and the grid is redrawn."""
        if self.check_op is not None or not self.services.photos.previews_unchecked():
            return
        photos = self.services.photos
        op = BackgroundOp(lambda _progress, cancelled: photos.check_previews(cancelled), self)
        op.succeeded.connect(self._on_previews_checked)
        op.failed.connect(self._on_check_failed)
        self.check_op = op
        op.start()

    def stop_checks(self) -> None:
        """Stop a running check after its current photo (the rest stay marked)."""
        if self.check_op is not None:
            self.check_op.cancel()

    def _on_previews_checked(self, report: object) -> None:
        self.check_op = None
        if getattr(report, "replaced", 0):
            self.grid_model.forget_thumbnails()
            self.refresh()
        self.previewsChecked.emit(report)

    def _on_check_failed(self, _exc: BaseException) -> None:
        self.check_op = None  # the marks stay: the next import or opening tries again

    # --- details ----------------------------------------------------------------------------

    def _current_photo(self) -> str | None:
        photo_id = self.grid.currentIndex().data(PhotoGridModel.IdRole)
        return str(photo_id) if photo_id else None

    def _on_photo(self, photo_id: str | None) -> None:
        if not photo_id or not self.gathering_id:
            return
        photo = self.services.photos.get(photo_id)
        self.caption_edit.setText(photo.caption or "")
        depicted = set(self.services.photos.depicted(photo_id))
        self.people_model.set_people(self.services.participants.roster(self.gathering_id), depicted)
        self._show_who(photo_id, bool(depicted))
        self._update_warning(photo_id)
        self._show_links(photo_id)

    def _show_who(self, photo_id: str, anyone_marked: bool) -> None:
        """Ask who is in the photo while nobody is marked and nobody said it shows no one."""
        nobody = self.services.photos.nobody_depicted(photo_id)
        self.nobody_box.blockSignals(True)
        self.nobody_box.setChecked(nobody)
        self.nobody_box.blockSignals(False)
        self.nobody_box.setVisible(not anyone_marked)
        self.who_hint.setVisible(not anyone_marked and not nobody)

    def _set_nobody(self, checked: bool) -> None:
        photo_id = self._current_photo()
        if photo_id:
            self.services.photos.confirm_nobody_depicted(photo_id, checked)
            self.who_hint.setVisible(not checked)

    def _update_warning(self, photo_id: str) -> None:
        names = self.services.photos.release_warnings(photo_id)
        if names:
            self.release_warning.setText(
                self.tr(
                    "No photo release from {0}: this photo will not appear in any export."
                ).format(", ".join(names))
            )
            self.release_warning.show()
        else:
            self.release_warning.hide()

    def _save_caption(self) -> None:
        photo_id = self._current_photo()
        if photo_id:
            self.services.photos.set_caption(photo_id, self.caption_edit.text())
            self.grid_model.set_caption(photo_id, self.caption_edit.text())

    def _toggle_person(self, pid: str, ticked: bool) -> None:
        photo_id = self._current_photo()
        if not photo_id:
            return
        if ticked:
            self.services.photos.link(photo_id, "participant", pid)
        else:
            self.services.photos.unlink(photo_id, "participant", pid)
        self._show_who(photo_id, bool(self.services.photos.depicted(photo_id)))
        self._update_warning(photo_id)

    def _refresh_links(self, _index: int = 0) -> None:
        photo_id = self._current_photo()
        if photo_id:
            self._show_links(photo_id)

    def _show_links(self, photo_id: str) -> None:
        """Name the stories and artifacts the photo belongs to (people are ticked above)."""
        links = self.services.photos.linked_to(photo_id)
        names = [
            self.tr("“{0}”").format(title or self.tr("Untitled story"))
            for title in links.story_titles
        ] + list(links.artifact_names)
        self.linked_to.setText(
            self.tr("Linked to: {0}").format(", ".join(names))
            if names
            else self.tr("Not linked to a story or an artifact yet.")
        )

    def link_to_story(self) -> None:
        """Link the chosen photo to the story chosen in the box."""
        photo_id = self._current_photo()
        story_id = self.story_combo.currentData()
        if photo_id and story_id:
            self.services.photos.link(photo_id, "story", story_id)
            self._show_links(photo_id)
            self.status.emit(self.tr("Photo linked to the story"))

    def select_photo(self, photo_id: str) -> None:
        """Show a photo (an artifact's, say) selected in the grid, with its details."""
        row = self.grid_model.row_of(photo_id)
        if row >= 0:
            index = self.grid_model.index(row, 0)
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
            self.side.setCurrentIndex(0)

    # --- viewing and deleting ---------------------------------------------------------------

    def photo_ids(self) -> list[str]:
        """The photos in the grid, in its order (what the viewer steps through)."""
        return self.grid_model.ids()

    def open_viewer(self) -> None:
        """The current photo, large, in a viewer that steps through the grid's photos."""
        from cle_desktop.ui.photo_viewer import PhotoViewer

        ids = self.photo_ids()
        current = self._current_photo()
        if not ids or current is None:
            return
        self.viewer = PhotoViewer(
            self.services, ids, ids.index(current), self, on_change=self.select_photo
        )
        self.viewer.open()

    def delete_photo(self) -> None:
        photo_id = self._current_photo()
        if photo_id:
            self.undo_stack.push(DeletePhotoCommand(self, photo_id))
            self.status.emit(
                self.tr("Photo deleted. Undo with {0}.").format(
                    QKeySequence(QKeySequence.StandardKey.Undo).toString(
                        QKeySequence.SequenceFormat.NativeText
                    )
                )
            )


class DeletePhotoCommand(QUndoCommand):
    """A soft delete through the change log; Undo lifts the tombstone."""

    def __init__(self, page: PhotosPage, photo_id: str):
        super().__init__(QCoreApplication.translate("PhotosPage", "delete photo"))
        self.page, self.photo_id = page, photo_id

    def redo(self) -> None:
        self.page.services.photos.delete(self.photo_id)
        self.page.refresh()

    def undo(self) -> None:
        self.page.services.photos.restore(self.photo_id)
        self.page.refresh()
        self.page.select_photo(self.photo_id)
