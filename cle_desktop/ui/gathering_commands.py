"""Gathering ▸ Edit details and Gathering ▸ Delete gathering.

A delete is soft (a tombstone through the change log) and asks first, naming what goes
("stories: 12, people: 40, photos: 8 ..."). Afterwards the window opens another gathering, or shows the
empty start page when none is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cle_desktop.services.errors import ServiceError
from cle_desktop.ui.messages import readable

if TYPE_CHECKING:
    from cle_desktop.ui.main_window import MainWindow


def edit_gathering(window: MainWindow) -> bool:
    from cle_desktop.ui.first_run import GatheringDialog

    gid = window.gathering_id
    if gid is None:
        return False
    dialog = GatheringDialog(window, allow_demo=False)
    dialog.setObjectName("gatheringDetailsDialog")
    dialog.edit_existing(window.services.gatherings.get(gid))
    if dialog.exec() != GatheringDialog.DialogCode.Accepted:
        return False
    values = dialog.values()
    if values["ends_on"] and values["starts_on"] and values["ends_on"] < values["starts_on"]:  # type: ignore[operator]
        window.dialogs.warn(
            window,
            QCoreApplication.translate("GatheringCommands", "Not saved"),
            QCoreApplication.translate(
                "GatheringCommands", "The gathering cannot end before it starts."
            ),
        )
        return False
    try:
        window.services.gatherings.update(gid, **values)
    except ServiceError as exc:
        window.dialogs.warn(
            window, QCoreApplication.translate("GatheringCommands", "Not saved"), readable(exc)
        )
        return False
    window.gathering_details_changed()  # the title bar shows the new title
    return True


def contents_sentence(counts: dict[str, int]) -> str:
    # "Stories: 12": a count after a colon reads right in both languages for any number.
    parts = [
        QCoreApplication.translate("GatheringCommands", "stories: {0}").format(counts["stories"]),
        QCoreApplication.translate("GatheringCommands", "people: {0}").format(counts["people"]),
        QCoreApplication.translate("GatheringCommands", "photos: {0}").format(counts["photos"]),
        QCoreApplication.translate("GatheringCommands", "artifacts: {0}").format(
            counts["artifacts"]
        ),
        QCoreApplication.translate("GatheringCommands", "sessions: {0}").format(counts["sessions"]),
    ]
    return "; ".join(parts)


def delete_gathering(window: MainWindow) -> bool:
    gid = window.gathering_id
    if gid is None:
        return False
    services = window.services
    info = services.gatherings.get(gid)
    what = contents_sentence(services.gatherings.contents(gid))
    question = QCoreApplication.translate(
        "GatheringCommands",
        "Delete “{0}” and everything in it ({1})? It leaves this laptop's lists and, at the "
        "next sync, the other laptops' too.",
    ).format(info.title, what)
    if not window.dialogs.confirm(
        window, QCoreApplication.translate("GatheringCommands", "Delete gathering"), question
    ):
        return False
    window.desk.save_now()
    services.gatherings.delete(gid)
    remaining = services.gatherings.all()
    if remaining:
        window.open_gathering(remaining[0].id)
    else:
        window.show_start_page()
    window.statusBar().showMessage(
        QCoreApplication.translate("GatheringCommands", "Deleted “{0}”.").format(info.title)
    )
    return True
