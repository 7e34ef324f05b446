"""The gathering a first start makes without asking, apart from the first-run widgets: a
relaunch checks whether the last gathering is still untitled before any dialog is needed,
so this module imports no widgets."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication


def untitled_title() -> str:
    """The title of the gathering a first start makes (in the window's language)."""
    return QCoreApplication.translate("FirstRun", "Untitled gathering")


def untitled_values(today: date | None = None) -> dict[str, object]:
    """The gathering a first start makes without asking: untitled, from today for three days
    (the dialog's own defaults), everything else left for the person to fill in later."""
    day = today or date.today()
    return {"title": untitled_title(), "starts_on": day, "ends_on": day + timedelta(days=2)}
