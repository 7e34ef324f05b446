"""CLE Desktop: an offline desktop app for Community Learning Exchanges."""

__version__ = "0.1.0"
