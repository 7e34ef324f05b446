"""The shapes every service repeated: read one row as a record, change some of a row's fields
through the change log, and say in a sentence when the row is gone.

Edits take explicit keyword arguments whose default is :data:`UNSET` ("leave this field as it
is"), so ``None`` can still mean "clear it" and a misspelt field is a type error, not a column
silently ignored; :func:`given` keeps the ones a caller passed.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, Final, TypeVar

from cle_desktop.domain.phrases import Phrase
from cle_desktop.services.errors import NotFound
from cle_desktop.services.records import record_of
from cle_desktop.storage.changelog import ChangeWriter
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import SyncedBase

R = TypeVar("R")


class Unset(enum.Enum):
    """The type of :data:`UNSET`, so ``str | None | Unset`` says "optional edit" in a type."""

    UNSET = enum.auto()


UNSET: Final = Unset.UNSET


def given(**values: object) -> dict[str, object]:
    """The keyword arguments a caller actually passed (those not left :data:`UNSET`)."""
    return {name: value for name, value in values.items() if value is not UNSET}


def fetch_record(
    db: Database,
    model: type[SyncedBase],
    row_id: str,
    record: type[R],
    missing: str | Phrase,
    *,
    deleted_ok: bool = False,
) -> R:
    """``record`` of the row ``row_id``; :class:`NotFound` with ``missing`` when there is none
    (or it is deleted, unless ``deleted_ok``: a deleted story can still be read for Undo)."""
    with db.read() as s:
        row = s.get(model, row_id)
        if row is None or (row.deleted and not deleted_ok):
            raise NotFound(missing)
        return record_of(record, row)


def update_row(
    w: ChangeWriter, model: type[SyncedBase], row_id: str, missing: str | Phrase, **fields: Any
) -> list[str]:
    """``w.update`` with the service's sentence when the row is gone; the fields written."""
    return update_row_against(w, model, row_id, missing, None, fields)


def update_row_against(
    w: ChangeWriter,
    model: type[SyncedBase],
    row_id: str,
    missing: str | Phrase,
    versions: Mapping[str, Sequence[str]] | None,
    fields: Mapping[str, Any],
) -> list[str]:
    """:func:`update_row` made against the ``versions`` an editor loaded: a field changed
    meanwhile elsewhere stays beside this edit as a conflict instead of being overwritten."""
    try:
        return list(w.update_against(model, row_id, versions, **fields))
    except LookupError as exc:
        raise NotFound(missing) from exc


def written_versions(
    w: ChangeWriter, entity: str, row_id: str, fields: list[str]
) -> dict[str, tuple[str, ...]]:
    """Field -> the version just written, for an editor to save its next edit against."""
    return {f: (w.written[(entity, row_id, f)],) for f in fields}


def link_row(w: ChangeWriter, model: type[SyncedBase], link_id: str, **fields: Any) -> None:
    """Create the link row ``link_id`` (a stable id of what it joins, so two laptops making the
    same link make one row), or bring it back when it was removed."""
    if w.session.get(model, link_id) is None:
        w.create(model, row_id=link_id, **fields)
    else:
        w.restore(model, link_id)


def unlink_row(w: ChangeWriter, model: type[SyncedBase], link_id: str) -> None:
    """Remove a link row (a soft delete, so the removal merges like any edit); a link that is
    not there, or already removed, is left alone."""
    link = w.session.get(model, link_id)
    if link is not None and not link.deleted:
        w.delete(model, link_id)
