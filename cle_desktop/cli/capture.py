"""Headless capture commands: the demo gathering, CSV and photo imports, the benchmark."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cle_desktop.cli.main import CliError, add_command, db_path, emit, open_services

if TYPE_CHECKING:
    from cle_desktop.cli.main import Subparsers
    from cle_desktop.services import Services
    from cle_desktop.services.imports import CsvImportService
    from cle_desktop.services.photos import ImportReport


def _demo(args: argparse.Namespace) -> int:
    if args.stories < 0 or args.photos < 0:
        raise CliError("--stories and --photos cannot be negative.")
    from cle_desktop.demo import create_demo
    from cle_desktop.services.database_file import open_database

    db = open_database(db_path(args))
    summary = create_demo(db, stories=args.stories, photos=args.photos, seed=args.seed)
    payload = {
        "id": summary.id,
        "stories": summary.stories,
        "participants": summary.participants,
        "assets": summary.assets,
        "photos": summary.photos,
        "db": str(db.path),
    }
    emit(
        args,
        payload,
        f"Demo gathering {summary.id}: {summary.stories} stories, "
        f"{summary.participants} people, {summary.photos} photos in {db.path}.",
    )
    return 0


def _csv(services: Services) -> CsvImportService:
    from cle_desktop.services.imports import CsvImportService

    return CsvImportService(services.db)


def _check_gathering(services: Services, gathering_id: str) -> None:
    try:
        services.gatherings.get(gathering_id)
    except Exception as exc:
        raise CliError(
            f"There is no gathering with id {gathering_id}; `cle-desktop gatherings` lists them."
        ) from exc


def _report(args: argparse.Namespace, report: ImportReport, noun: str) -> int:
    lines = [f"Imported {len(report.imported)} {noun}, skipped {len(report.skipped)}."]
    lines += [
        f"  skipped {s['item']}: {s.get('reason', 'already there')}"
        for s in report.skipped
        if s.get("reason")
    ]
    lines += [f"  {e['reason']}" for e in report.errors]
    emit(args, report.as_json(), "\n".join(lines))
    return 0 if not report.errors else 1


def _import_photos(args: argparse.Namespace) -> int:
    services = open_services(args)
    _check_gathering(services, args.gathering)
    paths = [Path(p).expanduser() for p in args.paths]
    missing = [str(p) for p in paths if not p.exists()]
    report = services.photos.import_files(args.gathering, [p for p in paths if p.exists()])
    report.errors += [{"item": m, "reason": f"{m} does not exist."} for m in missing]
    return _report(args, report, "photos")


def _import_participants(args: argparse.Namespace) -> int:
    services = open_services(args)
    _check_gathering(services, args.gathering)
    return _report(
        args,
        _csv(services).import_participants(args.gathering, Path(args.file)),
        "participants",
    )


def _import_stories(args: argparse.Namespace) -> int:
    services = open_services(args)
    _check_gathering(services, args.gathering)
    return _report(
        args,
        _csv(services).import_stories(args.gathering, Path(args.file)),
        "stories",
    )


def _bench(args: argparse.Namespace) -> int:
    from cle_desktop.bench.harness import GROUPS, format_table, run_all

    only = [g.strip() for g in args.only.split(",") if g.strip()] if args.only else None
    unknown = sorted(set(only or ()) - set(GROUPS))
    if unknown:
        raise CliError(
            f"There is no benchmark group {', '.join(unknown)}; choose from {', '.join(GROUPS)}."
        )
    results = run_all(
        quick=args.quick, workdir=Path(args.workdir) if args.workdir else None, only=only
    )
    emit(args, results, format_table(results))
    return 0 if all(r["status"] == "PASS" for r in results) else 1


def register(subparsers: Subparsers) -> None:
    p = add_command(subparsers, "demo", _demo, "create a realistic demo gathering")
    p.add_argument("--stories", type=int, default=300)
    p.add_argument("--photos", type=int, default=40)
    p.add_argument("--seed", type=int, default=7)
    p = add_command(subparsers, "import-photos", _import_photos, "import photo files or folders")
    p.add_argument("--gathering", required=True)
    p.add_argument("paths", nargs="+")
    p = add_command(
        subparsers, "import-participants", _import_participants, "import a sign-in sheet (CSV)"
    )
    p.add_argument("--gathering", required=True)
    p.add_argument("file")
    p = add_command(subparsers, "import-stories", _import_stories, "import typed-up stories (CSV)")
    p.add_argument("--gathering", required=True)
    p.add_argument("file")
    p = add_command(subparsers, "bench", _bench, "run the benchmark harness")
    p.add_argument("--quick", action="store_true", help="smaller data, for a quick look")
    p.add_argument("--workdir", help="where to build benchmark databases (default: a temp dir)")
    p.add_argument(
        "--only",
        metavar="GROUPS",
        help="comma-separated groups to run: capture, search, open, photos, maps, reports, "
        "sync, gui (default: all)",
    )
