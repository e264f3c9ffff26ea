"""Writing a full export back into a database file, on a connection of its own.

``services.full_restore`` reads and checks the export; this module owns the SQL: it
makes (or takes) an empty database at the latest schema, inserts rows with their ids
in one transaction with foreign keys checked at commit, rebuilds the search index,
and leaves nothing behind when anything fails. It never touches the database the
window has open, so it can run in a background thread.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from coopeten_gui.storage import database, search

#: what the writer raises when a row or the commit is refused (the reason in its text),
#: and when the rows do not hold together (a foreign key, a unique value) at commit
WriteRefused = sqlite3.Error
Inconsistent = sqlite3.IntegrityError

#: tables a new database already fills (the profile's one row and its texts, the seeded
#: categories): their rows are replaced by the export's
SEEDED = ("profile", "profile_text", "category")

# An export written before the profile's texts were kept per language has the texts in the
# profile's own columns only: they go where migration 6 puts them (see its comments).
_PROFILE_TEXTS_FROM_PROFILE = """
INSERT INTO profile_text (language, tagline, who_we_are, what_we_do, where_we_are_going,
                          evidence, signature_title)
SELECT letter_language.code, tagline, who_we_are, what_we_do, where_we_are_going, evidence,
       signature_title
FROM profile, (SELECT 'es' AS code UNION ALL SELECT 'en') AS letter_language
WHERE profile.id = 1
  AND (lower(substr(profile.language, 1, 2)) = letter_language.code
       OR lower(substr(profile.language, 1, 2)) NOT IN ('es', 'en'))"""


def existing_records(path: Path, tables: list[str]) -> tuple[bool, bool]:
    """(holds contacts, holds any other record a new database does not have) of a file,
    read without writing to it. Raises ``database.StorageError`` for a file that is not
    a Coopeten database."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error as exc:
        raise database.NotADatabaseError(database._not_a_database(path)) from exc
    try:
        present = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "contact" not in present:
            if present:
                raise database.NotADatabaseError(database._not_a_database(path))
            return False, False  # an empty file
        contacts = conn.execute("SELECT EXISTS (SELECT 1 FROM contact)").fetchone()[0] == 1
        others = any(
            conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0] == 1
            for table in tables if table in present and table not in SEEDED)
        return contacts, others
    except sqlite3.DatabaseError as exc:
        raise database.NotADatabaseError(database._not_a_database(path)) from exc
    finally:
        conn.close()


class RestoreWriter:
    """One restore into ``path``: ``begin()``, ``insert`` rows table by table, then
    ``commit()``; ``abandon()`` rolls back (and removes a file it created)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.created = not path.exists()
        # an empty file the user made is left empty again, not removed, after a failure
        self.was_empty = not self.created and path.stat().st_size == 0
        self.conn: sqlite3.Connection | None = None
        self._columns: dict[str, dict[str, bool]] = {}
        self._statements: dict[tuple[str, tuple[str, ...]], str] = {}
        self._cleared: set[str] = set()

    def begin(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), isolation_level=None,
                               timeout=database.BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
        self.conn = conn
        conn.execute("PRAGMA foreign_keys = 1")
        conn.execute("PRAGMA journal_mode = wal")
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        if current < database.latest_version():
            database._apply_migrations(conn, current)
        conn.execute("BEGIN IMMEDIATE")
        # rows refer to rows further on (a contact introduced by a later one, a referral
        # to offers): the keys are checked once, at commit
        conn.execute("PRAGMA defer_foreign_keys = 1")

    def _open(self) -> sqlite3.Connection:
        if self.conn is None:
            raise RuntimeError("the restore has not begun")
        return self.conn

    def columns(self, table: str) -> dict[str, bool]:
        """The table's columns, each with whether a value is required (NOT NULL, no default)."""
        if table not in self._columns:
            rows = self._open().execute(f'PRAGMA table_info("{table}")').fetchall()
            self._columns[table] = {name: bool(notnull) and default is None and not pk
                                    for _cid, name, _type, notnull, default, pk in rows}
        return self._columns[table]

    def insert(self, table: str, record: dict[str, Any]) -> None:
        """One row; ``table`` and the keys of ``record`` were checked against ``columns``."""
        if table in SEEDED and table not in self._cleared:
            self._open().execute(f'DELETE FROM "{table}"')
        self._cleared.add(table)
        names = tuple(record)
        key = (table, names)
        sql = self._statements.get(key)
        if sql is None:
            sql = (f'INSERT INTO "{table}" (' + ", ".join(f'"{n}"' for n in names)
                   + ") VALUES (" + ", ".join("?" * len(names)) + ")")
            self._statements[key] = sql
        self._open().execute(sql, tuple(record.values()))

    def commit(self) -> None:
        """Rebuild the search index, check the keys, and commit."""
        conn = self._open()
        if "profile" in self._cleared and "profile_text" not in self._cleared:
            conn.execute("DELETE FROM profile_text")
            conn.execute(_PROFILE_TEXTS_FROM_PROFILE)
        conn.execute("INSERT OR IGNORE INTO contact_fts_dirty SELECT id FROM contact")
        conn.execute("DELETE FROM contact_fts")
        conn.execute(search._REBUILD_SQL)
        conn.execute("DELETE FROM contact_fts_dirty")
        conn.execute("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')")
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            row = f" {broken[1]}" if broken[1] is not None else ""
            raise sqlite3.IntegrityError(f"{broken[0]}{row} refers to a missing {broken[2]}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA optimize")
        conn.close()
        self.conn = None

    def abandon(self) -> None:
        if self.conn is not None:
            try:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self.conn.close()
            self.conn = None
        if self.created or self.was_empty:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
        if self.was_empty:
            self.path.touch()
