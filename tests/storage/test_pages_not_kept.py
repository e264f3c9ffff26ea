"""Reads whose pages are not kept in the connection's cache (counts over every row)."""

from __future__ import annotations

import sqlite3

import pytest

from coopeten_gui.storage import database


def _cache_size() -> int:
    return database.connection().execute("PRAGMA cache_size").fetchone()[0]


def test_the_cache_is_small_inside_and_as_configured_after(db):
    configured = _cache_size()
    assert configured == database.PRAGMAS["cache_size"]
    with database.pages_not_kept():
        assert _cache_size() == -1024
    assert _cache_size() == configured


def test_the_cache_comes_back_after_a_failed_read(db):
    with pytest.raises(sqlite3.OperationalError):
        with database.pages_not_kept():
            database.connection().execute("SELECT count(*) FROM no_such_table")
    assert _cache_size() == database.PRAGMAS["cache_size"]
