"""A folder on a USB stick as a shared sync point.

Every laptop that syncs with the folder (1) imports each bundle there that holds something it
lacks, judged by the bundle's version vector, and (2) writes one new bundle with only the
entries the folder does not hold yet (the union of the vectors of the bundles already there).
Bundles accumulate; each is small because it only carries news.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cle_desktop.domain.phrases import QT_TRANSLATE_NOOP, Phrase
from cle_desktop.domain.progress import CancelCheck, Cancelled, Progress
from cle_desktop.storage.database import Database
from cle_desktop.sync import seal, trust
from cle_desktop.sync.bundle import (
    SEALED_SUFFIX,
    BundleRejected,
    ExportResult,
    ImportResult,
    export_bundle,
    import_bundle,
    read_manifest,
    version_vector,
)
from cle_desktop.sync.validate import check_vector


@dataclass
class SyncPointResult:
    imported: list[ImportResult] = field(default_factory=list)
    exported: ExportResult | None = None
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (file name, sentence)
    # The same sentences as translatable phrases, in the same order (for the GUI).
    rejected_phrases: list[Phrase] = field(default_factory=list)

    def reject(self, name: str, phrase: Phrase) -> None:
        self.rejected.append((name, str(phrase)))
        self.rejected_phrases.append(phrase)


def _vector_of(db: Database, path: Path) -> dict[str, int] | Phrase:
    """The bundle's version vector, read through the same checks as an import (a bad header
    must not reach the comparison below), or the sentence saying why it cannot be read."""
    if seal.is_sealed(path):  # a sealed bundle's vector is in its envelope
        vector = trust.envelope_vector(db, path)
        if vector is None:
            return Phrase(
                QT_TRANSLATE_NOOP("Errors", "{name} is damaged and was skipped."),
                {"name": path.name},
            )
        return vector
    try:
        return check_vector(read_manifest(path).get("version_vector"))
    except BundleRejected as exc:
        return exc.phrase


def _lacks(ours: dict[str, int], theirs: dict[str, int]) -> bool:
    return any(seq > ours.get(device, 0) for device, seq in theirs.items())


def sync_with_folder(
    db: Database,
    folder: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> SyncPointResult:
    """Import what the folder holds that this laptop lacks, then leave this laptop's news.

    ``progress`` counts the entries of the bundle being imported (then of the one written);
    a cancel keeps the bundles already imported (each commits whole) and rolls back the one
    being read, and says so.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    result = SyncPointResult()
    folder_vector: dict[str, int] = {}
    pending: list[tuple[Path, dict[str, int]]] = []
    found = [*folder.glob(f"cle-*.{SEALED_SUFFIX}"), *folder.glob("cle-*.zip")]
    for path in sorted(found):
        vector = _vector_of(db, path)
        if isinstance(vector, Phrase):
            result.reject(path.name, vector)
            continue
        pending.append((path, vector))
        for device, seq in vector.items():
            folder_vector[device] = max(folder_vector.get(device, 0), seq)
    # A bundle holds only news, so it may build on another bundle in the folder: apply in
    # passes until nothing more applies (file names carry no causal order).
    failures: dict[str, Phrase] = {}
    advanced = True
    while pending and advanced:
        advanced = False
        for path, vector in list(pending):
            with db.read() as session:
                ours = version_vector(session)
            if not _lacks(ours, vector):
                pending.remove((path, vector))
                continue
            try:
                result.imported.append(import_bundle(db, path, progress, cancelled))
            except Cancelled:
                raise _cancelled_after(len(result.imported)) from None
            except BundleRejected as exc:
                failures[path.name] = exc.phrase
                continue
            pending.remove((path, vector))
            failures.pop(path.name, None)
            advanced = True
    for name, phrase in sorted(failures.items(), key=lambda item: item[0]):
        result.reject(name, phrase)
    with db.read() as session:
        ours = version_vector(session)
    if _lacks(folder_vector, ours):
        try:
            result.exported = export_bundle(db, folder, folder_vector, progress, cancelled)
        except Cancelled:
            raise _cancelled_after(len(result.imported), exporting=True) from None
    return result


def _cancelled_after(imported: int, exporting: bool = False) -> Cancelled:
    if exporting:
        return Cancelled(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cancelled. The bundles imported ({count}) are kept; no bundle was left in the "
                "folder for the others.",
            ),
            count=imported,
        )
    return Cancelled(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cancelled. The bundles imported before ({count}) are kept; the one being read was "
            "rolled back, and nothing was left in the folder for the others.",
        ),
        count=imported,
    )
