"""An XLSX workbook for hosts who work in spreadsheets: one sheet per table of
``reports.tables`` (the same rows, consent and labels as the CSV zip).

openpyxl writes it (a well-kept, pure-Python library; the only one here that writes XLSX
without a spreadsheet program installed). openpyxl stores any string that begins with ``=`` as
a formula, so every text cell is typed as a string cell (``t="s"``: a spreadsheet shows it and
never evaluates it). A cell that begins like a formula also gets the spreadsheet's own
"this is text" mark (``quotePrefix``, what typing a leading apostrophe does in Calc or Excel), so
it stays text when someone edits it; the reader sees the title as it was written, ``=1+2``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from cle_desktop.reports.model import Report
from cle_desktop.reports.tables import Cell, needs_neutralising, report_tables
from cle_desktop.reports.text import labels, language_tag

HEADER_FILL = PatternFill("solid", fgColor="F4F1EA")


def _clean(text: str) -> str:
    """XML 1.0 (inside every XLSX) cannot hold most control characters."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32)


def _put(cell: XlCell, value: Cell) -> None:
    if value is None:
        return
    if isinstance(value, str):
        cell.value = _clean(value)  # openpyxl guesses "=..." is a formula,
        cell.data_type = "s"  # so say it: a string, never a formula
        if needs_neutralising(value):
            cell.quotePrefix = True
        return
    cell.value = value
    if isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"


def render_xlsx(report: Report, out: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for table in report_tables(report):
        ws = wb.create_sheet(_clean(table.title)[:31] or table.name)
        for col, head in enumerate(table.header, start=1):
            cell = ws.cell(row=1, column=col)
            _put(cell, head)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
        for r, row in enumerate(table.rows, start=2):
            for col, value in enumerate(row, start=1):
                _put(ws.cell(row=r, column=col), value)
        ws.freeze_panes = "A2"
        for col, head in enumerate(table.header, start=1):
            widest = max([len(head)] + [len(str(row[col - 1] or "")) for row in table.rows[:200]])
            ws.column_dimensions[get_column_letter(col)].width = min(60, max(10, widest + 2))
    props = wb.properties
    props.title = report.title
    props.creator = report.host_community or "CLE Desktop"
    props.language = language_tag(report.lang)
    props.subject = labels(report.lang)["report"]
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(out))
    return out
