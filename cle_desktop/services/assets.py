"""The asset inventory: canonical assets, mention counts, duplicate suggestions and merges."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import func, select

from cle_desktop.domain.enums import AbcdCategory, TagKind
from cle_desktop.domain.similarity import fold, similarity
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, check_lengths
from cle_desktop.services.rows import UNSET, Unset, given, update_row
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Asset, Place, Story, Tag

DUPLICATE_THRESHOLD = 0.72


@dataclass(frozen=True)
class AssetRow:
    id: str
    name: str
    kind: str
    category: str | None
    mentions: int  # number of distinct stories that tag it
    holder_id: str | None
    place_id: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class DuplicateSuggestion:
    keep: AssetRow
    other: AssetRow
    score: float


class AssetService:
    def __init__(self, db: Database):
        self.db = db

    def create(
        self,
        gathering_id: str,
        name: str,
        kind: TagKind | str = TagKind.ASSET,
        *,
        category: AbcdCategory | str | None = None,
        holder_id: str | None = None,
        place_id: str | None = None,
        description: str | None = None,
    ) -> str:
        if not name.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An asset needs a name."))
        check_lengths(name=name, description=description)
        with self.db.write() as w:
            return w.create(
                Asset,
                gathering_id=gathering_id,
                name=name.strip(),
                kind=TagKind(kind),
                category=AbcdCategory(category) if category else None,
                holder_id=holder_id,
                place_id=place_id,
                description=description,
            )

    def update(
        self,
        asset_id: str,
        *,
        name: str | Unset = UNSET,
        kind: str | Unset = UNSET,
        category: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        holder_id: str | None | Unset = UNSET,
        place_id: str | None | Unset = UNSET,
    ) -> None:
        """Change the fields passed (the others stay as they are)."""
        if not isinstance(name, Unset) and not name.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An asset needs a name."))
        fields = given(
            name=name,
            kind=kind,
            category=category,
            description=description,
            holder_id=holder_id,
            place_id=place_id,
        )
        with self.db.write() as w:
            update_row(
                w,
                Asset,
                asset_id,
                QT_TRANSLATE_NOOP("Errors", "That asset no longer exists."),
                **fields,
            )

    def rename(self, asset_id: str, name: str) -> None:
        self.update(asset_id, name=name.strip())

    def set_category(self, asset_id: str, category: AbcdCategory | str | None) -> None:
        self.update(asset_id, category=AbcdCategory(category) if category else None)

    def inventory(self, gathering_id: str) -> list[AssetRow]:
        """Live assets with the number of live stories that mention them, most mentioned first."""
        with self.db.read() as s:
            mentions = (
                select(Tag.asset_id, func.count(func.distinct(Tag.story_id)).label("n"))
                .join(Story, Story.id == Tag.story_id)
                .where(Tag.deleted.is_(False), Story.deleted.is_(False))
                .group_by(Tag.asset_id)
                .subquery()
            )
            rows = s.execute(
                select(Asset, func.coalesce(mentions.c.n, 0), Place.lat, Place.lon)
                .outerjoin(mentions, mentions.c.asset_id == Asset.id)
                .outerjoin(Place, Place.id == Asset.place_id)
                .where(Asset.gathering_id == gathering_id, Asset.deleted.is_(False))
            ).all()
        out = [
            AssetRow(a.id, a.name, a.kind, a.category, int(n), a.holder_id, a.place_id, lat, lon)
            for a, n, lat, lon in rows
        ]
        out.sort(key=lambda r: (-r.mentions, fold(r.name)))
        return out

    def similar_to(
        self, gathering_id: str, name: str, limit: int = 5
    ) -> list[tuple[AssetRow, float]]:
        """Existing assets a typed name probably means ("similar: Community garden (4 stories)")."""
        return rank_similar(name, self.inventory(gathering_id), limit)

    def suggest_duplicates(self, gathering_id: str) -> list[DuplicateSuggestion]:
        """Pairs of assets of the same kind that look like one thing named twice."""
        rows = self.inventory(gathering_id)
        out: list[DuplicateSuggestion] = []
        for a, b in combinations(rows, 2):
            if a.kind != b.kind:
                continue
            score = similarity(a.name, b.name)
            if score >= DUPLICATE_THRESHOLD:
                keep, other = (a, b) if a.mentions >= b.mentions else (b, a)
                out.append(DuplicateSuggestion(keep, other, round(score, 3)))
        out.sort(key=lambda d: -d.score)
        return out

    def merge(self, keep_id: str, other_id: str) -> list[str]:
        """Fold ``other`` into ``keep``: every live tag moves over, ``other`` is tombstoned with
        a pointer to ``keep``. Returns the moved tag ids (what an undo needs).

        The order matters for sync: the pointer is written first and the tombstone last,
        through :meth:`ChangeWriter.delete`, so the delete names every field version of
        ``other`` it saw, its own pointer included. Written the other way round (one update of
        ``deleted`` and ``merged_into_id`` together) the pointer was an edit the delete had not
        seen, and every laptop showed "deleted on one laptop, edited on another" for a merge
        made on one laptop. Deleted tags stay where they are: re-pointing a tombstoned row is
        an edit its delete never saw, which is the same false conflict.
        """
        if keep_id == other_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "An asset cannot be merged into itself.")
            )
        with self.db.write() as w:
            keep = w.session.get(Asset, keep_id)
            other = w.session.get(Asset, other_id)
            if keep is None or other is None or keep.deleted or other.deleted:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "One of these assets no longer exists."))
            moved = list(
                w.session.scalars(
                    select(Tag.id)
                    .where(Tag.asset_id == other_id, Tag.deleted.is_(False))
                    .order_by(Tag.id)
                )
            )
            for tag_id in moved:
                w.update(Tag, tag_id, asset_id=keep_id)
            if keep.place_id is None and other.place_id is not None:
                w.update(Asset, keep_id, place_id=other.place_id)
            w.update(Asset, other_id, merged_into_id=keep_id)
            w.delete(Asset, other_id)
            return moved

    def unmerge(self, keep_id: str, other_id: str, moved_tag_ids: list[str]) -> None:
        """Undo a merge: restore ``other`` and give it back the tags the merge moved.

        Only tags that are still live and still on ``keep`` go back: a tag deleted since, or
        linked by a person to a third asset, keeps what was done to it later (re-pointing a
        deleted tag would also be an edit its delete never saw, a false conflict on sync).
        """
        with self.db.write() as w:
            other = w.session.get(Asset, other_id)
            if other is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That asset no longer exists."))
            if other.deleted:
                w.restore(Asset, other_id)
            w.update(Asset, other_id, merged_into_id=None)
            for tag_id in moved_tag_ids:
                tag = w.session.get(Tag, tag_id)
                if tag is not None and not tag.deleted and tag.asset_id == keep_id:
                    w.update(Tag, tag_id, asset_id=other_id)


def rank_similar(name: str, rows: list[AssetRow], limit: int = 5) -> list[tuple[AssetRow, float]]:
    """The rows whose names probably mean ``name``, best first.

    Separate from the query so a screen can keep the inventory it already loaded and score
    each keystroke against it (counting mentions on a large gathering takes tens of ms).
    """
    scored = [(row, similarity(name, row.name)) for row in rows]
    scored = [pair for pair in scored if pair[1] >= DUPLICATE_THRESHOLD]
    scored.sort(key=lambda pair: (-pair[1], -pair[0].mentions))
    return scored[:limit]
