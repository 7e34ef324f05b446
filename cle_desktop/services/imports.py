"""Sign-in sheets and typed-up notes from spreadsheets.

Hosts often have a registration list and stories typed up after a circle. Rows are checked one
by one: a bad row is reported by its line number with the reason, good rows import, and running
the same file again creates nothing new (people match by name; a story's id is derived from its
title, tellers and body).

A sign-in sheet records the guardian's consent for a minor but not the young person's own
assent, so minors imported from a sheet share nothing until their assent is recorded in the app.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cle_desktop.domain.enums import AgeBand, Role, SharingLevel
from cle_desktop.domain.ids import stable_id
from cle_desktop.domain.limits import MAX_TEXT_CHARS
from cle_desktop.services.errors import QT_TRANSLATE_NOOP, InvalidInput
from cle_desktop.services.gatherings import GatheringService
from cle_desktop.services.participants import ParticipantService
from cle_desktop.services.photos import ImportReport
from cle_desktop.services.stories import StoryService
from cle_desktop.storage.database import Database
from cle_desktop.storage.models import Story

PARTICIPANT_COLUMNS = [
    "name",
    "pseudonym",
    "role",
    "team",
    "age_band",
    "languages",
    "sharing",
    "photo_release",
    "minor",
    "guardian_consent",
]
STORY_COLUMNS = ["title", "body", "tellers", "session", "language", "recorded_at"]
MAX_CSV_BYTES = 50 * 1024 * 1024
_TRUE = {"yes", "y", "true", "1", "sí", "si"}
_FALSE = {"no", "n", "false", "0", ""}


class RowError(ValueError):
    """A reason a row cannot be imported (shown with its line number)."""


def _bool(value: str, column: str) -> bool:
    v = value.strip().casefold()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise RowError(f"{column} must be yes or no, not {value!r}")


def read_rows(path: Path, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows keyed by lower-case header, with the line number each starts on."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no file at {path}."), path=path)
    if path.stat().st_size > MAX_CSV_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} is too large to be a sign-in sheet or notes file."),
            name=path.name,
        )
    raw = path.read_bytes()
    if raw[:4] in (b"PK\x03\x04",) or raw[:5] == b"%PDF-":
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not a CSV file. Save the spreadsheet as 'CSV UTF-8' and try again.",
            ),
            name=path.name,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not UTF-8 text. Save the spreadsheet as 'CSV UTF-8' and try again.",
            ),
            name=path.name,
        ) from None
    # The csv module refuses fields over 131,072 characters by default (a process-wide limit):
    # raise it to the longest text a field may hold, and say so for anything longer.
    if csv.field_size_limit() < MAX_TEXT_CHARS:
        csv.field_size_limit(MAX_TEXT_CHARS)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        return _rows(reader, path, required)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {line} of {name} has a cell longer than {limit} characters, more "
                    "than any field can hold; shorten it and try again.",
                ),
                line=reader.line_num + 1,  # the line being read is not counted yet
                name=path.name,
                limit=f"{MAX_TEXT_CHARS:,}",
            ) from None
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Line {line} of {name} cannot be read as CSV. Save the spreadsheet as "
                "'CSV UTF-8' and try again.",
            ),
            line=reader.line_num,
            name=path.name,
        ) from None


def _rows(
    reader: csv.DictReader[str], path: Path, required: list[str]
) -> list[tuple[int, dict[str, str]]]:
    headers = [h.strip().casefold() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in headers]
    if missing:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is missing the column(s) {missing}; the first line must be: {line}",
            ),
            name=path.name,
            missing=", ".join(missing),
            line=",".join(required),
        )
    reader.fieldnames = headers
    rows = []
    for row in reader:
        cleaned = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
        if any(cleaned.values()):
            rows.append((reader.line_num, cleaned))
    return rows


def _run(
    rows: list[tuple[int, dict[str, str]]],
    report: ImportReport,
    handle: Callable[[int, dict[str, str]], tuple[str, str | None]],
) -> None:
    for line, row in rows:
        try:
            outcome, item = handle(line, row)
        except (RowError, InvalidInput, ValueError) as exc:
            report.errors.append({"item": f"line {line}", "reason": f"Line {line}: {exc}."})
            continue
        entry = {"item": f"line {line}", "id": item or ""}
        (report.imported if outcome == "imported" else report.skipped).append(entry)


class CsvImportService:
    def __init__(self, db: Database):
        self.db = db
        self.people = ParticipantService(db)
        self.stories = StoryService(db)
        self.gatherings = GatheringService(db)

    def import_participants(self, gathering_id: str, path: Path) -> ImportReport:
        report = ImportReport()
        rows = read_rows(path, PARTICIPANT_COLUMNS)

        def handle(line: int, row: dict[str, str]) -> tuple[str, str | None]:
            name = row["name"]
            if not name:
                raise RowError("the name is empty")
            role = row["role"].casefold().replace(" ", "_") or None
            if role and role not in {r.value for r in Role}:
                raise RowError(
                    f"role {row['role']!r} is not one of {', '.join(r.value for r in Role)}"
                )
            age = row["age_band"].casefold() or None
            if age and age not in {a.value for a in AgeBand}:
                raise RowError("age_band must be youth, adult or elder")
            sharing = row["sharing"].casefold() or "none"
            if sharing not in {s.value for s in SharingLevel}:
                raise RowError("sharing must be none, internal, network or public")
            photo = _bool(row["photo_release"], "photo_release")
            minor = _bool(row["minor"], "minor")
            guardian = _bool(row["guardian_consent"], "guardian_consent")
            if self.people.find_by_name(gathering_id, name):
                return "skipped", self.people.find_by_name(gathering_id, name)
            languages = [x.strip() for x in row["languages"].split(";") if x.strip()]
            pid = self.people.add(
                gathering_id,
                name,
                pseudonym=row["pseudonym"] or None,
                role=role,
                team=row["team"] or None,
                age_band=age,
                languages=languages,
            )
            self.people.record_consent(
                pid,
                sharing_level=sharing,
                photo_release=photo,
                is_minor=minor,
                guardian_permission=guardian,
                youth_assent=False,
                collected_by=f"sign-in sheet {Path(path).name}",
            )
            return "imported", pid

        _run(rows, report, handle)
        return report

    def import_stories(self, gathering_id: str, path: Path) -> ImportReport:
        report = ImportReport()
        rows = read_rows(path, STORY_COLUMNS)

        def handle(line: int, row: dict[str, str]) -> tuple[str, str | None]:
            if not row["body"]:
                raise RowError("the story text (body) is empty")
            recorded = None
            if row["recorded_at"]:
                try:
                    recorded = datetime.fromisoformat(row["recorded_at"])
                except ValueError:
                    raise RowError(
                        f"recorded_at {row['recorded_at']!r} is not a date like 2026-10-14 10:30"
                    ) from None
                if recorded.tzinfo is None:
                    recorded = recorded.replace(tzinfo=UTC)
            tellers = [t.strip() for t in row["tellers"].split(";") if t.strip()]
            digest = hashlib.sha256(
                "\x1f".join([row["title"], row["body"], *tellers]).encode()
            ).hexdigest()
            story_id = stable_id(gathering_id, "csv-story", digest)
            with self.db.read() as s:
                if s.get(Story, story_id) is not None:
                    return "skipped", story_id
            teller_ids = [self.people.find_or_add(gathering_id, t) for t in tellers]
            session_id = (
                self.gatherings.find_or_create_session(gathering_id, row["session"])
                if row["session"]
                else None
            )
            sid = self.stories.capture(
                gathering_id,
                title=row["title"],
                body=row["body"],
                teller_ids=teller_ids,
                session_id=session_id,
                language=row["language"] or None,
                recorded_at=recorded,
                story_id=story_id,
            )
            return "imported", sid

        _run(rows, report, handle)
        return report
