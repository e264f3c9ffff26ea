"""Commands that move data in and out: backups and restore (import/export join them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coopeten_gui import APP_NAME
from coopeten_gui.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CommandError,
    db_path,
    open_existing,
)
from coopeten_gui.i18n import translate
from coopeten_gui.services import backups, session

if TYPE_CHECKING:
    from coopeten_gui.services.formats.errors import RowError
    from coopeten_gui.services.importer import ImportResult


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = commands.add_parser("import", help=translate(
        "Cli", "import contacts from a vCard or CSV file"))
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--format", default="auto",
                           choices=("auto", "vcard", "google", "outlook", "linkedin", "csv",
                                    "json"))
    importing.add_argument("--duplicates", default="skip", choices=("skip", "merge", "create"),
                           help=translate("Cli", "what to do with likely duplicates"))
    importing.add_argument("--dry-run", action="store_true",
                           help=translate("Cli", "only report what would happen"))
    importing.set_defaults(handler=cmd_import)

    exporting = commands.add_parser("export", help=translate(
        "Cli", "export contacts (vCard, CSV), everything (JSON) or the calendar (.ics)"))
    exporting.add_argument("--format", required=True,
                           choices=("vcard", "vcard3", "csv", "json", "ics"))
    exporting.add_argument("out", metavar="OUT")
    exporting.set_defaults(handler=cmd_export)

    listing = commands.add_parser("backups", help=translate("Cli", "list the backups"))
    listing.add_argument("--folder", metavar="DIR",
                         help=translate("Cli", "backup folder (default: beside the database)"))
    listing.set_defaults(handler=cmd_backups)

    restore = commands.add_parser("restore", help=translate(
        "Cli", "put a backup in place of the database (the current file is kept aside)"))
    restore.add_argument("backup", metavar="BACKUP")
    restore.set_defaults(handler=cmd_restore)


def cmd_import(args: argparse.Namespace) -> int:
    from coopeten_gui.services import importer

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CommandError(translate("Cli", "There is no file at {path}.").format(path=source))
    if args.format == "json" or (args.format == "auto" and source.suffix.lower() == ".json"):
        return restore_full_export(args, source)
    open_existing(args)
    try:
        plan = importer.preview(source, args.format)
        print(f"new\t{plan.new}")
        print(f"duplicates\t{len(plan.duplicates)}")
        print(f"errors\t{len(plan.errors)}")
        for duplicate in plan.duplicates:
            print("  " + translate("Cli", "row {row}: {name} looks like {existing} ({reason})")
                  .format(row=duplicate.row, name=duplicate.name,
                          existing=duplicate.existing_name, reason=duplicate.reason))
        for error in plan.errors:
            print("  " + translate("Cli", "line {line}: {message}").format(
                line=error.line, message=error.message))
        if args.dry_run:
            print(translate("Cli", "Dry run: nothing was written."))
            _report_left_out(plan.errors)
            return EXIT_OK
        result = importer.run_import(source, args.format, default_duplicate=args.duplicates)
        print(translate("Cli", "Imported: {created} new, {merged} merged, {skipped} skipped.")
              .format(created=result.created, merged=result.merged, skipped=result.skipped))
    finally:
        session.close()
    # done in part when rows of the file were left out
    if _report_left_out(result.errors):
        return EXIT_ERROR
    return _nothing_written(result)


def _report_left_out(errors: list[RowError]) -> int:
    """One line on stderr counting the rows left out and naming their lines."""
    if errors:
        lines = ", ".join(str(error.line) for error in errors[:20])
        more = "…" if len(errors) > 20 else ""
        text = translate("Cli", "Rows of the file left out: {count}, starting on lines "
                                "{lines}.").format(count=len(errors), lines=lines + more)
        print(f"{APP_NAME}: {text}", file=sys.stderr)
    return len(errors)


def cmd_export(args: argparse.Namespace) -> int:
    from coopeten_gui.services import exporter

    target = Path(args.out).expanduser()
    open_existing(args)
    try:
        written = exporter.export(args.format, target)
    finally:
        session.close()
    print(translate("Cli", "Exported {count} record(s) to {path}.").format(count=written,
                                                                           path=target))
    return EXIT_OK


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
    session.close()
    if aside is None:
        print(translate("Cli", "Restored {backup}.").format(backup=source))
    else:
        print(translate("Cli", "Restored {backup}; the previous database was kept as {aside}.")
              .format(backup=source, aside=aside))
    return EXIT_OK


def restore_full_export(args: argparse.Namespace, source: Path) -> int:
    """``import FILE.json``: the app's own full export, every record with its id, into
    the new database ``--db`` names (``--dry-run``: into a scratch file, then dropped)."""
    import tempfile

    from coopeten_gui.services import full_restore

    if args.dry_run:
        with tempfile.TemporaryDirectory(prefix="coopeten-restore-") as scratch:
            result = full_restore.restore(source, Path(scratch) / "check.sqlite")
        for table, count in result.counts.items():
            print(f"{table}\t{count}")
        print(translate("Cli", "Dry run: nothing was written."))
        return EXIT_OK
    target = db_path(args)
    result = full_restore.restore(source, target)
    for table, count in result.counts.items():
        print(f"{table}\t{count}")
    print(translate("Cli", "Restored {count} record(s) from {file} into {path}.").format(
        count=result.total, file=source.name, path=target))
    return EXIT_OK


def _nothing_written(result: ImportResult) -> int:
    """Never a success when the import wrote nothing (said on stderr)."""
    if result.created + result.merged == 0:
        print(f"{APP_NAME}: " + translate("Cli", "Nothing was imported."), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK
