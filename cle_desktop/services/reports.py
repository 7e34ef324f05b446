"""Report exports and the host's review numbers, over the consent-filtered report model."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import select

from cle_desktop.domain.enums import SharingLevel
from cle_desktop.domain.progress import CancelCheck, Cancelled, Progress
from cle_desktop.reports.formats import FORMATS
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, ServiceError
from cle_desktop.storage.consent import terms_of
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import (
    Consent,
    Gathering,
    GatheringSession,
    Participant,
    Story,
    StoryTeller,
    Tag,
)


@dataclass(frozen=True)
class Overview:
    stories: int
    participants: int
    photos: int
    artifacts: int
    tags_by_kind: dict[str, int]
    tags_by_category: dict[str, int]
    stories_by_session: dict[str, int]
    stories_by_day: dict[str, int]
    stories_by_role: dict[str, int]
    stories_by_age: dict[str, int]
    tags_by_role: dict[str, int]
    stories_without_consent: int
    # Stories with at least one teller of each age band: shares are of stories, not of
    # teller credits (a story told by two young people counts once).
    stories_with_age: dict[str, int] = field(default_factory=dict)
    # Roles and age bands of the gathering's people who told no story: the voices not heard.
    roles_not_heard: list[str] = field(default_factory=list)
    ages_not_heard: list[str] = field(default_factory=list)


class ReportService:
    def __init__(self, db: Database):
        self.db = db

    FORMATS = FORMATS
    AUDIENCES = ("public", "network", "internal")  # most restrictive first

    def export(
        self,
        gathering_id: str,
        fmt: str,
        out: Path,
        audience: str = "public",
        lang: str = "en",
        progress: Progress | None = None,
    ) -> Path:
        """Write the report; ``progress(done, total)`` is called from the caller's thread."""
        if fmt not in self.FORMATS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown format {format}; choose one of {formats}."),
                format=repr(fmt),
                formats=", ".join(self.FORMATS),
            )
        if audience not in ("internal", "network", "public"):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The audience must be internal, network or public.")
            )
        from cle_desktop.reports.export import export_report  # matplotlib & co. load on demand
        from cle_desktop.reports.formats import PdfEngineMissing

        try:
            return export_report(
                self.db, gathering_id, fmt, out, SharingLevel(audience), lang, progress
            )
        except LookupError as exc:
            raise NotFound(str(exc)) from exc
        except PdfEngineMissing as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The PDF could not be made: the Pango text library is missing on this "
                    "computer (on Debian or Ubuntu: apt install libpango-1.0-0 "
                    "libpangoft2-1.0-0). The HTML and DOCX reports work without it.",
                )
            ) from exc
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The report could not be written to {path}: {error}. "
                    "Nothing was lost; choose another place.",
                ),
                path=out,
                error=exc.strerror or exc,
            ) from exc

    def export_in_child_process(
        self,
        gathering_id: str,
        fmt: str,
        out: Path,
        audience: str = "public",
        lang: str = "en",
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Path:
        """:meth:`export` in a fresh interpreter, for the GUI. Rendering 300 stories and 200
        photos is seconds of Python that, in a thread, would hold the GIL against the window's
        event loop (stalls of a few hundred ms were measured); a child process has its own.
        Progress and the result (or the error, a sentence as from :meth:`export`) come back
        over a pipe; the caller's thread only waits on it.

        ``cancelled`` is asked while waiting: a cancel kills the child and removes its
        half-written file and scratch folder, so nothing partial is left (:class:`Cancelled`).
        """
        import multiprocessing
        import shutil
        import tempfile

        ctx = multiprocessing.get_context("spawn")  # a fork of a Qt process is not safe
        receiver, sender = ctx.Pipe(duplex=False)
        scratch = Path(tempfile.mkdtemp(prefix="cle-report-"))  # the child's temp files
        child = ctx.Process(
            target=_export_child,
            args=(
                str(self.db.path),
                gathering_id,
                fmt,
                str(out),
                audience,
                lang,
                sender,
                str(scratch),
            ),
            daemon=True,
        )
        child.start()
        sender.close()
        written: Path | None = None
        error: BaseException | None = None
        heard = stopped = False
        try:
            while True:
                if cancelled is not None and cancelled():
                    stopped = True
                    child.kill()
                    break
                if not receiver.poll(0.1):
                    continue
                try:
                    message = receiver.recv()
                except EOFError:
                    break
                heard = True
                if message[0] == "progress" and progress is not None:
                    progress(int(message[1]), int(message[2]))
                elif message[0] == "done":
                    written = Path(message[1])
                elif message[0] == "error":
                    error = message[1]
        finally:
            receiver.close()
            child.join()
            shutil.rmtree(scratch, ignore_errors=True)
        if stopped and written is None:
            Path(out).with_name(f".{Path(out).name}.partial").unlink(missing_ok=True)
            raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled. No report was written."))
        if error is not None:
            raise error
        if written is None and not heard:
            # The child never started (a frozen app without multiprocessing.freeze_support, a
            # __main__ it cannot re-import): write the report here rather than not at all.
            return self.export(gathering_id, fmt, out, audience, lang, progress)
        if written is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The report stopped before it was written (exit code {code}). "
                    "Nothing was lost; try again.",
                ),
                code=child.exitcode,
            )
        return written

    @staticmethod
    def file_suffix(fmt: str) -> str:
        """The file ending of a format ("csv" is a zip of CSV tables)."""
        return {"csv": "zip"}.get(fmt, fmt)

    def suggested_file_name(
        self, gathering_id: str, fmt: str, audience: str = "public", lang: str = "en"
    ) -> str:
        """The name a save dialog offers: the gathering's title, first day and audience."""
        from cle_desktop.reports.export import suggested_file_name

        with self.db.read() as s:
            g = s.get(Gathering, gathering_id)
            if g is None or g.deleted:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That gathering does not exist."))
            title, day = g.title, g.starts_on
        return suggested_file_name(title, day, audience, lang, fmt)

    def export_folder(self) -> Path:
        """Where the save dialog opens: the folder of the last export, else Documents."""
        try:
            remembered = json.loads(_folder_memory().read_text(encoding="utf-8"))["folder"]
            folder = Path(str(remembered))
            if folder.is_dir():
                return folder
        except (OSError, ValueError, KeyError, TypeError):
            pass
        documents = Path(platformdirs.user_documents_dir())
        return documents if documents.is_dir() else Path.home()

    def remember_export_folder(self, folder: Path) -> None:
        """Remembered per laptop user (beside the device id), never in the synced database."""
        memory = _folder_memory()
        try:
            memory.parent.mkdir(parents=True, exist_ok=True)
            memory.write_text(json.dumps({"folder": str(folder)}), encoding="utf-8")
        except OSError:
            pass  # a folder not remembered is no reason to fail an export that worked

    def overview(self, gathering_id: str) -> Overview:
        """Counts for the host's review screens (internal: everything on this laptop)."""
        from cle_desktop.storage.models import Artifact, Photo

        with self.db.read() as s:
            stories = s.scalars(
                select(Story).where(Story.gathering_id == gathering_id, Story.deleted.is_(False))
            ).all()
            ids = {st.id for st in stories}
            people = {
                p.id: p
                for p in s.scalars(
                    select(Participant).where(
                        Participant.gathering_id == gathering_id, Participant.deleted.is_(False)
                    )
                )
            }
            consents = {
                c.participant_id: terms_of(c)
                for c in s.scalars(select(Consent).where(Consent.participant_id.in_(list(people))))
            }
            tellers: dict[str, list[str]] = {}
            for link in s.scalars(select(StoryTeller).where(StoryTeller.deleted.is_(False))):
                if link.story_id in ids and link.participant_id in people:
                    tellers.setdefault(link.story_id, []).append(link.participant_id)
            tags = [
                t for t in s.scalars(select(Tag).where(Tag.deleted.is_(False))) if t.story_id in ids
            ]
            sessions = {
                x.id: x.title
                for x in s.scalars(
                    select(GatheringSession)
                    .where(GatheringSession.gathering_id == gathering_id)
                    .order_by(GatheringSession.starts_at, GatheringSession.title)
                )
            }
            photos = len(
                s.scalars(
                    select(Photo.id).where(
                        Photo.gathering_id == gathering_id, Photo.deleted.is_(False)
                    )
                ).all()
            )
            artifacts = len(
                s.scalars(
                    select(Artifact.id).where(
                        Artifact.gathering_id == gathering_id, Artifact.deleted.is_(False)
                    )
                ).all()
            )
        by_role: Counter[str] = Counter()
        by_age: Counter[str] = Counter()
        with_age: Counter[str] = Counter()
        tag_role: Counter[str] = Counter()
        tags_per_story = Counter(t.story_id for t in tags)
        no_consent = 0
        for st in stories:
            pids = tellers.get(st.id, [])
            if not pids or any(consents.get(p) is None for p in pids):
                no_consent += 1
            for p in pids:
                by_role[people[p].role or "other"] += 1
                by_age[people[p].age_band or "unknown"] += 1
                tag_role[people[p].role or "other"] += tags_per_story.get(st.id, 0)
            for band in {people[p].age_band or "unknown" for p in pids}:
                with_age[band] += 1
        present_roles = {p.role for p in people.values() if p.role}
        present_ages = {p.age_band for p in people.values() if p.age_band}
        return Overview(
            stories=len(stories),
            participants=len(people),
            photos=photos,
            artifacts=artifacts,
            tags_by_kind=dict(Counter(t.kind for t in tags)),
            tags_by_category=dict(Counter(t.category or "uncategorised" for t in tags)),
            # In agenda order (sessions) and date order (days), as a host reads a programme.
            stories_by_session=_in_order(
                Counter(sessions.get(st.session_id or "", "—") for st in stories),
                [*sessions.values(), "—"],
            ),
            stories_by_day=dict(
                sorted(
                    Counter(
                        st.recorded_at.date().isoformat() if st.recorded_at else "—"
                        for st in stories
                    ).items()
                )
            ),
            stories_by_role=dict(by_role),
            stories_by_age=dict(by_age),
            tags_by_role=dict(tag_role),
            stories_without_consent=no_consent,
            stories_with_age=dict(with_age),
            roles_not_heard=sorted(present_roles - set(by_role)),
            ages_not_heard=[
                a for a in ("youth", "adult", "elder") if a in present_ages - set(by_age)
            ],
        )


def _in_order(counts: Counter[str], order: list[str]) -> dict[str, int]:
    """``counts`` keyed in the given order (names not in it last, as found)."""
    out = {name: counts[name] for name in order if counts.get(name)}
    out.update({name: n for name, n in counts.items() if name not in out})
    return out


def _folder_memory() -> Path:
    from cle_desktop.storage.device import state_dir

    return state_dir() / "report-export.json"


def _export_child(
    db_path: str,
    gathering_id: str,
    fmt: str,
    out: str,
    audience: str,
    lang: str,
    sender: Any,
    scratch: str | None = None,
) -> None:
    """The child of :meth:`ReportService.export_in_child_process`; its temporary files go in
    ``scratch``, which the parent removes (also after killing it)."""
    if scratch:
        import tempfile

        tempfile.tempdir = scratch
    try:
        db = Database.open(Path(db_path))
    except Exception as exc:
        sender.send(("error", InvalidInput(str(exc))))
        sender.close()
        return
    try:
        path = ReportService(db).export(
            gathering_id,
            fmt,
            Path(out),
            audience,
            lang,
            progress=lambda done, total: sender.send(("progress", done, total)),
        )
        sender.send(("done", str(path)))
    except ServiceError as exc:
        sender.send(("error", exc))
    except Exception as exc:  # anything else still reaches the person as a sentence
        sender.send(("error", InvalidInput(f"{type(exc).__name__}: {exc}")))
    finally:
        sender.close()
        db.close()
