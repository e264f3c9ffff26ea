"""Recovering from a damaged database: restore a backup, or salvage the rows still readable.

Either way the new file is made and checked beside the damaged one first; only then is
the damaged file kept as ``NAME.STAMP.damaged`` (a name never used before) and the new
one swapped in. A salvage that reads nothing leaves the damaged file where it was, so
the next start finds the damage again and offers the backups again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from coopeten_gui.i18n import translate
from coopeten_gui.services import backups
from coopeten_gui.storage import database, kept_files
from coopeten_gui.storage.salvage import Unreadable, copy_readable_rows


@dataclass(frozen=True)
class Salvage:
    rows_saved: int
    rows_lost: int
    tables_lost: list[str]
    lost_by_table: dict[str, int] = field(default_factory=dict)


def newest_good_backup(folder: Path, stem: str) -> backups.BackupInfo | None:
    for backup in backups.list_backups(folder, stem):
        if backups.verify(backup.path) is None:
            return backup
    return None


def recover_from_backup(db_path: Path, folder: Path,
                        backup: backups.BackupInfo | None = None
                        ) -> tuple[Path | None, backups.BackupInfo] | None:
    """Put ``backup`` (default: the newest sound one) in place of the damaged or missing
    file, which is kept as ``NAME.STAMP.damaged``.

    Returns (where the damaged file went — None when there was none, the backup used),
    or None when no sound backup exists (the damaged file is then left where it was).
    """
    backup = backup or newest_good_backup(folder, db_path.stem)
    if backup is None:
        return None
    aside = backups.restore(backup.path, db_path, reason="damaged")
    return aside, backup


def salvage(db_path: Path) -> tuple[Path, Salvage]:
    """Copy every row that can still be read into a new database, checked, then put it in
    place of the damaged file (kept aside). Returns (kept damaged file, summary).

    Rows are read by id, so a damaged page costs only the rows on it. Nothing readable:
    ``BackupError``, and the damaged file stays where it was.
    """
    if not db_path.exists():
        raise backups.BackupError(translate("Backup", "There is no database to salvage."))
    with backups.holding(db_path):
        database.close_database()
        partial = kept_files.reserve(db_path.parent, f"{db_path.name}.salvage-"
                                                     f"{kept_files.stamp()}", "partial")
        try:
            summary = _salvage_into(db_path, partial)
            problem = backups.verify(partial)
            if problem:
                raise backups.BackupError(translate(
                    "Backup", "The salvaged copy failed its check ({problem}); the damaged "
                              "database was left in place.").format(problem=problem))
            aside = kept_files.keep_with_logs(db_path, "damaged")
            assert aside is not None  # the file is there: checked above, and held
            os.replace(partial, db_path)
        except OSError as exc:
            raise backups.BackupError(translate(
                "Backup", "The rows could not be saved ({reason}); the damaged database was "
                          "left in place.").format(reason=exc.strerror or exc)) from exc
        finally:
            partial.unlink(missing_ok=True)
        kept_files.drop_logs(db_path)
        kept_files.sync_folder(db_path.parent)
    database.open_database(db_path)
    return aside, summary


def _salvage_into(db_path: Path, target: Path) -> Salvage:
    database.create_empty(target)
    try:
        copied = copy_readable_rows(db_path, target)
    except Unreadable as exc:
        raise backups.BackupError(translate(
            "Backup", "Nothing could be read from the damaged database ({reason}). It was "
                      "left in place.").format(reason=exc)) from exc
    if copied.rows_saved == 0:
        raise backups.BackupError(translate(
            "Backup", "Not a single record could be read from the damaged database; it was "
                      "left in place."))
    return Salvage(*copied)
