"""Commands that move data in and out: backups and restore (import/export join them)."""

from __future__ import annotations

import argparse
from pathlib import Path

from coopeten_gui.cli import EXIT_OK, CommandError, db_path
from coopeten_gui.i18n import translate
from coopeten_gui.services import backups
from coopeten_gui.storage import database


def add_commands(commands: argparse._SubParsersAction) -> None:
    listing = commands.add_parser("backups", help=translate("Cli", "list the backups"))
    listing.add_argument("--folder", metavar="DIR",
                         help=translate("Cli", "backup folder (default: beside the database)"))
    listing.set_defaults(handler=cmd_backups)

    restore = commands.add_parser("restore", help=translate(
        "Cli", "put a backup in place of the database (the current file is kept aside)"))
    restore.add_argument("backup", metavar="BACKUP")
    restore.set_defaults(handler=cmd_restore)


def cmd_backups(args: argparse.Namespace) -> int:
    path = db_path(args)
    folder = Path(args.folder).expanduser() if args.folder else backups.default_folder(path)
    found = backups.list_backups(folder, path.stem)
    if not found:
        print(translate("Cli", "No backups in {folder}.").format(folder=folder))
    for backup in found:
        print(f"{backup.created_at:%Y-%m-%d %H:%M:%S}\t{backup.size}\t{backup.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.backup).expanduser()
    if not source.is_file():
        raise CommandError(translate("Cli", "There is no backup at {path}.").format(path=source))
    target = db_path(args)
    target.parent.mkdir(parents=True, exist_ok=True)
    aside = backups.restore(source, target)
    database.close_database()
    if aside is None:
        print(translate("Cli", "Restored {backup}.").format(backup=source))
    else:
        print(translate("Cli", "Restored {backup}; the previous database was kept as {aside}.")
              .format(backup=source, aside=aside))
    return EXIT_OK
