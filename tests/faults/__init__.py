"""Fault scripts: kill trials, full disks, hostile bundles (run as modules, not by pytest)."""
