"""Reads a worker thread abandons half-way when what it reads for is no longer wanted
(the words of a search changed while it read three million rows).

SQLite asks a progress handler every so many steps of its machine; once it answers
"stop", the statement under way ends with an error, which is told apart from a real one
by asking again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from coopeten_gui.storage import database

#: SQLite's steps between two questions (well under a millisecond)
STEPS = 100_000


class Stopped(Exception):
    """The reads were abandoned: ``stop`` said so."""


@contextmanager
def unless_stopped(stop: Callable[[], bool] | None) -> Iterator[None]:
    """Read on this thread's connection, asking ``stop`` now and then (never when None);
    raises ``Stopped`` once it said True, before or while SQLite reads."""
    if stop is None:
        yield
        return
    if stop():
        raise Stopped
    conn = database.connection()
    conn.set_progress_handler(lambda: 1 if stop() else 0, STEPS)
    try:
        yield
    except Exception:
        if stop():  # SQLite's "interrupted", through sqlite3 or peewee
            raise Stopped from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
