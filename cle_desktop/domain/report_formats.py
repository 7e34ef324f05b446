"""The formats a gathering's report can be written in: a name the command line lists (before
it imports any renderer) and the export dialog offers, so neither reaches into ``reports``."""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("pdf", "html", "docx", "xlsx", "csv", "geojson", "kml", "qdpx")
