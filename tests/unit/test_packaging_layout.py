"""The wheel lists its packages by hand (db/ and resources/ are mapped into the package), so a
new subpackage that is not listed would be missing from a non-editable install."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_listed_in_pyproject() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "cle_desktop").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    mapped = config["package-dir"]
    assert mapped["cle_desktop.migrations"] == "db"
    assert (REPO / "db" / "versions" / "0001_initial_schema.py").is_file()
