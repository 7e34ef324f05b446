"""The benchmark harness (``cle-desktop bench``): ``harness.py`` runs the groups and prints each
figure beside its target; one module an area (``maps``, ``reports``, ``sync``, ``gui``,
``changes``).

The GUI figures are measured in child processes (``gui_probe``, ``report_probe``): those two
modules are the only Qt code outside ``ui/`` (import-linter allows them and nothing else here),
so a benchmark never runs inside the app's own modules.
"""
