"""SQLite storage: typed models, engine with pragmas, migrations, full-text index, backups."""
