"""Recovering from a damaged database: set it aside, restore a backup or salvage rows.

The damaged file is renamed ``NAME.STAMP.damaged`` and kept; recovery only ever writes
a new file in its place.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coopeten_gui.i18n import translate
from coopeten_gui.services import backups
from coopeten_gui.storage import database


@dataclass(frozen=True)
class Salvage:
    rows_saved: int
    rows_lost: int
    tables_lost: list[str]


def newest_good_backup(folder: Path, stem: str) -> backups.BackupInfo | None:
    for backup in backups.list_backups(folder, stem):
        if backups.verify(backup.path) is None:
            return backup
    return None


def recover_from_backup(db_path: Path, folder: Path) -> tuple[Path, backups.BackupInfo] | None:
    """Set the damaged file aside and put the newest sound backup in its place.

    Returns (where the damaged file went, the backup used), or None when no sound
    backup exists (the damaged file is then left where it was).
    """
    backup = newest_good_backup(folder, db_path.stem)
    if backup is None:
        return None
    database.close_database()
    aside = backups.set_aside(db_path, "damaged")
    backups.restore(backup.path, db_path)
    return aside, backup


def salvage(db_path: Path) -> tuple[Path, Salvage]:
    """Set the damaged file aside and copy every row that can still be read into a new
    database at ``db_path`` (schema from the migrations). Returns (aside path, summary)."""
    database.close_database()
    aside = backups.set_aside(db_path, "damaged")
    if aside is None:
        raise backups.BackupError(translate("Backup", "There is no database to salvage."))
    database.open_database(db_path)
    database.close_database()
    saved = lost = 0
    tables_lost: list[str] = []
    # a separate reader: a read error on a damaged page must not end the write transaction
    try:
        reader = sqlite3.connect(f"file:{aside}?mode=ro", uri=True)
        reader.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise backups.BackupError(translate(
            "Backup", "Nothing could be read from the damaged database ({reason}). It is "
                      "kept as {path}.").format(reason=exc, path=aside)) from exc
    writer = sqlite3.connect(str(db_path), isolation_level=None)
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
            else:
                saved += saved_here
                lost += lost_here
        writer.execute("INSERT OR IGNORE INTO contact_fts_dirty SELECT id FROM contact")
        writer.execute("COMMIT")
    finally:
        writer.close()
        reader.close()
    database.open_database(db_path)
    return aside, Salvage(saved, lost, tables_lost)


def _copy_table(reader: sqlite3.Connection, writer: sqlite3.Connection,
                table: str) -> tuple[int | None, int]:
    """Copy the readable rows of one table: (saved, lost), saved None if none was readable."""
    columns = [r[1] for r in writer.execute(f"PRAGMA table_info({table})")]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
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
                break  # the rest of this table sits on unreadable pages
            if row is None:
                break
            try:
                writer.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)
                saved += 1
            except sqlite3.DatabaseError:
                lost += 1
    finally:
        rows.close()
    return saved, lost
