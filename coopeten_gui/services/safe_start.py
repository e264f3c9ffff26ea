"""Opening the database at start-up with an integrity check, spotting damage early.

``open_checked`` either opens the file or reports what keeps it from opening — damage, a
file that cannot be read, an empty file, or a missing one the user had — with every
backup, leaving the choice (restore one, salvage, start empty, quit) to the caller: the
window asks the user; tests answer directly. It never creates a database in place of
one that was there. Refusals that are not damage (newer version, locked, read-only, no
room, another program's file) are raised as ``StorageError`` with their one sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from coopeten_gui.services import backups
from coopeten_gui.storage import database, kept_files

# ``services.recovery`` is imported where damage is dealt with: a sound start needs none

SQLITE_MAGIC = b"SQLite format 3\x00"

# what is wrong with the file
DAMAGED, UNREADABLE, MISSING = "damaged", "unreadable", "missing"


class Damage(NamedTuple):
    path: Path
    reason: str
    backup: backups.BackupInfo | None            # the newest sound backup
    backups: list[backups.BackupInfo] = []       # every backup, newest first
    kind: str = DAMAGED


def open_checked(path: Path, backup_folder: Path | None = None,
                 check: bool = True, expected: bool = False) -> Damage | None:
    """Open ``path``; None when it is open and sound, else what is wrong with it.

    ``expected``: the user had a database there (the settings remember it), so a missing
    file is reported (MISSING) rather than created — as it is too when backups of it
    exist. ``check=False`` reports only the damage that keeps the file from opening and
    leaves the integrity check of every page (a while, on a large file) to the caller:
    ``database.IntegrityCheck`` off the UI thread, then ``damage_found`` with what it
    found. Coopeten's own half-written files of an earlier crash are cleaned first.
    """
    path = Path(path)
    folder = backup_folder or backups.default_folder(path)
    kept_files.clean_partials(path, folder)
    if not path.exists() and (expected or backups.list_backups(folder, path.stem)):
        return _damage(path, "", folder, MISSING)
    try:
        database.open_database(path)
    except database.CorruptDatabaseError as exc:  # an empty file too
        kind = UNREADABLE if isinstance(exc, database.EmptyFileError) else DAMAGED
        return _damage(path, str(exc), folder, kind)
    except database.ForeignDatabaseError:
        raise  # another program's file: never touched
    except database.NotADatabaseError as exc:
        # not even SQLite's header: ours all the same when its backups are there
        if database.looks_like_sqlite(path) or backups.list_backups(folder, path.stem):
            return _damage(path, str(exc), folder, UNREADABLE)
        raise
    if not check:
        return None
    problem = database.quick_check(path)
    if problem:
        database.close_database(optimize=False)  # not a byte more into a damaged file
        return _damage(path, problem, folder)
    return None


def last_notes() -> list[str]:
    """What opening did that the user must hear of (a log that did not belong, set
    aside), one sentence each."""
    return database.notes()


def damage_found(path: Path, reason: str, backup_folder: Path | None = None) -> Damage:
    """The damage a later integrity check found in the open ``path``, as ``open_checked``
    reports it; the database is closed, ready for ``restore_newest`` or a salvage."""
    path = Path(path)
    database.close_database(optimize=False)  # not a byte more into a damaged file
    return _damage(path, reason, backup_folder or backups.default_folder(path))


def restore_newest(damage: Damage, backup_folder: Path | None = None,
                   backup: backups.BackupInfo | None = None) -> Path | None:
    """Put ``backup`` (default: the newest sound one) in place; returns where the damaged
    file went (None when there was none, or no sound backup)."""
    from coopeten_gui.services import recovery

    done = recovery.recover_from_backup(damage.path,
                                        backup_folder or backups.default_folder(damage.path),
                                        backup)
    return done[0] if done else None


def _damage(path: Path, reason: str, folder: Path, kind: str = DAMAGED) -> Damage:
    from coopeten_gui.services import recovery

    return Damage(path, reason, recovery.newest_good_backup(folder, path.stem),
                  backups.list_backups(folder, path.stem), kind)
