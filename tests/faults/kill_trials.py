"""Kill trials: SIGKILL the real app at random moments, reopen it, and count what was lost.

    python -m tests.faults.kill_trials --trials 100            # the issue's fault run
    python -m tests.faults.kill_trials --trials 30 --full-disk # plus runs on a nearly full disk
    python -m tests.faults.kill_trials --trials 8 --scenarios typing,import --keep

Each trial starts the app window (``tests/faults/app_driver.py``: the real ``start_window``,
offscreen or under Xvfb with ``--display xvfb``) on its own copy of a prepared database, acts
in it as a note-taker does (a typist model whose pauses are all under 400 ms, see
``typist.py``), kills it with SIGKILL at a random moment, reopens the window, and then checks
the file. Scenarios (mixed in proportion unless ``--scenarios`` picks some):

- ``typing``: relaunch, Ctrl+N, type; killed 0.5-10 s into the typing.
- ``early``: type from the moment the window appears, while the database is still opening.
- ``import``: start an import of 150 camera-sized photos (Photos tab, Import button), go back
  to the desk and type; killed 0.1-3 s after the import began.
- ``gui-first-start``: no database yet: typing starts the moment the window appears, while
  the window creates the file and its untitled gathering (no question is asked); killed at
  any moment of that.
- ``cli-first-start`` / ``migration``: ``cle-desktop gatherings`` on no file / on a file two
  schema revisions old with 200 stories, killed at a random moment of creating or migrating.

Reported per kill: characters, words and seconds of typing lost (p50/p90/p99; seconds from the
first unsaved key to the kill), and the trials with an integrity failure (``PRAGMA
integrity_check`` and the app's ``check``), a file that no longer opens, processes left
behind 2 s after the kill, saved text that is not what was typed, or a conflict (one laptop
can have none). ``--full-disk`` adds runs on a 20 MB tmpfs with 256 KB free: type, then Quit,
and count the words found neither in the database nor in the unsaved folder; then, at 0 bytes
free, a bundle and a backup must still go to another drive.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tests.faults.typist import keystrokes, text_for

REPO = Path(__file__).resolve().parents[2]
MIX = {
    "typing": 45,
    "early": 10,
    "import": 15,
    "gui-first-start": 10,
    "cli-first-start": 10,
    "migration": 10,
}
TYPING_CHARS = 600  # more than anyone types before the kill
GUI_TIMEOUT = 90.0
PHOTOS = 150  # an import of these takes a few seconds on 2 cores


# --- processes -------------------------------------------------------------------------------


def _ppids() -> dict[int, int]:
    found: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if fields[0] != "Z":
                found[int(entry.name)] = int(fields[1])
    return found


def descendants(pid: int) -> set[int]:
    parents = _ppids()
    out: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - out
        out |= frontier
    return out


def alive(pids: set[int]) -> set[int]:
    running = _ppids()
    return {p for p in pids if p in running}


class App:
    """A driven app process and what it said, timestamped by the driver."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.lines: list[tuple[str, list[str], float]] = []
        self.keys: dict[int, float] = {}
        self.changed = threading.Condition()
        self.proc = subprocess.Popen(
            argv,
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.stderr = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._err = threading.Thread(target=self._read_err, daemon=True)
        self._err.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            parts = line.split()
            if not parts:
                continue
            try:
                stamp = float(parts[-1])
            except ValueError:
                stamp = time.monotonic()
            with self.changed:
                if parts[0] == "k":
                    if len(parts) < 3 or not parts[1].isdigit():
                        continue  # a line cut short by the kill: that key was not reported
                    self.keys[int(parts[1])] = stamp
                self.lines.append((parts[0], parts[1:], stamp))
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()

    def wait_for(self, word: str, timeout: float) -> float | None:
        """The driver's time of the first ``word`` line (None on timeout or exit)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                for tag, _rest, stamp in self.lines:
                    if tag == word:
                        return stamp
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    return None
                self.changed.wait(min(left, 0.2))

    def said(self, word: str) -> list[list[str]]:
        with self.changed:
            return [rest for tag, rest, _ in self.lines if tag == word]

    @property
    def typed(self) -> int:
        with self.changed:
            return max(self.keys, default=0)

    def kill(self) -> tuple[float, set[int]]:
        """SIGKILL; returns the kill time and the descendants it had at that moment."""
        children = descendants(self.proc.pid)
        at = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=5)
        return at, children

    def finish(self, timeout: float) -> int | None:
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        self._reader.join(timeout=5)
        return code


# --- the trial -------------------------------------------------------------------------------


@dataclass
class Trial:
    number: int
    scenario: str
    kill_after_s: float = 0.0
    typed_chars: int = 0
    lost_chars: int = 0
    lost_words: int = 0
    lost_seconds: float = 0.0
    opens: bool = True
    integrity_ok: bool = True
    check_ok: bool = True
    processes_at_kill: int = 0
    left_behind: int = 0
    rows_lost: int = 0
    revision_at_kill: str | None = None  # CLI trials: where the kill left the schema
    conflicts: int = 0
    text_mismatch: bool = False
    no_focus: bool = False
    notes: list[str] = field(default_factory=list)


class Runner:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.work = Path(args.workdir or tempfile.mkdtemp(prefix="cle-kill-trials-"))
        self.work.mkdir(parents=True, exist_ok=True)
        self.templates = self.work / "templates"

    # environment

    def env(self, home: Path) -> dict[str, str]:
        env = {
            **os.environ,
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "CLE_DESKTOP_STATE_DIR": str(home / "state" / "cle-desktop"),
            "PYTHONPATH": str(REPO),
            "CLE_DESKTOP_LANG": "en",
        }
        if self.args.display == "offscreen":
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.pop("QT_QPA_PLATFORM", None)
        return env

    def gui(self, db: Path, plan: dict[str, Any], home: Path) -> App:
        plan_file = home / f"plan-{plan['mode']}.json"
        plan_file.write_text(json.dumps(plan), "utf-8")
        argv = [sys.executable, "-m", "tests.faults.app_driver", str(db), str(plan_file)]
        if self.args.display == "xvfb":
            argv = ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", *argv]
        return App(argv, self.env(home))

    def cli(self, db: Path, home: Path, *command: str) -> App:
        argv = [sys.executable, "-m", "cle_desktop", "--db", str(db), *command]
        return App(argv, self.env(home))

    # templates

    def prepare(self, scenarios: set[str]) -> None:
        """Make the template databases (and photos) the chosen scenarios need, once."""
        from alembic import command

        from cle_desktop.media import generate_photo
        from cle_desktop.services import Services
        from cle_desktop.storage.database import Database
        from cle_desktop.storage.engine import create_sqlite_engine
        from cle_desktop.storage.migrations import alembic_config

        self.templates.mkdir(parents=True, exist_ok=True)
        os.environ["CLE_DESKTOP_STATE_DIR"] = str(self.templates / "state")
        relaunch = self.templates / "relaunch" / "cle.db"
        if not relaunch.exists() and scenarios & {"typing", "early", "import", "full-disk"}:
            db = Database.open(relaunch)
            services = Services.over(db)
            gid = services.gatherings.create("Kill trials")
            for i in range(30):
                services.stories.capture(gid, title=f"Story {i}", body=text_for(self.rng, 300))
            services.gatherings.remember_last(gid)
            db.close()
        old = self.templates / "migration" / "cle.db"
        if not old.exists() and "migration" in scenarios:
            db = Database.open(old)
            services = Services.over(db)
            gid = services.gatherings.create("Made before the upgrade")
            services.gatherings.remember_last(gid)
            for i in range(self.args.migration_stories):
                services.stories.capture(gid, title=f"Story {i}", body=text_for(self.rng, 600))
            db.close()
            engine = create_sqlite_engine(old)
            command.downgrade(alembic_config(engine), "0002")
            engine.dispose()
        self.photos = self.templates / "photos"
        if "import" in scenarios and len(list(self.photos.glob("*.jpg"))) < PHOTOS:
            self.photos.mkdir(exist_ok=True)
            for i in range(PHOTOS):
                generate_photo(self.photos / f"IMG_{i:04}.jpg", 1600, 1200, seed=i, texture=True)
        if "migration" in scenarios:
            self.migration_seconds = self._time_migration(old)

    def _time_migration(self, old: Path) -> float:
        home = self.work / "timing"
        shutil.rmtree(home, ignore_errors=True)
        db = self._copy_template("migration", home)
        start = time.monotonic()
        app = self.cli(db, home, "gatherings")
        app.finish(120)
        return time.monotonic() - start

    def _copy_template(self, name: str, home: Path) -> Path:
        home.mkdir(parents=True, exist_ok=True)
        shutil.copytree(self.templates / name, home / "db", dirs_exist_ok=True)
        return home / "db" / "cle.db"

    # scenarios

    def run_trial(self, number: int, scenario: str) -> Trial:
        home = self.work / f"trial-{number:03}"
        shutil.rmtree(home, ignore_errors=True)
        trial = Trial(number, scenario)
        style = self.rng.choice(["bursty", "bursty", "steady"])
        text = text_for(self.rng, TYPING_CHARS)
        keys = [[k.char, k.delay_ms] for k in keystrokes(text, self.rng, style)]
        known: set[str] = set()
        if scenario in ("typing", "early", "import"):
            db = self._copy_template("relaunch", home)
            known = self._story_ids(db)
            mode = {"typing": "relaunch", "early": "early", "import": "import"}[scenario]
            plan: dict[str, Any] = {"mode": mode, "keys": keys}
            if scenario == "import":
                plan["import"] = [str(self.photos)]
            app = self.gui(db, plan, home)
            anchor = "import" if scenario == "import" else "k"
            start = app.wait_for(anchor, GUI_TIMEOUT)
            if start is None:
                trial.notes.append(f"never reached '{anchor}': {app.stderr[-300:]}")
                app.kill()
                return self._check_file(trial, db, home, known, text, app, None)
            delay = {
                "typing": self.rng.uniform(0.5, 10.0),
                "early": self.rng.uniform(0.2, 4.0),
                "import": self.rng.uniform(0.1, 3.0),
            }[scenario]
            return self._kill_then_check(trial, app, start, delay, db, home, known, text)
        if scenario == "gui-first-start":
            db = home / "db" / "cle.db"
            db.parent.mkdir(parents=True)
            app = self.gui(db, {"mode": "first-start", "keys": keys}, home)
            start = app.wait_for("shown", GUI_TIMEOUT)
            if start is None:
                trial.notes.append(f"window never shown: {app.stderr[-300:]}")
                app.kill()
                return self._check_file(trial, db, home, known, text, app, None)
            delay = self.rng.uniform(0.5, 7.0)
            return self._kill_then_check(trial, app, start, delay, db, home, known, text)
        # CLI: first start or migration
        if scenario == "cli-first-start":
            db = home / "db" / "cle.db"
            db.parent.mkdir(parents=True)
        else:
            db = self._copy_template("migration", home)
            known = self._story_ids(db)
        app = self.cli(db, home, "gatherings")
        begun = time.monotonic()
        if self.rng.random() < 0.7:
            # aim at the schema being created or migrated: from the moment the file appears
            # (first start) or the backup taken just before migrating does
            def begun_writing() -> bool:
                if scenario == "cli-first-start":
                    return db.exists()
                return any(db.parent.glob("cle.before-migration-*"))

            while not begun_writing() and app.proc.poll() is None:
                time.sleep(0.002)
            delay = self.rng.uniform(0.0, 0.4)
        else:
            span = self.migration_seconds if scenario == "migration" else 2.5
            delay = self.rng.uniform(0.1, max(0.2, span))
        time.sleep(delay)
        trial.kill_after_s = round(time.monotonic() - begun, 3)
        _at, children = app.kill()
        self._left_behind(trial, children)
        trial.revision_at_kill = self._revision(db)
        return self._check_file(trial, db, home, known, None, app, None)

    def _revision(self, db: Path) -> str | None:
        """The schema version the kill left (before anything reopens the file)."""
        import sqlite3

        if not db.exists():
            return "no file"
        try:
            with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                return row[0] if row else "empty"
        except sqlite3.Error:
            return "no schema"

    def _kill_then_check(
        self,
        trial: Trial,
        app: App,
        start: float,
        delay: float,
        db: Path,
        home: Path,
        known: set[str],
        text: str,
    ) -> Trial:
        time.sleep(max(0.0, start + delay - time.monotonic()))
        killed_at, children = app.kill()
        trial.kill_after_s = round(killed_at - start, 3)
        self._left_behind(trial, children)
        if not db.exists():
            trial.notes.append("killed before the file existed")
            return trial
        reopened = self.gui(db, {"mode": "reopen"}, home)
        if reopened.wait_for("opened", GUI_TIMEOUT) is None:
            trial.opens = False
            trial.notes.append(f"the window did not reopen it: {reopened.stderr[-400:]}")
            reopened.kill()
        elif reopened.finish(GUI_TIMEOUT) is None:
            trial.notes.append("the reopened window did not close")
            reopened.kill()
        return self._check_file(trial, db, home, known, text, app, killed_at)

    def _left_behind(self, trial: Trial, children: set[int]) -> None:
        trial.processes_at_kill = len(children)
        deadline = time.monotonic() + 2.0
        left = alive(children)
        while left and time.monotonic() < deadline:
            time.sleep(0.05)
            left = alive(children)
        trial.left_behind = len(left)
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def _story_ids(self, db: Path) -> set[str]:
        import sqlite3

        with contextlib.closing(sqlite3.connect(db)) as conn:
            return {r[0] for r in conn.execute("SELECT id FROM story")}

    def _check_file(
        self,
        trial: Trial,
        db: Path,
        home: Path,
        known: set[str],
        text: str | None,
        app: App,
        killed_at: float | None,
    ) -> Trial:
        from cle_desktop.cli.main import main as cli_main
        from cle_desktop.services import Services
        from cle_desktop.storage.backup import integrity_check
        from cle_desktop.storage.database import Database

        trial.no_focus = bool(app.said("nofocus"))
        trial.typed_chars = app.typed
        if not db.exists():
            return trial
        os.environ["CLE_DESKTOP_STATE_DIR"] = str(home / "state" / "cle-desktop")
        try:
            database = Database.open(db)
        except Exception as exc:  # noqa: BLE001 - this is what the trial counts
            trial.opens = False
            trial.notes.append(f"does not open: {exc}"[:400])
            return trial
        try:
            trial.integrity_ok = integrity_check(db) == []
            with contextlib.redirect_stdout(io.StringIO()):
                trial.check_ok = cli_main(["--db", str(db), "check", "--json"]) == 0
            services = Services.over(database)
            trial.conflicts = len(services.sync.conflicts())
            if known:
                trial.rows_lost = len(known - self._story_ids(db))
            if text is not None and trial.typed_chars:
                bodies = self._new_bodies(database, known) + self._rescued(home)
                self._count_loss(trial, app, text, bodies, killed_at)
        finally:
            database.close()
        return trial

    def _new_bodies(self, database: Any, known: set[str]) -> list[str]:
        from sqlalchemy import select

        from cle_desktop.storage.models import Story

        with database.read() as session:
            return [
                s.body or ""
                for s in session.scalars(select(Story).where(Story.deleted.is_(False)))
                if s.id not in known
            ]

    def _rescued(self, home: Path) -> list[str]:
        """Text the app kept in files (the unsaved folder, a start-up journal)."""
        out = []
        for folder in (home / "state", home / "data"):
            for path in folder.rglob("*"):
                if path.is_file() and path.suffix in (".txt", ".journal", ".jsonl", ".json"):
                    with contextlib.suppress(OSError, UnicodeDecodeError):
                        out.append(path.read_text("utf-8"))
        return out

    def _count_loss(
        self, trial: Trial, app: App, text: str, bodies: list[str], killed_at: float | None
    ) -> None:
        typed = text[: trial.typed_chars]
        kept = 0
        for body in bodies:
            candidate = body.strip("\n")
            if candidate and typed.startswith(candidate):
                kept = max(kept, len(candidate))
            elif candidate and candidate in text and len(candidate) > 20:
                kept = max(kept, len(candidate))  # found inside a rescue file
            elif candidate and not any(candidate in b for b in bodies if b is not body):
                head = candidate[:40]
                if head and head in text[:40]:
                    trial.text_mismatch = True
                    trial.notes.append(f"saved text is not what was typed: {candidate[:80]!r}")
        for body in bodies:  # a rescue file holds title + body: look for the longest prefix
            for n in range(trial.typed_chars, kept, -1):
                if typed[:n] in body:
                    kept = n
                    break
        trial.lost_chars = max(0, trial.typed_chars - kept)
        lost = typed[kept:]
        trial.lost_words = len(lost.split())
        if trial.lost_chars and killed_at is not None:
            first_unsaved = app.keys.get(kept + 1)
            if first_unsaved is not None:
                trial.lost_seconds = round(max(0.0, killed_at - first_unsaved), 3)

    # the full-disk run

    def full_disk(self, runs: int) -> dict[str, Any]:
        from tests.faults.disks import NoSmallDisk, fill, small_disk

        results: dict[str, Any] = {"runs": []}
        try:
            with small_disk(self.work / "small-disk", megabytes=20) as disk:
                for run in range(runs):
                    home = self.work / f"full-{run}"
                    shutil.rmtree(home, ignore_errors=True)
                    home.mkdir(parents=True)
                    dbdir = disk / f"run-{run}"
                    shutil.copytree(self.templates / "relaunch", dbdir)
                    db = dbdir / "cle.db"
                    known = self._story_ids(db)
                    filler = fill(disk, leave=256 * 1024)
                    text = text_for(self.rng, 250)
                    keys = [[k.char, k.delay_ms] for k in keystrokes(text, self.rng)]
                    app = self.gui(db, {"mode": "quit", "keys": keys}, home)
                    done = app.wait_for("done", GUI_TIMEOUT + 60)
                    closed = app.finish(10.0) if done is not None else None
                    trial = Trial(run, "full-disk")
                    if closed is None:
                        trial.notes.append("Quit did not close the window within 10 s")
                        app.kill()
                    trial.notes += [" ".join(d) for d in app.said("dialog")][:3]
                    filler.unlink()  # room to read it back (and for the check)
                    self._check_file(trial, db, home, known, text, app, None)
                    results["runs"].append(asdict(trial))
                # at 0 bytes free: a bundle and a backup to another drive
                fill(disk, leave=0)
                stick = self.work / "stick"
                shutil.rmtree(stick, ignore_errors=True)
                stick.mkdir()
                db = disk / "run-0" / "cle.db"
                home = self.work / "full-0"
                exports = {}
                for name, command in (
                    ("sync export", ["sync", "export", "--out", str(stick / "bundle.zip")]),
                    ("backup", ["backup", "--out", str(stick / "backup.db")]),
                ):
                    cli = self.cli(db, home, *command)
                    code = cli.finish(120)
                    exports[name] = {"exit": code, "stderr": cli.stderr.strip()[-300:]}
                results["at_0_bytes_free"] = exports
        except NoSmallDisk as exc:
            results["skipped"] = str(exc)
        return results


# --- summary ---------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[rank]


def summarise(trials: list[Trial]) -> dict[str, Any]:
    typed = [t for t in trials if t.typed_chars]
    seconds = [t.lost_seconds for t in typed]
    words = [float(t.lost_words) for t in typed]
    by_scenario: dict[str, Any] = {}
    for name in sorted({t.scenario for t in trials}):
        group = [t for t in typed if t.scenario == name]
        by_scenario[name] = {
            "trials": sum(1 for t in trials if t.scenario == name),
            "typed_trials": len(group),
            "lost_seconds_p50": percentile([t.lost_seconds for t in group], 50),
            "lost_seconds_p90": percentile([t.lost_seconds for t in group], 90),
            "lost_seconds_max": max((t.lost_seconds for t in group), default=0.0),
            "words_lost": sum(t.lost_words for t in group),
        }
    return {
        "trials": len(trials),
        "typed_trials": len(typed),
        "lost_seconds": {
            "p50": percentile(seconds, 50),
            "p90": percentile(seconds, 90),
            "p99": percentile(seconds, 99),
            "max": max(seconds, default=0.0),
        },
        "lost_words": {
            "p50": percentile(words, 50),
            "p90": percentile(words, 90),
            "p99": percentile(words, 99),
            "total": int(sum(words)),
        },
        "lost_chars_total": sum(t.lost_chars for t in typed),
        "typed_chars_total": sum(t.typed_chars for t in typed),
        "integrity_failures": sum(1 for t in trials if not (t.integrity_ok and t.check_ok)),
        "files_that_no_longer_open": sum(1 for t in trials if not t.opens),
        "processes_left_behind": sum(t.left_behind for t in trials),
        "conflicts": sum(t.conflicts for t in trials),
        "text_mismatches": sum(1 for t in trials if t.text_mismatch),
        "stories_lost_from_before": sum(t.rows_lost for t in trials),
        "no_focus_when_typing": sum(1 for t in trials if t.no_focus),
        "schema_left_by_cli_kills": {
            name: sorted(
                {
                    str(r): sum(1 for t in trials if t.scenario == name and t.revision_at_kill == r)
                    for r in {t.revision_at_kill for t in trials if t.scenario == name}
                }.items()
            )
            for name in ("cli-first-start", "migration")
            if any(t.scenario == name for t in trials)
        },
        "by_scenario": by_scenario,
    }


def plan_scenarios(rng: random.Random, trials: int, chosen: list[str]) -> list[str]:
    weights = {name: MIX[name] for name in chosen}
    total = sum(weights.values())
    counts = {name: max(1, round(trials * w / total)) for name, w in weights.items()}
    order = [name for name, n in counts.items() for _ in range(n)]
    while len(order) > trials:
        order.remove(max(counts, key=lambda n: order.count(n)))
    while len(order) < trials:
        order.append("typing" if "typing" in chosen else chosen[0])
    rng.shuffle(order)
    return order


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.kill_trials")
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--scenarios", default=",".join(MIX), help="comma-separated; " + ", ".join(MIX)
    )
    parser.add_argument("--display", choices=["offscreen", "xvfb"], default="offscreen")
    parser.add_argument("--full-disk", action="store_true", help="add runs on a 20 MB tmpfs (root)")
    parser.add_argument("--full-disk-runs", type=int, default=3)
    parser.add_argument("--migration-stories", type=int, default=200, help="in the old file")
    parser.add_argument("--workdir", help="keep the trial folders here (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="do not delete the trial folders")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in MIX]
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(unknown)}")
    runner = Runner(args)
    print(f"preparing templates in {runner.work} ...", flush=True)
    runner.prepare(set(chosen) | ({"full-disk"} if args.full_disk else set()))
    trials: list[Trial] = []
    started = time.monotonic()
    for number, scenario in enumerate(plan_scenarios(runner.rng, args.trials, chosen), 1):
        trial = runner.run_trial(number, scenario)
        trials.append(trial)
        flags = [
            n
            for n, bad in (
                ("DOES-NOT-OPEN", not trial.opens),
                ("INTEGRITY", not (trial.integrity_ok and trial.check_ok)),
                (f"LEFT-{trial.left_behind}", trial.left_behind),
                (f"ROWS-LOST-{trial.rows_lost}", trial.rows_lost),
                (f"CONFLICTS-{trial.conflicts}", trial.conflicts),
                ("MISMATCH", trial.text_mismatch),
                ("nofocus", trial.no_focus),
            )
            if bad
        ]
        print(
            f"{number:4} {scenario:16} kill@{trial.kill_after_s:6.2f}s typed {trial.typed_chars:4}"
            f" lost {trial.lost_chars:3} chars {trial.lost_words:2} words {trial.lost_seconds:5.2f}s"
            f" procs {trial.processes_at_kill}"
            + (f" schema@kill {trial.revision_at_kill}" if trial.revision_at_kill else "")
            + f" {' '.join(flags)} {'; '.join(trial.notes)[:160]}",
            flush=True,
        )
        if not args.keep and trial.opens and not trial.notes:
            shutil.rmtree(runner.work / f"trial-{number:03}", ignore_errors=True)
    summary = summarise(trials)
    summary["seconds"] = round(time.monotonic() - started, 1)
    summary["command"] = "python -m tests.faults.kill_trials " + " ".join(argv or sys.argv[1:])
    if args.full_disk:
        summary["full_disk"] = runner.full_disk(args.full_disk_runs)
    print(json.dumps(summary, indent=1))
    if args.json:
        Path(args.json).write_text(
            json.dumps({"summary": summary, "trials": [asdict(t) for t in trials]}, indent=1)
        )
    bad = (
        summary["integrity_failures"]
        + summary["files_that_no_longer_open"]
        + summary["processes_left_behind"]
        + summary["conflicts"]
        + summary["text_mismatches"]
        + summary["stories_lost_from_before"]
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
