"""The look-ups an import makes: which stored contacts share an email, a phone number
(its last nine digits) or a name (``sort_key``) with the rows being imported.

A batch of rows is one query per kind instead of three queries per row: 10,000 rows
made 30,000 look-ups. Only contacts up to ``before`` (the highest id before the import
began) count, and only live ones. Each kind is served by an index: contact_email_value
(NOCASE), contact_phone_tail and contact_live_sort; the queries say so (``CROSS JOIN``
keeps their order, ``+`` keeps SQLite from walking every contact up to ``before``),
as with hundreds of values SQLite would rather scan the contacts.
"""

from __future__ import annotations

from typing import Callable, Iterable

from coopeten_gui.storage import database

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def email_key(value: str) -> str:
    """What SQLite's NOCASE compares: the text with ASCII letters lower-cased."""
    return value.translate(_ASCII_LOWER)


def by_email(values: Iterable[str], before: int) -> dict[str, int]:
    """For each email (by ``email_key``) a live contact holding it."""
    return _first_of(
        "SELECT e.value, e.contact_id FROM contact_email e CROSS JOIN contact c"
        " ON c.id = e.contact_id"
        " WHERE e.value COLLATE NOCASE IN ({marks}) AND c.deleted_at IS NULL AND +c.id <= ?",
        values, before, email_key)


def by_phone_tail(tails: Iterable[str], before: int) -> dict[str, int]:
    """For each last nine digits, a live contact with a phone ending in them."""
    return _first_of(
        "SELECT substr(p.digits, -9), p.contact_id FROM contact_phone p"
        " CROSS JOIN contact c ON c.id = p.contact_id"
        " WHERE substr(p.digits, -9) IN ({marks}) AND c.deleted_at IS NULL AND +c.id <= ?",
        tails, before, str)


def by_sort_key(keys: Iterable[str], before: int) -> dict[str, int]:
    """For each name (as ``sort_key``), a live contact with it."""
    return _first_of(
        "SELECT sort_key, id FROM contact"
        " WHERE deleted_at IS NULL AND sort_key IN ({marks}) AND +id <= ?",
        keys, before, str)


def display_name(contact_id: int) -> str:
    row = database.connection().execute(
        "SELECT display_name FROM contact WHERE id = ?", (contact_id,)).fetchone()
    return str(row[0]) if row else ""


def _first_of(sql: str, values: Iterable[str], before: int,
              key: Callable[[str], str]) -> dict[str, int]:
    wanted = list(dict.fromkeys(values))
    found: dict[str, int] = {}
    conn = database.connection()
    # within SQLite's limit of parameters per statement
    for start in range(0, len(wanted), 5000):
        chunk = wanted[start:start + 5000]
        query = sql.format(marks=", ".join("?" * len(chunk)))
        for value, contact_id in conn.execute(query, (*chunk, before)):
            found.setdefault(key(value), contact_id)
    return found
