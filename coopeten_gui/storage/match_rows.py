"""The reads the matcher needs: open offers and asks with what it reads of them, the
change log it follows (``match_change``, kept by triggers), and the names and texts of
the rows a page of matches shows.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Iterable, Iterator, cast

from coopeten_gui.storage import database

# open rows of live contacts, as the matcher indexes them; read by the rows' ids, so
# the rows first ("CROSS"): given a few hundred ids SQLite would rather walk every live
# contact (two seconds at 100,000 contacts, for 500 rows changed)
_OPEN_ROWS = """
SELECT x.id, x.contact_id, x.kind, x.party, x.category_id, x.description, c.language
  FROM offer_ask x CROSS JOIN contact c ON c.id = x.contact_id
 WHERE x.deleted_at IS NULL AND c.deleted_at IS NULL
   AND x.status IN ('open', 'in_progress')
"""

_CHUNK = 500


def last_change() -> int:
    """The newest entry of the change log (0 when empty)."""
    return cast(int,
                _conn().execute("SELECT COALESCE(MAX(seq), 0) FROM match_change").fetchone()[0])


def oldest_change() -> int:
    return cast(int,
                _conn().execute("SELECT COALESCE(MIN(seq), 0) FROM match_change").fetchone()[0])


def changes_since(seq: int) -> tuple[int, set[int], set[int]]:
    """(newest seq, offer/ask ids, contact ids) changed after ``seq``."""
    rows = _conn().execute(
        "SELECT seq, offer_ask_id, contact_id FROM match_change WHERE seq > ?", (seq,)
    ).fetchall()
    newest = max((r[0] for r in rows), default=seq)
    return (newest, {r[1] for r in rows if r[1] is not None},
            {r[2] for r in rows if r[2] is not None})


def open_rows_at_most() -> int:
    """At least as many as there are open offers and asks, read at once (the highest
    id: counting them would read them all)."""
    return cast(int, _conn().execute("SELECT COALESCE(MAX(id), 0) FROM offer_ask").fetchone()[0])


def all_open_rows() -> Iterator[tuple[Any, ...]]:
    """Every open offer and ask of a live contact:
    (id, contact_id, kind, party, category_id, description, contact language).

    Read as three scans rather than the join: at 100,000 contacts the join walks the
    contacts and looks their rows up one by one, five times slower. The languages are
    read from the table itself ("+" keeps SQLite off the index on ``deleted_at``, which
    leads to each contact's row one by one: five times slower at a million).
    """
    conn = _conn()
    trashed = {r[0] for r in conn.execute(
        "SELECT id FROM contact WHERE deleted_at IS NOT NULL")}
    languages = dict(conn.execute(
        "SELECT id, language FROM contact WHERE language != '' AND +deleted_at IS NULL"))
    for row in conn.execute(
            "SELECT id, contact_id, kind, party, category_id, description FROM offer_ask "
            "WHERE deleted_at IS NULL AND status IN ('open', 'in_progress')"):
        if row[1] not in trashed:
            yield row + (languages.get(row[1], ""),)


def open_rows_by_id(ids: Iterable[int]) -> list[tuple[Any, ...]]:
    return _chunked(_OPEN_ROWS + " AND x.id IN ({})", ids)


def row_ids_of_contacts(ids: Iterable[int]) -> list[int]:
    """Every offer and ask of these contacts, whatever its state."""
    return [r[0] for r in _chunked("SELECT id FROM offer_ask WHERE contact_id IN ({})", ids)]


def shown(ids: Iterable[int]) -> dict[int, tuple[Any, ...]]:
    """id → (description, contact name, category id) for the rows a list shows."""
    return {r[0]: r[1:] for r in _chunked(
        "SELECT x.id, x.description, c.display_name, x.category_id FROM offer_ask x "
        "JOIN contact c ON c.id = x.contact_id WHERE x.id IN ({})", ids)}


def _chunked(sql: str, ids: Iterable[int]) -> list[tuple[Any, ...]]:
    ids = list(ids)
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        out += _conn().execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return out


def _conn() -> sqlite3.Connection:
    return database.connection()
