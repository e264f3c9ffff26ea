"""Backups: verified copies of the database, rotated, listed and restored.

A backup is taken with SQLite's backup API, then opened and checked (SQLite's quick
check) before any older one is rotated out, so a bad copy never replaces a good one. Restoring keeps
the current file aside under a name never used before, and swaps a checked copy in;
nothing here ever deletes the user's database.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from coopeten_gui.i18n import translate
from coopeten_gui.services import database_lock
from coopeten_gui.services.common import ServiceError
from coopeten_gui.storage import copy_checks, database, file_locks, kept_files

# grandfather-father-son: the newest backup of each of the last N days, weeks and months
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
AUTO_INTERVAL_MINUTES = 30

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?P<manual>-manual)?\.sqlite$")


class BackupError(ServiceError):
    pass


class BackupInfo(NamedTuple):
    path: Path
    created_at: datetime
    size: int
    manual: bool


def default_folder(db_path: Path) -> Path:
    """Backups sit beside the database, in a ``backups`` folder."""
    return db_path.parent / "backups"


def make_backup(folder: Path, manual: bool = False, when: datetime | None = None) -> BackupInfo:
    """Copy the open database into ``folder``, verify the copy, then rotate old ones."""
    db_path = database.database_path()
    if db_path is None:
        raise BackupError(translate("Backup", "No database is open."))
    when = (when or datetime.now()).replace(microsecond=0)
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-manual" if manual else ""
    target = folder / f"{db_path.stem}-{when:%Y%m%d-%H%M%S}{suffix}.sqlite"
    try:
        database.backup_to(target)
    except (OSError, copy_checks.CopyFailed) as exc:
        raise BackupError(translate(
            "Backup", "The backup could not be written to {folder}: {reason}").format(
            folder=folder, reason=getattr(exc, "strerror", None) or exc)) from exc
    problem = verify(target, whole=False)
    if problem:
        target.unlink(missing_ok=True)
        raise BackupError(translate(
            "Backup", "The backup copy failed its check ({problem}); older backups were kept."
        ).format(problem=problem))
    rotate(folder, db_path.stem, now=when)
    return _info(target)


def verify(path: Path, whole: bool = True) -> str | None:
    """None when the file is a sound Coopeten database, else what is wrong with it.

    ``whole=False``: SQLite's quick check, as at start-up: every page is read and its
    structure checked, but each index is not compared row by row with its table. That
    is enough for a copy just made page by page from the open file, and several times
    faster (0.6 s instead of 4 s for 100,000 contacts); ``check`` still does it all."""
    try:
        result, version = copy_checks.verdict_and_version(path, whole)
    except copy_checks.Unreadable as exc:
        return str(exc)
    if result != "ok":
        return result
    if not 1 <= version <= database.latest_version():
        return translate("Backup", "unknown data format {version}").format(version=version)
    return None


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and (stem is None or match.group("stem") == stem):
            found.append(_info(path))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def rotate(folder: Path, stem: str, now: datetime | None = None) -> list[Path]:
    """Delete automatic backups beyond the daily/weekly/monthly allowance; return them."""
    automatic = [b for b in list_backups(folder, stem) if not b.manual]
    keep: set[Path] = set()
    if automatic:
        keep.add(automatic[0].path)
    for key, allowance in ((lambda d: d.date(), KEEP_DAILY),
                           (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
                           (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: list[Any] = []
        for backup in automatic:  # newest first, so the first of each period is its newest
            period = key(backup.created_at)
            if period not in seen:
                if len(seen) == allowance:
                    break
                seen.append(period)
                keep.add(backup.path)
    removed = [b.path for b in automatic if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def restore(backup: Path, db_path: Path, reason: str = "before-restore") -> Path | None:
    """Put ``backup`` in place of the database at ``db_path`` and open it.

    Copy, verify, swap: the backup is copied beside the database and checked, what was
    at ``db_path`` (with its log) is kept as ``NAME.STAMP.REASON`` (a name never used
    before), then the checked copy replaces it in one rename — the path is never empty.
    Done under the database's lock; refused while another window or program has the
    file, for the database itself, or with no room (the current file then untouched).
    Returns the kept file (None when there was no database yet).
    """
    backup, db_path = Path(backup), Path(db_path)
    if db_path.exists() and _same_file(backup, db_path):
        raise BackupError(translate(
            "Backup", "{path} is the database itself: choose a backup to restore.").format(
            path=backup))
    problem = verify(backup)
    if problem:
        raise BackupError(translate(
            "Backup", "{path} cannot be restored: {problem}").format(path=backup, problem=problem))
    was_open = database.database_path() == db_path and database.is_open()
    with holding(db_path):
        database.close_database()
        try:
            aside = _swap_in(backup, db_path, reason)
        except BaseException:
            if was_open:
                _reopen(db_path)
            raise
    database.open_database(db_path)
    return aside


@contextmanager
def holding(db_path: Path) -> Iterator[None]:
    """The database's lock, and no other program on the file, for the whole move."""
    try:
        with database_lock.holding(db_path):
            yield
    except database_lock.WindowHoldsDatabaseError as exc:
        raise BackupError(str(exc)) from None


def _swap_in(source: Path, db_path: Path, reason: str) -> Path | None:
    if file_locks.held_by_another_program(db_path):
        raise database.LockedDatabaseError(database.locked_text(db_path))
    if db_path.exists() and reason != "damaged":
        database.fold_log(db_path)  # the kept file then holds every committed change
    db_path.parent.mkdir(parents=True, exist_ok=True)
    partial = kept_files.reserve(db_path.parent, f"{db_path.name}.restoring-"
                                                 f"{kept_files.stamp()}", "partial")
    try:
        try:
            kept_files.copy_checked(source, partial)
        except OSError as exc:
            raise _untouched(source, db_path, exc) from exc
        problem = verify(partial)
        if problem:
            raise BackupError(translate(
                "Backup", "The copy of {path} failed its check ({problem}); your database "
                          "was left untouched.").format(path=source, problem=problem))
        try:
            aside = kept_files.keep_with_logs(db_path, reason)
        except OSError as exc:
            raise _untouched(source, db_path, exc) from exc
        os.replace(partial, db_path)
    finally:
        partial.unlink(missing_ok=True)
    kept_files.drop_logs(db_path)  # kept aside with the old file; never to be replayed
    kept_files.sync_folder(db_path.parent)
    return aside


def _untouched(source: Path, db_path: Path, exc: OSError) -> BackupError:
    if kept_files.is_no_room(exc):
        return BackupError(translate(
            "Backup", "There is no room on the disk to put {backup} in place: your current "
                      "database is untouched. Free some space and try again.").format(
            backup=source))
    return BackupError(translate(
        "Backup", "{backup} could not be put in place ({reason}): your current database is "
                  "untouched.").format(backup=source, reason=exc.strerror or exc))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _reopen(db_path: Path) -> None:
    try:
        database.open_database(db_path)
    except database.StorageError:
        pass  # the caller's error says what went wrong first


def set_aside(db_path: Path, reason: str) -> Path | None:
    """Keep the database and its logs as ``NAME.STAMP.REASON`` (a name never used
    before) and clear the path; return the kept file, or None when there was none."""
    kept = kept_files.keep_with_logs(db_path, reason)
    if kept is not None:
        db_path.unlink()
        kept_files.drop_logs(db_path)
    return kept


class AutoBackup:
    """Decides when an automatic backup is due: data changed, and not more often than
    every ``interval`` minutes (or on exit)."""

    def __init__(self, folder: Path, interval_minutes: int = AUTO_INTERVAL_MINUTES) -> None:
        self.folder = folder
        self.interval_seconds = interval_minutes * 60
        self._changes_at_last = database.change_count()
        self._last_time: datetime | None = None

    def changed(self) -> bool:
        return database.change_count() != self._changes_at_last

    @staticmethod
    def changes() -> int:
        """Changes made so far through the connection of the calling thread (the
        window's, on the UI thread): what ``taken`` is told a backup holds."""
        return database.change_count()

    def due(self, now: datetime, on_exit: bool = False) -> bool:
        """Data changed, and (but on exit) the last backup is ``interval`` minutes old."""
        if not self.changed():
            return False
        return (on_exit or self._last_time is None
                or (now - self._last_time).total_seconds() >= self.interval_seconds)

    def taken(self, changes: int, now: datetime) -> None:
        """A backup was made at ``now`` of the data as it was after ``changes`` changes
        (``database.change_count()`` of the window's connection, read as it started)."""
        self._changes_at_last = changes
        self._last_time = now

    def maybe_backup(self, now: datetime | None = None, on_exit: bool = False) -> BackupInfo | None:
        now = now or datetime.now()
        if not self.due(now, on_exit):
            return None
        changes = self.changes()
        info = make_backup(self.folder, when=now)
        self.taken(changes, now)
        return info


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    created = datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S") if match else \
        datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, created, path.stat().st_size, bool(match and match.group("manual")))
