"""Tagging passages of a story as assets, gifts or hopes, linked to a canonical Asset."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from cle_desktop.domain.anchoring import make_anchor
from cle_desktop.domain.enums import AbcdCategory, TagKind
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, check_lengths
from cle_desktop.services.rows import UNSET, Unset, given, update_row_against, written_versions
from cle_desktop.services.versions import field_versions
from cle_desktop.storage.changelog import ChangeWriter
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


Versions = Mapping[str, Sequence[str]]
# Ids per ``IN (...)`` query: well under SQLite's limit on bound parameters.
_IN_CHUNK = 500


@dataclass(frozen=True)
class Passage:
    """A passage to tag (see :meth:`TagService.tag_passages`): ``body[start:end]`` of a story,
    linked to an asset by id, or to a new one named here, or to none yet."""

    story_id: str
    start: int
    end: int
    kind: TagKind | str
    category: AbcdCategory | str | None = None
    asset_id: str | None = None
    new_asset_name: str | None = None
    tag_id: str | None = None  # None: a new id


@dataclass(frozen=True)
class AssetLink:
    """What ``link_asset_named`` did: the asset now linked (found by name or made), the one
    linked before (for Undo), and the tag's new field versions (for the editor's next save)."""

    asset_id: str
    previous_asset_id: str | None
    created: bool
    versions: dict[str, tuple[str, ...]]


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
        passage = Passage(
            story_id,
            start,
            end,
            TagKind(kind),
            category=AbcdCategory(category) if category else None,
            asset_id=asset_id,
            new_asset_name=new_asset_name,
            tag_id=tag_id,
        )
        return self.tag_passages([passage])[0]

    def tag_passages(self, passages: Sequence[Passage]) -> list[str]:
        """Tag several passages in one transaction (the stories' bodies read in one query);
        the new tag ids, in order. :meth:`tag_passage` is this with one passage, so both
        refuse the same things: a story that is gone, a range outside its text."""
        with self.db.write() as w:
            wanted = list(dict.fromkeys(p.story_id for p in passages))
            stories: dict[str, Story] = {}
            for first in range(0, len(wanted), _IN_CHUNK):
                stories.update(
                    (story.id, story)
                    for story in w.session.scalars(
                        select(Story).where(Story.id.in_(wanted[first : first + _IN_CHUNK]))
                    )
                )
            return [self._tag(w, stories.get(p.story_id), p) for p in passages]

    @staticmethod
    def _tag(w: ChangeWriter, story: Story | None, passage: Passage) -> str:
        if story is None or story.deleted:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That story no longer exists."))
        kind = TagKind(passage.kind)
        category = AbcdCategory(passage.category) if passage.category else None
        try:
            anchor = make_anchor(story.body, passage.start, passage.end)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
        asset_id = passage.asset_id
        name = (passage.new_asset_name or "").strip()
        if asset_id is None and name:
            asset_id = w.create(
                Asset,
                gathering_id=story.gathering_id,
                name=name,
                kind=kind,
                category=category,
            )
        return w.create(
            Tag,
            row_id=passage.tag_id,
            story_id=story.id,
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

    def versions(self, tag_id: str) -> dict[str, tuple[str, ...]]:
        """Field -> the version an editor shows (see ``services.versions``)."""
        with self.db.read() as s:
            return field_versions(s, "tag", tag_id)

    def update(
        self,
        tag_id: str,
        versions: Versions | None = None,
        *,
        kind: str | Unset = UNSET,
        category: str | None | Unset = UNSET,
        asset_id: str | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
    ) -> dict[str, tuple[str, ...]]:
        """Change a tag. Its ABCD category is the linked asset's category too (a category set
        on the desk must reach the inventory, the map and the report); an asset gets a linked
        tag's category when it has none yet.

        With ``versions`` (what the editor loaded) a field changed meanwhile elsewhere is kept
        beside this edit as a conflict, never overwritten. Returns field -> the version written
        (nothing when nothing changed)."""
        fields = given(kind=kind, category=category, asset_id=asset_id, note=note)
        with self.db.write() as w:
            return self._update(w, tag_id, versions, fields)

    @staticmethod
    def _update(
        w: ChangeWriter, tag_id: str, versions: Versions | None, fields: Mapping[str, object]
    ) -> dict[str, tuple[str, ...]]:
        changed = update_row_against(
            w,
            Tag,
            tag_id,
            QT_TRANSLATE_NOOP("Errors", "That tag no longer exists."),
            versions,
            fields,
        )
        written = written_versions(w, "tag", tag_id, changed)
        tag = w.session.get(Tag, tag_id)
        if tag is None or not tag.asset_id:
            return written
        asset = w.session.get(Asset, tag.asset_id)
        if asset is None or asset.deleted:
            return written
        if "category" in fields and fields["category"] and asset.category != tag.category:
            w.update(Asset, asset.id, category=tag.category)
        elif "asset_id" in fields and tag.category and not asset.category:
            w.update(Asset, asset.id, category=tag.category)
        return written

    def link_asset(
        self, tag_id: str, asset_id: str | None, versions: Versions | None = None
    ) -> dict[str, tuple[str, ...]]:
        return self.update(tag_id, versions, asset_id=asset_id)

    def link_asset_named(
        self, tag_id: str, name: str, versions: Versions | None = None
    ) -> AssetLink:
        """Link a tag to the asset a note-taker typed: the gathering's live asset of that name
        (any case), or a new one of the tag's kind and category, in one transaction."""
        name = name.strip()
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An asset needs a name."))
        check_lengths(name=name)
        with self.db.write() as w:
            tag = w.session.get(Tag, tag_id)
            story = w.session.get(Story, tag.story_id) if tag is not None else None
            if tag is None or tag.deleted or story is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That tag no longer exists."))
            previous = tag.asset_id
            asset_id = w.session.scalar(
                select(Asset.id)
                .where(
                    Asset.gathering_id == story.gathering_id,
                    Asset.deleted.is_(False),
                    func.lower(Asset.name) == name.lower(),
                )
                .limit(1)
            )
            if asset_id is None:  # SQLite's lower() is ASCII only: compare the rest here
                asset_id = next(
                    (
                        a.id
                        for a in w.session.scalars(
                            select(Asset).where(
                                Asset.gathering_id == story.gathering_id,
                                Asset.deleted.is_(False),
                            )
                        )
                        if a.name.casefold() == name.casefold()
                    ),
                    None,
                )
            created = asset_id is None
            if asset_id is None:
                asset_id = w.create(
                    Asset,
                    gathering_id=story.gathering_id,
                    name=name,
                    kind=TagKind(tag.kind),
                    category=AbcdCategory(tag.category) if tag.category else None,
                    holder_id=None,
                    place_id=None,
                    description=None,
                )
            written = self._update(w, tag_id, versions, {"asset_id": asset_id})
        return AssetLink(str(asset_id), previous, created, written)

    def remove(self, tag_id: str) -> None:
        with self.db.write() as w:
            w.delete(Tag, tag_id)

    def restore(self, tag_id: str) -> None:
        """Undo a removal; refused for a tag a consent purge erased (it stays erased on every
        laptop, so it must here too)."""
        with self.db.write() as w:
            update_row_against(
                w,
                Tag,
                tag_id,
                QT_TRANSLATE_NOOP("Errors", "That tag no longer exists."),
                None,
                {"deleted": False},
            )

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
