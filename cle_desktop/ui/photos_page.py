"""Photos and artifacts: import (drag-and-drop or a dialog) in a background worker with a
progress bar and Cancel, a thumbnail grid, links to stories/artifacts/people, release warnings.
A double-click opens a photo large (``ui/photo_viewer.py``); Delete removes it undoably (the
page's undo stack joins the window's Edit ▸ Undo while the page is showing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.artifact_panel import ArtifactPanel
from cle_desktop.ui.dialogs import DialogService
from cle_desktop.ui.messages import readable
from cle_desktop.ui.workers import Task

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.services.changes import Changes
    from cle_desktop.services.photos import ImportReport

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.tif *.tiff *.heic *.heif"


class PhotosPage(QWidget):
    status = Signal(str)
    importFinished = Signal(object)
    # After an import (and on opening a gathering): thumbnails made from embedded previews
    # have been compared with the photos themselves; carries a media.preview_check.CheckReport.
    previewsChecked = Signal(object)

    def __init__(self, services: Services, dialogs: DialogService, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.dialogs = dialogs
        self.gathering_id: str | None = None
        self.task: Task | None = None
        self.check_task: Task | None = None
        self.setAcceptDrops(True)
        app = QCoreApplication.instance()
        if app is not None:  # a check left running would hold up quitting
            app.aboutToQuit.connect(self.stop_checks)

        self.import_button = QPushButton(self.tr("Import photos…"))
        self.import_button.setObjectName("primary")
        self.import_button.setMaximumWidth(220)
        self.import_button.clicked.connect(self.choose_files)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_import)
        top = QHBoxLayout()
        top.addWidget(self.import_button, 0)
        top.addWidget(QLabel(self.tr("or drop photos or folders here")))
        top.addWidget(self.progress, 1)
        top.addStretch(0)
        top.addWidget(self.cancel_button)

        self.grid = QListWidget()
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setIconSize(QSize(180, 180))
        self.grid.setGridSize(QSize(200, 220))
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setMovement(QListWidget.Movement.Static)
        self.grid.setWordWrap(True)
        self.grid.setAccessibleName(self.tr("Photos"))
        self.grid.currentItemChanged.connect(self._on_photo)
        self.grid.itemActivated.connect(lambda _item: self.open_viewer())  # double-click, Enter
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
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("People depicted"))
        self.people_list.itemChanged.connect(self._toggle_person)
        self.story_combo = QComboBox()
        self.story_combo.setAccessibleName(self.tr("Link to story"))
        link_story = QPushButton(self.tr("Link to story"))
        link_story.clicked.connect(self._link_story)
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
        if self.task is None and changes.touches("photo", "photo_link", "artifact", "story"):
            self.refresh()

    def refresh(self) -> None:
        if not self.gathering_id:
            return
        self.grid.clear()
        for photo in self.services.photos.photos_for(self.gathering_id):
            item = QListWidgetItem(photo.caption or photo.original_name or "")
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            try:
                item.setIcon(
                    QIcon(QPixmap(str(self.services.photos.store.ensure_thumbnail(photo.sha256))))
                )
            except Exception:  # a missing original: show the name only
                pass
            self.grid.addItem(item)
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
        if not self.gathering_id or self.task is not None:
            return
        gid = self.gathering_id
        task = Task(
            lambda progress, cancelled: self.services.photos.import_files(
                gid, paths, progress, cancelled
            ),
            with_progress=True,
        )
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_imported)
        task.signals.failed.connect(self._on_failed)
        self.task = task
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.import_button.setEnabled(False)
        task.start()

    def cancel_import(self) -> None:
        if self.task:
            self.task.cancel()
            self.status.emit(self.tr("Cancelling import…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m photos"))

    def _done(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.import_button.setEnabled(True)

    def _on_imported(self, report: ImportReport) -> None:
        self._done()
        self.refresh()
        self.check_previews()
        message = self.tr("Imported {0} photos; {1} already here; {2} could not be read.").format(
            len(report.imported), len(report.skipped), len(report.errors)
        )
        self.status.emit(message)
        if report.errors:
            self.dialogs.warn(
                self,
                self.tr("Some photos were not imported"),
                "\n".join(readable(phrase) for phrase in report.error_phrases[:20]),
            )
        self.importFinished.emit(report)

    def _on_failed(self, message: str) -> None:
        self._done()
        self.dialogs.warn(self, self.tr("Import stopped"), message)

    # --- thumbnails made from embedded previews ----------------------------------------------

    def check_previews(self) -> None:
        """Compare thumbnails made from embedded previews with the photos, off the GUI thread.

        An import shows the preview-made thumbnails at once; a preview that turns out to show
        another picture is replaced by the photo's own and the grid is redrawn."""
        if self.check_task is not None or not self.services.photos.previews_unchecked():
            return
        task = Task(
            lambda progress, cancelled: self.services.photos.check_previews(cancelled),
            with_progress=True,
        )
        task.signals.finished.connect(self._on_previews_checked)
        task.signals.failed.connect(self._on_check_failed)
        self.check_task = task
        task.start()

    def stop_checks(self) -> None:
        """Stop a running check after its current photo (the rest stay marked)."""
        if self.check_task is not None:
            self.check_task.cancel()

    def _on_previews_checked(self, report: object) -> None:
        self.check_task = None
        if getattr(report, "replaced", 0):
            self.refresh()
        self.previewsChecked.emit(report)

    def _on_check_failed(self, _message: str) -> None:
        self.check_task = None  # the marks stay: the next import or opening tries again

    # --- details ----------------------------------------------------------------------------

    def _current_photo(self) -> str | None:
        item = self.grid.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_photo(self, item, _prev) -> None:  # type: ignore[no-untyped-def]
        photo_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not photo_id or not self.gathering_id:
            return
        photo = self.services.photos.get(photo_id)
        self.caption_edit.setText(photo.caption or "")
        depicted = set(self.services.photos.depicted(photo_id))
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for person in self.services.participants.roster(self.gathering_id):
            entry = QListWidgetItem(person.display_name)
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if person.id in depicted else Qt.CheckState.Unchecked
            )
            self.people_list.addItem(entry)
        self.people_list.blockSignals(False)
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
            item = self.grid.currentItem()
            if item is not None and self.caption_edit.text().strip():
                item.setText(self.caption_edit.text().strip())

    def _toggle_person(self, entry: QListWidgetItem) -> None:
        photo_id = self._current_photo()
        if not photo_id:
            return
        pid = entry.data(Qt.ItemDataRole.UserRole)
        if entry.checkState() == Qt.CheckState.Checked:
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
        story_ids = [t for _, t in self.services.photos.links(photo_id, "story")]
        names = [
            self.tr("“{0}”").format(h.title or self.tr("Untitled story"))
            for h in self.services.stories.headers(story_ids)
        ]
        for _, artifact_id in self.services.photos.links(photo_id, "artifact"):
            try:
                names.append(self.services.artifacts.get(artifact_id).name)
            except ServiceError:  # an artifact deleted since: nothing to name
                continue
        self.linked_to.setText(
            self.tr("Linked to: {0}").format(", ".join(names))
            if names
            else self.tr("Not linked to a story or an artifact yet.")
        )

    def _link_story(self) -> None:
        photo_id = self._current_photo()
        story_id = self.story_combo.currentData()
        if photo_id and story_id:
            self.services.photos.link(photo_id, "story", story_id)
            self._show_links(photo_id)
            self.status.emit(self.tr("Photo linked to the story"))

    def select_photo(self, photo_id: str) -> None:
        """Show a photo (an artifact's, say) selected in the grid, with its details."""
        for row in range(self.grid.count()):
            if self.grid.item(row).data(Qt.ItemDataRole.UserRole) == photo_id:
                self.grid.setCurrentRow(row)
                self.grid.scrollToItem(self.grid.item(row))
                self.side.setCurrentIndex(0)
                return

    # --- viewing and deleting ---------------------------------------------------------------

    def photo_ids(self) -> list[str]:
        return [
            self.grid.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.grid.count())
        ]

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
