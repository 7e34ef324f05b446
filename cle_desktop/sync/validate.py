"""Checking everything a sync bundle says before anything of it is written.

A bundle comes from a USB stick that passed from hand to hand, so every header and every value
is checked against what this version of the app can store: types, enumerations, lengths, ids,
clocks, counts and sizes. The checks are derived from the models (a column's type and length is
its rule) plus the few rules a column type cannot say (which words ``sharing_level`` may hold,
that a latitude lies between -90 and 90). A value that fails is refused with one sentence naming
the line and the field, and the whole bundle is refused: a report must never meet a value it
cannot show (``sharing_level="everyone"`` used to crash every report).

Entries for fields or entities this version does not know (a newer schema) are kept and passed
on, but only so many and only so large (``MAX_UNKNOWN_ENTRIES``, ``MAX_UNKNOWN_VALUE_CHARS``):
otherwise a 1.5 MB zip of junk rows fills every laptop it reaches.

Clocks: an entry dated more than ``MAX_CLOCK_SKEW_MS`` ahead of this laptop's wall clock is
refused, so one entry stamped in the year 2286 can no longer drag this laptop's clock along
(its own bundles were then refused everywhere).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Text

from cle_desktop.domain.enums import (
    AbcdCategory,
    AgeBand,
    BaseMapKind,
    NameUse,
    Role,
    SharingLevel,
    TagKind,
)
from cle_desktop.domain.limits import MAX_LINE_CHARS, MAX_TEXT_CHARS
from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase, PhraseError
from cle_desktop.storage.models import SYNCED_MODELS, UtcDateTime

__all__ = [
    "MAX_CLOCK_SKEW_MS",
    "BundleRejected",
    "EntryChecker",
    "check_manifest",
    "check_vector",
    "json_depth_ok",
]

#: How far ahead of this laptop's wall clock an entry may be dated (a day: time zones and a
#: laptop whose clock was set by hand are fine; a clock in another century is not).
MAX_CLOCK_SKEW_MS = 24 * 3600 * 1000
#: Change entries in one bundle: five times the benchmark's gathering (520 stories and 300
#: photos make 20,000). An import at this cap and at ``MAX_CHANGES_BYTES`` stays under 500 MB
#: of memory (measured by tests/faults/fuzz_bundles.py: every entry is held until the whole
#: bundle has been checked, since nothing may be written before).
MAX_ENTRIES = 100_000
#: Bytes of changes.jsonl: all the text of a bundle (the benchmark's is about 6 MB).
MAX_CHANGES_BYTES = 48 * 1024 * 1024
#: One line of changes.jsonl: the longest text, JSON-escaped, with room to spare.
MAX_LINE_BYTES = 8 * 1024 * 1024
#: Bytes of manifest.json (it lists every photo: ~120 bytes each).
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
#: Nesting of JSON inside one entry or the manifest (real entries nest 2 deep).
MAX_JSON_DEPTH = 32
#: Parents of one entry (a delete names every field version it saw).
MAX_PARENTS = 4096
#: Entries for fields or entities this version does not know, per bundle, and their size.
MAX_UNKNOWN_ENTRIES = 20_000
MAX_UNKNOWN_VALUE_CHARS = 16 * 1024
#: Laptops in a version vector.
MAX_DEVICES = 10_000
#: Sequence numbers stay exact in JSON and in SQLite's 64-bit integers.
MAX_SEQ = 2**53
#: Keys of an entry or a manifest beyond the ones this version writes (signatures, say).
MAX_EXTRA_KEYS = 32

# Always used with ``fullmatch``: ``$`` would let a trailing newline through.
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HLC = re.compile(r"[0-9]{13}-[0-9]{6}")
_SHA = re.compile(r"[0-9a-f]{64}")
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,39}")
_FIELD = re.compile(r"[a-z_][a-z0-9_]{0,59}")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
PURGE_ENTITY = "_purge"  # the same name as ``merge.PURGE_ENTITY`` (merge imports this module)
ENTRY_KEYS = ("id", "device_id", "seq", "hlc", "entity", "row_id", "field", "value", "parents")


class BundleRejected(PhraseError):
    """A bundle that cannot be imported; the database is unchanged. One sentence (``phrase``
    keeps it translatable, see ``cle_desktop.domain.phrases``)."""


def _reason(template: str, **params: Any) -> Phrase:
    return Phrase(template, params)


# --- JSON nesting ----------------------------------------------------------------------------


def json_depth_ok(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when ``text`` nests no deeper than ``limit``, checked without recursion.

    ``json.loads`` recurses once per level and raises ``RecursionError`` somewhere past a
    thousand; a line of 100,000 ``[`` must be refused before it gets there. Almost every line
    has fewer brackets than the limit, which proves it shallow at once; only the others are
    scanned (strings removed first, since a story may contain brackets).
    """
    if text.count("[") + text.count("{") <= limit:
        return True
    depth = 0
    for char in _STRING.sub("", text):
        if char in "[{":
            depth += 1
            if depth > limit:
                return False
        elif char in "]}":
            depth -= 1
    return True


class TooDeep(ValueError):
    """JSON nested deeper than ``MAX_JSON_DEPTH``."""


def loads_bounded(text: str | bytes) -> Any:
    """``json.loads`` that refuses deep nesting (``TooDeep``) instead of recursing."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    if not json_depth_ok(text):
        raise TooDeep(text[:20])
    try:
        return json.loads(text)
    except RecursionError as exc:  # pragma: no cover - the depth check comes first
        raise TooDeep(text[:20]) from exc


# --- the manifest ----------------------------------------------------------------------------


def _bad_header(key: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "Errors", "The bundle's manifest has a bad {key!r}; the copy is damaged."
        ),
        key=key,
    )


def _is_int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def check_vector(vector: Any) -> dict[str, int]:
    """A version vector: laptop id -> sequence number, both checked (``BundleRejected``)."""
    if not isinstance(vector, dict) or len(vector) > MAX_DEVICES:
        raise _bad_header("version_vector")
    for device, seq in vector.items():
        if not isinstance(device, str) or not _ID.fullmatch(device) or not _is_int(seq, 0, MAX_SEQ):
            raise _bad_header("version_vector")
    return dict(vector)


def check_manifest(manifest: Any, *, max_member_bytes: int) -> dict[str, Any]:
    """Check every header of a manifest whose ``format`` and ``format_version`` were checked."""
    assert isinstance(manifest, dict)
    device = manifest.get("device_id")
    if not isinstance(device, str) or not _ID.fullmatch(device):
        raise _bad_header("device_id")
    for key in ("app_version", "schema", "created_at"):
        value = manifest.get(key)
        if value is not None and (not isinstance(value, str) or len(value) > 64):
            raise _bad_header(key)
    check_vector(manifest.get("version_vector"))
    count = manifest.get("change_count")
    if count is not None and not _is_int(count, 0, MAX_SEQ):
        raise _bad_header("change_count")
    if isinstance(count, int) and count > MAX_ENTRIES:
        raise too_many_entries()
    known = {
        "format",
        "format_version",
        "device_id",
        "app_version",
        "schema",
        "created_at",
        "version_vector",
        "change_count",
        "members",
    }
    if len(set(manifest) - known) > MAX_EXTRA_KEYS:
        raise _bad_header("members")
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise _bad_header("members")
    for meta in members.values():
        if (
            not isinstance(meta, dict)
            or not isinstance(meta.get("sha256"), str)
            or not _SHA.fullmatch(meta["sha256"])
            or not _is_int(meta.get("size"), 0, max_member_bytes)
        ):
            raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle's manifest is damaged."))
    return manifest


def too_many_entries() -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle holds more than {limit} changes, more than one bundle may carry; it was "
            "refused and nothing was changed.",
        ),
        limit=f"{MAX_ENTRIES:,}",
    )


# --- values of known fields ------------------------------------------------------------------

Rule = Callable[[Any], Phrase | None]

_ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("consent", "sharing_level"): tuple(SharingLevel),
    ("consent", "name_use"): tuple(NameUse),
    ("participant", "role"): tuple(Role),
    ("participant", "age_band"): tuple(AgeBand),
    ("asset", "kind"): tuple(TagKind),
    ("tag", "kind"): tuple(TagKind),
    ("asset", "category"): tuple(AbcdCategory),
    ("tag", "category"): tuple(AbcdCategory),
    ("basemap", "kind"): tuple(BaseMapKind),
    ("photo_link", "target_kind"): ("story", "artifact", "participant"),
}
_HASH_FIELDS = {("photo", "sha256"), ("basemap", "file_sha256")}
_ID_FIELDS = {("asset", "merged_into_id"), ("photo_link", "target_id")}
_LATITUDES = {("gathering", "center_lat"), ("place", "lat"), ("photo", "gps_lat")}
_LONGITUDES = {("gathering", "center_lon"), ("place", "lon"), ("photo", "gps_lon")}
_RANGES: dict[str, tuple[int, int]] = {
    "width": (0, 1_000_000),
    "height": (0, 1_000_000),
    "size_bytes": (0, 2**53),
    "start": (0, 2**31),
    "end": (0, 2**31),
    "min_zoom": (0, 30),
    "max_zoom": (0, 30),
    "orientation": (0, 8),
}
#: One-line fields (titles, names): longer values are refused at every entry point.
_LINE_FIELDS = {
    "title",
    "name",
    "display_name",
    "pseudonym",
    "team",
    "place_name",
    "host_community",
    "theme",
    "collected_by",
    "note_taker",
    "original_name",
    "file_name",
    "languages",
}


def _text_rule(limit: int) -> Rule:
    def rule(value: Any) -> Phrase | None:
        if not isinstance(value, str):
            return _reason(QT_TRANSLATE_NOOP("Errors", "it must be text"))
        if len(value) > limit:
            return _reason(
                QT_TRANSLATE_NOOP("Errors", "it is {length} characters long, more than {limit}"),
                length=f"{len(value):,}",
                limit=f"{limit:,}",
            )
        return None

    return rule


def _enum_rule(allowed: tuple[str, ...]) -> Rule:
    words = frozenset(str(a.value if isinstance(a, Enum) else a) for a in allowed)
    listed = ", ".join(sorted(words))

    def rule(value: Any) -> Phrase | None:
        if not isinstance(value, str) or value not in words:
            return _reason(
                QT_TRANSLATE_NOOP("Errors", "{value} is not one of {allowed}"),
                value=repr(value)[:40],
                allowed=listed,
            )
        return None

    return rule


def _pattern_rule(pattern: re.Pattern[str], reason: str, *, empty_ok: bool = False) -> Rule:
    def rule(value: Any) -> Phrase | None:
        if isinstance(value, str) and (pattern.fullmatch(value) or (empty_ok and value == "")):
            return None
        return _reason(reason)

    return rule


def _int_rule(low: int, high: int) -> Rule:
    def rule(value: Any) -> Phrase | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return _reason(QT_TRANSLATE_NOOP("Errors", "it must be a whole number"))
        if not low <= value <= high:
            return _reason(QT_TRANSLATE_NOOP("Errors", "it is out of range"))
        return None

    return rule


def _float_rule(low: float, high: float) -> Rule:
    def rule(value: Any) -> Phrase | None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return _reason(QT_TRANSLATE_NOOP("Errors", "it must be a number"))
        if not math.isfinite(value) or not low <= value <= high:
            return _reason(QT_TRANSLATE_NOOP("Errors", "it is out of range"))
        return None

    return rule


def _bool_rule(value: Any) -> Phrase | None:
    if isinstance(value, bool):
        return None
    return _reason(QT_TRANSLATE_NOOP("Errors", "it must be yes or no"))


def _parse_rule(parse: Callable[[str], Any], limit: int, reason: str) -> Rule:
    def rule(value: Any) -> Phrase | None:
        if isinstance(value, str) and len(value) <= limit:
            try:
                parse(value)
                return None
            except ValueError:
                pass
        return _reason(reason)

    return rule


def _rule_for(entity: str, column: Any) -> Rule:
    key = (entity, column.name)
    kind = column.type
    if key in _ENUMS:
        return _enum_rule(_ENUMS[key])
    if key in _HASH_FIELDS:
        return _pattern_rule(
            _SHA, QT_TRANSLATE_NOOP("Errors", "it must be a photo's checksum"), empty_ok=True
        )
    if column.foreign_keys or key in _ID_FIELDS:
        return _pattern_rule(_ID, QT_TRANSLATE_NOOP("Errors", "it must be an id"))
    if isinstance(kind, Boolean):
        return _bool_rule
    if isinstance(kind, Integer):
        return _int_rule(*_RANGES.get(column.name, (-(2**53), 2**53)))
    if isinstance(kind, Float):
        if key in _LATITUDES:
            return _float_rule(-90.0, 90.0)
        if key in _LONGITUDES:
            return _float_rule(-180.0, 180.0)
        return _float_rule(-1e15, 1e15)
    if isinstance(kind, Date):
        return _parse_rule(date.fromisoformat, 32, QT_TRANSLATE_NOOP("Errors", "it must be a date"))
    if isinstance(kind, UtcDateTime):
        return _parse_rule(
            datetime.fromisoformat, 64, QT_TRANSLATE_NOOP("Errors", "it must be a date and time")
        )
    if isinstance(kind, Text):
        return _text_rule(MAX_LINE_CHARS if column.name in _LINE_FIELDS else MAX_TEXT_CHARS)
    if isinstance(kind, String):
        return _text_rule(kind.length or MAX_LINE_CHARS)
    return _text_rule(MAX_TEXT_CHARS)  # pragma: no cover - every column type is listed above


def _nullable(rule: Rule, nullable: bool) -> Rule:
    def check(value: Any) -> Phrase | None:
        if value is None:
            return None if nullable else _reason(QT_TRANSLATE_NOOP("Errors", "it cannot be empty"))
        return rule(value)

    return check


RULES: dict[tuple[str, str], Rule] = {
    (entity, column.name): _nullable(_rule_for(entity, column), bool(column.nullable))
    for entity, model in SYNCED_MODELS.items()
    for column in model.__table__.columns
    if column.name != "id"
}
RULES[(PURGE_ENTITY, "purge")] = lambda value: (
    None if value is True else _reason(QT_TRANSLATE_NOOP("Errors", "it must be yes"))
)


# --- entries ---------------------------------------------------------------------------------


def hlc_wall_ms(hlc: str) -> int:
    return int(hlc[:13])


class EntryChecker:
    """Checks change entries one by one, keeping the counts a whole bundle is bounded by.

    ``now_ms`` is this laptop's wall clock when the import began (entries dated more than
    ``MAX_CLOCK_SKEW_MS`` after it are refused). ``check`` returns the entry as the merge wants
    it (extra keys such as a signature are kept, bounded in number).
    """

    def __init__(self, now_ms: int) -> None:
        self.now_ms = now_ms
        self.count = 0
        self.unknown = 0
        self.latest_hlc = ""
        self._ids: set[str] = set()
        self._seqs: set[tuple[str, int]] = set()

    def _bad(self, number: int, key: str) -> BundleRejected:
        return BundleRejected(
            QT_TRANSLATE_NOOP("Errors", "Line {number} of the bundle's changes has a bad {key!r}."),
            number=number,
            key=key,
        )

    def check(self, entry: Any, number: int) -> dict[str, Any]:
        if not isinstance(entry, dict) or "value" not in entry:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {number} of the bundle's changes is not a change entry."
                ),
                number=number,
            )
        self.count += 1
        if self.count > MAX_ENTRIES:
            raise too_many_entries()
        for key in ("id", "device_id", "row_id"):
            value = entry.get(key)
            if not isinstance(value, str) or not _ID.fullmatch(value):
                raise self._bad(number, key)
        if not _is_int(entry.get("seq"), 1, MAX_SEQ):
            raise self._bad(number, "seq")
        entity, field, hlc = entry.get("entity"), entry.get("field"), entry.get("hlc")
        if not isinstance(entity, str) or not _NAME.fullmatch(entity):
            raise self._bad(number, "entity")
        if not isinstance(field, str) or not _FIELD.fullmatch(field) or field == "id":
            raise self._bad(number, "field")
        parents = entry.get("parents")
        if (
            not isinstance(hlc, str)
            or not _HLC.fullmatch(hlc)
            or not isinstance(parents, list)
            or len(parents) > MAX_PARENTS
            or not all(isinstance(p, str) and _ID.fullmatch(p) for p in parents)
        ):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {number} of the bundle's changes has a bad clock or parents."
                ),
                number=number,
            )
        wall = hlc_wall_ms(hlc)
        if wall > self.now_ms + MAX_CLOCK_SKEW_MS:
            raise clock_ahead(number, wall)
        self.latest_hlc = max(self.latest_hlc, hlc)
        if len(entry) > len(ENTRY_KEYS) + MAX_EXTRA_KEYS:
            raise self._bad(number, "keys")
        self._check_value(entity, field, entry["value"], number)
        change_id, seq = entry["id"], (entry["device_id"], entry["seq"])
        if change_id in self._ids or seq in self._seqs:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {number} of the bundle's changes repeats an entry it already holds; "
                    "the bundle may have been tampered with.",
                ),
                number=number,
            )
        self._ids.add(change_id)
        self._seqs.add(seq)
        return entry

    def _check_value(self, entity: str, field: str, value: Any, number: int) -> None:
        rule = RULES.get((entity, field))
        if rule is not None:
            reason = rule(value)
            if reason is not None:
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Line {number} of the bundle's changes has a bad value for {entity} "
                        "{field}: {reason}.",
                    ),
                    number=number,
                    entity=entity,
                    field=field,
                    reason=reason,
                )
            return
        if entity == PURGE_ENTITY:
            raise self._bad(number, "field")
        # A field or entity of a newer schema: kept and passed on, within bounds.
        self.unknown += 1
        if self.unknown > MAX_UNKNOWN_ENTRIES:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The bundle holds more than {limit} changes of kinds this version does not "
                    "know; it was refused so they cannot fill this laptop.",
                ),
                limit=f"{MAX_UNKNOWN_ENTRIES:,}",
            )
        if len(json.dumps(value, ensure_ascii=False)) > MAX_UNKNOWN_VALUE_CHARS:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {number} of the bundle's changes holds a value of an unknown field "
                    "{field!r} larger than {limit} characters.",
                ),
                number=number,
                field=field,
                limit=f"{MAX_UNKNOWN_VALUE_CHARS:,}",
            )


def clock_ahead(number: int, wall_ms: int) -> BundleRejected:
    when = datetime.fromtimestamp(min(wall_ms, 253402300799000) / 1000, UTC)
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Line {number} of the bundle's changes is dated {when}, more than {hours} hours "
            "ahead of this laptop's clock; check the date and time on both laptops. Nothing "
            "was changed.",
        ),
        number=number,
        when=when.strftime("%Y-%m-%d %H:%M UTC"),
        hours=MAX_CLOCK_SKEW_MS // 3_600_000,
    )


def media_hashes(entries: Iterable[Mapping[str, Any]]) -> set[str]:
    """The photo and drawn-map checksums the entries name (what media a bundle may carry)."""
    return {
        e["value"]
        for e in entries
        if e["field"] in ("sha256", "file_sha256")
        and isinstance(e["value"], str)
        and _SHA.fullmatch(e["value"])
    }
