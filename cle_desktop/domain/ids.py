"""UUIDv7 identifiers: unique across laptops and roughly time-ordered (good B-tree locality).

Python 3.11 has no ``uuid.uuid7``; the layout below follows RFC 9562 section 5.7.
"""

from __future__ import annotations

import os
import time
import uuid

_NAMESPACE = uuid.UUID("6f1c8a2e-4b7d-4c1e-9a53-2d1f0e9b7c11")


def new_id() -> str:
    """A new UUIDv7 as a string: 48-bit unix ms, version 7, 74 random bits."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def stable_id(*parts: str) -> str:
    """A deterministic id for link rows, so two laptops adding the same link agree on its id."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))
