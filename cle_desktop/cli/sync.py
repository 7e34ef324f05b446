"""`cle-desktop sync ...`: bundles for a USB stick, a shared sync-point folder, the canonical
dump, and open conflicts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cle_desktop.cli.main import (
    CliError,
    add_command,
    emit,
    open_services,
    open_services_for_reading,
    prints_help,
)

if TYPE_CHECKING:
    from cle_desktop.cli.main import Subparsers


def _export(args: argparse.Namespace) -> int:
    # --since-peer records the export (a write); a full export only reads.
    services = open_services(args) if args.since_peer else open_services_for_reading(args)
    # a refused bundle is a phrase error: ``cli.main`` prints its sentence (exit code 2)
    result = services.sync.export_bundle(Path(args.out), since_peer=args.since_peer)
    emit(
        args,
        {"path": str(result.path), "changes": result.changes, "media": result.media},
        f"Wrote {result.changes} changes and {result.media} photos to {result.path}.",
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    services = open_services(args)
    result = services.sync.import_bundle(Path(args.bundle))
    text = (
        f"Imported {result.new_changes} new changes and {result.media_added} photos"
        f" from {result.path.name}."
        if result.new_changes or result.media_added
        else f"Nothing new in {result.path.name}: this laptop already had all of it."
    )
    emit(
        args,
        {
            "path": str(result.path),
            "device_id": result.device_id,
            "new_changes": result.new_changes,
            "media_added": result.media_added,
            "consent_notes": list(result.consent_notes),
        },
        "\n".join([text, *result.consent_notes]),
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


def _join_request(args: argparse.Namespace) -> int:
    services = open_services(args)
    fingerprint = services.sync.join_request(Path(args.out), name=args.name)
    emit(
        args,
        {"path": args.out, "device_id": services.db.device_id, "fingerprint": fingerprint},
        f"Wrote the join request {args.out}. This laptop's fingerprint is {fingerprint}.\n"
        "Carry the file to the host laptop, which runs: cle-desktop sync invite "
        f"{Path(args.out).name} --out invite.file",
    )
    return 0


def _invite(args: argparse.Namespace) -> int:
    services = open_services(args)
    invitation = services.sync.invite(
        Path(args.request), Path(args.out), host_name=args.name, title=args.title
    )
    emit(
        args,
        {
            "path": str(invitation.path),
            "device_id": invitation.member.device_id,
            "name": invitation.member.name,
            "fingerprint": invitation.member.fingerprint,
            "pairing_code": invitation.pairing_code,
        },
        f"Invited {invitation.member.name} (fingerprint {invitation.member.fingerprint}) to "
        f"{invitation.roster.title}; wrote {invitation.path}.\n"
        f"Compare this code with the new laptop's screen: {invitation.pairing_code}",
    )
    return 0


def _join(args: argparse.Namespace) -> int:
    services = open_services(args)
    joined = services.sync.join(Path(args.invitation))
    emit(
        args,
        {
            "gathering": joined.roster.title,
            "host": joined.host.name,
            "host_fingerprint": joined.host.fingerprint,
            "pairing_code": joined.pairing_code,
        },
        f"Joined {joined.roster.title}, hosted by {joined.host.name} (fingerprint "
        f"{joined.host.fingerprint}).\n"
        f"Compare this code with the host's screen: {joined.pairing_code}",
    )
    return 0


def _laptops(args: argparse.Namespace) -> int:
    services = open_services(args)
    status = services.sync.trust_status()
    payload = {
        "device_id": status.device_id,
        "fingerprint": status.fingerprint,
        "gathering": status.gathering_title,
        "laptops": [vars(laptop) for laptop in status.laptops],
    }
    lines = [f"This laptop's fingerprint: {status.fingerprint}"]
    if status.gathering_title is None:
        lines.append("This laptop has not joined a gathering yet.")
    else:
        lines.append(f"Gathering: {status.gathering_title}")
        for laptop in status.laptops:
            tags = [
                t
                for t, on in (
                    ("host", laptop.is_host),
                    ("this laptop", laptop.is_this_laptop),
                    ("removed", laptop.removed),
                )
                if on
            ]
            extra = f" ({', '.join(tags)})" if tags else ""
            lines.append(f"  {laptop.name}  {laptop.fingerprint}  {laptop.device_id}{extra}")
    emit(args, payload, "\n".join(lines))
    return 0


def _remove_laptop(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError(
            "Removing a laptop refuses every change it writes from now on, on every laptop; "
            "add --yes to go ahead."
        )
    services = open_services(args)
    removed = services.sync.remove_laptop(args.device)
    emit(
        args,
        {"removed": removed.device_id, "name": removed.name},
        f"Removed {removed.name}. Its changes up to now still count; later ones are refused. "
        "The removal travels with this laptop's next bundles.",
    )
    return 0


def register(subparsers: Subparsers) -> None:
    sync = subparsers.add_parser("sync", help="merge laptops by USB stick bundles")
    sync.set_defaults(func=prints_help(sync))
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
    p = add_command(sub, "join-request", _join_request, "new laptop: ask the host to invite it")
    p.add_argument("--out", required=True, help="the request file to carry to the host")
    p.add_argument("--name", help="this laptop's name as others will see it")
    p = add_command(sub, "invite", _invite, "host: invite the laptop of a join request")
    p.add_argument("request", help="the join request file from the new laptop")
    p.add_argument("--out", required=True, help="the invitation file to carry back")
    p.add_argument("--name", help="this (host) laptop's name, the first time")
    p.add_argument("--title", help="the gathering's name, the first time")
    p = add_command(sub, "join", _join, "new laptop: accept the host's invitation")
    p.add_argument("invitation")
    add_command(sub, "laptops", _laptops, "this laptop's fingerprint and the gathering's laptops")
    p = add_command(sub, "remove-laptop", _remove_laptop, "host: remove a laptop")
    p.add_argument("device", help="device id (see sync laptops)")
    p.add_argument("--yes", action="store_true", help="confirm")
    p = add_command(sub, "purge", _purge, "erase a withdrawn person's content on every laptop")
    p.add_argument("participant", help="participant id")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
