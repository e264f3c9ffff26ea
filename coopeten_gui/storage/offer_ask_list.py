"""The reads behind every list of offers and asks: filtered, newest first.

Each read names the index it walks. With no contact or event to look up, the list walks
``offer_ask_newest`` (migration 0010) backwards and stops at its limit: the first screen
of a million contacts' three million offers and asks is read in a millisecond, where
sorting every open one first took seconds. The planner is not left to choose: with the
statistics ``PRAGMA optimize`` writes, it would rather start from the live contacts and
sort all their rows; without them, it would walk the whole index for one event's rows.

``head`` reads only among the newest live rows, a bounded number of them, for a page
to show at once; ``chunks`` reads the whole list in pieces, for a worker thread that
stops between two of them when the list it reads for is no longer shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from coopeten_gui.storage import database

# what a row of the list is made of (``services.offers_asks.OfferAskRow``, in order)
_COLUMNS = """x.id, x.contact_id, c.display_name, x.kind, x.party, x.category_id, k.key,
       COALESCE(k.name, ''), x.description, x.value_cents, x.status, x.event_id,
       COALESCE(e.name, ''), x.created_at"""
_CONTACT_JOIN = "CROSS JOIN contact c ON c.id = x.contact_id"
_JOINS = f"""{_CONTACT_JOIN}
  LEFT JOIN category k ON k.id = x.category_id
  LEFT JOIN event e ON e.id = x.event_id"""
_NEWEST_FIRST = "ORDER BY x.created_at DESC, x.id DESC"
# a row's contact's column, looked up by its id instead of joined
_CONTACT = "(SELECT {column} FROM contact WHERE id = x.contact_id)"
# rows handed to a worker at a time, between two looks at whether to stop
_CHUNK = 2000


@dataclass(frozen=True)
class ListFilter:
    """Which rows a list shows; empty or None: any."""

    contact_id: int | None = None
    kind: str = ""
    party: str = ""
    statuses: tuple[str, ...] = ()
    category_id: int | None = None
    event_id: int | None = None
    # in the description, as LIKE finds it (ASCII case ignored)
    description: str = ""
    trash: bool = False


def rows(where: ListFilter, offset: int = 0, limit: int = 1000) -> list[tuple[Any, ...]]:
    """The rows ``where`` finds, newest first, from ``offset``, at most ``limit``."""
    sql, params = _query(where)
    return database.connection().execute(
        f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()


def chunks(where: ListFilter, limit: int,
           stop: Callable[[], bool] = lambda: False) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of ``rows(where, 0, limit)`` a few thousand at a time; none more once
    ``stop`` says so."""
    sql, params = _query(where, index=_whole_list_index(where, limit))
    cursor = database.connection().execute(f"{sql} LIMIT ?", (*params, limit))
    try:
        while not stop():
            block = cursor.fetchmany(_CHUNK)
            if not block:
                return
            yield block
    finally:
        cursor.close()


def head(where: ListFilter, scan: int) -> tuple[list[tuple[Any, ...]], bool]:
    """The rows ``where`` finds among the ``scan`` newest live offers and asks, newest
    first: the first rows of ``rows(where)``, however few match. True with them when
    those were all the live ones (then they are the whole list)."""
    if where.trash or where.contact_id is not None or where.event_id is not None:
        # read through their own index, these lists are short: read whole if they are
        found = rows(where, limit=scan + 1)
        return found[:scan], len(found) <= scan
    conn = database.connection()
    newest = ("SELECT id FROM offer_ask INDEXED BY offer_ask_newest WHERE deleted_at IS NULL"
              " ORDER BY created_at DESC, id DESC LIMIT ?")
    seen = conn.execute(f"SELECT count(*) FROM ({newest})", (scan,)).fetchone()[0]
    # each row's contact looked up by its id: joined, SQLite filters the join through a
    # Bloom filter it builds from every live contact first (130 ms at a million)
    sql, params = _query(where, source=f"({newest}) n CROSS JOIN offer_ask x ON x.id = n.id",
                         contact_looked_up=True)
    return conn.execute(sql, (scan, *params)).fetchall(), seen < scan


def rows_by_ids(ids: Iterable[int]) -> list[tuple[Any, ...]]:
    """The rows of these ids (live or not), in no particular order."""
    wanted = list(dict.fromkeys(ids))
    found: list[tuple[Any, ...]] = []
    conn = database.connection()
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        found += conn.execute(
            f"SELECT {_COLUMNS} FROM offer_ask x {_JOINS}"
            f" WHERE x.id IN ({', '.join('?' * len(part))})", part).fetchall()
    return found


def _whole_list_index(where: ListFilter, limit: int) -> str:
    """The index to read a whole list through: the newest first, unless so few rows
    pass the status, category and kind that reading just those and sorting them costs
    less than walking the newest until ``limit`` of them are found (at a million
    contacts, the declined asks of mine: 1 second instead of 9)."""
    if (where.trash or where.contact_id is not None or where.event_id is not None
            or not (where.statuses or where.category_id is not None or where.kind
                    or where.party)):
        return ""
    clauses = ["deleted_at IS NULL"]
    params: list[Any] = []
    if where.statuses:
        clauses.append(f"status IN ({', '.join('?' * len(where.statuses))})")
        params += where.statuses
    for column, value in (("category_id", where.category_id), ("kind", where.kind),
                          ("party", where.party)):
        if value is not None and value != "":
            clauses.append(f"{column} = ?")
            params.append(value)
    conn = database.connection()
    # counted in the index alone: a fifth of a second for two million rows
    found = conn.execute("SELECT count(*) FROM offer_ask INDEXED BY offer_ask_match"
                         f" WHERE {' AND '.join(clauses)}", params).fetchone()[0]
    every = conn.execute("SELECT COALESCE(max(id), 0) FROM offer_ask").fetchone()[0]
    walked = min(every, limit * every / max(found, 1))  # rows the newest walk reads
    # a row read through the status index and sorted costs about three walked ones
    return "offer_ask_match" if found * 3 < walked else ""


def _query(where: ListFilter, source: str = "", index: str = "",
           contact_looked_up: bool = False) -> tuple[str, list[Any]]:
    clauses = ["x.deleted_at IS NOT NULL" if where.trash else "x.deleted_at IS NULL",
               "c.deleted_at IS NULL"]
    params: list[Any] = []
    for column, value in (("x.contact_id", where.contact_id), ("x.kind", where.kind),
                          ("x.party", where.party), ("x.category_id", where.category_id),
                          ("x.event_id", where.event_id)):
        if value is not None and value != "":
            clauses.append(f"{column} = ?")
            params.append(value)
    if where.statuses:
        clauses.append(f"x.status IN ({', '.join('?' * len(where.statuses))})")
        params += where.statuses
    if where.description:
        clauses.append("x.description LIKE ? ESCAPE '\\'")
        params.append("%" + _escape_like(where.description) + "%")
    if index:
        pass
    elif where.contact_id is not None:
        index = "offer_ask_contact"
    elif where.event_id is not None:
        index = "offer_ask_event"
    elif where.trash:
        index = ""  # a few trashed rows, deleted at many moments: the planner's choice
    else:
        index = "offer_ask_newest"
    source = source or (f"offer_ask x INDEXED BY {index}" if index else "offer_ask x")
    sql = (f"SELECT {_COLUMNS} FROM {source} {_JOINS}"
           f" WHERE {' AND '.join(clauses)} {_NEWEST_FIRST}")
    if contact_looked_up:
        sql = (sql.replace(_CONTACT_JOIN, "")
               .replace("c.display_name", _CONTACT.format(column="display_name"))
               .replace("c.deleted_at IS NULL", _CONTACT.format(column="deleted_at") + " IS NULL"))
    return sql, params


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
