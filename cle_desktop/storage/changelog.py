"""The one write path.

Every create, update and delete of a synced row goes through :class:`ChangeWriter`, which in
the same transaction (1) appends one ``change`` entry per field, naming as parents the field
versions the writer had seen (the current heads), (2) moves the field's head to the new entry,
and (3) derives the entity row from the value (:func:`materialize`). Sync applies remote entries
through the same :func:`materialize`, so replaying the log reproduces the tables exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from cle_desktop.domain.ids import new_id
from cle_desktop.storage import fts
from cle_desktop.storage.hlc import HybridClock
from cle_desktop.storage.models import (
    SYNCED_MODELS,
    Change,
    ChangeParent,
    FieldHead,
    PurgedRow,
    SyncedBase,
)

JsonValue = Any
# (stored entry row) -> (signature, salt, digest); see cle_desktop.sync.trust.sign_stored_row
EntrySigner = Callable[[Mapping[str, Any]], tuple[str, str, str]]


def encode_value(value: Any) -> JsonValue:
    """Python value -> JSON-compatible value as stored in ``change.value``."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def decode_value(model: type[SyncedBase], field: str, value: JsonValue) -> Any:
    """JSON value -> the Python type of the model's column."""
    if value is None:
        return None
    column = model.__table__.columns[field]
    try:
        py_type = column.type.python_type
    except NotImplementedError:  # pragma: no cover - every column here has a python type
        return value
    if py_type is datetime:
        return datetime.fromisoformat(value)
    if py_type is date:
        return date.fromisoformat(value)
    if py_type is bool:
        return bool(value)
    if py_type is int and not isinstance(value, bool):
        return int(value)
    if py_type is float:
        return float(value)
    return value


def entity_name(model: type[SyncedBase]) -> str:
    return str(model.__tablename__)


def synced_fields(model: type[SyncedBase]) -> list[str]:
    return [c.name for c in model.__table__.columns if c.name != "id"]


def materialize(
    session: Session,
    entity: str,
    row_id: str,
    values: Mapping[str, JsonValue],
    *,
    looked_up: bool = False,
    row: SyncedBase | None = None,
) -> SyncedBase | None:
    """Derive the entity row from field values (JSON form). Unknown fields are ignored here
    (they stay in the change log and travel on).

    ``looked_up``: the caller already loaded the row (``row``, None when there is none), so
    no query is made for it; sync materialises thousands of rows after loading them together.
    """
    model = SYNCED_MODELS.get(entity)
    if model is None:
        return None
    columns = model.__table__.columns
    obj = row if looked_up else session.get(model, row_id)
    if obj is None:
        obj = model(id=row_id)
        session.add(obj)
    for field, value in values.items():
        if field in columns and field != "id":
            setattr(obj, field, decode_value(model, field, value))
    fts.reindex(session, entity, obj)
    return obj


class ChangeWriter:
    """A unit of work on one SQLAlchemy session that records every field it writes."""

    def __init__(
        self,
        session: Session,
        device_id: str,
        clock: HybridClock,
        signer: EntrySigner | None = None,
    ):
        self.session = session
        self.device_id = device_id
        self.clock = clock
        # Signs each entry as it is written (see cle_desktop.sync.trust): ~0.1 ms a field, so
        # an export need not sign a whole day's entries at once. None: signed at export.
        self.signer = signer
        self._seq: int | None = None
        # (entity, row id, field) -> the entry this unit of work wrote last: an editor keeps
        # these as the versions its next save is made against.
        self.written: dict[tuple[str, str, str], str] = {}

    def _next_seq(self) -> int:
        if self._seq is None:
            current = self.session.scalar(
                select(func.max(Change.seq)).where(Change.device_id == self.device_id)
            )
            self._seq = int(current or 0)
        self._seq += 1
        return self._seq

    def heads(self, entity: str, row_id: str, field: str) -> list[str]:
        return list(
            self.session.scalars(
                select(FieldHead.change_id).where(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field == field,
                )
            )
        )

    def record(self, entity: str, row_id: str, field: str, value: JsonValue) -> str:
        """Append one field-level entry superseding the current heads; returns its change id."""
        return self.record_fields(entity, row_id, {field: value})[field]

    def record_fields(
        self,
        entity: str,
        row_id: str,
        values: Mapping[str, JsonValue],
        *,
        fresh: bool = False,
        also_seen: Mapping[str, list[str]] | None = None,
        versions: Mapping[str, Sequence[str]] | None = None,
    ) -> dict[str, str]:
        """Append one entry per field, each superseding that field's current heads.

        Batched (one statement per table) because capture of a story writes ~10 fields and
        must commit in well under 15 ms. ``fresh`` says the row id was just generated, so
        there are no heads to look up. ``also_seen`` adds versions of *other* fields to a
        field's parents: a delete names every field version it saw, so an edit it did not see
        surfaces as a delete-vs-edit conflict on merge instead of vanishing.

        ``versions`` names, per field, the versions an editor loaded and edited: they become
        the parents instead of whatever is current. A version written meanwhile (a sync, another
        window, the CLI) is then not superseded but stays a head beside this one, a conflict a
        person resolves, so a stale editor can never overwrite what it did not see.
        """
        if not values:
            return {}
        parents: dict[str, list[str]] = {field: [] for field in values}
        if not fresh:
            for field, change_id in self.session.execute(
                select(FieldHead.field, FieldHead.change_id).where(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field.in_(list(values)),
                )
            ):
                parents[field].append(change_id)
        for field, seen in (versions or {}).items():
            if field in parents:
                parents[field] = list(dict.fromkeys(seen))
        same_field = {field: bool(ps) for field, ps in parents.items()}
        for field, extra in (also_seen or {}).items():
            parents[field].extend(extra)
        now = datetime.now(UTC)
        ids = {field: new_id() for field in values}
        rows = [
            {
                "id": ids[field],
                "device_id": self.device_id,
                "seq": self._next_seq(),
                "hlc": self.clock.now().encode(),
                "entity": entity,
                "row_id": row_id,
                "field": field,
                "value": json.dumps(value, ensure_ascii=False, sort_keys=True),
                "parents": json.dumps(sorted(parents[field])),
                "applied_at": now,
            }
            for field, value in values.items()
        ]
        if self.signer is not None:
            for row in rows:
                row["signature"], row["value_salt"], row["value_digest"] = self.signer(row)
        self.session.execute(insert(Change), rows)
        links = [
            {"child_id": ids[field], "parent_id": parent}
            for field, ps in parents.items()
            for parent in ps
        ]
        if links:
            self.session.execute(insert(ChangeParent), links)
            self.session.execute(
                delete(FieldHead).where(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field.in_([f for f, has in same_field.items() if has]),
                    FieldHead.change_id.in_([p for f, ps in parents.items() for p in ps]),
                )
            )
        self.session.execute(
            insert(FieldHead),
            [
                {"entity": entity, "row_id": row_id, "field": field, "change_id": ids[field]}
                for field in values
            ],
        )
        for field, change_id in ids.items():
            self.written[(entity, row_id, field)] = change_id
        return ids

    def create(self, model: type[SyncedBase], row_id: str | None = None, **fields: Any) -> str:
        """Create a row; every given field (plus ``deleted=False``) becomes a change entry."""
        fresh = row_id is None
        row_id = row_id or new_id()
        entity = entity_name(model)
        values = {"deleted": False, **{k: encode_value(v) for k, v in fields.items()}}
        self._check_fields(model, values)
        self.record_fields(entity, row_id, values, fresh=fresh)
        materialize(self.session, entity, row_id, values)
        return row_id

    def update(self, model: type[SyncedBase], row_id: str, **fields: Any) -> list[str]:
        """Write the fields that actually change; returns the names written."""
        return self.update_against(model, row_id, None, **fields)

    def update_against(
        self,
        model: type[SyncedBase],
        row_id: str,
        versions: Mapping[str, Sequence[str]] | None,
        **fields: Any,
    ) -> list[str]:
        """:meth:`update` made against the ``versions`` an editor loaded (see
        :meth:`record_fields`): what changed meanwhile is kept beside it, not overwritten."""
        entity = entity_name(model)
        obj = self.session.get(model, row_id)
        if obj is None:
            raise LookupError(f"No {entity} with id {row_id}.")
        changed: dict[str, JsonValue] = {}
        for field, value in fields.items():
            encoded = encode_value(value)
            if encode_value(getattr(obj, field)) != encoded:
                changed[field] = encoded
        self._check_fields(model, changed)
        self._refuse_erased(entity, row_id, changed)
        self.record_fields(entity, row_id, changed, versions=versions)
        if changed:
            materialize(self.session, entity, row_id, changed)
        return list(changed)

    def delete(self, model: type[SyncedBase], row_id: str) -> None:
        """Soft delete: a tombstone entry whose parents are every field version of the row it
        saw; the row stays so a concurrent edit elsewhere is kept and shown as a conflict."""
        entity = entity_name(model)
        obj = self.session.get(model, row_id)
        if obj is None:
            raise LookupError(f"No {entity} with id {row_id}.")
        if obj.deleted:
            return
        seen = list(
            self.session.scalars(
                select(FieldHead.change_id).where(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field != "deleted",
                )
            )
        )
        self.record_fields(entity, row_id, {"deleted": True}, also_seen={"deleted": seen})
        materialize(self.session, entity, row_id, {"deleted": True})

    def restore(self, model: type[SyncedBase], row_id: str) -> None:
        self.update(model, row_id, deleted=False)

    def _refuse_erased(self, entity: str, row_id: str, changed: Mapping[str, Any]) -> None:
        """Refuse a local edit of what a consent purge erased (a restore, a new title).

        Every laptop that applies the purge keeps the erased values over any entry for the row,
        whenever it arrives (see ``cle_desktop.sync.merge``), so an edit kept here would show
        only on this laptop: the laptops would disagree for ever, and a restore would bring the
        row back here alone. A ``LookupError``, as for a row that is gone: services say so."""
        purged = self.session.get(PurgedRow, (entity, row_id))
        if purged is None:
            return
        erased = json.loads(purged.erased)
        if any(f in erased and erased[f] != v for f, v in changed.items()):
            raise LookupError(f"The {entity} {row_id} was erased by a consent purge.")

    @staticmethod
    def _check_fields(model: type[SyncedBase], values: Mapping[str, Any]) -> None:
        columns = model.__table__.columns
        unknown = [f for f in values if f not in columns or f == "id"]
        if unknown:
            raise ValueError(f"{model.__name__} has no field(s) {', '.join(unknown)}.")
