"""The bulk reads of the exports: a batch of contacts and their details as plain rows, and
every row of a table as the JSON text of the full export.

Plain SQL on the plain cursor: an export of 100,000 contacts spent more time having the
ORM build ``IN (…500 ids…)`` queries and turn rows into objects than writing the file.
A batch's ids go in as one JSON array parameter (``json_each``), so each query is the
same short text whatever the batch, and SQLite looks each id up in its index.

The full export's rows are written as JSON by SQLite itself (``json_rows``): turning a
million rows into Python values, then dicts, then text held Python's lock for most of the
export; SQLite does it without that lock, in about half the time.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from coopeten_gui.storage import database

_IDS = "(SELECT value FROM json_each(?))"

#: The contact columns an export writes, in this order, then the organization's name.
CONTACT_COLUMNS = ("id", "given_name", "family_name", "middle_name", "prefix", "suffix",
                   "nickname", "display_name", "job_title", "department", "birthday",
                   "photo", "photo_type", "notes", "stage", "audience_size", "met_where",
                   "language", "uid", "extra_vcard", "anniversary")

_CONTACTS = (
    "SELECT " + ", ".join(f"c.{name}" for name in CONTACT_COLUMNS)
    + ", COALESCE(o.name, '') FROM contact c "
    "LEFT JOIN organization o ON o.id = c.organization_id "
    f"WHERE c.id IN {_IDS}")

_LABELLED = ("SELECT contact_id, value, label FROM {table} WHERE contact_id IN " + _IDS
             + " ORDER BY contact_id, position")

_ADDRESSES = ("SELECT contact_id, label, po_box, extended, street, city, region, "
              f"postal_code, country FROM contact_address WHERE contact_id IN {_IDS} "
              "ORDER BY contact_id, position")

# the tags of each contact in the order of their names ignoring case
_TAGS = ("SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
         f"WHERE ct.contact_id IN {_IDS} ORDER BY lower(t.name)")


@contextmanager
def mapped() -> Iterator[None]:
    """Reads inside go through memory mapping instead of a system call for every page:
    an export visits the pages of a million contacts in name order, not file order, and
    spent a third of its reading time copying them in. Put back as it was after."""
    # SQLite keeps to the ceiling it was built with (2 GiB by default)
    with database.pragma_set("mmap_size", 4294967296):
        yield


def _run(sql: str, ids: Sequence[int]) -> Iterator[tuple[Any, ...]]:
    return database.connection().execute(sql, (json.dumps(list(ids)),))


def contacts(ids: Sequence[int]) -> Iterator[tuple[Any, ...]]:
    """One row per contact: ``CONTACT_COLUMNS`` then the organization's name ('' if none)."""
    return _run(_CONTACTS, ids)


def labelled(table: str, ids: Sequence[int]) -> Iterator[tuple[int, str, str]]:
    """``(contact_id, value, label)`` of ``contact_email``, ``contact_phone`` or
    ``contact_url``, by contact and position."""
    if table not in ("contact_email", "contact_phone", "contact_url"):
        raise ValueError(table)
    return _run(_LABELLED.format(table=table), ids)


def addresses(ids: Sequence[int]) -> Iterator[tuple[Any, ...]]:
    """``(contact_id, label, po_box, extended, street, city, region, postal_code,
    country)``, by contact and position."""
    return _run(_ADDRESSES, ids)


def tags(ids: Sequence[int]) -> Iterator[tuple[int, str]]:
    """``(contact_id, tag name)``, in the order of the names ignoring case."""
    return _run(_TAGS, ids)


# -- the full export, as JSON -------------------------------------------------------------

@contextmanager
def snapshot() -> Iterator[None]:
    """The reads inside see the database as it was at the first of them: tables written
    one after the other stay consistent with each other while the window keeps working."""
    with database.savepoint(database.connection(), "export_snapshot"):
        yield


def columns(table: str) -> list[str]:
    """The columns of ``table`` in the order of ``SELECT *``."""
    return [c[0] for c in database.connection().execute(f'SELECT * FROM "{table}" LIMIT 0')
            .description]


def json_rows(table: str, size: int) -> Iterator[list[bytes | tuple[Any, ...]]]:
    """Every row of ``table`` in the order of ``SELECT *``, ``size`` at a time, each one as
    the text ``json.dumps(dict(zip(columns(table), row)), ensure_ascii=False)`` gives,
    encoded in UTF-8 (as SQLite holds it: never decoded into Python text and back).

    A row holding a REAL or a BLOB comes as the tuple of its values instead: SQLite would
    write a REAL with 15 digits where Python writes the shortest exact form, and JSON has
    no bytes. Integers, NULL and text come out as Python writes them: ``json_quote``
    escapes the same characters the same way (the quote, the backslash, the five control
    characters with a short escape, every other one as a lower-case ``\\u00xx``).
    """
    conn = database.connection()
    names = columns(table)
    key = _row_key(conn, table)
    parts = []
    for number, name in enumerate(names):
        column = _identifier(name)
        head = ("{" if number == 0 else ", ") + json.dumps(name, ensure_ascii=False) + ": "
        parts.append(f"({_literal(head)} || CASE typeof({column}) WHEN 'integer' THEN "
                     f"{column} WHEN 'null' THEN 'null' WHEN 'text' THEN json_quote({column}) "
                     "END)")
    parts.append("'}'")
    # || copies what it joins: joined in pairs, a row of 30 columns is copied 5 times
    # rather than 30
    while len(parts) > 1:
        parts = [f"({' || '.join(parts[i:i + 2])})" for i in range(0, len(parts), 2)]
    keys = ", ".join(map(_identifier, key))
    cursor = conn.execute(f'SELECT CAST({parts[0]} AS BLOB), {keys} FROM "{table}"')
    one_row = (f'SELECT * FROM "{table}" WHERE '
               + " AND ".join(f"{_identifier(k)} = ?" for k in key))
    while True:
        rows = cursor.fetchmany(size)
        if not rows:
            return
        batch: list[bytes | tuple[Any, ...]] = [row[0] for row in rows]
        if None in batch:
            for index, row in enumerate(rows):
                if row[0] is None:
                    batch[index] = conn.execute(one_row, row[1:]).fetchone()
        yield batch


def _row_key(conn: sqlite3.Connection, table: str) -> list[str]:
    """``rowid``, or the primary key's columns of a table ``WITHOUT ROWID``."""
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    without_rowid = conn.execute(
        "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table' "
        "AND name = ?", (table,)).fetchone()[0]
    if not without_rowid:
        return ["rowid"]
    return [name for _, name, *_, pk in sorted(info, key=lambda column: column[5]) if pk]


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
