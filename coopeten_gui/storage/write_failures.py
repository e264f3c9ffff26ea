"""Why a write to the database failed, as one of a few kinds the user can act on.

SQLite refuses a write for reasons outside Coopeten: the file (or its folder, or the
disk) is read-only, another program holds the lock, the disk is full, or the disk
itself fails. ``kind_of`` names the reason from the exception (through peewee's
wrapping), ``is_read_only`` asks the open database without changing it, and
``savepoint`` is a savepoint that survives SQLite having already rolled back the whole
transaction after such an error, so the error the user sees is the real one.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

READ_ONLY = "read_only"
LOCKED = "locked"
FULL = "full"
DISK = "disk"

# SQLite's primary result codes (the low byte of the extended ones)
_CODES = {8: READ_ONLY, 5: LOCKED, 6: LOCKED, 13: FULL, 10: DISK, 14: DISK}
# by the message, for errors that carry no code (or lost it on the way)
_WORDS = (("readonly", READ_ONLY), ("read-only", READ_ONLY), ("is locked", LOCKED),
          ("is busy", LOCKED), ("disk is full", FULL), ("disk i/o error", DISK))


def kind_of(exc: BaseException) -> str | None:
    """READ_ONLY, LOCKED, FULL or DISK when ``exc`` (or what it wraps) is SQLite
    refusing a write for that reason; None for anything else."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        error = todo.pop()
        if not isinstance(error, BaseException) or id(error) in seen:
            continue
        seen.add(id(error))
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in _CODES:
            return _CODES[code & 0xFF]
        if type(error).__module__ in ("sqlite3", "peewee"):
            text = str(error).lower()
            for words, kind in _WORDS:
                if words in text:
                    return kind
        # peewee re-raises sqlite3's error as its own, holding the original first
        todo.extend([*error.args[:1], error.__cause__, error.__context__])
    return None


def is_read_only(conn: sqlite3.Connection) -> bool:
    """True when the database cannot take a write (read-only file, folder, disk or
    connection). Asks SQLite with a write that is rolled back at once, never committed."""
    if conn.in_transaction:
        return False  # a write is under way: the file takes writes
    try:
        conn.execute("BEGIN")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return kind_of(exc) == READ_ONLY
    return False


@contextmanager
def savepoint(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """Plain-SQL writes that commit together, or nest in the transaction under way.

    After a full disk or an I/O error SQLite may have rolled back the whole transaction
    itself; undoing the savepoint then would fail ("no such savepoint") and hide the
    error that matters, so it is undone only while the transaction still exists.
    """
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")
