"""The Sync page's table of other laptops: one row per laptop this one has exchanged changes
with (``services.sync.peers``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt

from cle_desktop.ui.labels import local_time
from cle_desktop.ui.row_models import RowsModel

if TYPE_CHECKING:
    from cle_desktop.services.sync import PeerInfo


class PeersModel(RowsModel):
    # The titles the page's table had, in its translation context.
    CONTEXT = "SyncPage"
    HEADERS = (
        QT_TRANSLATE_NOOP("SyncPage", "Laptop"),
        QT_TRANSLATE_NOOP("SyncPage", "Changes it has"),
        QT_TRANSLATE_NOOP("SyncPage", "Last import from it"),
        QT_TRANSLATE_NOOP("SyncPage", "Last export for it"),
    )

    def row_id(self, row: PeerInfo) -> str:
        return row.device_id

    def cell(self, row: PeerInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name or QCoreApplication.translate("SyncPage", "Laptop {0}").format(
                    row.device_id[-6:]
                )
            if column == 1:
                return QLocale().toString(row.changes_known)
            when = row.last_import_at if column == 2 else row.last_export_at
            return local_time(when, "d MMM HH:mm") if when else "—"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return QCoreApplication.translate("SyncPage", "Device {0}").format(row.device_id[-12:])
        return None
