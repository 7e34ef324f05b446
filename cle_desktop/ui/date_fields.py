"""Date boxes that write the whole year.

The short date format of some locales, Spanish among them, writes "14/10/26"; a gathering's
days are read by people planning years ahead and looking back, so the year is written out.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit


def date_edit(day: QDate) -> QDateEdit:
    """A date box with a calendar, in the language's short date with a four-digit year."""
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        edit.setDisplayFormat(short.replace("yy", "yyyy"))
    return edit
