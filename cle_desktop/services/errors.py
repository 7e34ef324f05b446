"""Errors a person can meet, each with a sentence that says what happened and what to do."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: ``str(error)`` is shown to the user as it is."""


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass
