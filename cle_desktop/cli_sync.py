"""`cle-desktop sync ...`: bundles for a USB stick, a shared sync-point folder, the canonical
dump, and open conflicts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cle_desktop.cli import CliError, add_command, emit, open_services, open_services_for_reading
from cle_desktop.sync.bundle import BundleRejected


def _export(args: argparse.Namespace) -> int:
    # --since-peer records the export (a write); a full export only reads.
    services = open_services(args) if args.since_peer else open_services_for_reading(args)
    try:
        result = services.sync.export_bundle(Path(args.out), since_peer=args.since_peer)
    except BundleRejected as exc:
        raise CliError(str(exc)) from exc
    emit(
        args,
        {"path": str(result.path), "changes": result.changes, "media": result.media},
        f"Wrote {result.changes} changes and {result.media} photos to {result.path}.",
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        result = services.sync.import_bundle(Path(args.bundle))
    except BundleRejected as exc:
        raise CliError(str(exc)) from exc
    emit(
        args,
        {
            "path": str(result.path),
            "device_id": result.device_id,
            "new_changes": result.new_changes,
            "media_added": result.media_added,
        },
        f"Imported {result.new_changes} new changes and {result.media_added} photos"
        f" from {result.path.name}."
        if result.new_changes or result.media_added
        else f"Nothing new in {result.path.name}: this laptop already had all of it.",
    )
    return 0


def _folder(args: argparse.Namespace) -> int:
    services = open_services(args)
    result = services.sync.sync_folder(Path(args.folder))
    payload = {
        "imported": [
            {"path": str(r.path), "device_id": r.device_id, "new_changes": r.new_changes}
            for r in result.imported
        ],
        "exported": str(result.exported.path) if result.exported else None,
        "errors": [{"item": name, "reason": reason} for name, reason in result.rejected],
    }
    lines = [f"Imported {r.new_changes} changes from {r.path.name}." for r in result.imported]
    lines.append(
        f"Wrote {result.exported.changes} changes to {result.exported.path.name}."
        if result.exported
        else "The folder already had everything from this laptop."
    )
    lines += [f"Skipped {name}: {reason}" for name, reason in result.rejected]
    emit(args, payload, "\n".join(lines))
    return 0 if not result.rejected else 1


def _dump(args: argparse.Namespace) -> int:
    services = open_services(args)
    sys.stdout.write(services.sync.dump(args.gathering) + "\n")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    services = open_services(args)
    found = services.sync.conflicts()
    payload: list[dict[str, Any]] = [
        {
            "entity": c.entity,
            "row_id": c.row_id,
            "field": c.field,
            "kind": c.kind,
            "values": list(c.values),
        }
        for c in found
    ]
    text = "\n".join(
        f"{c.entity} {c.row_id} {c.field}: {c.kind}, {len(c.values)} versions" for c in found
    )
    emit(args, payload, text or "No conflicts.")
    return 0


def _purge(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError(
            "A purge erases this person's stories, name and photo links on every laptop and "
            "cannot be undone; add --yes to go ahead."
        )
    services = open_services(args)
    services.participants.get(args.participant)  # a sentence if there is no such person
    services.sync.purge_participant(args.participant)
    emit(
        args,
        {"purged": args.participant},
        "Erased here; the purge travels with the next bundle so every laptop erases the same.",
    )
    return 0


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser("sync", help="merge laptops by USB stick bundles")
    sync.set_defaults(func=lambda args: (sync.print_help(), 2)[1])
    sub = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    p = add_command(sub, "export", _export, "write a bundle of this laptop's changes")
    p.add_argument("--out", required=True, help="a folder (a file name is chosen) or a .zip path")
    p.add_argument("--since-peer", help="only what that device lacks (after importing its bundle)")
    p = add_command(sub, "import", _import, "verify and merge a bundle")
    p.add_argument("bundle")
    p = add_command(sub, "folder", _folder, "exchange with a shared sync-point folder")
    p.add_argument("folder")
    p = add_command(sub, "dump", _dump, "print the canonical dump of synced data and conflicts")
    p.add_argument("--gathering")
    add_command(sub, "conflicts", _conflicts, "list open conflicts")
    p = add_command(sub, "purge", _purge, "erase a withdrawn person's content on every laptop")
    p.add_argument("participant", help="participant id")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
