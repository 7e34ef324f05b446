"""Sync benchmark: import a sealed bundle of ~20,000 signed changes and 300 photos (every
signature checked), then import it again; and what signing and sealing add to an export."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cle_desktop.bench.harness import result


def run(quick: bool) -> list[dict[str, Any]]:
    from cle_desktop.demo import create_demo
    from cle_desktop.services import Services
    from cle_desktop.storage.database import Database
    from cle_desktop.storage.models import Change

    tmp = Path(tempfile.mkdtemp(prefix="cle-bench-sync-"))
    from cle_desktop.sync import seal, trust

    source = Database.open(tmp / "a" / "cle.db")
    # The host laptop as the app has it: in a gathering, so each entry is signed as written.
    host = Services.over(source)
    trust.start_gathering(source, title="Bench")
    create_demo(source, stories=60 if quick else 520, photos=30 if quick else 300, seed=9)
    with source.read() as s:
        changes = int(s.scalar(select(func.count()).select_from(Change)) or 0)
    target = Services.over(Database.open(tmp / "b" / "cle.db"))
    target.sync.join_request(tmp / "b.request")
    host.sync.invite(tmp / "b.request", tmp / "b.invitation")
    target.sync.join(tmp / "b.invitation")
    # What signing and sealing add to an export. Entries are signed as they are written, so
    # an export signs only entries left unsigned (none here); what signing costs the writes is
    # measured on its own: every stored entry signed once more (not stored).
    start = time.perf_counter()
    pending = trust.sign_pending(source)
    sign_s = time.perf_counter() - start
    keys = trust.device_keys(source)
    with source.read() as s:
        stored = [dict(r._mapping) for r in s.execute(select(Change.__table__)).all()]
    start = time.perf_counter()
    for row in stored:
        trust.sign_stored_row(keys, row)
    write_sign_us = (time.perf_counter() - start) / max(len(stored), 1) * 1e6
    start = time.perf_counter()
    bundle = host.sync.export_bundle(tmp / "stick").path
    export_s = time.perf_counter() - start
    opened = seal.open_sealed(bundle, trust.device_keys(target.db).box, tmp)
    current = trust.membership(source)
    assert current is not None
    start = time.perf_counter()
    trust.Sealer(source, trust.device_keys(source), current).seal(
        opened.plain, tmp / "again.clebundle", [], {}
    )
    seal_s = time.perf_counter() - start
    opened.plain.unlink()
    plain_export_s = max(export_s - seal_s, 1e-6)
    overhead = (sign_s + seal_s) / plain_export_s
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
        result(
            "signing one entry as it is written (capture pays this per field)",
            write_sign_us,
            "us",
            "<= 500",
            write_sign_us <= 500,
        ),
        result(
            f"export: signing {pending} unsigned entries ({sign_s:.2f} s) + sealing "
            f"({seal_s:.2f} s) over the plain export ({plain_export_s:.2f} s)",
            overhead * 100,
            "%",
            "<= 20",
            overhead <= 0.20,
        ),
    ]
