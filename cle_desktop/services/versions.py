"""The versions an editor saw: what makes a save over a change it never saw a kept conflict.

Every field of a synced row has one or more current versions (change-log heads). An editor
remembers the one it shows when it loads a row and names it when it saves (``versions=`` of
``ChangeWriter.update``); a version written meanwhile elsewhere then stays beside the edit.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cle_desktop.storage.models import Change, FieldHead


def field_versions(session: Session, entity: str, row_id: str) -> dict[str, tuple[str, ...]]:
    """Field -> the version of one row an editor shows (the head every replica displays).

    Only that one: when a field holds a kept conflict, an edit made on the shown text must
    supersede just that version, and the other stays for a person to review.
    """
    shown: dict[str, tuple[str, str, str]] = {}
    for field, change_id, hlc, device_id in session.execute(
        select(FieldHead.field, FieldHead.change_id, Change.hlc, Change.device_id)
        .join(Change, Change.id == FieldHead.change_id)
        .where(FieldHead.entity == entity, FieldHead.row_id == row_id)
    ):
        key = (hlc, device_id, change_id)
        if field not in shown or key > shown[field]:
            shown[field] = key
    return {f: (key[2],) for f, key in shown.items()}


def conflicted_fields(session: Session, entity: str, row_id: str) -> set[str]:
    """Fields of one row that hold more than one live version (a kept conflict)."""
    return {
        field
        for field, count in session.execute(
            select(FieldHead.field, func.count())
            .where(FieldHead.entity == entity, FieldHead.row_id == row_id)
            .group_by(FieldHead.field)
        )
        if count > 1
    }
