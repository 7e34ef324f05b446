"""`cle-desktop` entry point. No subcommand opens the GUI; subcommands do headless work.

Subcommands live in small modules (``cli/capture.py``, ``cli/sync.py`` ...) that each expose ``register(subparsers)``;
every handler takes the parsed args and returns an exit code. ``--db`` is global and written
before the subcommand: ``cle-desktop --db x.db search garden``. Every subcommand accepts
``--json``; errors a person can meet print one sentence to stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cle_desktop import __version__

if TYPE_CHECKING:
    from cle_desktop.services import Services

    # What ``add_subparsers`` returns; generic only in the type stubs, so named for mypy alone.
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

SUBCOMMAND_MODULES = (
    "cle_desktop.cli.capture",
    "cle_desktop.cli.maps",
    "cle_desktop.cli.reports",
    "cle_desktop.cli.sync",
)

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A sentence for stderr; exit code 2."""


def db_path(args: argparse.Namespace) -> Path:
    from cle_desktop.services.locations import default_db_path

    return Path(args.db).expanduser() if args.db else default_db_path()


def open_services(args: argparse.Namespace) -> Services:
    from cle_desktop.services import Services

    return Services.open(db_path(args))


def open_services_for_reading(args: argparse.Namespace) -> Services:
    """For commands that only read (export): a database whose disk is full is still read, so
    a bundle can go to a USB stick (``services.database_file.services_for_reading``)."""
    from cle_desktop.services.database_file import services_for_reading

    return services_for_reading(db_path(args))


def emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    """Print JSON when ``--json`` was given, else the human text."""
    if getattr(args, "json", False):
        import json  # here, not at the top: ``--help`` and text output never need it

        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def add_command(
    subparsers: Subparsers, name: str, handler: Handler, help_text: str
) -> argparse.ArgumentParser:
    """A subcommand with the shared ``--json`` flag."""
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=handler)
    return parser


def prints_help(parser: argparse.ArgumentParser) -> Handler:
    """The handler of a command group given no action (``cle-desktop sync``): its help, exit 2."""

    def handler(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return handler


# --- core subcommands ------------------------------------------------------------------------


def _gatherings(args: argparse.Namespace) -> int:
    services = open_services(args)
    rows = services.gatherings.all()
    payload = [
        {
            "id": g.id,
            "title": g.title,
            "host_community": g.host_community,
            "starts_on": g.starts_on.isoformat() if g.starts_on else None,
            "ends_on": g.ends_on.isoformat() if g.ends_on else None,
            "stories": services.stories.count(g.id),
        }
        for g in rows
    ]
    text = "\n".join(f"{p['id']}  {p['title']}  ({p['stories']} stories)" for p in payload)
    emit(
        args, payload, text or "No gatherings yet. Create one in the app or run `cle-desktop demo`."
    )
    return 0


def _search(args: argparse.Namespace) -> int:
    # read-only sqlite3, no SQLAlchemy, when the file allows (``services.database_file``)
    from cle_desktop.services.database_file import search_database

    hits = search_database(db_path(args), args.query, args.gathering, limit=args.limit)
    payload = {
        "hits": [
            {
                "story_id": h.row_id if h.entity == "story" else None,
                "kind": h.entity,
                "id": h.row_id,
                "title": h.title,
                "snippet": h.snippet,
                "score": h.score,
            }
            for h in hits
        ]
    }
    lines = [f"{h.score:8.3f}  [{h.entity}] {h.title}\n          {h.snippet}" for h in hits]
    emit(args, payload, "\n".join(lines) or "No matches.")
    return 0


def _check(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise CliError(f"There is no database at {path}.")
    from cle_desktop.services.database_file import check_database

    report = check_database(path)
    problems = list(report.problems)
    photos_checked = report.photos_checked
    emit(
        args,
        {
            "path": str(path),
            "ok": not problems,
            "problems": problems,
            "photos_checked": photos_checked,
        },
        f"The database and its {photos_checked} photo files are sound."
        if not problems
        else "Problems found:\n" + "\n".join(problems),
    )
    return 0 if not problems else 1


def _backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise CliError(f"There is no database at {path}.")
    out = Path(args.out).expanduser()
    if out.exists():
        raise CliError(f"{out} already exists; choose a new file name so no backup is overwritten.")
    try:
        from cle_desktop.services.database_file import backup_database

        backup_database(path, out)
    except OSError as exc:
        raise CliError(f"The backup could not be written to {out}: {exc.strerror or exc}.") from exc
    emit(args, {"out": str(out), "bytes": out.stat().st_size}, f"Backed up to {out}.")
    return 0


def _cache_argparse_gettext() -> None:
    """argparse looks each of its words ("usage", "show this help message and exit" ...) up
    with ``gettext`` for every parser it builds, and gettext searches the locale folders on disk
    each time, since a catalogue not found is not remembered: about 85 searches, a quarter of
    ``--help``'s time. The same look-ups, remembered (a found translation is still used)."""
    import functools
    import gettext

    if not hasattr(argparse._, "cache_info"):  # type: ignore[attr-defined]
        argparse._ = functools.lru_cache(maxsize=None)(gettext.gettext)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    _cache_argparse_gettext()
    parser = argparse.ArgumentParser(
        prog="cle-desktop",
        description="CLE Desktop: capture and share a Community Learning Exchange, offline.",
    )
    parser.add_argument(
        "--db", help="database file (default: $CLE_DESKTOP_DB or the user data dir)"
    )
    parser.add_argument("--version", action="version", version=f"cle-desktop {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    add_command(subparsers, "gatherings", _gatherings, "list gatherings")
    p = add_command(subparsers, "search", _search, "full-text search with snippets")
    p.add_argument("query")
    p.add_argument("--gathering", help="limit to one gathering id")
    p.add_argument("--limit", type=int, default=20)
    add_command(
        subparsers,
        "check",
        _check,
        "run SQLite's integrity check on the database and re-hash its stored photos",
    )
    p = add_command(subparsers, "backup", _backup, "write a consistent copy of the database")
    p.add_argument("--out", required=True)

    for module_name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(subparsers)
    return parser


#: Errors whose message is a sentence for a person, by module, so importing them costs nothing.
#: Every phrase error is one (a service's refusal, a refused bundle, a cancelled import); the
#: database's own error is named by its module only, which the command line never imports.
SENTENCE_ERRORS = (
    ("cle_desktop.domain.phrases", "PhraseError"),
    ("cle_desktop.storage.database", "DatabaseError"),
)


def _sentence_errors() -> tuple[type[BaseException], ...]:
    """The error types to print as one sentence. Only modules already loaded are asked: an
    error class whose module was never imported cannot have been raised, and importing
    ``storage.database`` just to name one costs ``search`` and ``--help`` half a second."""
    loaded = [getattr(sys.modules[m], name) for m, name in SENTENCE_ERRORS if m in sys.modules]
    return (CliError, *loaded)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from cle_desktop.ui.launch import run_gui

        return run_gui(db_path(args))
    try:
        return int(args.func(args))
    except Exception as exc:
        if not isinstance(exc, _sentence_errors()):
            raise
        print(f"cle-desktop: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cle-desktop: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): nothing more to say
        sys.stderr.close()
        return 0
