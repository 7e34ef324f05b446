"""Fault scripts: heavy runs (fuzzing, kill trials, full disks) with a small variant in pytest."""
