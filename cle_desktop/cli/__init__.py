"""The ``cle-desktop`` command line: ``main.py`` parses and dispatches, one module a group of
subcommands (``capture``, ``maps``, ``reports``, ``sync``).

Kept empty on purpose: ``cle-desktop --help`` imports only this package and ``main``; each
subcommand module imports its services inside its handlers, so nothing heavy loads before a
word is printed.
"""
