"""The canonical dump: sorted, stable JSON of all synced data and open conflicts.

Two replicas that hold the same change entries print identical bytes, whatever order the
entries arrived in. No device-local fields (when an entry was applied, device ids of this
laptop, settings) appear. Tests and scripts compare replicas with it.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cle_desktop.storage.changelog import encode_value
from cle_desktop.storage.models import SYNCED_MODELS, SyncedBase
from cle_desktop.sync.merge import conflicts

# Child tables reach their gathering through one of these parents.
_PARENT_LINKS = {
    "story_teller": ("story_id", "story"),
    "tag": ("story_id", "story"),
    "artifact_story": ("artifact_id", "artifact"),
    "photo_link": ("photo_id", "photo"),
    "consent": ("participant_id", "participant"),
}


def _row(obj: SyncedBase) -> dict[str, Any]:
    return {c.name: encode_value(getattr(obj, c.name)) for c in obj.__table__.columns}


def canonical_data(session: Session, gathering_id: str | None = None) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    kept: dict[str, set[str]] = {}
    for entity, model in SYNCED_MODELS.items():
        rows = [_row(o) for o in session.scalars(select(model).order_by(model.id))]
        if gathering_id is not None:
            if entity == "gathering":
                rows = [r for r in rows if r["id"] == gathering_id]
            elif "gathering_id" in model.__table__.columns:
                rows = [r for r in rows if r["gathering_id"] == gathering_id]
            elif entity in _PARENT_LINKS:
                column, parent = _PARENT_LINKS[entity]
                rows = [r for r in rows if r[column] in kept.get(parent, set())]
        kept[entity] = {r["id"] for r in rows}
        tables[entity] = rows
    open_conflicts = [
        {
            "entity": c.entity,
            "row_id": c.row_id,
            "field": c.field,
            "kind": c.kind,
            "values": list(c.values),
            "heads": sorted(c.head_ids),
        }
        for c in conflicts(session)
        if gathering_id is None or c.row_id in kept.get(c.entity, set())
    ]
    return {"tables": tables, "conflicts": open_conflicts}


def canonical_dump(session: Session, gathering_id: str | None = None) -> str:
    return json.dumps(
        canonical_data(session, gathering_id), ensure_ascii=False, sort_keys=True, indent=1
    )
