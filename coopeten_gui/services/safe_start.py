"""Opening the database at start-up with an integrity check, spotting damage early.

``open_checked`` either opens the file or reports the damage with the newest sound
backup, leaving the choice (restore, salvage, quit) to the caller — the window asks
the user; tests answer directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from coopeten_gui.services import backups
from coopeten_gui.storage import database

# ``services.recovery`` is imported where damage is dealt with: a sound start needs none

SQLITE_MAGIC = b"SQLite format 3\x00"


class Damage(NamedTuple):
    path: Path
    reason: str
    backup: backups.BackupInfo | None


def open_checked(path: Path, backup_folder: Path | None = None,
                 check: bool = True) -> Damage | None:
    """Open ``path``; None when it is open and sound, else what is wrong with it.

    Refusals that are not damage (newer version, locked, not a database at all) are
    raised as ``StorageError`` as usual. ``check=False`` reports only the damage that
    keeps the file from opening and leaves the integrity check of every page (a while,
    on a large file) to the caller: ``database.IntegrityCheck`` off the UI thread, then
    ``damage_found`` with what it found.
    """
    folder = backup_folder or backups.default_folder(path)
    try:
        database.open_database(path)
    except database.CorruptDatabaseError as exc:
        return _damage(path, str(exc), folder)
    except database.NotADatabaseError:
        if _looks_like_sqlite(path):  # a sound header over unreadable pages
            return _damage(path, "unreadable", folder)
        raise
    if not check:
        return None
    problem = database.quick_check(path)
    if problem:
        database.close_database(optimize=False)  # not a byte more into a damaged file
        return _damage(path, problem, folder)
    return None


def damage_found(path: Path, reason: str, backup_folder: Path | None = None) -> Damage:
    """The damage a later integrity check found in the open ``path``, as ``open_checked``
    reports it; the database is closed, ready for ``restore_newest`` or a salvage."""
    path = Path(path)
    database.close_database(optimize=False)  # not a byte more into a damaged file
    return _damage(path, reason, backup_folder or backups.default_folder(path))


def restore_newest(damage: Damage, backup_folder: Path | None = None) -> Path | None:
    """Put the newest sound backup in place; returns where the damaged file went."""
    from coopeten_gui.services import recovery

    done = recovery.recover_from_backup(damage.path,
                                        backup_folder or backups.default_folder(damage.path))
    return done[0] if done else None


def _damage(path: Path, reason: str, folder: Path) -> Damage:
    from coopeten_gui.services import recovery

    return Damage(path, reason, recovery.newest_good_backup(folder, path.stem))


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
