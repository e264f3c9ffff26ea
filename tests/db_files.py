"""Database files as accidents leave them: a first-version file, another copy's
write-ahead log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from coopeten_gui.services import contacts
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.storage import database

REPO = Path(__file__).resolve().parents[1]


def stale_wal(tmp_path: Path) -> bytes:
    """The write-ahead log of another, small Coopeten database, as a crash leaves it."""
    other = tmp_path / "other" / "small.sqlite"
    other.parent.mkdir()
    database.open_database(other)
    contacts.create(ContactData(given_name="From the other copy"))
    wal = other.with_name(other.name + "-wal").read_bytes()
    database.close_database()
    assert len(wal) > 4096
    return wal


def first_version_file(path: Path) -> None:
    sql = (REPO / "db" / "migrations" / "0001_initial.sql").read_text(encoding="utf-8")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = 1;\nCOMMIT;")
    for i in range(400):
        conn.execute("INSERT INTO contact (given_name, display_name, notes, created_at, "
                     "updated_at) VALUES (?, ?, ?, '2025-01-01', '2025-01-01')",
                     (f"Old {i}", f"Old {i}", "z" * 300))
    conn.commit()
    conn.close()
