"""The report formats, in one light module (the CLI lists them before it imports a renderer)."""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("pdf", "html", "docx", "xlsx", "csv", "geojson", "kml", "qdpx")
