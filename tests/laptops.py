"""Two laptops that start from the same state, for sync tests.

Every test that moves entries between laptops goes through :meth:`LaptopPair.send`, and every
pair is made by :func:`make_laptop_pair` (the ``laptops`` fixture in ``tests/conftest.py``), so a
new step in how a laptop accepts bundles (joining a gathering first, say) is written once here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cle_desktop.services import Services
from cle_desktop.storage.database import Database


@dataclass
class LaptopPair:
    """Laptop A, laptop B (which received A's gathering), and the stick between them."""

    a: Services
    b: Services
    gathering: str
    stick: Path

    def send(self, source: Services, target: Services) -> int:
        """Everything ``source`` has, exported to the stick and imported on ``target``;
        returns how many entries were new there."""
        bundle = source.sync.export_bundle(self.stick).path
        return target.sync.import_bundle(bundle).new_changes

    def close(self) -> None:
        for laptop in (self.a, self.b):
            laptop.db.close()


def make_laptop_pair(root: Path, gathering_title: str = "Two laptops") -> LaptopPair:
    """Laptop A creates a gathering; laptop B receives it, so both share that starting state."""
    a = Services.over(Database.open(root / "a" / "cle.db", state_dir=root / "a-state"))
    b = Services.over(Database.open(root / "b" / "cle.db", state_dir=root / "b-state"))
    pair = LaptopPair(a, b, a.gatherings.create(gathering_title), root / "stick")
    pair.send(a, b)
    return pair
