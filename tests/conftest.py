"""Shared fixtures: a real SQLite database in a temp dir, services over it, test data paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from cle_desktop.services import Services
    from cle_desktop.storage.database import Database
    from tests.laptops import LaptopPair

REPO = Path(__file__).resolve().parents[1]
# The shared test data sits beside the checkout (../shared); a clone made elsewhere on these
# machines finds it in /work/shared, and CLE_SHARED names another place.
SHARED = next(
    (
        p
        for p in (
            Path(os.environ.get("CLE_SHARED", REPO.parent / "shared")),
            REPO.parent / "shared",
            Path("/work/shared"),
        )
        if (p / "testdata").is_dir()
    ),
    REPO.parent / "shared",
)
TESTDATA = SHARED / "testdata"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")


@pytest.fixture(autouse=True)
def _isolated_state(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Device ids and user dirs never touch the real home directory."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("CLE_DESKTOP_STATE_DIR", str(state))
    monkeypatch.delenv("CLE_DESKTOP_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cle.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    from cle_desktop.storage.database import Database

    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    from cle_desktop.services import Services

    return Services.over(db)


@pytest.fixture
def gathering_id(services: Services) -> str:
    return services.gatherings.create("Learning Exchange in Santa Fe", host_community="Santa Fe")


def missing(reason: str) -> None:
    """Shared test data that is not there: a skip on a developer's machine, a failure in CI
    (``CI=true``), where a quietly skipped test would hide a hole in the proof."""
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def photos_gps() -> Path:
    path = TESTDATA / "photos-gps"
    if not path.is_dir():
        missing(f"shared test photos not found at {path}")
    return path


@pytest.fixture
def basemaps_dir() -> Path:
    path = TESTDATA / "basemaps"
    if not path.is_dir():
        missing(f"shared basemaps not found at {path}")
    return path


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[LaptopPair]:
    """Two laptops sharing a gathering (see ``tests/laptops.py``)."""
    from tests.laptops import make_laptop_pair

    pair = make_laptop_pair(tmp_path)
    yield pair
    pair.close()
