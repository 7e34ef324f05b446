"""Tagging passages of a story as assets, gifts or hopes, linked to a canonical Asset."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cle_desktop.domain.anchoring import make_anchor
from cle_desktop.domain.enums import AbcdCategory, TagKind
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from cle_desktop.services.rows import UNSET, Unset, given, update_row
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Asset, Story, Tag


@dataclass(frozen=True)
class TagRow:
    id: str
    kind: str
    category: str | None
    start: int
    end: int
    quote: str
    orphaned: bool
    asset_id: str | None
    asset_name: str | None


class TagService:
    def __init__(self, db: Database):
        self.db = db

    def tag_passage(
        self,
        story_id: str,
        start: int,
        end: int,
        kind: TagKind | str,
        *,
        category: AbcdCategory | str | None = None,
        asset_id: str | None = None,
        new_asset_name: str | None = None,
        tag_id: str | None = None,
    ) -> str:
        """Mark ``body[start:end]`` and link it to an existing asset or a new one named here."""
        kind = TagKind(kind)
        category = AbcdCategory(category) if category else None
        with self.db.write() as w:
            story = w.session.get(Story, story_id)
            if story is None or story.deleted:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That story no longer exists."))
            try:
                anchor = make_anchor(story.body, start, end)
            except ValueError as exc:
                raise InvalidInput(str(exc)) from exc
            if asset_id is None and new_asset_name and new_asset_name.strip():
                asset_id = w.create(
                    Asset,
                    gathering_id=story.gathering_id,
                    name=new_asset_name.strip(),
                    kind=kind,
                    category=category,
                )
            return w.create(
                Tag,
                row_id=tag_id,
                story_id=story_id,
                kind=kind,
                category=category,
                start=anchor.start,
                end=anchor.end,
                quote=anchor.quote,
                prefix=anchor.prefix,
                suffix=anchor.suffix,
                orphaned=False,
                asset_id=asset_id,
            )

    def update(
        self,
        tag_id: str,
        *,
        kind: str | Unset = UNSET,
        category: str | None | Unset = UNSET,
        asset_id: str | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
    ) -> None:
        """Change a tag. Its ABCD category is the linked asset's category too (a category set
        on the desk must reach the inventory, the map and the report); an asset gets a linked
        tag's category when it has none yet."""
        fields = given(kind=kind, category=category, asset_id=asset_id, note=note)
        with self.db.write() as w:
            update_row(
                w, Tag, tag_id, QT_TRANSLATE_NOOP("Errors", "That tag no longer exists."), **fields
            )
            tag = w.session.get(Tag, tag_id)
            if tag is None or not tag.asset_id:
                return
            asset = w.session.get(Asset, tag.asset_id)
            if asset is None or asset.deleted:
                return
            if category and not isinstance(category, Unset) and asset.category != tag.category:
                w.update(Asset, asset.id, category=tag.category)
            elif not isinstance(asset_id, Unset) and tag.category and not asset.category:
                w.update(Asset, asset.id, category=tag.category)

    def link_asset(self, tag_id: str, asset_id: str | None) -> None:
        self.update(tag_id, asset_id=asset_id)

    def remove(self, tag_id: str) -> None:
        with self.db.write() as w:
            w.delete(Tag, tag_id)

    def restore(self, tag_id: str) -> None:
        with self.db.write() as w:
            w.restore(Tag, tag_id)

    def for_story(self, story_id: str) -> list[TagRow]:
        with self.db.read() as s:
            rows = s.execute(
                select(Tag, Asset.name)
                .outerjoin(Asset, Asset.id == Tag.asset_id)
                .where(Tag.story_id == story_id, Tag.deleted.is_(False))
                .order_by(Tag.start)
            ).all()
            return [
                TagRow(
                    t.id, t.kind, t.category, t.start, t.end, t.quote, t.orphaned, t.asset_id, name
                )
                for t, name in rows
            ]
