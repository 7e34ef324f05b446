"""Report benchmarks: the 300-story demo with 200 photos, PDF (time and peak memory, measured
in a child process) and HTML."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from cle_desktop.bench import result

CHILD = """
import json, resource, sys, time
from pathlib import Path
from cle_desktop.storage.database import Database
from cle_desktop.reports.export import export_report
db = Database.open(Path(sys.argv[1]))
start = time.perf_counter()
export_report(db, sys.argv[2], sys.argv[3], Path(sys.argv[4]), "internal")
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(quick: bool) -> list[dict[str, Any]]:
    from cle_desktop.services.demo import create_demo
    from cle_desktop.storage.database import Database

    tmp = Path(tempfile.mkdtemp(prefix="cle-bench-report-"))
    db = Database.open(tmp / "report.db")
    summary = create_demo(db, stories=300, photos=40 if quick else 200, seed=3)
    db.close()
    out = []
    for fmt, target in (("pdf", 15.0), ("html", 5.0)):
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD,
                str(tmp / "report.db"),
                summary.id,
                fmt,
                str(tmp / f"r.{fmt}"),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(proc.stdout.strip().splitlines()[-1])
        out.append(
            result(
                f"{fmt.upper()} report, 300 stories + {summary.photos} photos",
                figures["seconds"],
                "s",
                f"<= {target:g}",
                figures["seconds"] <= target,
            )
        )
        if fmt == "pdf":
            out.append(
                result(
                    "PDF report peak memory",
                    figures["peak_mb"],
                    "MB",
                    "<= 800",
                    figures["peak_mb"] <= 800,
                )
            )
    return out
