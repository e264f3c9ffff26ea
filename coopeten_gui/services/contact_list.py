"""The contact list's planner: which contacts the list shows, in which order, and the
columns of the rows it paints; the search box's best matches.

Lists are served as id lists plus row lookups (``contact_ids`` then ``contact_rows``),
so a view over 100,000 contacts holds ids only and fetches the rows it shows.
"""

from __future__ import annotations

import binascii
import re
import sqlite3
import sys
import threading
from array import array
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Callable, Sequence

from peewee import JOIN, SQL, fn

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactRow
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


#: A search matching at most this many contacts reads their ids from the index and sorts
#: them; a broader one walks the sorted list keeping the matches (see ``contact_ids``).
FEW_MATCHES = 2000

#: The index keeps every prefix of up to this many letters as a word of its own (the
#: ``prefix`` option of ``contact_fts``): whether one contact has a word starting with
#: such a prefix is one look-up (microseconds), while a longer prefix makes the index
#: gather every word it starts, at each look-up.
INDEXED_PREFIX = 3

#: A search of such short words that matches a large share of the contacts finds its
#: first rows by walking the name order and asking the index about each contact
#: (``limit / share`` look-ups of about 5 µs) rather than by reading every match first
#: (about 0.1 µs a match: 9 ms when most of 100,000 contacts match). For the first 100
#: rows the walk wins from this share on; for n rows, from this share × √(n / 100).
DENSE_SHARE = 0.2

#: How far such a walk goes before it gives up (the matches were rarer than the index's
#: first rowids suggested) and the search reads every match instead.
DENSE_WALK = 1500

_WORD = re.compile(r"\w+", re.UNICODE)  # the words ``match_expression`` makes prefixes of


def contact_ids(query: ContactQuery = ContactQuery(), sort: str = "name",
                descending: bool = False, limit: int | None = None) -> list[int]:
    """Every id the list shows, in order (only the first ``limit`` when given).

    Ids only: cheap even for 100,000 contacts. For a search, SQLite cannot tell a rare
    word from a common one, so it is told: the index is asked first for up to
    ``FEW_MATCHES`` ids; when that is all of them, only those rows are looked up and
    sorted (a few milliseconds), instead of walking the whole sorted list checking each
    row (tens of milliseconds for 100,000 contacts), which stays the plan for common
    prefixes, where it finds the first rows at once. Two shortcuts for a search alone
    in name order: when only the first rows of a broad search are wanted, the name
    order is walked asking the index about each contact (``_first_dense_matches``);
    the matches of a narrow one are put in order in memory (``_name_positions``).
    """
    expression = search.match_expression(query.text) if query.text else None
    matches = None
    if expression is not None:
        found = _first_matches(expression)
        if len(found) <= FEW_MATCHES:
            if found and sort == "name" and not descending and _text_only(query):
                # the first rows of a search are never kept waiting for the name order
                # read here only on the UI thread's connection, whose state it is kept
                # for (a worker's connection is closed after its job)
                positions = _name_positions(read=limit is None and _on_main_thread())
                if positions is not None:
                    size = len(positions)
                    live = [cid for cid in found if cid < size and positions[cid] >= 0]
                    live.sort(key=positions.__getitem__)
                    return live if limit is None else live[:limit]
            matches = found
        elif limit is not None and _walkable(query, sort):
            # the index lists matches by id: the id of the last one read tells roughly
            # which share of the contacts match
            share = len(found) / max(found[-1], 1)
            if share >= DENSE_SHARE * (limit / 100) ** 0.5:
                first = _first_dense_matches(expression, descending, limit, share)
                if first is not None:
                    return first
    if matches is not None and not matches:
        return []
    sql, params = _ids_sql(query, matches, sort, descending, limit)
    return [row[0] for row in db.execute_sql(sql, params)]


def contact_id_block(query: ContactQuery = ContactQuery(), sort: str = "name",
                     descending: bool = False,
                     stop: Callable[[], bool] | None = None) -> array | None:
    """Every id the list shows, in order, as ``contact_ids(query, sort, descending)``,
    packed in an array of 64-bit integers.

    Made for a worker thread reading a whole list of a million contacts: SQLite packs
    the ids into one value while Python's lock is free, and unpacking it is one call in
    C, so the UI thread is never kept waiting for that lock (a row-by-row read takes it
    a million times). Ids in order, as hexadecimal digits of fixed width: the subquery's
    order is the order of the aggregate, as SQLite keeps it for a single-table list.

    ``stop``: asked now and then while SQLite reads; once it says True the read is
    abandoned and None returned (the list changed again: nobody wants this answer).
    Given only by a worker thread, on the connection of its own it closes after the job.
    """
    expression = search.match_expression(query.text) if query.text else None
    matches = None
    if expression is not None:
        found = _first_matches(expression)
        if len(found) <= FEW_MATCHES:
            return array("q", contact_ids(query, sort, descending))
    sql, params = _ids_sql(query, matches, sort, descending, None)
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


def _ids_sql(query: ContactQuery, matches: list[int] | None, sort: str, descending: bool,
             limit: int | None) -> tuple[str, tuple]:
    """The SQL of ``contact_ids``: the ids ``query`` shows in order (only among
    ``matches`` instead of searching, when given)."""
    if matches is not None:
        query = replace(query, text="")
    select = _filtered(query, Contact.select(Contact.id))
    if matches is not None:
        # written out at once: peewee would build one node per id (milliseconds)
        select = select.where(SQL(f'"t1"."id" IN ({",".join(map(str, matches))})'))
    order = _sort_expression(sort)
    if sort in ("organization", "email", "phone"):
        select = _join_for_sort(select, sort)
    order_by = [order.desc() if descending else order.asc()]
    if sort != "name":
        order_by.append(Contact.sort_key)
    order_by.append(Contact.id)
    select = select.order_by(*order_by)
    if limit is not None:
        select = select.limit(limit)
    # the plain cursor: peewee's row wrapping would triple the time for 100,000 ids
    sql, params = select.sql()
    if matches is not None:
        # rowid look-ups only; any index would lead SQLite back to walking the list
        sql = sql.replace('FROM "contact" AS "t1"', 'FROM "contact" AS "t1" NOT INDEXED', 1)
    return sql, params


def _on_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _first_matches(expression: str) -> list[int]:
    """Up to ``FEW_MATCHES + 1`` ids matching ``expression``, in id order."""
    search.flush_dirty()
    return [row[0] for row in db.execute_sql(
        "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?",
        (expression, FEW_MATCHES + 1))]


def _text_only(query: ContactQuery) -> bool:
    """A search of the live contacts with no other filter."""
    return (not (query.tag or query.stage or query.trash)
            and query.organization_id is None and query.event_id is None)


def _walkable(query: ContactQuery, sort: str) -> bool:
    """Whether ``_first_dense_matches`` can serve this search: a search alone (other
    filters change the share and the walk), in name order (walked on an index), of
    words the index can check a contact against at once."""
    return (sort == "name" and _text_only(query)
            and all(len(word) <= INDEXED_PREFIX for word in _WORD.findall(query.text)))


# Each live contact's position in the name order, indexed by id (-1: none), and the
# state of the database it was read in (see ``_database_state``).
_name_order: tuple[tuple, array] | None = None


def _database_state() -> tuple:
    """Changes whenever the database may have changed: this connection wrote (its count
    of changes) or another connection, of this process or another, committed
    (``data_version``)."""
    conn = db.connection()
    return conn, conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


def _name_positions(read: bool) -> array | None:
    """Where each live contact stands in the list in name order, if known for the
    database as it is now; else read now when ``read``, else None.

    With it, a search matching few contacts is put in order in memory instead of looking
    up each of its rows (a millisecond or more per thousand). Reading it takes tens of
    milliseconds at 100,000 contacts, so only the complete lists ask for it: they come
    after the first rows are on screen, and the next keystroke's first rows can use it.
    """
    global _name_order
    state = _database_state()
    if _name_order is not None and _name_order[0] == state:
        return _name_order[1]
    if not read:
        return None
    # the order of contact_ids for sort "name"
    ids = [row[0] for row in db.execute_sql(
        "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sort_key, id")]
    positions = array("l", [-1]) * (max(ids, default=0) + 1)
    for position, contact_id in enumerate(ids):
        positions[contact_id] = position
    _name_order = (state, positions)
    return positions


def _first_dense_matches(expression: str, descending: bool, limit: int,
                         share: float) -> list[int] | None:
    """The first ``limit`` live contacts in name order matching ``expression``, found
    by walking the name order a batch at a time and asking the index which of the batch
    match; None when they prove too rare to find within ``DENSE_WALK`` contacts."""
    # the order of contact_ids for sort "name"
    walk = ("SELECT id FROM contact WHERE deleted_at IS NULL "
            f"ORDER BY sort_key {'DESC' if descending else 'ASC'}, id LIMIT ? OFFSET ?")
    first: list[int] = []
    walked = 0
    while walked < DENSE_WALK:
        # a quarter more than the share predicts, so one batch is nearly always enough
        size = min(DENSE_WALK - walked, int((limit - len(first)) / share * 1.25) + 16)
        batch = [row[0] for row in db.execute_sql(walk, (size, walked))]
        if batch:
            hits = {row[0] for row in db.execute_sql(
                "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? "
                f"AND rowid IN ({','.join(map(str, batch))})", (expression,))}
            first += [cid for cid in batch if cid in hits]
        if len(first) >= limit:
            return first[:limit]
        if len(batch) < size:
            return first  # the whole list was walked
        walked += size
        share = max(len(first) / walked, share / 4)
    return None


def count(query: ContactQuery = ContactQuery()) -> int:
    return _filtered(query, Contact.select(Contact.id)).count()


def contact_rows(ids: Sequence[int]) -> dict[int, ContactRow]:
    """The list columns for these contacts, in one query (never one per cell)."""
    if not ids:
        return {}
    rows: dict[int, ContactRow] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = list(ids[chunk_start:chunk_start + 500])
        # the plain cursor: this runs while the list is being painted
        cursor = db.execute_sql(_ROWS_SQL.format(marks=", ".join("?" * len(chunk))), chunk)
        for cid, name, org, email, phone, stage, audience, updated in cursor:
            rows[cid] = ContactRow(cid, name, org, email, phone, stage, audience,
                                   _stored_datetime(updated))
    return rows


def _stored_datetime(value) -> datetime | None:
    """A stored timestamp as a datetime; ``fromisoformat`` first, as peewee's parser
    tries ``strptime`` format by format (a millisecond per page of the list)."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    return Contact.updated_at.python_value(value)


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


def list_contacts(query: ContactQuery = ContactQuery(), offset: int = 0, limit: int = 100,
                  sort: str = "name", descending: bool = False) -> list[ContactRow]:
    """One page of the list, in order."""
    ids = contact_ids(query, sort, descending)[offset:offset + limit]
    rows = contact_rows(ids)
    return [rows[i] for i in ids if i in rows]


def search_contacts(text: str, limit: int = 50) -> list[ContactRow]:
    """Best matches first, for the search command and the quick-find box."""
    expression = search.match_expression(text)
    if expression is None:
        return []
    search.flush_dirty()
    cursor = db.execute_sql(
        "SELECT c.id FROM contact_fts f JOIN contact c ON c.id = f.rowid "
        "WHERE contact_fts MATCH ? AND c.deleted_at IS NULL "
        "ORDER BY bm25(contact_fts, 10.0, 4.0, 3.0, 3.0, 1.0, 2.0, 1.0), c.sort_key LIMIT ?",
        (expression, limit),
    )
    ids = [r[0] for r in cursor.fetchall()]
    rows = contact_rows(ids)
    return [rows[i] for i in ids if i in rows]


def _filtered(query: ContactQuery, select):
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


def _sort_expression(sort: str):
    if sort not in SORT_COLUMNS:
        raise ValidationError(translate("Validation", "Unknown sort column."), "sort")
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


def _first(model):
    return (model.select(fn.lower(model.value)).where(model.contact == Contact.id)
            .order_by(model.position).limit(1))


def _join_for_sort(select, sort: str):
    if sort == "organization":
        return select.join(Organization, JOIN.LEFT_OUTER)
    return select
