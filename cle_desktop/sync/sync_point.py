"""A folder on a USB stick as a shared sync point.

Every laptop that syncs with the folder (1) imports each bundle there that holds something it
lacks, judged by the bundle's version vector, and (2) writes one new bundle with only the
entries the folder does not hold yet (the union of the vectors of the bundles already there).
Bundles accumulate; each is small because it only carries news.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cle_desktop.domain.phrases import Phrase
from cle_desktop.storage.database import Database
from cle_desktop.sync.bundle import (
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


def _vector_of(path: Path) -> dict[str, int] | Phrase:
    """The bundle's version vector, read through the same checks as an import (a bad header
    must not reach the comparison below), or the sentence saying why it cannot be read."""
    try:
        return check_vector(read_manifest(path).get("version_vector"))
    except BundleRejected as exc:
        return exc.phrase


def _lacks(ours: dict[str, int], theirs: dict[str, int]) -> bool:
    return any(seq > ours.get(device, 0) for device, seq in theirs.items())


def sync_with_folder(db: Database, folder: Path) -> SyncPointResult:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    result = SyncPointResult()
    folder_vector: dict[str, int] = {}
    pending: list[tuple[Path, dict[str, int]]] = []
    for path in sorted(folder.glob("cle-*.zip")):
        vector = _vector_of(path)
        if isinstance(vector, Phrase):
            result.reject(path.name, vector)
            continue
        pending.append((path, vector))
        for device, seq in vector.items():
            folder_vector[device] = max(folder_vector.get(device, 0), seq)
    # A bundle holds only news, so it may build on another bundle in the folder: apply in
    # passes until nothing more applies (file names carry no causal order).
    failures: dict[str, Phrase] = {}
    progress = True
    while pending and progress:
        progress = False
        for path, vector in list(pending):
            with db.read() as session:
                ours = version_vector(session)
            if not _lacks(ours, vector):
                pending.remove((path, vector))
                continue
            try:
                result.imported.append(import_bundle(db, path))
            except BundleRejected as exc:
                failures[path.name] = exc.phrase
                continue
            pending.remove((path, vector))
            failures.pop(path.name, None)
            progress = True
    for name, phrase in sorted(failures.items(), key=lambda item: item[0]):
        result.reject(name, phrase)
    with db.read() as session:
        ours = version_vector(session)
    if _lacks(folder_vector, ours):
        result.exported = export_bundle(db, folder, since=folder_vector)
    return result
