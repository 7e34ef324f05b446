"""Errors a host can meet when choosing a base map."""


class BaseMapRejected(Exception):
    """The file cannot be a base map; nothing was changed. One sentence."""
