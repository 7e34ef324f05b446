"""Fault scripts: heavy runs (fuzzing, kill trials) with a small variant in pytest."""
