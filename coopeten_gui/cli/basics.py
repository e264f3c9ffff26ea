"""The foundation's commands: demo, new, check, backup, stats, search."""

from __future__ import annotations

import argparse

from coopeten_gui.cli.common import (
    EXIT_OK,
    EXIT_UNHEALTHY,
    CommandError,
    db_path,
    open_existing,
)
from coopeten_gui.i18n import translate
from coopeten_gui.services import session


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


def cmd_demo(args: argparse.Namespace) -> int:
    from coopeten_gui.services import demo

    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        raise CommandError(translate(
            "Cli", "{path} already exists; the demo is only written to a new file.").format(
            path=path))
    session.open_database(path)
    try:
        demo.load_demo()
    finally:
        session.close()
    print(translate("Cli", "Demo database created at {path}.").format(path=path))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise CommandError(translate("Cli", "There is no database at {path}.").format(path=path))
    # read-only: a check never writes to the file, nor beside it
    found, problems, stale_log = session.check_file(path)
    latest = session.latest_version()
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
        session.backup_to(target)
    finally:
        session.close()
    print(translate("Cli", "Backup written to {path}.").format(path=target))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from coopeten_gui.services import stats

    open_existing(args)
    try:
        for name, number in stats.counts():
            print(f"{name}\t{number}")
    finally:
        session.close()
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from coopeten_gui.services import contact_list

    open_existing(args)
    try:
        for row in contact_list.search_contacts(" ".join(args.text), limit=args.limit):
            print("\t".join(v for v in (row.display_name, row.organization, row.email,
                                        row.phone)))
    finally:
        session.close()
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    path = db_path(args)
    if path.exists():
        raise CommandError(translate(
            "Cli", "{path} already exists; a new database is only made where there is no "
                   "file.").format(path=path))
    session.create_database(path)
    session.close()
    print(translate("Cli", "Empty database created at {path}.").format(path=path))
    return EXIT_OK
