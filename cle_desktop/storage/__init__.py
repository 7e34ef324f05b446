"""SQLite storage and the one write path: typed models, engine with pragmas, migrations,
the change log (``changelog``: every synced write, local or from a bundle, goes through
``ChangeWriter``/``materialize``), the hybrid logical clock, device identity, full-text index,
backups."""
