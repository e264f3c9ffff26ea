"""peewee's database object, made to share the connection ``storage.database`` opened.

``storage.database`` makes the one instance (``database.orm``) the first time the ORM is
needed and binds it to each file it opens; ``storage.models`` describes the tables over
it. This module knows neither: it is handed the function that gives the opener's
connection, so the three import one another in one direction only.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Callable

from peewee import SqliteDatabase, _savepoint


class SharedDatabase(SqliteDatabase):
    """peewee over the connection ``storage.database`` opened, in the thread that opened
    it (so plain-SQL reads and model queries share one transaction state); other threads
    get connections of their own, as peewee always gives them.

    ``adopt(path)`` returns the opener's connection to ``path`` in the opener's thread, or
    one a worker left for the next, else None; ``keep(conn)`` is asked before a connection
    closes, and keeps it open for the next worker when it says so."""

    def __init__(self, database: str | None, *,
                 adopt: Callable[[str], sqlite3.Connection | None],
                 keep: Callable[[sqlite3.Connection], bool] = lambda conn: False,
                 **kwargs: Any) -> None:
        self._adopt = adopt
        self._keep = keep
        super().__init__(database, **kwargs)

    def _connect(self) -> sqlite3.Connection:
        conn = self._adopt(self.database)
        if conn is None:
            return super()._connect()  # type: ignore[misc, no-any-return]  # peewee's own
        self._add_conn_hooks(conn)  # type: ignore[attr-defined]  # peewee's SQL functions
        return conn

    def _close(self, conn: sqlite3.Connection) -> None:
        if not self._keep(conn):
            conn.close()

    # After a full disk or an I/O error SQLite may already have rolled the whole
    # transaction back; peewee's ROLLBACK would then fail with "no transaction is active"
    # and hide the error that matters, so the undo happens only while there is one.

    def rollback(self) -> None:
        if self.connection().in_transaction:  # type: ignore[no-untyped-call]  # peewee's
            super().rollback()

    def savepoint(self, sid: str | None = None) -> _Savepoint:
        return _Savepoint(self, sid)


class _Savepoint(_savepoint):
    def rollback(self, begin: bool = True) -> None:
        if self.db.connection().in_transaction:
            super().rollback(begin)
