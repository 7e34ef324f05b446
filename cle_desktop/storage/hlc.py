"""Hybrid logical clock (Kulkarni et al.): wall time in ms plus a counter.

Encoded as fixed-width text so that string order is clock order in SQLite and in JSON. A wrong
wall clock on one laptop can only reorder concurrent edits; causality is carried by parents.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int

    def encode(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:06d}"

    @staticmethod
    def decode(text: str) -> Timestamp:
        wall, _, counter = text.partition("-")
        return Timestamp(int(wall), int(counter))


class HybridClock:
    """Thread-safe HLC. ``now()`` for local events, ``observe()`` when remote changes arrive."""

    def __init__(self, last: Timestamp | None = None, wall: Callable[[], int] | None = None):
        self._last = last or Timestamp(0, 0)
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()

    def now(self) -> Timestamp:
        with self._lock:
            physical = self._wall()
            if physical > self._last.wall_ms:
                self._last = Timestamp(physical, 0)
            else:
                self._last = Timestamp(self._last.wall_ms, self._last.counter + 1)
            return self._last

    def observe(self, remote: Timestamp) -> Timestamp:
        with self._lock:
            physical = self._wall()
            wall = max(physical, self._last.wall_ms, remote.wall_ms)
            if wall == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif wall == self._last.wall_ms:
                counter = self._last.counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = Timestamp(wall, counter)
            return self._last
