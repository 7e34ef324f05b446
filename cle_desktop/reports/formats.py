"""The report formats, in one light module (the CLI lists them before it imports a renderer)."""

from __future__ import annotations

from cle_desktop.domain.report_formats import FORMATS as FORMATS  # the names live in domain


class PdfEngineMissing(Exception):
    """WeasyPrint (the PDF's layout) could not load Pango; the service says so in a sentence,
    with what to install, instead of a traceback (every other format still works)."""
