"""The review browser before and after ``stories.browse``: the old per-story service calls
(tags, teller consents, sharing level for each story) against the one use case, on a demo file.

Run: ``cle-desktop --db /tmp/demo.db demo --stories 2000 --photos 0`` then
``python tests/benchmarks/browse_queries.py /tmp/demo.db``. A figure for the notes, not a test.
"""

import sys
import time
from pathlib import Path

from cle_desktop.services import Services
from cle_desktop.storage.database import Database

s = Services.over(Database.open(Path(sys.argv[1])))
gid = s.gatherings.all()[0].id


def old(kind, consent):
    ids = s.stories.ids(gid)
    headers = s.stories.headers(ids[:2000])
    s.gatherings.sessions(gid)  # the old fill read these too
    s.stories.summaries([h.id for h in headers])
    out = []
    for h in headers:
        if kind and not any(t.kind == kind for t in s.tags.for_story(h.id)):
            continue
        if consent != "all":
            consents = s.stories.teller_consents(h.id)
            if consent == "missing" and (consents and all(c is not None for c in consents)):
                continue
            level = s.stories.sharing_level(h.id)
            if consent == "public" and level.value != "public":
                continue
        out.append(h.id)
    return out


def new(kind, consent):
    return [r.id for r in s.stories.browse(gid, kind=kind, consent=consent)]


for kind, consent in ((None, "all"), ("asset", "all"), (None, "missing"), ("hope", "public")):
    for name, fn in (("old", old), ("new", new)):
        best = min(
            (lambda t0: (fn(kind, consent), time.perf_counter() - t0))(time.perf_counter())[1]
            for _ in range(3)
        )
        n = len(fn(kind, consent))
        print(f"kind={kind!s:5} consent={consent:7} {name}: {best * 1000:7.0f} ms  ({n} stories)")
assert old("asset", "missing") == new("asset", "missing")[: len(old("asset", "missing"))]
