"""Plain prepared inserts of whole contacts (imports), inside the caller's transaction.

Building each insert through peewee costs about 4 ms a contact once organizations,
details and tags are counted; these statements send the same rows as they are, many
rows to a statement (``executemany``), each contact with the id SQLite would have given
it (one more than the highest), so that its details can be sent in the same batch;
``journals_in_memory`` spares them SQLite's temporary file.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence

from coopeten_gui.storage import database
from coopeten_gui.storage.models import db

CONTACT_COLUMNS = (
    "uid", "prefix", "given_name", "middle_name", "family_name", "suffix", "nickname",
    "display_name", "sort_key", "organization_id", "job_title", "department", "birthday",
    "photo", "photo_type", "notes", "stage", "audience_size", "met_event_id", "met_where",
    "introduced_by_id", "language", "extra_vcard", "created_at", "updated_at", "anniversary",
    "keep_in_touch_weeks",
)
_INSERT_CONTACT = (f"INSERT INTO contact (id, {', '.join(CONTACT_COLUMNS)}) "
                   f"VALUES (?, {', '.join('?' * len(CONTACT_COLUMNS))})")
_INSERT_LABELED = "INSERT INTO {table} (contact_id, position, label, value) VALUES (?, ?, ?, ?)"
_LABELED_TABLES = ("contact_email", "contact_url")
_INSERT_PHONE = ("INSERT INTO contact_phone (contact_id, position, label, value, digits, "
                 "e164, national) VALUES (?, ?, ?, ?, ?, ?, ?)")
_INSERT_ADDRESS = (
    "INSERT INTO contact_address (contact_id, position, label, po_box, extended, street, "
    "city, region, postal_code, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


@contextmanager
def journals_in_memory() -> Iterator[None]:
    """A write begun inside keeps SQLite's statement journals (what undoes one statement
    that fails half-way: each insert, as the tables have triggers) in memory, not in a
    temporary file: importing 10,000 contacts wrote a gigabyte to that file in half a
    million writes. The setting before is back afterwards. Enter it before the
    transaction: inside one it changes nothing."""
    conn = database.connection()
    if conn.in_transaction:  # SQLite takes the setting as a write begins
        yield
        return
    with database.pragma_set("temp_store", 2, conn):  # 2: MEMORY
        yield


class ContactInserts:
    """One cursor's inserts; use inside ``storage.database.transaction()``."""

    def __init__(self) -> None:
        self._cursor = db.cursor()

    def contacts(self, rows: Iterable[Sequence[Any]]) -> None:
        """New contact rows: the id, then every one of ``CONTACT_COLUMNS`` in that order."""
        self._cursor.executemany(_INSERT_CONTACT, rows)

    def labeled(self, table: str, rows: Iterable[Sequence[Any]]) -> None:
        """``(contact_id, position, label, value)`` rows of emails or web addresses."""
        if table not in _LABELED_TABLES:
            raise ValueError(table)
        self._cursor.executemany(_INSERT_LABELED.format(table=table), rows)

    def phones(self, rows: Iterable[Sequence[Any]]) -> None:
        """``(contact_id, position, label, value, digits, e164, national)`` rows."""
        self._cursor.executemany(_INSERT_PHONE, rows)

    def addresses(self, rows: Iterable[Sequence[Any]]) -> None:
        """``(contact_id, position, label, po_box, extended, street, city, region,
        postal_code, country)`` rows."""
        self._cursor.executemany(_INSERT_ADDRESS, rows)

    def tag_links(self, rows: Iterable[tuple[int, int]]) -> None:
        """``(contact_id, tag_id)`` rows; a link already there is kept."""
        self._cursor.executemany(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", rows)

    def organization_id(self, name: str, sort_key: str, stamp: str) -> int:
        """The live organization filed under ``sort_key``, created as ``name`` if none."""
        row = self._cursor.execute(
            "SELECT id FROM organization WHERE deleted_at IS NULL AND sort_key = ? LIMIT 1",
            (sort_key,)).fetchone()
        if row:
            found: int = row[0]
            return found
        self._cursor.execute(
            "INSERT INTO organization (name, sort_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?)", (name, sort_key, stamp, stamp))
        created: int = self._cursor.lastrowid
        return created

    def tag_id(self, name: str) -> int:
        """The tag named ``name``, created if there is none."""
        self._cursor.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
        tag_id: int = self._cursor.execute(
            "SELECT id FROM tag WHERE name = ?", (name,)).fetchone()[0]
        return tag_id
