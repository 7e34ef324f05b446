"""`cle-desktop report` (every export format, consent applied) and `cle-desktop withdraw`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cle_desktop.cli.main import CliError, add_command, emit, open_services
from cle_desktop.domain.report_formats import FORMATS

if TYPE_CHECKING:
    from cle_desktop.cli.main import Subparsers


def _report(args: argparse.Namespace) -> int:
    services = open_services(args)
    out = services.reports.export(
        args.gathering, args.format, Path(args.out).expanduser(), args.audience, args.lang
    )
    emit(
        args,
        {
            "out": str(out),
            "format": args.format,
            "audience": args.audience,
            "bytes": out.stat().st_size,
        },
        f"Wrote the {args.audience} {args.format.upper()} report to {out}.",
    )
    return 0


def _withdraw(args: argparse.Namespace) -> int:
    services = open_services(args)
    services.gatherings.get(args.gathering)
    target = args.person
    roster = services.participants.roster(args.gathering)
    matches = [
        p for p in roster if p.id == target or p.display_name.casefold() == target.casefold()
    ]
    if not matches:
        raise CliError(f"No participant called {target!r} in this gathering.")
    if len(matches) > 1:
        raise CliError(f"{len(matches)} participants are called {target!r}; give the id instead.")
    person = matches[0]
    services.participants.withdraw(person.id, collected_by="command line")
    emit(
        args,
        {"id": person.id, "withdrawn": True},
        f"{person.display_name} is withdrawn: their stories, name and photos leave every export from now on.",
    )
    return 0


def register(subparsers: Subparsers) -> None:
    p = add_command(subparsers, "report", _report, "export the gathering's report, consent applied")
    p.add_argument("--gathering", required=True)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", required=True)
    p.add_argument("--audience", default="public", choices=("internal", "network", "public"))
    p.add_argument("--lang", default="en", choices=("en", "es"))
    p = add_command(
        subparsers, "withdraw", _withdraw, "record a participant's withdrawal of consent"
    )
    p.add_argument("--gathering", required=True)
    p.add_argument("person", metavar="NAME_OR_ID")
