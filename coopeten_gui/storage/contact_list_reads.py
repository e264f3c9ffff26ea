"""The contact list's reads: which contacts a filter shows in a given order (as ids, a
count, or packed for a million), the search index's matches, the name order, and the
columns of the rows the list paints.

``services.contact_list`` decides which of these a list needs (the plan); each read
here is one question to SQLite.
"""

from __future__ import annotations

import binascii
import sqlite3
import sys
from array import array
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Callable, Sequence, cast

from peewee import JOIN, SQL, ColumnBase, ModelSelect, fn

from coopeten_gui.storage import search
from coopeten_gui.storage.models import (
    Attendance,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Organization,
    Tag,
    db,
)

SORT_COLUMNS = ("name", "organization", "email", "phone", "stage", "audience", "updated",
                "deleted")


@dataclass(frozen=True)
class ContactQuery:
    """What the contact list shows. Empty fields do not filter."""

    text: str = ""
    tag: str = ""
    stage: str = ""
    organization_id: int | None = None
    event_id: int | None = None
    trash: bool = False


def ids(query: ContactQuery, matches: list[int] | None, sort: str, descending: bool,
        limit: int | None) -> list[int]:
    """The ids ``query`` shows in order (only among ``matches`` instead of searching,
    when given; only the first ``limit`` when given). ``sort`` is one of
    ``SORT_COLUMNS``."""
    sql, params = _ids_sql(query, matches, sort, descending, limit)
    # the plain cursor: peewee's row wrapping would triple the time for 100,000 ids
    return [row[0] for row in db.execute_sql(sql, params)]


def packed_ids(query: ContactQuery, sort: str, descending: bool,
               stop: Callable[[], bool] | None = None) -> array[int] | None:
    """``ids(query, None, sort, descending, None)`` packed in an array of 64-bit
    integers.

    SQLite packs the ids into one value while Python's lock is free, and unpacking it
    is one call in C, so a worker thread reading a million ids never keeps the UI
    thread waiting for that lock (a row-by-row read takes it a million times). Ids in
    order, as hexadecimal digits of fixed width: the subquery's order is the order of
    the aggregate, as SQLite keeps it for a single-table list.

    ``stop``: asked now and then while SQLite reads; once it says True the read is
    abandoned and None returned. Given only by a worker thread, on the connection of
    its own it closes after the job.
    """
    sql, params = _ids_sql(query, None, sort, descending, None)
    conn = db.connection()
    if stop is not None:
        # a worker's own connection, closed after its job: the pages of a million ids
        # are read once, and caching them (30 MiB) would stay in the process's memory
        conn.execute("PRAGMA cache_size = -1024")
        # every 100,000 steps of SQLite's machine (well under a millisecond)
        conn.set_progress_handler(lambda: 1 if stop() else 0, 100_000)
    try:
        packed = conn.execute(
            f"SELECT CAST(group_concat(printf('%016x', id), '') AS BLOB) FROM ({sql})",
            params).fetchone()[0]
    except sqlite3.OperationalError:
        if stop is not None and stop():
            return None
        raise
    finally:
        if stop is not None:
            conn.set_progress_handler(None, 0)
    block = array("q")
    if packed:
        block.frombytes(binascii.unhexlify(packed))
        if sys.byteorder == "little":
            block.byteswap()
    return block


def count(query: ContactQuery) -> int:
    return _filtered(query, Contact.select(Contact.id)).count()


def first_matches(expression: str, limit: int) -> list[int]:
    """Up to ``limit`` ids of contacts (live or not) matching the search index's
    ``expression``, in id order."""
    search.flush_dirty()
    return [row[0] for row in db.execute_sql(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?", (expression, limit))]


def matches_after(expression: str, after: int, limit: int) -> list[int]:
    """Up to ``limit`` ids matching ``expression`` beyond the id ``after``, in id order
    (the index starts at that id: ``first_matches`` continued)."""
    return [row[0] for row in db.execute_sql(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? AND rowid > ? LIMIT ?",
        (expression, after, limit))]


def matching_among(expression: str, contact_ids: Sequence[int]) -> set[int]:
    """Which of these contacts match the search index's ``expression``."""
    return {row[0] for row in db.execute_sql(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? "
        f"AND rowid IN ({','.join(map(str, contact_ids))})", (expression,))}


def best_matches(expression: str, limit: int) -> list[int]:
    """The ``limit`` live contacts matching ``expression`` best: the name weighs most,
    then the organization, emails and phones…; equal scores in name order."""
    search.flush_dirty()
    cursor = db.execute_sql(
        "SELECT c.id FROM contact_fts f JOIN contact c ON c.id = f.rowid "
        "WHERE contact_fts MATCH ? AND c.deleted_at IS NULL "
        "ORDER BY bm25(contact_fts, 10.0, 4.0, 3.0, 3.0, 1.0, 2.0, 1.0), c.sort_key LIMIT ?",
        (expression, limit),
    )
    return [r[0] for r in cursor.fetchall()]


def live_ids_by_name() -> list[int]:
    """Every live contact's id in name order (the order of ``ids`` for sort "name")."""
    return [row[0] for row in db.execute_sql(
        "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sort_key, id")]


def live_ids_by_name_from(offset: int, size: int, descending: bool) -> list[int]:
    """``size`` live contacts' ids in name order (or its reverse), from ``offset`` on."""
    walk = ("SELECT id FROM contact WHERE deleted_at IS NULL "
            f"ORDER BY sort_key {'DESC' if descending else 'ASC'}, id LIMIT ? OFFSET ?")
    return [row[0] for row in db.execute_sql(walk, (size, offset))]


def name_starts() -> list[tuple[str, int]]:
    """The words of the search index's ``name_start`` column that live contacts are filed
    under, in name order, each with how many live contacts."""
    word = search.NAME_START_SQL.format(key="sort_key")
    return [(row[0], row[1]) for row in db.execute_sql(
        f"SELECT {word}, count(*) FROM contact WHERE deleted_at IS NULL "
        "GROUP BY substr(sort_key, 1, 2) ORDER BY substr(sort_key, 1, 2)")]


def matches_in_name_starts(expression: str, words: Sequence[str],
                           limit: int | None) -> list[int]:
    """The ids (in id order; only the first ``limit`` when given) of contacts, live or
    not, matching ``expression`` among those filed under these ``name_starts`` words."""
    filed = " OR ".join(f'"{word}"' for word in words)
    return [row[0] for row in db.execute_sql(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?",
        (f"({expression}) AND name_start : ({filed})", -1 if limit is None else limit))]


def live_names_from(key: str, after_id: int, size: int) -> list[tuple[int, str]]:
    """``(id, sort key)`` of the next ``size`` live contacts in name order after the
    contact ``after_id`` filed under ``key`` (from the first filed under ``key`` or after
    it, when ``after_id`` is -1)."""
    return [(row[0], row[1]) for row in db.execute_sql(
        "SELECT id, sort_key FROM contact WHERE deleted_at IS NULL "
        "AND (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT ?", (key, after_id, size))]


def data_state() -> tuple[Any, ...]:
    """Changes whenever the database may have changed: this connection wrote (its count
    of changes) or another connection, of this process or another, committed
    (``data_version``)."""
    conn = db.connection()
    return conn, conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


def list_rows(contact_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """``(id, display name, organization, first email, first phone, stage, audience,
    updated at)`` of these contacts, 500 to a query (never one per cell)."""
    rows: list[tuple[Any, ...]] = []
    for chunk_start in range(0, len(contact_ids), 500):
        chunk = list(contact_ids[chunk_start:chunk_start + 500])
        # the plain cursor: this runs while the list is being painted
        cursor = db.execute_sql(_ROWS_SQL.format(marks=", ".join("?" * len(chunk))), chunk)
        rows += [(*row[:7], _stored_datetime(row[7])) for row in cursor]
    return rows


def _stored_datetime(value: Any) -> datetime | None:
    """A stored timestamp as a datetime; ``fromisoformat`` first, as peewee's parser
    tries ``strptime`` format by format (a millisecond per page of the list)."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return cast("datetime | None", Contact.updated_at.python_value(value))


_ROWS_SQL = """
SELECT c.id, c.display_name, COALESCE(o.name, ''),
       COALESCE((SELECT e.value FROM contact_email e WHERE e.contact_id = c.id
                  ORDER BY e.position LIMIT 1), ''),
       COALESCE((SELECT p.value FROM contact_phone p WHERE p.contact_id = c.id
                  ORDER BY p.position LIMIT 1), ''),
       c.stage, c.audience_size, c.updated_at
  FROM contact c LEFT JOIN organization o ON o.id = c.organization_id
 WHERE c.id IN ({marks})
"""


def _ids_sql(query: ContactQuery, matches: list[int] | None, sort: str, descending: bool,
             limit: int | None) -> tuple[str, list[Any]]:
    """The SQL of ``ids``."""
    if matches is not None:
        query = replace(query, text="")
    select = _filtered(query, Contact.select(Contact.id))
    if matches is not None:
        # written out at once: peewee would build one node per id (milliseconds)
        select = select.where(SQL(f'"t1"."id" IN ({",".join(map(str, matches))})'))
    order = _sort_expression(sort)
    if sort == "organization":
        select = select.join(Organization, JOIN.LEFT_OUTER)
    order_by: list[Any] = [order.desc() if descending else order.asc()]
    if sort != "name":
        order_by.append(Contact.sort_key)
    order_by.append(Contact.id)
    select = select.order_by(*order_by)
    if limit is not None:
        select = select.limit(limit)
    sql, params = select.sql()
    if matches is not None:
        # rowid look-ups only; any index would lead SQLite back to walking the list
        sql = sql.replace('FROM "contact" AS "t1"', 'FROM "contact" AS "t1" NOT INDEXED', 1)
    return sql, params


def _filtered(query: ContactQuery, select: ModelSelect[Contact]) -> ModelSelect[Contact]:
    select = select.where(Contact.deleted_at.is_null(not query.trash))
    if query.stage:
        select = select.where(Contact.stage == query.stage)
    if query.organization_id is not None:
        select = select.where(Contact.organization == query.organization_id)
    if query.tag:
        tagged = (ContactTag.select(ContactTag.contact).join(Tag)
                  .where(fn.lower(Tag.name) == query.tag.lower()))
        select = select.where(Contact.id.in_(tagged))
    if query.event_id is not None:
        attended = Attendance.select(Attendance.contact).where(Attendance.event == query.event_id)
        select = select.where((Contact.met_event == query.event_id) | Contact.id.in_(attended))
    expression = search.match_expression(query.text) if query.text else None
    if expression:
        search.flush_dirty()
        select = select.where(Contact.id.in_(
            SQL("(SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)", (expression,))))
    return select


def _sort_expression(sort: str) -> ColumnBase:
    return {
        "name": Contact.sort_key,
        "organization": fn.COALESCE(Organization.sort_key, "~"),
        "email": fn.COALESCE(_first(ContactEmail), "~"),
        "phone": fn.COALESCE(_first(ContactPhone), "~"),
        "stage": Contact.stage,
        "audience": Contact.audience_size,
        "updated": Contact.updated_at,
        "deleted": Contact.deleted_at,
    }[sort]


def _first(model: type[ContactEmail] | type[ContactPhone]) -> ModelSelect[Any]:
    return (model.select(fn.lower(model.value)).where(model.contact == Contact.id)
            .order_by(model.position).limit(1))
