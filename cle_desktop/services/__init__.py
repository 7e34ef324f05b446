"""Use cases of CLE Desktop. Plain Python (no Qt): take a Database, return values, raise typed
errors whose message is a sentence a person can act on."""

from cle_desktop.services.container import Services

__all__ = ["Services"]
