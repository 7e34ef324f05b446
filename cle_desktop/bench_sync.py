"""Sync benchmark: import a bundle of ~20,000 changes and 300 photos, then import it again."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cle_desktop.bench import result


def run(quick: bool) -> list[dict[str, Any]]:
    from cle_desktop.services import Services
    from cle_desktop.services.demo import create_demo
    from cle_desktop.storage.database import Database
    from cle_desktop.storage.models import Change

    tmp = Path(tempfile.mkdtemp(prefix="cle-bench-sync-"))
    source = Database.open(tmp / "a" / "cle.db")
    create_demo(source, stories=60 if quick else 520, photos=30 if quick else 300, seed=9)
    with source.read() as s:
        changes = int(s.scalar(select(func.count()).select_from(Change)) or 0)
    bundle = Services.over(source).sync.export_bundle(tmp / "stick").path
    target = Services.over(Database.open(tmp / "b" / "cle.db"))
    start = time.perf_counter()
    first = target.sync.import_bundle(bundle)
    first_s = time.perf_counter() - start
    before = target.sync.dump()
    start = time.perf_counter()
    again = target.sync.import_bundle(bundle)
    again_s = time.perf_counter() - start
    unchanged = again.new_changes == 0 and target.sync.dump() == before
    source.close()
    target.db.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return [
        result(
            f"bundle import, {changes} changes + {first.media_added} photos",
            first_s,
            "s",
            "<= 10",
            first_s <= 10,
        ),
        result("bundle re-import (no change)", again_s, "s", "<= 1", again_s <= 1 and unchanged),
    ]
