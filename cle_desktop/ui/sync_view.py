"""Sync screen: bundles to and from a USB stick or a shared folder, what each laptop has, and
the conflicts waiting for a person. Imports and exports run as a background op (``ui.ops``)
with counts ("1,200 of 12,257 changes") and a Cancel that rolls an import back whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.conflicts_view import ConflictsPanel
from cle_desktop.ui.messages import readable
from cle_desktop.ui.ops import BackgroundOp, Work, show_failure
from cle_desktop.ui.pages import Page, PageContext
from cle_desktop.ui.peers_model import PeersModel
from cle_desktop.ui.progress_row import ProgressRow, counted


class SyncPage(Page):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        services = context.services
        self.op: BackgroundOp | None = None
        intro = QLabel(
            self.tr(
                "Carry changes between laptops on a USB stick. Nothing is lost: when two laptops changed the same thing, both versions wait below for you to choose."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.device = QLabel()
        self.device.setObjectName("hint")
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync with a folder on the stick…"))
        self.sync_button.setObjectName("primary")
        self.export_button = QPushButton(self.tr("Export bundle…"))
        self.import_button = QPushButton(self.tr("Import bundle…"))
        for b, slot in (
            (self.sync_button, self.sync_folder),
            (self.export_button, self.export_bundle),
            (self.import_button, self.import_bundle),
        ):
            b.clicked.connect(lambda _=False, f=slot: f())
            buttons.addWidget(b)
        buttons.addStretch(1)
        # Trusted laptops: this laptop's fingerprint and the invite/join steps (see
        # cle_desktop.sync.trust); the pairing code is shown for people to compare.
        self.trust_line = QLabel()
        self.trust_line.setObjectName("trustLine")
        self.trust_line.setWordWrap(True)
        self.trust_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        trust_buttons = QHBoxLayout()
        self.trust_buttons: dict[str, QPushButton] = {}
        for name, label, slot in (
            ("joinRequestButton", self.tr("Ask to join a gathering…"), self.write_join_request),
            ("inviteButton", self.tr("Invite a laptop…"), self.invite_laptop),
            ("joinButton", self.tr("Join with an invitation…"), self.join_gathering),
        ):
            b = QPushButton(label)
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, f=slot: f())
            trust_buttons.addWidget(b)
            self.trust_buttons[name] = b
        trust_buttons.addStretch(1)
        self.status_line = QLabel()
        self.status_line.setObjectName("syncStatus")
        self.status_line.setWordWrap(True)
        self.progress = ProgressRow("sync", self)
        self.peers_model = PeersModel(self)
        self.peers = QTableView()
        self.peers.setObjectName("peersTable")
        self.peers.setModel(self.peers_model)
        self.peers.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.peers.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.peers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.peers.verticalHeader().hide()
        self.peers.setAccessibleName(self.tr("Other laptops"))
        self.peers.setMaximumHeight(180)
        self.no_peers = QLabel(
            self.tr(
                "No other laptop has exchanged changes with this one yet. Export a bundle "
                "to a USB stick, import it on another laptop, then bring that laptop's "
                "bundle back here."
            )
        )
        self.no_peers.setObjectName("hint")
        self.no_peers.setWordWrap(True)
        self.no_peers.hide()
        self.conflicts = ConflictsPanel(services, self)
        heading = QLabel(self.tr("Conflicts to review"))
        heading.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(intro)
        layout.addWidget(self.device)
        layout.addWidget(self.trust_line)
        layout.addLayout(trust_buttons)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_line)
        layout.addWidget(self.peers)
        layout.addWidget(self.no_peers)
        layout.addWidget(heading)
        layout.addWidget(self.conflicts, 1)

    def refresh(self) -> None:
        prefs = self.services.preferences
        if prefs.has_laptop_name():
            self.device.setText(self.tr("This laptop is called {0}.").format(prefs.laptop_name()))
        else:
            self.device.setText(
                self.tr(
                    "This laptop is called {0}, the computer's own name. "
                    "Edit ▸ Preferences gives it a name people know."
                ).format(prefs.laptop_name())
            )
        self.device.setToolTip(self.tr("Device {0}").format(self.services.db.device_id[-12:]))
        self._refresh_trust()
        peers = self.services.sync.peers()
        self.no_peers.setVisible(not peers)
        self.peers.setVisible(bool(peers))
        self.peers_model.set_rows(peers)
        self.conflicts.refresh()

    def _run(self, work: Work, describe: Callable[[Any], str], first: str) -> None:
        """Run a sync step as a background op; ``describe`` turns its result into the
        sentence of the status line."""
        if self.op is not None:
            return
        op = BackgroundOp(work, self)
        op.succeeded.connect(lambda result: self._done(describe(result)))
        op.failed.connect(self._failed)
        self.op = op
        self.status_line.setText("")
        self.progress.follow(
            op,
            first,
            lambda done, total: counted(done, total, self.tr("{0} of %Ln changes", "", total)),
        )
        for button in (self.sync_button, self.export_button, self.import_button):
            button.setEnabled(False)
        op.start()

    def _end(self) -> None:
        self.op = None
        for button in (self.sync_button, self.export_button, self.import_button):
            button.setEnabled(True)

    def _done(self, message: str) -> None:
        self._end()
        self.status_line.setText(message)
        self.refresh()
        self.synced.emit(message)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        # a cancel is said on the page (what was kept); a refusal also in a dialog
        self.status_line.setText(show_failure(self.dialogs, self, self.tr("Sync stopped"), exc))
        self.refresh()

    def _from(self, device_id: str | None) -> str:
        name = self.services.sync.laptop_name(device_id) if device_id else None
        return name or self.tr("another laptop")

    def sync_folder(self, folder: Path | None = None) -> None:
        folder = folder or self.dialogs.folder(
            self, self.tr("Choose the sync folder on the USB stick")
        )
        if folder is None:
            return

        def describe(result) -> str:  # type: ignore[no-untyped-def]
            got = sum(r.new_changes for r in result.imported)
            sent = result.exported.changes if result.exported else 0
            text = (
                self.tr("Received %Ln changes", "", got)
                + ", "
                + self.tr("left %Ln for the others.", "", sent)
            )
            senders = sorted({self._from(r.device_id) for r in result.imported if r.new_changes})
            if senders:
                text += " " + self.tr("From: {0}.").format(", ".join(senders))
            if result.rejected:
                text += " " + " ".join(readable(p) for p in result.rejected_phrases)
            return text

        self._run(
            lambda progress, cancelled: self.services.sync.sync_folder(folder, progress, cancelled),
            describe,
            self.tr("Reading the bundles in {0}…").format(folder.name),
        )

    def export_bundle(self, folder: Path | None = None) -> None:
        folder = folder or self.dialogs.folder(self, self.tr("Export a bundle to…"))
        if folder is None:
            return
        self._run(
            lambda progress, cancelled: self.services.sync.export_bundle(
                folder, progress=progress, cancelled=cancelled
            ),
            lambda r: (
                self.tr("Wrote %Ln changes", "", r.changes)
                + " "
                + self.tr("and %Ln photos to {0}.", "", r.media).format(r.path.name)
            ),
            self.tr("Collecting the changes…"),
        )

    def import_bundle(self, path: Path | None = None) -> None:
        if path is None:
            files = self.dialogs.open_files(
                self, self.tr("Import a bundle"), self.tr("CLE bundles") + " (*.clebundle *.zip)"
            )
            if not files:
                return
            path = files[0]
        self._run(
            lambda progress, cancelled: self.services.sync.import_bundle(path, progress, cancelled),
            lambda r: (
                self.tr("Imported %Ln new changes", "", r.new_changes)
                + " "
                + self.tr("and %Ln photos from {0}.", "", r.media_added).format(
                    self._from(r.device_id)
                )
                if r.new_changes
                else self.tr("Nothing new: this laptop already had all of it.")
            ),
            self.tr("Checking {0}…").format(path.name),
        )

    # --- trusted laptops ---------------------------------------------------------------------

    def _refresh_trust(self) -> None:
        try:
            status = self.services.sync.trust_status()
        except ServiceError as exc:
            self.trust_line.setText(readable(exc.phrase))
            return
        if status.gathering_title is None:
            text = self.tr(
                "This laptop's fingerprint: {0}. It has not joined a gathering yet: ask the "
                "host to invite it, or invite another laptop to make this one the host."
            ).format(status.fingerprint)
        else:
            laptops = sum(1 for laptop in status.laptops if not laptop.removed)
            text = self.tr(
                "This laptop's fingerprint: {0}. Gathering: {1}, %n laptops.", "", laptops
            ).format(status.fingerprint, status.gathering_title)
        self.trust_line.setText(text)
        joined = status.gathering_title is not None
        self.trust_buttons["joinRequestButton"].setEnabled(not joined)
        self.trust_buttons["joinButton"].setEnabled(not joined)
        self.trust_buttons["inviteButton"].setEnabled(not joined or status.is_host)

    def _trust_step(self, call, describe) -> None:  # type: ignore[no-untyped-def]
        try:
            result = call()
        except ServiceError as exc:
            self.dialogs.warn(self, self.tr("Not done"), readable(exc.phrase))
            return
        self.refresh()
        self.dialogs.inform(self, self.tr("Trusted laptops"), describe(result))

    def write_join_request(self) -> None:
        out = self.dialogs.save_file(
            self, self.tr("Save the join request for the host"), "join.request", "(*.request)"
        )
        if out is None:
            return
        self._trust_step(
            lambda: self.services.sync.join_request(out),
            lambda fingerprint: self.tr(
                "Carry {0} to the host laptop. This laptop's fingerprint is {1}."
            ).format(out.name, fingerprint),
        )

    def invite_laptop(self) -> None:
        files = self.dialogs.open_files(
            self, self.tr("Choose the new laptop's join request"), "(*.request)"
        )
        if not files:
            return
        out = self.dialogs.save_file(
            self, self.tr("Save the invitation"), "invite.invitation", "(*.invitation)"
        )
        if out is None:
            return
        self._trust_step(
            lambda: self.services.sync.invite(files[0], out),
            lambda invited: self.tr(
                "Invited {0}. Carry {1} back to it and compare this code on both screens: {2}"
            ).format(invited.member.name, out.name, invited.pairing_code),
        )

    def join_gathering(self) -> None:
        files = self.dialogs.open_files(
            self, self.tr("Choose the host's invitation"), "(*.invitation)"
        )
        if not files:
            return
        self._trust_step(
            lambda: self.services.sync.join(files[0]),
            lambda joined: self.tr(
                "Joined {0}. Compare this code with the host's screen: {1}"
            ).format(joined.roster.title, joined.pairing_code),
        )
