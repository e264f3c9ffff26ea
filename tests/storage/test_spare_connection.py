"""A worker's connection, given back, stays open for the next worker with the pages it
has read (the import's preview, then the import); never to another file, never in the
middle of a transaction, and closed with the database."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from coopeten_gui.storage import database


def _on_worker(work):
    """``work()`` on a thread of its own, which gives its connection back at the end as
    a pool job does; its result."""
    out = []

    def run() -> None:
        try:
            out.append(work())
        finally:
            database.close_database()  # in a worker: only its own connection

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    return out[0]


def _file_of(conn: sqlite3.Connection) -> Path:
    return Path(conn.execute("PRAGMA database_list").fetchone()[2]).resolve()


@pytest.fixture
def opened(tmp_path):
    path = tmp_path / "a.sqlite"
    database.open_database(path)
    database.orm()  # workers' connections come from peewee
    yield path
    database.close_database()


def test_the_next_worker_gets_the_connection_the_last_one_gave_back(opened):
    first = _on_worker(database.connection)
    second = _on_worker(database.connection)
    assert second is first
    assert second is not database.connection()  # the UI thread's stays its own
    assert _file_of(second) == opened.resolve()
    # and it still works: a read on it, from the next worker
    assert _on_worker(lambda: database.connection().execute("SELECT 1").fetchone()) == (1,)


def test_two_workers_at_once_each_get_a_connection_and_one_is_kept(opened):
    both_in = threading.Barrier(2)
    conns: list[sqlite3.Connection] = []

    def work() -> None:
        conns.append(database.connection())
        both_in.wait(timeout=10)
        database.close_database()

    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert conns[0] is not conns[1]
    lent = _on_worker(database.connection)
    assert lent in conns
    not_kept = next(c for c in conns if c is not lent)
    with pytest.raises(sqlite3.ProgrammingError):
        not_kept.execute("SELECT 1")  # closed


def test_a_connection_given_back_for_another_file_is_not_lent(opened, tmp_path):
    started, carry_on = threading.Event(), threading.Event()
    out: list[sqlite3.Connection] = []

    def work() -> None:
        out.append(database.connection())
        started.set()
        carry_on.wait(timeout=10)
        database.close_database()  # given back after the UI thread opened another file

    worker = threading.Thread(target=work)
    worker.start()
    assert started.wait(timeout=10)
    other = tmp_path / "b.sqlite"
    database.close_database()
    database.open_database(other)
    carry_on.set()
    worker.join()
    with pytest.raises(sqlite3.ProgrammingError):
        out[0].execute("SELECT 1")  # closed, not kept
    assert _file_of(_on_worker(database.connection)) == other.resolve()


def test_a_connection_inside_a_transaction_is_not_kept(opened):
    def work() -> sqlite3.Connection:
        conn = database.connection()
        conn.execute("BEGIN")
        kept = database.kept_for_next_worker(conn)
        conn.execute("ROLLBACK")
        assert not kept
        return conn

    left_in_transaction = _on_worker(work)
    assert _on_worker(database.connection) is left_in_transaction  # kept once it ended


def test_closing_the_database_closes_the_kept_connection(opened):
    kept = _on_worker(database.connection)
    database.close_database()
    with pytest.raises(sqlite3.ProgrammingError):
        kept.execute("SELECT 1")
    database.open_database(opened)
    assert _on_worker(database.connection) is not kept
