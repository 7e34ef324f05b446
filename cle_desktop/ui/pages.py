"""The contract every page of the main window keeps."""

from __future__ import annotations

from typing import Protocol


class Page(Protocol):
    def set_gathering(self, gathering_id: str) -> None:
        """Show the given gathering (called on open and when the host switches gatherings)."""
