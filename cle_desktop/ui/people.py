"""People: the participants table and the consent editor.

Anyone without a recorded consent is marked in the table: their words and photos stay on this
laptop until consent is recorded here. The table sorts by any column (click its header) and
filters by a typed name, role or team and by consent state ("No consent recorded",
"Withdrawn"), so a host can find who still needs a form before the closing circle. The table
is a model over the roster (``ui/people_table.py``); the page's commands are actions
(``add_action``, ``save_action``, ``record_action``, ``withdraw_action``, ``erase_action``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cle_desktop.domain.enums import SharingLevel
from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.actions import action_button, page_action
from cle_desktop.ui.labels import AGE_BANDS, ROLES, SHARING_LEVELS
from cle_desktop.ui.messages import readable
from cle_desktop.ui.pages import Page, PageContext
from cle_desktop.ui.people_table import PeopleFilter, PeopleModel

if TYPE_CHECKING:
    from cle_desktop.services.changes import Changes


def _code(value: object) -> object:
    """Stored codes and their enum members compare equal (``"youth"`` == ``AgeBand.YOUTH``)."""
    return getattr(value, "value", value)


class PeoplePage(Page):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.person_id: str | None = None
        self._versions: dict[str, tuple[str, ...]] = {}
        self._loaded: dict[str, object] = {}
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Participants"))
        # Short columns fit their content (a stretched sixth of the table cut "Consentimiento"
        # at 1280 px); name, role and team share the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self._keeping_choice = False  # a refresh re-selects the person, the form stays
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: (
                None
                if self._keeping_choice
                else self._show_person(current.data(PeopleModel.IdRole))
            )
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("peopleFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, role or team"))
        self.filter_edit.setAccessibleName(self.tr("Filter people"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _text: self.apply_filter())
        self.consent_filter = QComboBox()
        self.consent_filter.setObjectName("consentFilter")
        self.consent_filter.setAccessibleName(self.tr("Show"))
        for code, label in (
            ("all", self.tr("Everyone")),
            ("missing", self.tr("No consent recorded")),
            ("withdrawn", self.tr("Withdrawn")),
            ("minor", self.tr("Minors")),
        ):
            self.consent_filter.addItem(label, code)
        self.consent_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.pseudonym_edit = QLineEdit()
        self.pseudonym_edit.setAccessibleName(self.tr("Pseudonym"))
        self.role_combo = self._combo(ROLES.items(), self.tr("Role"))
        self.team_edit = QLineEdit()
        self.team_edit.setAccessibleName(self.tr("Team or home community"))
        self.age_combo = self._combo(AGE_BANDS.items(), self.tr("Age band"))
        self.languages_edit = QLineEdit()
        self.languages_edit.setPlaceholderText("en; es")
        self.languages_edit.setAccessibleName(self.tr("Languages"))
        # The page's commands: actions a test or a shortcut triggers, buttons that follow them.
        self.add_action = page_action(self, self.tr("Add person"), "addPerson", self.add_person)
        self.save_action = page_action(
            self, self.tr("Save details"), "savePerson", self.save_person
        )
        self.record_action = page_action(
            self, self.tr("Record consent"), "recordConsent", self.record_consent
        )
        self.withdraw_action = page_action(
            self, self.tr("Withdraw…"), "withdrawConsent", self.withdraw
        )
        self.erase_action = page_action(
            self, self.tr("Erase everywhere…"), "erasePerson", self.erase
        )
        self.add_button = add = action_button(self.add_action)
        self.save_button = save = action_button(self.save_action)
        person_box = QGroupBox(self.tr("Person"))
        form = QFormLayout(person_box)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Pseudonym"), self.pseudonym_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("Team"), self.team_edit)
        form.addRow(self.tr("Age band"), self.age_combo)
        form.addRow(self.tr("Languages"), self.languages_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(save)
        form.addRow(buttons)

        consent_box = QGroupBox(self.tr("Consent"))
        consent = QFormLayout(consent_box)
        self.sharing_combo = self._combo(
            [
                (SharingLevel.NONE.value, self.tr("None: stays on this laptop")),
                (SharingLevel.INTERNAL.value, self.tr("Internal: host team")),
                (SharingLevel.NETWORK.value, self.tr("Network: CLE partners")),
                (SharingLevel.PUBLIC.value, self.tr("Public")),
            ],
            self.tr("Story sharing level"),
        )
        self.use_name = QCheckBox(self.tr("Use their name (else the pseudonym)"))
        self.photo_release = QCheckBox(self.tr("Photo release"))
        self.audio_release = QCheckBox(self.tr("Audio release"))
        self.is_minor = QCheckBox(self.tr("Minor (under 18)"))
        self.guardian = QCheckBox(self.tr("Guardian permission"))
        self.assent = QCheckBox(self.tr("The young person's own assent"))
        self.collected_by = QLineEdit()
        self.collected_by.setAccessibleName(self.tr("Collected by"))
        for w in (
            self.use_name,
            self.photo_release,
            self.audio_release,
            self.is_minor,
            self.guardian,
            self.assent,
        ):
            w.setAccessibleName(w.text())
        consent.addRow(self.tr("Sharing"), self.sharing_combo)
        consent.addRow(self.use_name)
        # The two releases share a line, so the panel still fits a 1280×800 screen with the
        # erase button on a line of its own.
        releases = QHBoxLayout()
        releases.addWidget(self.photo_release)
        releases.addWidget(self.audio_release)
        releases.addStretch(1)
        consent.addRow(releases)
        for w in (self.is_minor, self.guardian, self.assent):
            consent.addRow(w)
        consent.addRow(self.tr("Collected by"), self.collected_by)
        self.record_button = record = action_button(self.record_action, "primary")
        self.withdraw_button = withdraw = action_button(self.withdraw_action)
        # Erasing is the step after withdrawal (a person asks to be forgotten): only offered
        # once consent is withdrawn, and it cannot be undone.
        self.erase_action.setEnabled(False)
        self.erase_button = action_button(self.erase_action, "danger")
        self.erase_button.setAccessibleName(self.tr("Erase this withdrawn person everywhere"))
        row = QHBoxLayout()
        row.addWidget(record)
        row.addWidget(withdraw)
        row.addStretch(1)
        consent.addRow(row)
        # On a line of its own: away from "Record consent", and three buttons side by side
        # made the panel too wide for the participants table at 1280 px (in Spanish).
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        consent.addRow(erase_row)
        self.consent_state = QLabel()
        self.consent_state.setWordWrap(True)
        consent.addRow(self.consent_state)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(person_box)
        side_layout.addWidget(consent_box)
        side_layout.addStretch(1)
        # The forms scroll on a short screen (1366×768) while the table keeps its height.
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(side.minimumSizeHint().width() + 16)
        table_pane = QWidget()
        table_layout = QVBoxLayout(table_pane)
        table_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.consent_filter)
        table_layout.addLayout(filters)
        table_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.setObjectName("peopleSplitter")
        splitter.addWidget(table_pane)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        layout.addWidget(self.summary, 0)
        layout.addWidget(splitter, 1)

    def _combo(self, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem("—", None)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def apply_changes(self, changes: Changes) -> None:
        """Follow writes made elsewhere: the table always; the form when it shows a person
        who changed and the person has not edited it."""
        if not changes.touches("participant", "consent", "story_teller"):
            return
        self.refresh()
        if self.person_id and changes.touched_row("participant", self.person_id):
            if not any(w.isModified() for w in self._line_edits()):
                self.select_person(self.person_id)

    def _line_edits(self) -> list[QLineEdit]:
        return [self.name_edit, self.pseudonym_edit, self.team_edit, self.languages_edit]

    def refresh(self) -> None:
        if not self.gathering_id:
            return
        people = self.services.participants.roster(self.gathering_id)
        current = self.person_id
        self.model.set_rows(people)
        missing = sum(1 for p in people if p.consent is None)
        self.summary.setText(
            self.tr("%n people", "", len(people))
            + " · "
            + self.tr("%n without recorded consent", "", missing)
        )
        if current and self.model.row_of(current) >= 0:
            # The same person stays chosen; what is typed in the form is left as it is.
            self._keeping_choice = True
            try:
                self._current_row_to(current)
            finally:
                self._keeping_choice = False

    def apply_filter(self) -> None:
        """Show the rows that match the typed words and the consent choice. The person in the
        form stays chosen (and what is typed there stays) even when the filter hides their
        row: the table then has no current row, rather than moving to someone else's."""
        self._keeping_choice = True
        try:
            self.proxy.set_filter(self.filter_edit.text(), self.consent_filter.currentData())
            chosen = self.index_of(self.person_id) if self.person_id else QModelIndex()
            self.table.setCurrentIndex(chosen)
            if not chosen.isValid():
                self.table.clearSelection()
        finally:
            self._keeping_choice = False

    def visible_names(self) -> list[str]:
        """The names shown, top to bottom (what a person sees after sorting and filtering)."""
        return [self.proxy.index(row, 0).data() for row in range(self.proxy.rowCount())]

    def index_of(self, person_id: str) -> QModelIndex:
        """The table's (proxy) index of a person's name cell; invalid when filtered out."""
        row = self.model.row_of(person_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def select_person(self, person_id: str) -> None:
        """Choose a person as a click on their row does, and show them in the form (again, if
        they are already chosen: after a save the form shows what is stored)."""
        if self.table.currentIndex().data(PeopleModel.IdRole) == person_id:
            self._show_person(person_id)
        else:
            self._current_row_to(person_id)

    def _current_row_to(self, person_id: str) -> None:
        index = self.index_of(person_id)
        if index.isValid():
            self.table.setCurrentIndex(index)

    def _show_person(self, person_id: str | None) -> None:
        if not person_id:
            return
        self.person_id = person_id
        person = self.services.participants.get(self.person_id)
        # What the form shows, and the versions it shows: Save writes only what the person
        # changed, against these, so a change that arrived meanwhile is kept, not overwritten.
        self._versions = self.services.participants.versions(self.person_id)
        self._loaded = {
            "display_name": person.display_name,
            "pseudonym": person.pseudonym,
            "role": person.role,
            "team": person.team,
            "age_band": person.age_band,
            "languages": person.languages,
        }
        self.name_edit.setText(person.display_name)
        self.pseudonym_edit.setText(person.pseudonym or "")
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(person.role)))
        self.team_edit.setText(person.team or "")
        self.age_combo.setCurrentIndex(max(0, self.age_combo.findData(person.age_band)))
        self.languages_edit.setText(person.languages or "")
        terms = self.services.participants.consent(self.person_id)
        self.erase_action.setEnabled(terms is not None and terms.withdrawn)
        if terms is None:
            self.consent_state.setText(
                self.tr("No consent recorded: nothing of this person leaves the laptop.")
            )
            self.sharing_combo.setCurrentIndex(0)
            for box in (
                self.use_name,
                self.photo_release,
                self.audio_release,
                self.guardian,
                self.assent,
            ):
                box.setChecked(False)
            self.is_minor.setChecked(person.age_band == "youth")
            return
        self.sharing_combo.setCurrentIndex(
            max(0, self.sharing_combo.findData(terms.sharing_level.value))
        )
        self.use_name.setChecked(terms.may_use_name)
        self.photo_release.setChecked(terms.photo_release)
        self.audio_release.setChecked(terms.audio_release)
        self.is_minor.setChecked(terms.is_minor)
        self.guardian.setChecked(terms.guardian_permission)
        self.assent.setChecked(terms.youth_assent)
        self.consent_state.setText(
            self.tr("Withdrawn: nothing of this person appears in any export.")
            if terms.withdrawn
            else self.tr("Effective sharing level: {0}").format(
                SHARING_LEVELS(terms.effective_level)
            )
        )

    def add_person(self) -> None:
        if not self.gathering_id:
            return
        try:
            pid = self.services.participants.add(
                self.gathering_id,
                self.name_edit.text(),
                pseudonym=self.pseudonym_edit.text() or None,
                role=self.role_combo.currentData(),
                team=self.team_edit.text() or None,
                age_band=self.age_combo.currentData(),
                languages=[x.strip() for x in self.languages_edit.text().split(";") if x.strip()],
            )
        except ServiceError as exc:
            self.dialogs.warn(self, self.tr("Cannot add"), readable(exc))
            return
        self.refresh()
        self.select_person(pid)
        self.status.emit(self.tr("Added {0}").format(self.name_edit.text()))

    def save_person(self) -> None:
        if not self.person_id:
            return
        shown = {
            "display_name": self.name_edit.text().strip(),
            "pseudonym": self.pseudonym_edit.text().strip() or None,
            "role": self.role_combo.currentData(),
            "team": self.team_edit.text() or None,
            "age_band": self.age_combo.currentData(),
            "languages": self.languages_edit.text() or None,
        }
        edited = {k: v for k, v in shown.items() if _code(v) != _code(self._loaded.get(k))}
        try:
            self.services.participants.update(
                self.person_id,
                versions={k: self._versions.get(k, ()) for k in edited},
                **edited,
            )
        except ServiceError as exc:
            self.dialogs.warn(self, self.tr("Cannot save"), readable(exc))
            return
        self.refresh()
        self.select_person(self.person_id)

    def record_consent(self) -> None:
        if not self.person_id:
            return
        self.services.participants.record_consent(
            self.person_id,
            sharing_level=self.sharing_combo.currentData() or SharingLevel.NONE,
            name_use="name" if self.use_name.isChecked() else "pseudonym",
            photo_release=self.photo_release.isChecked(),
            audio_release=self.audio_release.isChecked(),
            is_minor=self.is_minor.isChecked(),
            guardian_permission=self.guardian.isChecked(),
            youth_assent=self.assent.isChecked(),
            collected_by=self.collected_by.text() or None,
        )
        pid = self.person_id
        self.refresh()
        self.select_person(pid)
        self.status.emit(self.tr("Consent recorded"))

    def withdraw(self) -> None:
        """Withdraw the chosen person's consent, after a confirmation that says exactly what
        will disappear (``participants.withdrawal_impact``)."""
        if not self.person_id or not self.gathering_id:
            return
        pid = self.person_id
        try:
            impact = self.services.participants.withdrawal_impact(pid)
        except ServiceError as exc:
            self.dialogs.warn(self, self.tr("Not withdrawn"), readable(exc))
            return
        text = self.tr(
            "Withdraw {0}? {1}, {2} and their name will disappear from every report and "
            "export. This is recorded and travels to other laptops."
        ).format(
            impact.display_name,
            self.tr("%n stories they told", "", impact.stories),
            self.tr("%n photos showing them", "", impact.photos),
        )
        if not self.dialogs.confirm(self, self.tr("Withdraw consent"), text):
            return
        try:
            self.services.participants.withdraw(pid, collected_by=self.collected_by.text() or None)
        except ServiceError as exc:
            self.dialogs.warn(self, self.tr("Not withdrawn"), readable(exc))
            return
        self.refresh()
        self.select_person(pid)
        self.status.emit(self.tr("Consent withdrawn"))

    def erase(self) -> None:
        """Erase a withdrawn person's words here and, with the next sync, on every laptop."""
        if not self.person_id or not self.gathering_id:
            return
        terms = self.services.participants.consent(self.person_id)
        if terms is None or not terms.withdrawn:
            return
        try:
            impact = self.services.participants.withdrawal_impact(self.person_id)
        except ServiceError as exc:
            self.dialogs.warn(self, self.tr("Not erased"), readable(exc))
            return
        name, stories = impact.display_name, impact.stories
        text = self.tr(
            "Erase {0} everywhere? Their name and the words of the %n stories they told or "
            "co-told are erased on this laptop now and on every other laptop at its next sync. "
            "Photos stay for the other people in them but no longer name this person. "
            "This cannot be undone.",
            "",
            stories,
        ).format(name)
        if not self.dialogs.confirm(self, self.tr("Erase everywhere"), text):
            return
        self.services.sync.purge_participant(self.person_id)
        self.person_id = None
        self.erase_action.setEnabled(False)
        self.refresh()
        self.status.emit(self.tr("Erased. Sync with the other laptops to erase it there too."))
