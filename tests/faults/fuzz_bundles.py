"""Hostile sync bundles, made from a real export and thrown at a real laptop.

    python -m tests.faults.fuzz_bundles --count 1000 [--seed 1] [--json]
    python -m tests.faults.fuzz_bundles --caps     # the largest bundle the caps allow

A demo laptop exports a real bundle (stories, consent, photos). Each case damages it
(truncation, bit flips in headers and data, compression methods, flags, member names, nesting,
declared sizes, overlapping members) or rebuilds it as an attacker would, well formed with every
checksum recomputed (wrong types, bad enums, long text, clocks, junk entities, media that does
not match, bombs, bad version vectors and headers). Each case is imported into a second laptop
through ``SyncService.import_bundle``, as the GUI and the CLI do, and judged:

* **traceback**: anything but ``BundleRejected`` escaped (must be 0);
* **crash**: the worker process died (cases run in worker processes; must be 0);
* **changed**: a refused bundle changed the database (an ``iterdump`` of the whole file), the
  media folder (every file and its size) or made the clock jump (must be 0);
* **fallback**: a refusal said only "could not be applied (SomeError)", i.e. an error nobody
  translated on purpose (must be 0);
* **unexpected accept**: a case that must be refused was imported (must be 0).

It prints those counts, the peak memory (RSS) of the workers and the slowest refusal. A small
variant runs in pytest (``tests/unit/test_sync_hostile.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import resource
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cle_desktop.demo import create_demo
from cle_desktop.services import Services
from cle_desktop.storage.database import Database
from cle_desktop.sync.bundle import BundleRejected
from cle_desktop.sync.validate import MAX_CLOCK_SKEW_MS, MAX_ENTRIES, MAX_UNKNOWN_ENTRIES
from tests.laptops import JoinedLaptops, seal_as, unsealed_copy

FALLBACK = "could not be applied and nothing was changed ("


def now_ms() -> int:
    """This laptop's wall clock now (cases are made just before they run: a worker runs for
    minutes, and a time taken at start would drift inside the allowed skew)."""
    return time.time_ns() // 1_000_000


# --- the corpus: a real export and a laptop to import into ------------------------------------


@dataclass
class Corpus:
    folder: Path
    bundle: bytes
    manifest: dict[str, Any]
    entries: list[dict[str, Any]]
    media: dict[str, bytes]
    target_device: str
    target_change: dict[str, Any]


def build_corpus(folder: Path, targets: int = 1) -> None:
    """The source export and the laptops to attack, written once for every worker.

    Bundles are sealed to a gathering's invited laptops, so the source (the host) invites one
    target laptop per worker through the real join flow; each target's database is kept as a
    pristine copy it is reset from. Every case is a plain zip that the source then seals and
    signs (``tests.laptops.seal_as``): an invited laptop that is broken or hostile, so what the
    bundle reader must refuse reaches the reader, not only the seal.
    """
    folder.mkdir(parents=True, exist_ok=True)
    laptops = JoinedLaptops(folder, "Fuzz gathering")
    source = laptops.add("source", own_state=True)
    create_demo(source.db, stories=12, photos=4, seed=3)
    sealed = source.sync.export_bundle(folder / "stick").path
    unsealed_copy(source, sealed, folder / "source.zip")
    for n in range(targets):
        target = laptops.add(f"target-{n}", own_state=True)
        create_demo(target.db, stories=3, photos=2, seed=5)
        target.db.close()
        shutil.copytree(folder / f"target-{n}", folder / f"target-{n}-pristine")
    source.db.close()


def open_source(folder: Path) -> Services:
    """The source laptop, which seals every case."""
    return Services.over(
        Database.open(folder / "source" / "cle.db", state_dir=folder / "source-state")
    )


def load_corpus(folder: Path) -> Corpus:
    data = (folder / "source.zip").read_bytes()
    with zipfile.ZipFile(folder / "source.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        entries = [json.loads(line) for line in zf.read("changes.jsonl").splitlines() if line]
        media = {n: zf.read(n) for n in zf.namelist() if n.startswith("media/")}
    con = sqlite3.connect(folder / "target-0-pristine" / "cle.db")
    row = con.execute("SELECT device_id, seq FROM change ORDER BY seq LIMIT 1").fetchone()
    con.close()
    return Corpus(folder, data, manifest, entries, media, row[0], {"seq": row[1]})


# --- making zips -----------------------------------------------------------------------------


def pack(
    manifest: dict[str, Any] | bytes,
    changes: bytes,
    media: dict[str, bytes],
    *,
    recompute: bool = True,
    method: int = zipfile.ZIP_DEFLATED,
    media_method: int = zipfile.ZIP_STORED,
) -> bytes:
    """A bundle zip; with ``recompute`` the manifest's checksums match what is packed."""
    if isinstance(manifest, dict) and recompute:
        manifest = dict(manifest)
        members = {
            "changes.jsonl": {"sha256": hashlib.sha256(changes).hexdigest(), "size": len(changes)}
        }
        for name, data in media.items():
            members[name] = {"sha256": name.split("/", 1)[1], "size": len(data)}
        manifest["members"] = members
    raw = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as zf:
        zf.writestr("manifest.json", raw)
        zf.writestr("changes.jsonl", changes)
        for name, data in media.items():
            zf.writestr(name, data, compress_type=media_method)
    return out.getvalue()


def jsonl(entries: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries).encode()


def attacker(c: Corpus, entries: list[dict[str, Any]], **manifest: Any) -> bytes:
    """A well-formed bundle of these entries, checksums and change count recomputed."""
    m = {**c.manifest, "change_count": len(entries), **manifest}
    referenced = {
        e.get("value")
        for e in entries
        if e.get("field") in ("sha256", "file_sha256") and isinstance(e.get("value"), str)
    }
    media = {n: d for n, d in c.media.items() if n.split("/", 1)[1] in referenced}
    return pack(m, jsonl(entries), media)


def fresh_id(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def new_entry(c: Corpus, rng: random.Random, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """A copy of a real entry under a fresh id and sequence number: new to the target."""
    e = dict(base or rng.choice(c.entries))
    e["id"] = fresh_id(rng)
    e["seq"] = 10_000_000 + rng.randrange(1_000_000)
    e["hlc"] = f"{now_ms() - 1000:013d}-{rng.randrange(999):06d}"
    return e


def pick(c: Corpus, rng: random.Random, entity: str, field_: str) -> dict[str, Any]:
    found = [e for e in c.entries if e["entity"] == entity and e["field"] == field_]
    return rng.choice(found)


def central_offsets(data: bytes) -> list[int]:
    out, at = [], data.find(b"PK\x01\x02")
    while at >= 0:
        out.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return out


def local_offsets(data: bytes) -> list[int]:
    out, at = [], data.find(b"PK\x03\x04")
    while at >= 0:
        out.append(at)
        at = data.find(b"PK\x03\x04", at + 4)
    return out


def patch(data: bytes, at: int, fmt: str, value: int) -> bytes:
    b = bytearray(data)
    struct.pack_into(fmt, b, at, value)
    return bytes(b)


# --- the cases -------------------------------------------------------------------------------


@dataclass
class Case:
    kind: str
    detail: str
    data: bytes
    may_accept: bool = False  # harmless damage (a flip in a byte nothing reads) may import
    pristine: bool = False  # ...and must then import exactly what the undamaged bundle does


def _flip(data: bytes, rng: random.Random, lo: int, hi: int, flips: int) -> bytes:
    b = bytearray(data)
    for _ in range(flips):
        i = rng.randrange(lo, max(lo + 1, hi))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def s_truncate(c: Corpus, rng: random.Random) -> Case:
    cut = rng.randrange(0, len(c.bundle))
    return Case("truncate", f"at {cut}", c.bundle[:cut], True, True)


def s_bitflip(c: Corpus, rng: random.Random) -> Case:
    n = rng.choice([1, 1, 2, 4, 16])
    return Case("bitflip", f"{n} anywhere", _flip(c.bundle, rng, 0, len(c.bundle), n), True, True)


def s_header_flip(c: Corpus, rng: random.Random) -> Case:
    heads = central_offsets(c.bundle) + local_offsets(c.bundle)
    at = rng.choice(heads)
    return Case("header-flip", f"at {at}", _flip(c.bundle, rng, at, at + 46, 1), True, True)


def s_deflate_flip(c: Corpus, rng: random.Random) -> Case:
    # inside the deflated manifest or changes (the first two members)
    first, second = local_offsets(c.bundle)[:2]
    lo = rng.choice([first, second]) + 60
    return Case("deflate-flip", f"near {lo}", _flip(c.bundle, rng, lo, lo + 400, 1), True, True)


def s_method(c: Corpus, rng: random.Random) -> Case:
    method = rng.choice([99, 12, 14, 93, 98, 1, 6])
    data = c.bundle
    for at in rng.sample(central_offsets(data), 1):
        data = patch(data, at + 10, "<H", method)
    for at in local_offsets(data):
        data = patch(data, at + 8, "<H", method)
    return Case("method", f"{method}", data)


def s_encrypted(c: Corpus, rng: random.Random) -> Case:
    data = c.bundle
    at = rng.choice(central_offsets(data))
    flags = struct.unpack_from("<H", data, at + 8)[0] | 0x1
    data = patch(data, at + 8, "<H", flags)
    return Case("encrypted-flag", f"central {at}", data)


def s_bad_name(c: Corpus, rng: random.Random) -> Case:
    data = bytearray(c.bundle)
    at = rng.choice(central_offsets(bytes(data)))
    flags = struct.unpack_from("<H", data, at + 8)[0] | 0x800  # names are UTF-8
    struct.pack_into("<H", data, at + 8, flags)
    length = struct.unpack_from("<H", data, at + 28)[0]
    data[at + 46 + rng.randrange(length)] = rng.choice([0xFF, 0xC3, 0x80, 0xED])
    return Case("bad-name", f"central {at}", bytes(data))


def s_sizes(c: Corpus, rng: random.Random) -> Case:
    at = rng.choice(central_offsets(c.bundle))
    which = rng.choice([("<L", 24, "file_size"), ("<L", 20, "compress_size")])
    value = rng.choice([0, 1, 2**31, 2**32 - 1, 600 * 1024 * 1024, rng.randrange(1, 10**6)])
    data = patch(c.bundle, at + which[1], which[0], value)
    return Case("sizes", f"{which[2]}={value}", data, True, True)


def s_eocd(c: Corpus, rng: random.Random) -> Case:
    at = c.bundle.rfind(b"PK\x05\x06")
    field_, value = rng.choice([(8, 0xFFFF), (10, 0xFFFF), (10, 60_000), (12, 2**32 - 1), (16, 0)])
    data = patch(c.bundle, at + field_, "<H" if field_ < 12 else "<L", value)
    # zipfile reads the directory by its size and offset, so a wrong count alone is harmless
    return Case("eocd", f"+{field_}={value}", data, True, True)


def s_members(c: Corpus, rng: random.Random) -> Case:
    changes = jsonl(c.entries)
    choice = rng.randrange(7)
    if choice == 0:
        return Case("members", "no manifest", _only({"changes.jsonl": changes}))
    if choice == 1:
        return Case(
            "members", "no changes", _only({"manifest.json": json.dumps(c.manifest).encode()})
        )
    if choice == 2:
        name = rng.choice(["../../evil.txt", "/etc/passwd", "media/../../x", "C:\\x", "media/AB"])
        return Case(
            "members",
            f"name {name}",
            _only({"manifest.json": b"{}", "changes.jsonl": changes, name: b"x"}),
        )
    if choice == 3:
        return Case("members", "duplicate", _dup(c))
    if choice == 4:
        return Case("members", "overlap", _overlap(c))
    if choice == 5:
        return Case("members", "not a zip", rng.choice([b"", b"PK", b"%PDF-1.4", os.urandom(3000)]))
    return Case(
        "members",
        "media unlisted",
        _only(
            {
                "manifest.json": json.dumps(c.manifest).encode(),
                "changes.jsonl": changes,
                f"media/{'ab' * 32}": b"x",
            }
        ),
    )


def _only(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def _dup(c: Corpus) -> bytes:
    out = io.BytesIO()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("manifest.json", json.dumps(c.manifest))
            zf.writestr("changes.jsonl", jsonl(c.entries))
            zf.writestr("changes.jsonl", b"")
    return out.getvalue()


def _overlap(c: Corpus) -> bytes:
    """A second central entry for a media name, pointing at the changes member's bytes."""
    data = c.bundle
    cds = central_offsets(data)
    at = cds[1]  # changes.jsonl
    length, extra, comment = struct.unpack_from("<3H", data, at + 28)
    entry = bytearray(data[at : at + 46 + length + extra + comment])
    name = f"media/{'cd' * 32}".encode()
    struct.pack_into("<H", entry, 28, len(name))
    entry = entry[:46] + name + entry[46 + length :]
    eocd = data.rfind(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack_from("<HLL", data, eocd + 10)
    head = data[:eocd] + bytes(entry)
    tail = bytearray(data[eocd:])
    struct.pack_into("<HHLL", tail, 8, count + 1, count + 1, cd_size + len(entry), cd_offset)
    return head + bytes(tail)


def s_nesting(c: Corpus, rng: random.Random) -> Case:
    depth = rng.choice([40, 1000, 5000, 20000, 100000])
    deep = "[" * depth + "]" * depth
    where = rng.randrange(3)
    if where == 0:
        return Case(
            "nesting",
            f"manifest {depth}",
            pack(deep.encode(), jsonl(c.entries), {}, recompute=False),
        )
    if where == 1:
        changes = jsonl(c.entries[:5]) + deep.encode() + b"\n"
        return Case(
            "nesting", f"line {depth}", pack({**c.manifest, "change_count": 6}, changes, {})
        )
    e = new_entry(c, rng)
    e["value"] = json.loads("[" * min(depth, 900) + "]" * min(depth, 900)) if depth < 900 else None
    line = json.dumps({**e, "value": None}).replace('"value": null', '"value": ' + deep)
    return Case(
        "nesting",
        f"value {depth}",
        pack({**c.manifest, "change_count": 1}, (line + "\n").encode(), {}),
    )


def s_long_line(c: Corpus, rng: random.Random) -> Case:
    size = rng.choice([9, 12]) * 1024 * 1024
    changes = b"[" + b"1," * (size // 2) + b"1]\n"
    return Case("sizes", f"line {size}", pack({**c.manifest, "change_count": 1}, changes, {}))


HOSTILE = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    2**63,
    2**64,
    -(2**63) - 1,
    "",
    " ",
    "x" * 300,
    [],
    {},
    [1, 2],
    {"a": 1},
    "9999999999999-999999",
    "\u0000",
    "../..",
    "01234567-89ab-cdef-0123-456789abcdef\n",
    float("1e308"),
]
ENUMS = {
    ("consent", "sharing_level"): ["everyone", "PUBLIC", "public ", "", 3, None],
    ("consent", "name_use"): ["full", "", 1],
    ("participant", "role"): ["admin", "Elder", ""],
    ("participant", "age_band"): ["baby", 12],
    ("asset", "kind"): ["weapon", "Asset"],
    ("tag", "kind"): ["secret"],
    ("tag", "category"): ["spiritual", 1],
    ("asset", "category"): ["magic"],
    ("photo_link", "target_kind"): ["gathering", "everyone"],
}


def a_wrong_type(c: Corpus, rng: random.Random) -> Case:
    e = new_entry(c, rng)
    key = rng.choice(["id", "device_id", "seq", "hlc", "entity", "row_id", "field", "parents"])
    value = rng.choice(HOSTILE)
    if key == "parents":
        many = [fresh_id(rng)] * 5000
        value = rng.choice([None, "x", 5, {}, [5], ["x"], [None], [value], many])
    e[key] = value
    return Case("wrong-type", f"{key}={str(value)[:30]}", attacker(c, [*c.entries, e]))


def a_missing_key(c: Corpus, rng: random.Random) -> Case:
    e = new_entry(c, rng)
    key = rng.choice(
        ["id", "device_id", "seq", "hlc", "entity", "row_id", "field", "parents", "value"]
    )
    del e[key]
    return Case("wrong-type", f"no {key}", attacker(c, [*c.entries, e]))


def _wrong_for(value: Any, rng: random.Random) -> Any:
    """A value of another type than ``value`` (or out of its range)."""
    if isinstance(value, bool):
        return rng.choice([0, 1, "yes", "true", [], None if rng.random() < 0.3 else "no"])
    if isinstance(value, int):
        return rng.choice(["5", 1.5, True, 2**64, -(2**63) - 1, [], {}])
    if isinstance(value, float):
        return rng.choice(["1.5", True, 1e400, -1e400, 1000.0, [], {}])
    if isinstance(value, str):
        return rng.choice([5, True, 1.5, [], {}, ["x"], {"a": "b"}])
    return rng.choice([[], {"a": 1}])


def a_value(c: Corpus, rng: random.Random) -> Case:
    base = rng.choice([e for e in c.entries if e["value"] is not None])
    e = new_entry(c, rng, base)
    value = _wrong_for(e["value"], rng)
    e["value"] = value
    return Case(
        "value", f"{e['entity']}.{e['field']}={str(value)[:30]}", attacker(c, [*c.entries, e])
    )


def a_enum(c: Corpus, rng: random.Random) -> Case:
    (entity, field_), words = rng.choice(sorted(ENUMS.items(), key=lambda kv: kv[0]))
    found = [e for e in c.entries if e["entity"] == entity and e["field"] == field_]
    if not found:
        return a_value(c, rng)
    e = new_entry(c, rng, rng.choice(found))
    e["parents"] = [rng.choice(found)["id"]]
    e["value"] = rng.choice(words)
    return Case("enum", f"{entity}.{field_}={e['value']!r}", attacker(c, [*c.entries, e]))


def a_long_text(c: Corpus, rng: random.Random) -> Case:
    entity, field_, size = rng.choice(
        [
            ("story", "title", 10_001),
            ("story", "body", 200_001),
            ("participant", "display_name", 50_000),
            ("story", "language", 17),
            ("consent", "sharing_level", 17),
        ]
    )
    e = new_entry(c, rng, pick(c, rng, entity, field_))
    e["value"] = "é" * size
    return Case("long-text", f"{entity}.{field_} {size}", attacker(c, [*c.entries, e]))


def a_clock(c: Corpus, rng: random.Random) -> Case:
    e = new_entry(c, rng)
    ahead = rng.choice([MAX_CLOCK_SKEW_MS + 600_000, 365 * 86_400_000, None])
    if ahead is None:
        e["hlc"] = rng.choice(
            ["9999999999999-999999", "99999999999999-1", "1-1", "abc", "0000000000000-0000001"]
        )
    else:
        e["hlc"] = f"{now_ms() + ahead:013d}-000000"
    return Case("clock", e["hlc"], attacker(c, [*c.entries, e]))


def a_clock_ok(c: Corpus, rng: random.Random) -> Case:
    """Within the allowed skew: accepted, and the clock may follow (by less than a day)."""
    e = new_entry(c, rng, pick(c, rng, "story", "title"))
    e["hlc"] = f"{now_ms() + 3_600_000:013d}-000000"
    e["value"] = "A title from a laptop an hour ahead"
    return Case("clock-ok", "an hour ahead", attacker(c, [*c.entries, e]), may_accept=True)


def a_junk(c: Corpus, rng: random.Random) -> Case:
    over = rng.random() < 0.7
    n = MAX_UNKNOWN_ENTRIES + 1 if over else 50
    entity = rng.choice(["zz_junk", "story"])
    junk = []
    for i in range(n):
        junk.append(
            {
                "id": fresh_id(rng),
                "device_id": c.manifest["device_id"],
                "seq": 20_000_000 + i,
                "hlc": f"{now_ms():013d}-{i % 999999:06d}",
                "entity": entity,
                "row_id": fresh_id(rng),
                "field": "mood_2030",
                "value": "x" * 20,
                "parents": [],
            }
        )
    return Case("junk", f"{n} {entity}", attacker(c, [*c.entries, *junk]), may_accept=not over)


def a_junk_value(c: Corpus, rng: random.Random) -> Case:
    e = new_entry(c, rng)
    e["field"] = "future_field"
    e["value"] = {"blob": "x" * 20_000}
    return Case("junk", "big unknown value", attacker(c, [*c.entries, e]))


def a_bad_key(c: Corpus, rng: random.Random) -> Case:
    e = new_entry(c, rng)
    key, value = rng.choice(
        [
            ("entity", "Story; DROP TABLE"),
            ("entity", "x" * 41),
            ("field", "id"),
            ("field", "X"),
            ("entity", "_purge"),
            ("field", "a" * 61),
        ]
    )
    e[key] = value
    return Case("wrong-type", f"{key}={value[:20]}", attacker(c, [*c.entries, e]))


def a_duplicate(c: Corpus, rng: random.Random) -> Case:
    e = rng.choice(c.entries)
    twin = dict(e)
    kind = rng.randrange(3)
    if kind == 0:
        twin["value"] = "twin"  # same id twice
    elif kind == 1:
        twin["id"] = fresh_id(rng)  # same (device, seq) under another id
    else:  # takes a sequence number the target already holds, under a new id
        twin = new_entry(c, rng)
        twin["device_id"] = c.target_device
        twin["seq"] = c.target_change["seq"]
        return Case("duplicate", "target's seq", attacker(c, [*c.entries, twin]))
    return Case("duplicate", ["same id", "same seq"][kind], attacker(c, [*c.entries, twin]))


def a_purge(c: Corpus, rng: random.Random) -> Case:
    e = new_entry(c, rng)
    e.update(
        entity="_purge",
        field=rng.choice(["purge", "erase"]),
        value=rng.choice([False, 1, "yes", None]),
    )
    return Case("purge", f"{e['field']}={e['value']}", attacker(c, [*c.entries, e]))


def a_dangling(c: Corpus, rng: random.Random) -> Case:
    """A story in a gathering nobody has: refused at commit (foreign keys), nothing kept."""
    e = new_entry(c, rng, pick(c, rng, "story", "gathering_id"))
    e["row_id"] = fresh_id(rng)
    e["value"] = fresh_id(rng)
    photo = dict(new_entry(c, rng, pick(c, rng, "photo", "gathering_id")), value=e["value"])
    photo["row_id"] = pick(c, rng, "photo", "sha256")["row_id"]
    return Case("dangling", "unknown gathering", attacker(c, [*c.entries, e, photo]))


def a_media(c: Corpus, rng: random.Random) -> Case:
    changes = jsonl(c.entries)
    names = sorted(c.media)
    kind = rng.randrange(5)
    media = dict(c.media)
    if kind == 0:  # a photo no entry names
        data = os.urandom(5000)
        media[f"media/{hashlib.sha256(data).hexdigest()}"] = data
        return Case("media", "unreferenced", pack({**c.manifest}, changes, media))
    if kind == 1:  # swapped bytes under a real name
        a, b = names[0], names[1]
        media[a], media[b] = media[b], media[a]
        return Case("media", "swapped", pack({**c.manifest}, changes, media))
    if kind == 2:  # bytes that do not hash to the name, manifest recomputed honestly
        media[names[0]] = media[names[0]][:-10] + b"x" * 10
        return Case("media", "altered", pack({**c.manifest}, changes, media))
    if kind == 3:  # manifest lies about the size
        m = json.loads(json.dumps(c.manifest))
        m["members"][names[0]]["size"] += 1
        return Case("media", "size lie", pack(m, changes, media, recompute=False))
    # a photo entry whose file is not in the bundle: legitimate (the source lacked the file)
    del media[names[0]]
    return Case(
        "media", "photo without file", pack({**c.manifest}, changes, media), may_accept=True
    )


def streamed_bundle(
    c: Corpus,
    lines: Iterator[bytes],
    media: dict[str, tuple[Callable[[], Iterator[bytes]], int]],
    **manifest: Any,
) -> bytes:
    """A bundle written member by member (big members never sit whole in memory); the
    manifest comes last, once every checksum is known."""
    out = io.BytesIO()
    members: dict[str, Any] = {}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        h, size = hashlib.sha256(), 0
        with zf.open("changes.jsonl", "w", force_zip64=True) as w:
            for line in lines:
                h.update(line)
                size += len(line)
                w.write(line)
        members["changes.jsonl"] = {"sha256": h.hexdigest(), "size": size}
        for name, (_, length) in media.items():
            members[name] = {"sha256": name.split("/", 1)[1], "size": length}
        zf.writestr("manifest.json", json.dumps({**c.manifest, **manifest, "members": members}))
        for name, (chunks, _) in media.items():  # last, so a lying size overlaps nothing
            with zf.open(name, "w") as w:
                for chunk in chunks():
                    w.write(chunk)
    return out.getvalue()


def lie_about_compressed_size(data: bytes, name: str) -> bytes:
    """Make a member's central record claim 1/5 of its size compressed (a ratio that passes
    the check on declared sizes): only the check while streaming can then stop it."""
    cd = data.rfind(name.encode())
    at = data.rfind(b"PK\x01\x02", 0, cd)
    file_size = struct.unpack_from("<L", data, at + 24)[0]
    return patch(data, at + 20, "<L", file_size // 5)


def a_bomb(c: Corpus, rng: random.Random, heavy: bool, lie: bool | None = None) -> Case:
    """A photo member that inflates about 160:1 (500 MiB in a full run); half of them lie
    about their compressed size."""
    size = (500 if heavy else rng.choice([4, 16])) * 1024 * 1024
    block = os.urandom(64) + b"\0" * (64 * 159)
    reps = size // len(block)

    def chunks() -> Iterator[bytes]:
        piece = block * 256
        for _ in range(reps // 256):
            yield piece
        yield block * (reps % 256)

    h = hashlib.sha256()
    for chunk in chunks():
        h.update(chunk)
    sha = h.hexdigest()
    e = new_entry(c, rng, pick(c, rng, "photo", "sha256"))
    e["value"] = sha
    entries = [*c.entries, e]
    lines = (json.dumps(x).encode() + b"\n" for x in entries)
    media = {f"media/{sha}": (chunks, reps * len(block))}
    bundle = streamed_bundle(c, lines, media, change_count=len(entries))
    lie = rng.random() < 0.5 if lie is None else lie
    if lie:
        bundle = lie_about_compressed_size(bundle, f"media/{sha}")
    return Case("bomb", f"media {size >> 20} MiB ~160:1{' lying' if lie else ''}", bundle)


def a_changes_bomb(c: Corpus, rng: random.Random) -> Case:
    line = jsonl([c.entries[0]])
    changes = line * ((20 * 1024 * 1024) // len(line))
    return Case(
        "bomb",
        "changes 20 MiB repeated line",
        pack({**c.manifest, "change_count": None}, changes, {}),
    )


def a_vector(c: Corpus, rng: random.Random) -> Case:
    device = c.manifest["device_id"]
    vector = rng.choice(
        [
            [],
            "abc",
            5,
            None and {},
            {device: "5"},
            {device: -1},
            {device: 1.5},
            {device: True},
            {device: 2**60},
            {"not-an-id": 1},
            {device: None},
            {device: [1]},
            {fresh_id(rng): 1 for _ in range(10_001)},
        ]
    )
    return Case("vector", str(vector)[:40], attacker(c, list(c.entries), version_vector=vector))


def a_header(c: Corpus, rng: random.Random) -> Case:
    key, value = rng.choice(
        [
            ("device_id", None),
            ("device_id", 5),
            ("device_id", "x" * 1000),
            ("format_version", "1"),
            ("format_version", True),
            ("format_version", 0),
            ("format_version", 2),
            ("format_version", 1.0),
            ("format", "zip"),
            ("change_count", "many"),
            ("change_count", -1),
            ("change_count", MAX_ENTRIES + 1),
            ("change_count", 3),
            ("created_at", "x" * 100_000),
            ("app_version", ["1"]),
            ("schema", {}),
        ]
    )
    return Case("header", f"{key}={str(value)[:30]}", attacker(c, list(c.entries), **{key: value}))


def a_header_members(c: Corpus, rng: random.Random) -> Case:
    m = json.loads(json.dumps(c.manifest))
    kind = rng.randrange(4)
    if kind == 0:
        m["members"]["changes.jsonl"]["size"] = "big"
    elif kind == 1:
        m["members"]["changes.jsonl"]["sha256"] = None
    elif kind == 2:
        m["members"] = [1, 2]
    else:
        m.update({f"extra{i}": i for i in range(100)})
    return Case("header", f"members {kind}", pack(m, jsonl(c.entries), c.media, recompute=False))


def a_many_entries(c: Corpus, rng: random.Random) -> Case:
    """More entries than a bundle may carry, the manifest not saying so: stopped while
    streaming (the worker's peak memory then shows what the cap costs)."""
    base = c.entries[0]

    def lines() -> Iterator[bytes]:
        for i in range(MAX_ENTRIES + 1):
            entry = {
                **base,
                "id": f"{i:08x}-0000-4000-8000-000000000000",
                "seq": 30_000_000 + i,
                "entity": "story",
                "row_id": f"{i:08x}-0000-4000-8000-000000000001",
                "field": "title",
                "value": f"Story {i}",
            }
            yield json.dumps(entry).encode() + b"\n"

    bundle = streamed_bundle(c, lines(), {}, change_count=None)
    return Case("sizes", f"{MAX_ENTRIES + 1} entries", bundle)


LIGHT: list[tuple[str, Callable[[Corpus, random.Random], Case], int]] = [
    ("truncate", s_truncate, 3),
    ("bitflip", s_bitflip, 4),
    ("header-flip", s_header_flip, 4),
    ("deflate-flip", s_deflate_flip, 3),
    ("method", s_method, 2),
    ("encrypted-flag", s_encrypted, 2),
    ("bad-name", s_bad_name, 2),
    ("sizes", s_sizes, 3),
    ("eocd", s_eocd, 2),
    ("members", s_members, 3),
    ("nesting", s_nesting, 3),
    ("wrong-type", a_wrong_type, 4),
    ("missing-key", a_missing_key, 2),
    ("bad-key", a_bad_key, 2),
    ("value", a_value, 5),
    ("enum", a_enum, 4),
    ("long-text", a_long_text, 2),
    ("clock", a_clock, 3),
    ("clock-ok", a_clock_ok, 1),
    ("junk-value", a_junk_value, 1),
    ("duplicate", a_duplicate, 2),
    ("purge", a_purge, 1),
    ("dangling", a_dangling, 1),
    ("media", a_media, 3),
    ("vector", a_vector, 3),
    ("header", a_header, 3),
    ("header-members", a_header_members, 2),
]
#: Cases that cost seconds each; a few of them in a full run, none in the pytest variant.
HEAVY: list[tuple[str, Callable[[Corpus, random.Random], Case], int]] = [
    ("junk", a_junk, 1),
    ("long-line", s_long_line, 1),
    ("bomb", lambda c, r: a_bomb(c, r, False), 1),
    ("changes-bomb", a_changes_bomb, 1),
]
#: One each per full run (about a minute together).
ONCE: list[tuple[str, Callable[[Corpus, random.Random], Case]]] = [
    ("bomb-500MiB", lambda c, r: a_bomb(c, r, True, lie=False)),
    ("bomb-500MiB-lying", lambda c, r: a_bomb(c, r, True, lie=True)),
    ("too-many-entries", a_many_entries),
]


def plan(count: int, heavy: bool) -> list[str]:
    """The kind of each case, in order (deterministic)."""
    table = [name for name, _, weight in LIGHT for _ in range(weight)]
    if heavy:
        table += [name for name, _, weight in HEAVY for _ in range(weight)]
    kinds = [table[i % len(table)] for i in range(count)]
    if heavy and count >= 200:
        kinds[: len(ONCE)] = [name for name, _ in ONCE]
    return kinds


MAKERS = {name: maker for name, maker, _ in LIGHT + HEAVY} | dict(ONCE)


# --- judging ---------------------------------------------------------------------------------


def fingerprint(db_path: Path, media: Path) -> str:
    h = hashlib.sha256()
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        for line in con.iterdump():
            h.update(line.encode())
    finally:
        con.close()
    if media.exists():
        for p in sorted(media.rglob("*")):
            h.update(f"{p.relative_to(media)}:{p.stat().st_size if p.is_file() else 'd'}".encode())
    return h.hexdigest()


@dataclass
class Outcome:
    index: int
    kind: str
    detail: str
    result: str  # refused | accepted | traceback | changed | unexpected-accept | fallback
    seconds: float
    sentence: str = ""
    error: str = ""


class Target:
    """The laptop under attack, reset from its pristine copy whenever a case was imported
    (same path and state folder, so it stays the invited laptop it was)."""

    def __init__(self, corpus: Corpus, work: Path, number: int = 0) -> None:
        self.corpus, self.work = corpus, work
        self.home = corpus.folder / f"target-{number}"
        self.pristine_copy = corpus.folder / f"target-{number}-pristine"
        self.state = corpus.folder / f"target-{number}-state"
        self.source = open_source(corpus.folder)
        self.services: Services | None = None
        self.reset()
        self.pristine = ""
        path = work / "pristine.zip"
        path.write_bytes(corpus.bundle)
        assert self.services is not None
        self.services.sync.import_bundle(self.sealed(path))
        self.pristine = self.outcome()
        self.reset()

    def sealed(self, plain: Path) -> Path:
        return seal_as(self.source, plain, plain.with_suffix(".clebundle"))

    def outcome(self) -> str:
        """What an import left: the canonical dump and the media files."""
        assert self.services is not None
        media = self.services.db.media_dir
        files = sorted(f"{p.relative_to(media)}:{p.stat().st_size}" for p in media.rglob("*"))
        return hashlib.sha256((self.services.sync.dump() + "\n".join(files)).encode()).hexdigest()

    def reset(self) -> None:
        if self.services is not None:
            self.services.db.close()
        self.work.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.home, ignore_errors=True)
        shutil.copytree(self.pristine_copy, self.home)
        db = Database.open(self.home / "cle.db", state_dir=self.state)
        self.services = Services.over(db)
        self.print = fingerprint(db.path, db.media_dir)

    def close(self) -> None:
        if self.services is not None:
            self.services.db.close()
        self.source.db.close()


def judge(target: Target, index: int, case: Case, path: Path) -> Outcome:
    """Import one case and say what happened (see the module docstring)."""
    assert target.services is not None
    path.write_bytes(case.data)
    path = target.sealed(path)
    db = target.services.db
    start = time.perf_counter()
    try:
        result = target.services.sync.import_bundle(path)
    except BundleRejected as exc:
        seconds = time.perf_counter() - start
        sentence = str(exc)
        after = fingerprint(db.path, db.media_dir)
        jumped = db.clock.now().wall_ms > time.time_ns() // 1_000_000 + 1000
        verdict = "refused"
        if after != target.print or jumped:
            verdict = "changed"
            target.reset()
        elif FALLBACK in sentence or "\n" in sentence or not sentence:
            verdict = "fallback"
        return Outcome(index, case.kind, case.detail, verdict, seconds, sentence)
    except BaseException as exc:  # noqa: BLE001 - that is what the suite counts
        seconds = time.perf_counter() - start
        target.reset()
        return Outcome(
            index,
            case.kind,
            case.detail,
            "traceback",
            seconds,
            error="".join(traceback.format_exception_only(type(exc), exc)).strip()[:300],
        )
    seconds = time.perf_counter() - start
    verdict = "accepted" if case.may_accept else "unexpected-accept"
    if case.pristine and target.outcome() != target.pristine:
        verdict = "unexpected-accept"  # damage that changed what was imported
    target.reset()
    return Outcome(index, case.kind, case.detail, verdict, seconds, f"{result.new_changes} new")


def run_cases(
    corpus_dir: Path,
    indices: Iterable[int],
    seed: int,
    count: int,
    heavy: bool,
    emit: Callable[[Outcome], None],
    on_start: Callable[[int], None] = lambda i: None,
    number: int = 0,
) -> None:
    corpus = load_corpus(corpus_dir)
    kinds = plan(count, heavy)
    work = Path(tempfile.mkdtemp(prefix="fuzz-target-", dir=corpus_dir))
    target = Target(corpus, work, number)
    try:
        for i in indices:
            on_start(i)
            rng = random.Random(seed * 1_000_003 + i)
            case = MAKERS[kinds[i]](corpus, rng)
            emit(judge(target, i, case, work / "case.zip"))
    finally:
        target.close()
        shutil.rmtree(work, ignore_errors=True)


# --- the report ------------------------------------------------------------------------------


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    crashes: list[int] = field(default_factory=list)
    peak_rss_mb: float = 0.0
    seconds: float = 0.0

    def counts(self) -> Counter[str]:
        return Counter(o.result for o in self.outcomes)

    def summary(self) -> dict[str, Any]:
        c = self.counts()
        refused = [o for o in self.outcomes if o.result == "refused"]
        slowest = max(refused, key=lambda o: o.seconds, default=None)
        return {
            "cases": len(self.outcomes) + len(self.crashes),
            "refused": c["refused"],
            "accepted_harmless": c["accepted"],
            "tracebacks": c["traceback"],
            "crashes": len(self.crashes),
            "changed_by_refused": c["changed"],
            "fallback_sentences": c["fallback"],
            "unexpected_accepts": c["unexpected-accept"],
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "slowest_refusal_s": round(slowest.seconds, 3) if slowest else None,
            "slowest_refusal_case": f"{slowest.kind} ({slowest.detail})" if slowest else None,
            "kinds": dict(sorted(Counter(o.kind for o in self.outcomes).items())),
            "seconds": round(self.seconds, 1),
            "failures": [vars(o) for o in self.outcomes if o.result not in ("refused", "accepted")][
                :50
            ],
        }

    @property
    def clean(self) -> bool:
        s = self.summary()
        return not (
            s["tracebacks"]
            or s["crashes"]
            or s["changed_by_refused"]
            or s["fallback_sentences"]
            or s["unexpected_accepts"]
        )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_in_process(
    count: int, seed: int = 1, heavy: bool = False, folder: Path | None = None
) -> Report:
    """The pytest variant: every case in this process (no crash isolation)."""
    start = time.perf_counter()
    with contextlib.ExitStack() as stack:
        if folder is None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="fuzz-")))
        build_corpus(folder)
        report = Report()
        run_cases(folder, range(count), seed, count, heavy, report.outcomes.append)
    report.peak_rss_mb = rss_mb()
    report.seconds = time.perf_counter() - start
    return report


def run_isolated(count: int, seed: int, heavy: bool, workers: int) -> Report:
    """Cases in worker processes: one that dies is a crash, and the next worker goes on."""
    start = time.perf_counter()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        folder = Path(tmp)
        build_corpus(folder, targets=workers)
        pending = list(range(count))
        chunks = [pending[i::workers] for i in range(workers)]
        while any(chunks):
            procs = []
            for n, chunk in enumerate(chunks):
                if not chunk:
                    continue
                out = folder / f"results-{n}.jsonl"
                out.unlink(missing_ok=True)
                cmd = [
                    sys.executable,
                    "-m",
                    "tests.faults.fuzz_bundles",
                    "--worker",
                    str(folder),
                    "--count",
                    str(count),
                    "--seed",
                    str(seed),
                    "--indices",
                    ",".join(map(str, chunk)),
                    "--out",
                    str(out),
                    "--target",
                    str(n),
                ] + (["--heavy"] if heavy else [])
                procs.append((n, chunk, out, subprocess.Popen(cmd)))
            chunks = [[] for _ in range(workers)]
            for n, chunk, out, proc in procs:
                proc.wait()
                done: set[int] = set()
                started = None
                for line in out.read_text().splitlines() if out.exists() else []:
                    record = json.loads(line)
                    if "started" in record:
                        started = record["started"]
                    elif "rss_mb" in record:
                        report.peak_rss_mb = max(report.peak_rss_mb, record["rss_mb"])
                    else:
                        report.outcomes.append(Outcome(**record))
                        done.add(record["index"])
                if proc.returncode != 0:
                    if started is not None and started not in done:
                        report.crashes.append(started)
                        done.add(started)
                    chunks[n] = [i for i in chunk if i not in done]
    report.outcomes.sort(key=lambda o: o.index)
    report.seconds = time.perf_counter() - start
    return report


def _worker(args: argparse.Namespace) -> int:
    out = open(args.out, "a", encoding="utf-8")  # noqa: SIM115 - flushed per case

    def emit(outcome: Outcome) -> None:
        out.write(json.dumps(vars(outcome)) + "\n")
        out.write(json.dumps({"rss_mb": rss_mb()}) + "\n")
        out.flush()

    def start(i: int) -> None:
        out.write(json.dumps({"started": i}) + "\n")
        out.flush()

    indices = [int(i) for i in args.indices.split(",") if i]
    run_cases(
        Path(args.worker), indices, args.seed, args.count, args.heavy, emit, start, args.target
    )
    out.close()
    return 0


def measure_caps() -> dict[str, Any]:
    """Import the largest bundle the caps allow (``MAX_ENTRIES`` entries carrying nearly
    ``MAX_CHANGES_BYTES`` of two-byte text) into a fresh laptop; report time and peak RSS.
    Run in its own process, so the peak is the import's."""
    from cle_desktop.sync.validate import MAX_CHANGES_BYTES

    with tempfile.TemporaryDirectory(prefix="fuzz-caps-") as tmp:
        folder = Path(tmp)
        build_corpus(folder)
        c = load_corpus(folder)
        base = c.entries[0]
        per = (MAX_CHANGES_BYTES - MAX_ENTRIES * 340) // MAX_ENTRIES // 2
        fields = ["title", "body", "language", "note_taker"]

        def lines() -> Iterator[bytes]:
            for i in range(MAX_ENTRIES):
                entry = {
                    **base,
                    "id": f"{i:08x}-0000-4000-8000-000000000000",
                    "seq": 30_000_000 + i,
                    "entity": "story",
                    "row_id": f"{i // 4:08x}-0000-4000-8000-000000000001",
                    "field": fields[i % 4],
                    "value": "es" if i % 4 == 2 else "ş" * per,
                    "parents": [],
                }
                yield json.dumps(entry, ensure_ascii=False).encode() + b"\n"

        path = folder / "largest.zip"
        path.write_bytes(streamed_bundle(c, lines(), {}, change_count=MAX_ENTRIES))
        with zipfile.ZipFile(path) as zf:
            text = zf.getinfo("changes.jsonl").file_size
        laptop = Services.over(Database.open(folder / "t" / "cle.db", state_dir=folder / "ts"))
        before = rss_mb()
        start = time.perf_counter()
        result = laptop.sync.import_bundle(path)
        seconds = time.perf_counter() - start
        laptop.db.close()
    return {
        "entries": result.new_changes,
        "changes_mb": round(text / 2**20, 1),
        "seconds": round(seconds, 1),
        "rss_before_mb": round(before, 1),
        "peak_rss_mb": round(rss_mb(), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--light", action="store_true", help="leave out the heavy cases")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--caps", action="store_true", help="instead: import the largest allowed bundle"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--indices", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--heavy", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--target", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return _worker(args)
    if args.caps:
        caps = measure_caps()
        print(json.dumps(caps, indent=1))
        return 0 if caps["peak_rss_mb"] < 500 else 1
    report = run_isolated(args.count, args.seed, not args.light, args.workers)
    summary = report.summary()
    if args.json:
        print(json.dumps(summary, indent=1))
    else:
        for key, value in summary.items():
            if key not in ("failures", "kinds"):
                print(f"{key:24} {value}")
        print("kinds".ljust(24), ", ".join(f"{k} {v}" for k, v in summary["kinds"].items()))
        for failure in summary["failures"]:
            print("FAIL", failure)
    return 0 if report.clean else 1


if __name__ == "__main__":
    sys.exit(main())
