"""The People page's table: the roster as a model (one row per ``PersonRow``), and the filter
that shows the rows matching the typed words (name, role, team) and the consent choice.

Sorting is the proxy's (click a header): names sort as people read them, case aside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from cle_desktop.ui.labels import AGE_BANDS, ROLES, SHARING_LEVELS
from cle_desktop.ui.row_models import RowsModel

if TYPE_CHECKING:
    from cle_desktop.services.participants import PersonRow

MISSING_BACKGROUND = QColor("#fdecea")


def person_flags(person: PersonRow) -> set[str]:
    """What the consent filter matches: "missing", "withdrawn", "minor"."""
    flags: set[str] = set()
    if person.consent is None:
        flags.add("missing")
    elif person.consent.withdrawn:
        flags.add("withdrawn")
    if person.age_band == "youth" or (person.consent is not None and person.consent.is_minor):
        flags.add("minor")
    return flags


class PeopleModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PeoplePage", "Name"),
        QT_TRANSLATE_NOOP("PeoplePage", "Role"),
        QT_TRANSLATE_NOOP("PeoplePage", "Team"),
        QT_TRANSLATE_NOOP("PeoplePage", "Age band"),
        QT_TRANSLATE_NOOP("PeoplePage", "Languages"),
        QT_TRANSLATE_NOOP("PeoplePage", "Consent"),
    )
    # The titles the page's table had, in its translation context.
    CONTEXT = "PeoplePage"
    FlagsRole = Qt.ItemDataRole.UserRole + 3  # "missing withdrawn minor", space-separated

    def consent_state(self, person: PersonRow) -> str:
        if person.consent is None:
            return QCoreApplication.translate("PeoplePage", "⚠ Not recorded")
        if person.consent.withdrawn:
            return QCoreApplication.translate("PeoplePage", "Withdrawn")
        return SHARING_LEVELS(person.consent.effective_level)

    def text(self, person: PersonRow, column: int) -> str:
        if column == 0:
            return person.display_name
        if column == 1:
            return ROLES(person.role)
        if column == 2:
            return person.team or ""
        if column == 3:
            return AGE_BANDS(person.age_band)
        if column == 4:
            return person.languages or ""
        return self.consent_state(person)

    def cell(self, row: PersonRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip too: a narrow column elides "Integrante de la comunidad".
            return self.text(row, column)
        if role == self.FlagsRole:
            return " ".join(sorted(person_flags(row)))
        if role == Qt.ItemDataRole.BackgroundRole and row.consent is None:
            return MISSING_BACKGROUND
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Rows whose name, role or team hold every typed word, in the chosen consent state."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.words: list[str] = []
        self.wanted = "all"
        self.setSortRole(RowsModel.SortRole)

    def set_filter(self, text: str, wanted: str | None) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.wanted = wanted or "all"
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PeopleModel) or not 0 <= source_row < len(model.rows):
            return True
        person = model.rows[source_row]
        if self.wanted != "all" and self.wanted not in person_flags(person):
            return False
        text = " ".join(model.text(person, c) for c in range(3)).casefold()
        return all(w in text for w in self.words)
