"""Recovering from a damaged database: restore a backup, or salvage the rows still readable.

Either way the new file is made and checked beside the damaged one first; only then is
the damaged file kept as ``NAME.STAMP.damaged`` (a name never used before) and the new
one swapped in. A salvage that reads nothing leaves the damaged file where it was, so
the next start finds the damage again and offers the backups again.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from coopeten_gui.i18n import translate
from coopeten_gui.services import backups
from coopeten_gui.storage import database, kept_files

#: past the last row found, how many ids in a row a salvage tries before it stops
_TRAILING_IDS = 2000


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
        reader = sqlite3.connect(f"{db_path.resolve().as_uri()}?immutable=1", uri=True)
        reader.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise backups.BackupError(translate(
            "Backup", "Nothing could be read from the damaged database ({reason}). It was "
                      "left in place.").format(reason=exc)) from exc
    writer = sqlite3.connect(str(target), isolation_level=None)
    saved = lost = 0
    tables_lost: list[str] = []
    lost_by_table: dict[str, int] = {}
    try:
        writer.execute("PRAGMA foreign_keys = OFF")
        tables = [r[0] for r in writer.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_fts%'")]
        writer.execute("BEGIN")
        writer.execute("DELETE FROM profile")
        writer.execute("DELETE FROM category")
        for table in tables:
            saved_here, lost_here = _copy_table(reader, writer, table)
            if saved_here is None:
                tables_lost.append(table)
                continue
            saved += saved_here
            lost += lost_here
            if lost_here:
                lost_by_table[table] = lost_here
        writer.execute("INSERT OR IGNORE INTO contact_fts_dirty SELECT id FROM contact")
        writer.execute("COMMIT")
    finally:
        writer.close()
        reader.close()
    if saved == 0:
        raise backups.BackupError(translate(
            "Backup", "Not a single record could be read from the damaged database; it was "
                      "left in place."))
    return Salvage(saved, lost, tables_lost, lost_by_table)


def _copy_table(reader: sqlite3.Connection, writer: sqlite3.Connection,
                table: str) -> tuple[int | None, int]:
    """Copy the readable rows of one table: (saved, lost), saved None if none was readable."""
    columns = [r[1] for r in writer.execute(f"PRAGMA table_info({table})")]
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    has_rowid = writer.execute(
        "SELECT sql NOT LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?",
        (table,)).fetchone()[0]
    if has_rowid:
        return _copy_by_id(reader, writer, table, names, insert)
    return _copy_in_order(reader, writer, table, names, insert)


def _copy_by_id(reader, writer, table: str, names: str, insert: str) -> tuple[int | None, int]:
    """Rows in id order; past a damaged page, the next ids one by one (each lookup goes
    straight to its own page), then in order again from the next row found."""
    saved = lost = 0
    last = None  # the last id read
    top = _highest_id(reader, table)
    unreadable: list[int] = []  # ids whose page could not be read, since the last row
    read_any = False
    while True:
        try:
            cursor = reader.execute(
                f"SELECT rowid, {names} FROM {table} "
                + ("" if last is None else "WHERE rowid > ? ") + "ORDER BY rowid",
                () if last is None else (last,))
            for row in cursor:
                if last is not None and row[0] <= last:
                    raise sqlite3.DatabaseError("rows out of order")  # a damaged page
                saved += _write(writer, insert, row[1:])
                last, read_any = row[0], True
            break
        except sqlite3.DatabaseError:
            pass
        # a damaged page: probe the ids after the last row read, one at a time
        start = 1 if last is None else last + 1
        found = None
        misses = 0
        candidate = start
        while top is None or candidate <= top:
            try:
                row = reader.execute(f"SELECT rowid, {names} FROM {table} WHERE rowid = ?",
                                     (candidate,)).fetchone()
            except sqlite3.DatabaseError:
                unreadable.append(candidate)
            else:
                if row is not None:
                    found = row
                    break
            misses += 1
            if misses > _TRAILING_IDS:  # (a damaged page may claim any highest id)
                break
            candidate += 1
        if found is None:
            # ids that could not be read after the last row found: lost only up to the
            # highest id the table is known to hold
            bound = top if top is not None else (last or 0)
            lost += sum(1 for i in unreadable if i <= bound)
            break
        lost += len(unreadable)
        unreadable = []
        saved += _write(writer, insert, found[1:])
        # the id asked for, not the one a damaged page may answer: always forward
        last, read_any = candidate, True
    if not read_any and lost == 0 and saved == 0 and not _readable(reader, table):
        return None, 0
    return saved, lost


def _highest_id(reader, table: str) -> int | None:
    try:
        return reader.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return None


def _readable(reader, table: str) -> bool:
    try:
        reader.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()
        return True
    except sqlite3.DatabaseError:
        return False


def _copy_in_order(reader, writer, table: str, names: str,
                   insert: str) -> tuple[int | None, int]:
    """A table without ids (a link between two others): its rows in order, up to the
    first unreadable page."""
    saved = lost = 0
    rows = reader.cursor()
    try:
        rows.execute(f"SELECT {names} FROM {table}")
    except sqlite3.DatabaseError:
        return None, 0
    try:
        while True:
            try:
                row = rows.fetchone()
            except sqlite3.DatabaseError:
                lost += 1
                break
            if row is None:
                break
            saved += _write(writer, insert, row)
    finally:
        rows.close()
    return saved, lost


def _write(writer, insert: str, row) -> int:
    try:
        writer.execute(insert, row)
        return 1
    except sqlite3.DatabaseError:
        return 0
