"""Use cases of CLE Desktop. Plain Python (no Qt): take a Database, return values, raise typed
errors whose message is a sentence a person can act on.

``Services`` is resolved on first use (PEP 562) so that importing a light submodule such as
``cle_desktop.services.errors`` does not import SQLAlchemy: the window can then appear while
the database layer loads on a worker thread (see ``cle_desktop.startup``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cle_desktop.services.container import Services

__all__ = ["Services"]


def __getattr__(name: str) -> Any:
    if name == "Services":
        from cle_desktop.services.container import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
