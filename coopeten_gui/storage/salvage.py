"""Salvage: copying every row still readable from a damaged database into a new one.

Rows are read by id, so a damaged page costs only the rows on it; a table without ids
is read in order up to its first unreadable page. The damaged file is opened
immutable: nothing is ever written to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, NamedTuple

#: past the last row found, how many ids in a row a salvage tries before it stops
_TRAILING_IDS = 2000


class Unreadable(Exception):
    """Nothing at all could be read from the damaged file (SQLite's reason as text)."""


class Copied(NamedTuple):
    rows_saved: int
    rows_lost: int
    tables_lost: list[str]
    lost_by_table: dict[str, int]


def copy_readable_rows(db_path: Path, target: Path) -> Copied:
    """Copy into ``target`` (a new, empty database of the current schema) every row of
    ``db_path`` that can still be read, the search index to be rebuilt from them.
    ``Unreadable`` when the damaged file cannot be opened at all."""
    try:
        reader = sqlite3.connect(f"{db_path.resolve().as_uri()}?immutable=1", uri=True)
        reader.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise Unreadable(str(exc)) from exc
    writer = sqlite3.connect(str(target), isolation_level=None)
    saved = lost = 0
    tables_lost: list[str] = []
    lost_by_table: dict[str, int] = {}
    try:
        writer.execute("PRAGMA foreign_keys = OFF")
        tables = [r[0] for r in writer.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_fts%' "
            "AND name <> 'open_followup_day'")]  # counted again as the rows come in
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
    return Copied(saved, lost, tables_lost, lost_by_table)


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


def _copy_by_id(reader: sqlite3.Connection, writer: sqlite3.Connection, table: str, names: str,
                insert: str) -> tuple[int | None, int]:
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


def _highest_id(reader: sqlite3.Connection, table: str) -> int | None:
    try:
        return reader.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return None


def _readable(reader: sqlite3.Connection, table: str) -> bool:
    try:
        reader.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchall()
        return True
    except sqlite3.DatabaseError:
        return False


def _copy_in_order(reader: sqlite3.Connection, writer: sqlite3.Connection, table: str, names: str,
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


def _write(writer: sqlite3.Connection, insert: str, row: tuple[Any, ...]) -> int:
    try:
        writer.execute(insert, row)
        return 1
    except sqlite3.DatabaseError:
        return 0
