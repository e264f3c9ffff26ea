"""The foundation's commands: demo, check, backup, stats, search.

Other command modules (documents, transfer) register theirs through ``add_commands``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from coopeten_gui import APP_NAME
from coopeten_gui.cli import EXIT_OK, EXIT_UNHEALTHY, CommandError, db_path
from coopeten_gui.i18n import translate
from coopeten_gui.storage import database

# modules that add more commands, each with an ``add_commands(subparsers)``
EXTENSIONS: tuple[str, ...] = ("coopeten_gui.cli_transfer", "coopeten_gui.cli_documents",
                              "coopeten_gui.cli_referrals", "coopeten_gui.cli_matches")
EXTENSIONS += ("coopeten_gui.cli_ledger",)
EXTENSIONS += ("coopeten_gui.cli_returns",)


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help=translate("Cli", "create a database with demo data"))
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser("check", help=translate("Cli", "check the database's health"))
    check.set_defaults(handler=cmd_check)

    backup = commands.add_parser("backup", help=translate("Cli", "copy the database safely"))
    backup.add_argument("out", metavar="OUT")
    backup.set_defaults(handler=cmd_backup)

    stats = commands.add_parser("stats", help=translate("Cli", "count each kind of record"))
    stats.set_defaults(handler=cmd_stats)

    search = commands.add_parser("search", help=translate("Cli", "find contacts"))
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(handler=cmd_search)

    new = commands.add_parser("new", help=translate(
        "Cli", "create an empty database at --db (never over an existing file)"))
    new.set_defaults(handler=cmd_new)

    for name in EXTENSIONS:
        importlib.import_module(name).add_commands(commands)


def open_existing(args: argparse.Namespace) -> None:
    """Open the chosen database, which must already exist (commands never create one)."""
    path = db_path(args)
    if not path.exists():
        raise CommandError(translate("Cli", "There is no database at {path}.").format(path=path))
    database.open_database(path)
    for note in database.notes():  # a log that did not belong, set aside: said once
        print(f"{APP_NAME}: {note}", file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    from coopeten_gui.services import demo

    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        raise CommandError(translate(
            "Cli", "{path} already exists; the demo is only written to a new file.").format(
            path=path))
    database.open_database(path)
    try:
        demo.load_demo()
    finally:
        database.close_database()
    print(translate("Cli", "Demo database created at {path}.").format(path=path))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise CommandError(translate("Cli", "There is no database at {path}.").format(path=path))
    # read-only: a check never writes to the file, nor beside it
    found, problems, stale_log = database.check_file(path)
    latest = database.latest_version()
    print(translate("Cli", "database: {path}").format(path=path))
    state = (translate("Cli", "up to date") if found == latest
             else translate("Cli", "will be upgraded to {latest} when opened").format(
                 latest=latest))
    print(translate("Cli", "schema version: {version} ({state})").format(version=found,
                                                                        state=state))
    if stale_log:
        print(translate("Cli", "write-ahead log: does not belong to this database ({reason}); "
                               "it will be set aside when the database is opened").format(
            reason=stale_log))
    if problems:
        print(translate("Cli", "integrity: {count} problem(s)").format(count=len(problems)))
        for line in problems[:20]:
            print(f"  {line}")
        return EXIT_UNHEALTHY
    print(translate("Cli", "integrity: ok"))
    return EXIT_UNHEALTHY if stale_log else EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    target = Path(args.out).expanduser()
    if target.exists():
        raise CommandError(translate(
            "Cli", "{path} already exists; choose a new file name for the backup.").format(
            path=target))
    open_existing(args)
    try:
        database.backup_to(target)
    finally:
        database.close_database()
    print(translate("Cli", "Backup written to {path}.").format(path=target))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from coopeten_gui.services import stats

    open_existing(args)
    try:
        for name, number in stats.counts():
            print(f"{name}\t{number}")
    finally:
        database.close_database()
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from coopeten_gui.services import contact_list

    open_existing(args)
    try:
        for row in contact_list.search_contacts(" ".join(args.text), limit=args.limit):
            print("\t".join(v for v in (row.display_name, row.organization, row.email,
                                        row.phone)))
    finally:
        database.close_database()
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    path = db_path(args)
    if path.exists():
        raise CommandError(translate(
            "Cli", "{path} already exists; a new database is only made where there is no "
                   "file.").format(path=path))
    database.open_database(path)
    database.close_database()
    print(translate("Cli", "Empty database created at {path}.").format(path=path))
    return EXIT_OK
