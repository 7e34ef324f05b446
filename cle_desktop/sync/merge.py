"""Merging change entries from other laptops.

Model (see the sync issue): a field's current values are the entries nobody superseded — its
*heads*. An entry supersedes the heads it lists as parents *in the same field*. One head is the
value; several heads with different values are a **conflict**, kept until a person resolves it
with a new entry whose parents are all the heads. Meanwhile every replica displays the head
with the highest (HLC, device id, change id), so all laptops show the same thing; a skewed
clock can only change which of two concurrent values shows first, because an edit made after
seeing another lists it as a parent and always wins.

Deletes are tombstones on the ``deleted`` field whose parents also name every other field
version the deleting laptop saw. A row shown deleted that still has a field head the delete did
not see is a *delete-vs-edit conflict*: nothing is lost, a person decides (restore or confirm).

A consent **purge** travels as an entry on the pseudo-entity ``_purge`` (row = participant id).
Applying it erases that person's content on this replica (see :func:`apply_purge`: their
participant row, every story they were named a teller of and the tag quotes on those, the photo
links saying they are depicted; consent stays, marked withdrawn). Every later-arriving entry
for an erased row is stored with the erased value, and purges are re-applied whenever entries
arrive, so content about the person that reaches a laptop *after* the purge is erased too: the
erased set only grows with the change set, which is what makes the outcome order-independent.
The purge entry itself is passed on so every laptop erases the same things.

Entries for fields this version does not know (a newer schema) are stored and passed on;
``materialize`` simply ignores them.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from cle_desktop.domain.conflicts import Conflict
from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP
from cle_desktop.domain.progress import CancelCheck, Progress, check_cancelled
from cle_desktop.storage.changelog import ChangeWriter, materialize
from cle_desktop.storage.hlc import HybridClock, Timestamp
from cle_desktop.storage.models import (
    SYNCED_MODELS,
    Change,
    ChangeParent,
    Consent,
    FieldHead,
    Participant,
    PhotoLink,
    PurgedRow,
    Story,
    StoryTeller,
    SyncedBase,
    Tag,
)
from cle_desktop.sync.validate import (
    MAX_CLOCK_SKEW_MS,
    BundleRejected,
    clock_ahead,
    hlc_wall_ms,
)

PURGE_ENTITY = "_purge"
# Bookkeeping timestamps: concurrent versions are not worth a person's attention; the displayed
# (latest) one simply stands.
BOOKKEEPING_FIELDS = frozenset(
    {"updated_at", "collected_at", "withdrawn_at", "imported_at", "created_at"}
)
# Written with a tombstone to say where the row went (an asset merged into another). It is
# part of the delete, never an edit a person must weigh against it: versions before the merge
# fix wrote it in the same update as the tombstone, after it, and a laptop that concurrently
# unmerges also writes ``deleted`` (a conflict on that field already says so).
TOMBSTONE_FIELDS = frozenset({"merged_into_id"})
CHANGE_KEYS = ("id", "device_id", "seq", "hlc", "entity", "row_id", "field", "value", "parents")


def change_to_dict(change: Change) -> dict[str, Any]:
    """The portable form of an entry (what bundles carry)."""
    return {
        "id": change.id,
        "device_id": change.device_id,
        "seq": change.seq,
        "hlc": change.hlc,
        "entity": change.entity,
        "row_id": change.row_id,
        "field": change.field,
        "value": json.loads(change.value),
        "parents": json.loads(change.parents),
    }


def _winner_key(row: Any) -> tuple[str, str, str]:
    return (row.hlc, row.device_id, row.id)


def displayed_value(session: Session, entity: str, row_id: str, field: str) -> Any:
    """The head every replica shows: highest (HLC, device id, change id)."""
    heads = session.execute(
        select(Change.id, Change.hlc, Change.device_id, Change.value)
        .join(FieldHead, FieldHead.change_id == Change.id)
        .where(FieldHead.entity == entity, FieldHead.row_id == row_id, FieldHead.field == field)
    ).all()
    if not heads:
        return None
    return json.loads(max(heads, key=_winner_key).value)


def apply_changes(
    session: Session,
    entries: Iterable[Mapping[str, Any]],
    clock: HybridClock,
    *,
    observe: bool = True,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Apply remote entries in one transaction (the caller commits). Returns how many were new.

    ``progress(done, total)`` counts the new entries applied to their rows; ``cancelled`` is
    asked between rows and raises :class:`~cle_desktop.domain.progress.Cancelled`, which
    leaves the caller's transaction to roll back whole.

    Idempotent: entries already known are skipped, so importing a bundle twice changes nothing.
    The entries must have passed ``validate.EntryChecker`` (a bundle's reader does that); two
    guards stay here because they protect this laptop whoever calls: an entry dated more than
    ``MAX_CLOCK_SKEW_MS`` ahead is refused (the clock must never jump with it), and an entry
    that takes a (laptop, sequence number) this laptop already holds under another id is
    refused with a sentence rather than failing the transaction on the unique index.
    ``observe=False`` leaves the clock to the caller, who observes only after committing.
    """
    known: set[str] = set()
    batch = list(entries)
    ids = [e["id"] for e in batch]
    for start in range(0, len(ids), 500):
        known.update(
            session.scalars(select(Change.id).where(Change.id.in_(ids[start : start + 500])))
        )
    new = [e for e in batch if e["id"] not in known]
    if not new:
        return 0
    horizon = time.time_ns() // 1_000_000 + MAX_CLOCK_SKEW_MS
    for number, e in enumerate(new, start=1):
        if hlc_wall_ms(e["hlc"]) > horizon:
            raise clock_ahead(number, hlc_wall_ms(e["hlc"]))
    _refuse_taken_sequences(session, new)
    new.sort(key=lambda e: (e["hlc"], e["device_id"], e["id"]))
    purged = _purged_rows(session)
    now = datetime.now(UTC)
    seen_ids: set[str] = set()
    rows_touched: dict[tuple[str, str], set[str]] = defaultdict(set)
    entries_per_row: Counter[tuple[str, str]] = Counter()
    purges: list[str] = []
    latest = Timestamp(0, 0)
    rows: list[dict[str, Any]] = []
    links: list[dict[str, str]] = []
    for e in new:
        if e["id"] in seen_ids:
            continue
        seen_ids.add(e["id"])
        # An entry for an erased row keeps only what the purge left of that field (the same
        # value the purge wrote over entries it found), so late and early arrivals agree.
        erased = purged.get((e["entity"], e["row_id"]))
        value = (
            erased[e["field"]]
            if erased is not None and e["field"] in erased and e["field"] != "deleted"
            else e["value"]
        )
        rows.append(
            {
                "id": e["id"],
                "device_id": e["device_id"],
                "seq": int(e["seq"]),
                "hlc": e["hlc"],
                "entity": e["entity"],
                "row_id": e["row_id"],
                "field": e["field"],
                "value": json.dumps(value, ensure_ascii=False, sort_keys=True),
                "parents": json.dumps(sorted(e["parents"])),
                "applied_at": now,
            }
        )
        links += [{"child_id": e["id"], "parent_id": p} for p in e["parents"]]
        latest = max(latest, Timestamp.decode(e["hlc"]))
        if e["entity"] == PURGE_ENTITY:
            purges.append(e["row_id"])
            if len(rows) >= 2000:
                _insert_batch(session, rows, links)
            continue
        rows_touched[(e["entity"], e["row_id"])].add(e["field"])
        entries_per_row[(e["entity"], e["row_id"])] += 1
        if len(rows) >= 2000:
            _insert_batch(session, rows, links)
    _insert_batch(session, rows, links)
    # Heads: recomputed per touched row from scratch, so the order of arrival cannot matter.
    # Rows are flushed together at the end (the unit of work orders inserts by foreign key) and
    # foreign keys are checked at commit: a row may name a place that is materialised later.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    check_cancelled(cancelled)
    steps = _Steps(sum(entries_per_row.values()), entries_per_row, progress, cancelled)
    with session.no_autoflush:
        _materialize_touched(session, rows_touched, purged, steps)
    if progress is not None:
        progress(steps.total, steps.total)
    if observe:
        clock.observe(latest)
    session.flush()
    # Purges are re-applied whenever anything arrives: a story, tag or photo link about a
    # withdrawn person may reach this laptop after the purge did (a late bundle from a laptop
    # that had not heard of it), and must be erased here exactly as on the laptops that had it
    # first. apply_purge is idempotent and its erased set only grows, so order cannot matter.
    known_purges = set(purges)
    if rows_touched:
        known_purges.update(
            session.scalars(select(Change.row_id).where(Change.entity == PURGE_ENTITY).distinct())
        )
    for participant_id in sorted(known_purges):
        apply_purge(session, participant_id)
    return len(seen_ids)


def _insert_batch(
    session: Session, rows: list[dict[str, Any]], links: list[dict[str, str]]
) -> None:
    """Batched: one statement per table per 2,000 entries (a day's bundle holds tens of
    thousands), and the batch is let go at once: holding every encoded row of a big bundle
    doubled the memory of an import."""
    if rows:
        session.execute(insert(Change), rows)
        rows.clear()
    for chunk in range(0, len(links), 2000):
        session.execute(insert(ChangeParent).prefix_with("OR IGNORE"), links[chunk : chunk + 2000])
    links.clear()


def _refuse_taken_sequences(session: Session, new: list[Mapping[str, Any]]) -> None:
    by_device: dict[str, list[int]] = defaultdict(list)
    for e in new:
        by_device[e["device_id"]].append(int(e["seq"]))
    for device, seqs in by_device.items():
        for start in range(0, len(seqs), 500):
            taken = session.scalar(
                select(Change.seq)
                .where(Change.device_id == device, Change.seq.in_(seqs[start : start + 500]))
                .limit(1)
            )
            if taken is not None:
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The bundle holds a different entry {seq} of laptop {device} than this "
                        "laptop has; it may have been tampered with. Nothing was changed.",
                    ),
                    seq=taken,
                    device=device,
                )


def _materialize_touched(
    session: Session,
    rows_touched: dict[tuple[str, str], set[str]],
    purged: dict[tuple[str, str], dict[str, Any]],
    steps: _Steps | None = None,
) -> None:
    """Recompute the heads of every touched row and derive the rows from them.

    Batched per entity: a day's bundle touches thousands of rows, and one query (and one
    ``session.get``) per row was most of an import (24,360 entries over 2,905 rows: 27 of 35 s
    under the profiler). The heads come from one query per 500 rows, and the existing rows are
    loaded into the session the same way, so ``materialize`` finds them without a query."""
    heads = _recompute_heads(session, list(rows_touched))
    existing = _load_existing(session, rows_touched)  # held here: the session keeps weak refs
    for (entity, row_id), fields in rows_touched.items():
        if steps is not None:
            steps.row_done(entity, row_id)
        if entity not in SYNCED_MODELS:
            continue
        row_heads = heads.get((entity, row_id), {})
        if (entity, row_id) in purged:
            # Every field from its heads (non-personal fields such as language still merge),
            # then what the purge erased on top, whatever arrived when.
            values = {
                f: json.loads(max(ids, key=_winner_key).value) for f, ids in row_heads.items()
            }
            values.update(purged[(entity, row_id)])
            materialize(
                session, entity, row_id, values, looked_up=True, row=existing.get((entity, row_id))
            )
            continue
        row = existing.get((entity, row_id))
        wanted = fields if row is not None else set(row_heads)
        values = {
            f: json.loads(max(row_heads[f], key=_winner_key).value)
            for f in wanted
            if row_heads.get(f)
        }
        materialize(session, entity, row_id, values, looked_up=True, row=row)


class _Steps:
    """Progress of materialising rows, in entries (what the person's counts are), and the
    cancel check between rows."""

    EVERY = 25  # rows between reports and checks (a Cancel waits at most this many rows)

    def __init__(
        self,
        total: int,
        per_row: Counter[tuple[str, str]],
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> None:
        self.total, self.per_row = total, per_row
        self.progress, self.cancelled = progress, cancelled
        self.done = self.rows = 0

    def row_done(self, entity: str, row_id: str) -> None:
        self.rows += 1
        if self.rows % self.EVERY == 0:
            check_cancelled(self.cancelled)
            if self.progress is not None:
                self.progress(self.done, self.total)
        self.done += self.per_row[(entity, row_id)]


_CHUNK = 500  # ids per IN (...) list: well under SQLite's 32,766 bound parameters


def _by_entity(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = defaultdict(list)
    for entity, row_id in keys:
        rows[entity].append(row_id)
    return rows


def _load_existing(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], SyncedBase]:
    """The synced rows among ``keys`` that already exist, loaded (one query per 500)."""
    found: dict[tuple[str, str], SyncedBase] = {}
    for entity, row_ids in _by_entity(keys).items():
        model = SYNCED_MODELS.get(entity)
        if model is None:
            continue
        for start in range(0, len(row_ids), _CHUNK):
            chunk = row_ids[start : start + _CHUNK]
            for obj in session.scalars(select(model).where(model.id.in_(chunk))):
                found[(entity, obj.id)] = obj
    return found


def _recompute_heads(
    session: Session, keys: list[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, list[Any]]]:
    """Rewrite the heads of every field of the given rows; returns (entity, row id) -> field
    -> head rows (id, hlc, device_id, value). A change is a head unless a change of the same
    field names it as a parent."""
    child = Change.__table__.alias("child")
    superseded = (
        select(ChangeParent.parent_id)
        .join(child, child.c.id == ChangeParent.child_id)
        .where(ChangeParent.parent_id == Change.id, child.c.field == Change.field)
        .exists()
    )
    heads: dict[tuple[str, str], dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    rows: list[dict[str, str]] = []
    for entity, row_ids in _by_entity(keys).items():
        for start in range(0, len(row_ids), _CHUNK):
            chunk = row_ids[start : start + _CHUNK]
            found = session.execute(
                select(
                    Change.id,
                    Change.hlc,
                    Change.device_id,
                    Change.value,
                    Change.field,
                    Change.row_id,
                ).where(Change.entity == entity, Change.row_id.in_(chunk), ~superseded)
            ).all()
            session.execute(
                delete(FieldHead).where(FieldHead.entity == entity, FieldHead.row_id.in_(chunk))
            )
            for r in found:
                heads[(entity, r.row_id)][r.field].append(r)
                rows.append(
                    {"entity": entity, "row_id": r.row_id, "field": r.field, "change_id": r.id}
                )
    for start in range(0, len(rows), 2000):
        session.execute(insert(FieldHead), rows[start : start + 2000])
    return heads


def conflicts(
    session: Session, entity: str | None = None, row_id: str | None = None
) -> list[Conflict]:
    """Open conflicts, in a stable order (the canonical dump relies on it)."""
    query = select(FieldHead.entity, FieldHead.row_id, FieldHead.field, FieldHead.change_id)
    if entity:
        query = query.where(FieldHead.entity == entity)
    if row_id:
        query = query.where(FieldHead.row_id == row_id)
    heads: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for e, r, f, c in session.execute(query):
        heads[(e, r, f)].append(c)
    out: list[Conflict] = []
    changes_cache: dict[str, Change] = {}

    def get(cid: str) -> Change:
        if cid not in changes_cache:
            found = session.get(Change, cid)
            assert found is not None
            changes_cache[cid] = found
        return changes_cache[cid]

    for (e, r, f), ids in sorted(heads.items()):
        if len(ids) < 2 or f in BOOKKEEPING_FIELDS:
            continue
        ordered = sorted((get(c) for c in ids), key=_winner_key, reverse=True)
        values = [json.loads(c.value) for c in ordered]
        if len({json.dumps(v, sort_keys=True) for v in values}) > 1:
            out.append(Conflict(e, r, f, "field", tuple(values), tuple(c.id for c in ordered)))
    # delete-vs-edit: a deleted row with a field head its delete did not see.
    by_row: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(dict)
    for (e, r, f), ids in heads.items():
        by_row[(e, r)][f] = ids
    for (e, r), fields in sorted(by_row.items()):
        delete_heads = fields.get("deleted", [])
        if not delete_heads or displayed_value(session, e, r, "deleted") is not True:
            continue
        seen, seen_upto = _seen_by_deletes([get(d) for d in delete_heads])
        unseen = sorted(
            c
            for f, ids in fields.items()
            if f != "deleted" and f not in BOOKKEEPING_FIELDS and f not in TOMBSTONE_FIELDS
            for c in ids
            if c not in seen and get(c).seq >= seen_upto.get(get(c).device_id, 0)
        )
        if unseen:
            edits = [get(c) for c in unseen]
            out.append(
                Conflict(
                    e,
                    r,
                    "deleted",
                    "delete-vs-edit",
                    tuple({"field": c.field, "value": json.loads(c.value)} for c in edits),
                    tuple(unseen),
                )
            )
    return out


def _seen_by_deletes(deletes: Iterable[Change]) -> tuple[set[str], dict[str, int]]:
    """What the delete heads of a row had seen: the versions they name as parents, and per
    device the sequence number below which every entry of that device was already on the
    deleting laptop.

    A laptop holds every entry it wrote itself, so a delete with sequence *n* has seen all of
    its own device's entries below *n*, listed or not. Counting those as seen keeps an entry
    written by the same laptop before its delete (by any code path that edits and then deletes
    without naming the edit) from showing as "deleted on one laptop, edited on another" on
    every laptop, including the one that did both. It depends only on the entries, so every
    laptop finds the same conflicts.
    """
    seen: set[str] = set()
    upto: dict[str, int] = {}
    for d in deletes:
        seen.update(json.loads(d.parents))
        if json.loads(d.value) is True:  # a concurrent restore is a conflict on ``deleted``
            upto[d.device_id] = max(upto.get(d.device_id, 0), int(d.seq))
    return seen, upto


@dataclass(frozen=True)
class ConflictVersion:
    """One side of a conflict: which laptop wrote it, when, and what it says.

    For a delete-vs-edit conflict the sides are the delete (``value`` True) and each edit the
    delete did not see (``field`` names the edited field)."""

    change_id: str
    device_id: str
    written_at: datetime  # from the entry's hybrid clock: the writer's wall time, in UTC
    field: str
    value: Any


def conflict_versions(session: Session, conflict: Conflict) -> list[ConflictVersion]:
    """The versions a person weighs for ``conflict``, in the order :func:`conflicts` shows
    them (for delete-vs-edit: the displayed delete first, then the unseen edits)."""
    ids = list(conflict.head_ids)
    if conflict.kind == "delete-vs-edit":
        deletes = session.execute(
            select(Change.id, Change.hlc, Change.device_id, Change.value)
            .join(FieldHead, FieldHead.change_id == Change.id)
            .where(
                FieldHead.entity == conflict.entity,
                FieldHead.row_id == conflict.row_id,
                FieldHead.field == "deleted",
            )
        ).all()
        shown = [d for d in deletes if json.loads(d.value) is True]
        if shown:
            ids.insert(0, max(shown, key=_winner_key).id)
    out: list[ConflictVersion] = []
    for cid in ids:
        change = session.get(Change, cid)
        if change is None:  # pragma: no cover - heads always name stored entries
            continue
        wall = Timestamp.decode(change.hlc).wall_ms
        out.append(
            ConflictVersion(
                change.id,
                change.device_id,
                datetime.fromtimestamp(wall / 1000, UTC),
                change.field,
                json.loads(change.value),
            )
        )
    return out


def resolve(writer: ChangeWriter, entity: str, row_id: str, field: str, value: Any) -> str:
    """A person's decision: a new entry whose parents are all current heads of the field.

    For a delete-vs-edit conflict, resolve ``deleted`` with False (keep the row) or True
    (confirm the delete); either way the new entry names every field head as seen.
    """
    session = writer.session
    model = SYNCED_MODELS.get(entity)
    also: dict[str, list[str]] = {}
    if field == "deleted":
        also[field] = list(
            session.scalars(
                select(FieldHead.change_id).where(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field != "deleted",
                )
            )
        )
    ids = writer.record_fields(entity, row_id, {field: value}, also_seen=also)
    if model is not None:
        materialize(session, entity, row_id, {field: value})
    return ids[field]


# --- consent purge ---------------------------------------------------------------------------


def _purged_rows(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """Rows a purge erased, with the values they keep whatever arrives later."""
    return {(r.entity, r.row_id): json.loads(r.erased) for r in session.scalars(select(PurgedRow))}


def purge_participant(writer: ChangeWriter, participant_id: str) -> None:
    """Record a purge locally (it travels to every laptop) and apply it here."""
    writer.record_fields(PURGE_ENTITY, participant_id, {"purge": True}, fresh=True)
    writer.session.flush()
    apply_purge(writer.session, participant_id)


def apply_purge(session: Session, participant_id: str) -> None:
    """Erase a withdrawn person's content on this replica.

    Erased: their participant row's personal fields, every story they told (title, body) and
    the quotes of tags on those stories, and every photo link that says they are depicted (the
    photos themselves stay for the other people in them, but no longer name this person). The
    consent row stays, marked withdrawn, so the rule keeps applying. Old change entries for the
    erased fields are blanked too, so the words do not survive in the log or in bundles.
    """
    erase: dict[tuple[str, str], dict[str, Any]] = {}
    erase[("participant", participant_id)] = {
        "display_name": "",
        "pseudonym": None,
        "team": None,
        "languages": None,
        "deleted": True,
    }
    story_ids = set(
        session.scalars(
            select(StoryTeller.story_id).where(StoryTeller.participant_id == participant_id)
        )
    )
    # Every story they were ever named a teller of, co-told ones included. "Only the stories
    # they told alone" cannot converge: a co-teller link arriving after the words were erased
    # on one laptop but before the purge on another would leave the laptops disagreeing for
    # ever (erasure cannot be undone). A co-told story carries their words; the co-teller can
    # tell it again. The set only grows as entries arrive, so every laptop erases the same.
    for sid in sorted(s for s in story_ids if s):
        erase[("story", sid)] = {"title": "", "body": "", "deleted": True}
        for tag_id in session.scalars(select(Tag.id).where(Tag.story_id == sid)):
            erase[("tag", tag_id)] = {"quote": "", "prefix": "", "suffix": "", "deleted": True}
    for link_id in session.scalars(
        select(PhotoLink.id).where(
            PhotoLink.target_kind == "participant", PhotoLink.target_id == participant_id
        )
    ):
        erase[("photo_link", link_id)] = {"deleted": True}
    for (entity, row_id), values in sorted(erase.items()):
        session.merge(
            PurgedRow(entity=entity, row_id=row_id, erased=json.dumps(values, sort_keys=True))
        )
        for field, kept in values.items():
            if field == "deleted":
                continue
            session.execute(
                update(Change)
                .where(Change.entity == entity, Change.row_id == row_id, Change.field == field)
                .values(value=json.dumps(kept))
            )
        materialize(session, entity, row_id, values)
    consent = session.scalars(
        select(Consent).where(Consent.participant_id == participant_id)
    ).first()
    if consent is not None:
        materialize(session, "consent", consent.id, {"withdrawn": True})
    _ = (Participant, Story)  # the erased entities, named for readers of this module


def common_ancestor_value(session: Session, head_ids: Iterable[str]) -> Any:
    """The value all conflicting heads were written on top of (the base of a three-way merge),
    or None when they share none (two laptops wrote the field first).

    The base is the *latest* common ancestor in the field's history, not only a shared direct
    parent: a laptop that edited twice before syncing has its first edit, not the base, as the
    parent of its head, and a merge against no base at all turns the whole text into one
    conflict. Only ids and parents are read for the walk (a story's history holds a full text
    per autosave); the one value needed is read at the end.
    """
    heads = list(dict.fromkeys(head_ids))
    if not heads:
        return None
    first = session.get(Change, heads[0])
    if first is None:
        return None
    graph = {
        row.id: (json.loads(row.parents), row.hlc, row.device_id)
        for row in session.execute(
            select(Change.id, Change.parents, Change.hlc, Change.device_id).where(
                Change.entity == first.entity,
                Change.row_id == first.row_id,
                Change.field == first.field,
            )
        )
    }

    def ancestors(*starts: str) -> set[str]:
        """The entries reachable from ``starts`` through parents, the starts included."""
        seen: set[str] = set()
        stack = list(starts)
        while stack:
            cid = stack.pop()
            if cid in seen or cid not in graph:
                continue
            seen.add(cid)
            stack.extend(graph[cid][0])
        return seen

    lines = [ancestors(h) for h in heads]
    if any(h not in graph for h in heads):
        return None
    common = set.intersection(*lines)
    if not common:
        return None
    # The latest common ancestors: those no other common ancestor descends from.
    below = ancestors(*(p for c in common for p in graph[c][0]))  # one walk, not one per entry
    latest = [c for c in common if c not in below]
    best = max(latest, key=lambda c: (graph[c][1], graph[c][2], c))
    base = session.get(Change, best)
    return json.loads(base.value) if base is not None else None
