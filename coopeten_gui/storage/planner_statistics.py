"""The query planner's statistics (``sqlite_stat1``): refreshed as the database closes,
and kept for the partial indexes that ANALYZE leaves out because they are empty.

``PRAGMA optimize`` analyses a table its connection queried when the table has an
index without statistics, at every close. ANALYZE writes none for an empty index, so
while nobody keeps in touch on a rhythm or has an anniversary, the whole contact table
was analysed again at every exit (half a second at a million contacts). ``refresh``
gives such an index the statistics of an index of one row (what ANALYZE writes for
the smallest index it sees), and measures it for real once it holds rows. The table is
then analysed again only once it has grown 25 times, as ``optimize`` means it to.
"""

from __future__ import annotations

import re
import sqlite3
from typing import NamedTuple

#: the statistics of a partial index, or None when it has none
_PARTIAL_INDEXES = """
SELECT s.tbl_name, s.name, s.sql, (SELECT count(*) FROM pragma_index_info(s.name)),
       (SELECT st.stat FROM sqlite_stat1 st WHERE st.idx = s.name)
  FROM sqlite_schema s JOIN pragma_index_list(s.tbl_name) l ON l.name = s.name
 WHERE s.type = 'index' AND l.partial
   AND s.tbl_name IN (SELECT tbl FROM sqlite_stat1)"""

# what follows the columns of ``CREATE INDEX … ON table (columns) WHERE condition``
_CONDITION = re.compile(r"\)\s*WHERE\s+(?P<condition>.+)$", re.IGNORECASE | re.DOTALL)


class PartialIndex(NamedTuple):
    table: str
    name: str
    condition: str
    columns: int
    stat: str | None  # its row in sqlite_stat1, if any

    @property
    def smallest_stat(self) -> str:
        """The statistics of an index of one row: "1 1" for one column."""
        return " ".join(["1"] * (self.columns + 1))


def refresh(conn: sqlite3.Connection) -> None:
    """``PRAGMA optimize``, then statistics for the partial indexes it would otherwise
    analyse their whole table for at the next close."""
    conn.execute("PRAGMA optimize")
    settle_partial_indexes(conn)


def partial_indexes(conn: sqlite3.Connection) -> list[PartialIndex]:
    """The partial indexes of the tables ANALYZE has seen."""
    if conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").fetchone() \
            is None:
        return []  # nothing analysed yet
    found = []
    for table, name, sql, columns, stat in conn.execute(_PARTIAL_INDEXES):
        match = _CONDITION.search(sql or "")
        if match:
            found.append(PartialIndex(table, name, match.group("condition"), columns, stat))
    return found


def settle_partial_indexes(conn: sqlite3.Connection) -> None:
    """An empty partial index without statistics gets those of one row; one that has
    the statistics of one row but now holds more is measured (only that index is read).
    Writes nothing when every index already has what it needs."""
    due: list[tuple[PartialIndex, bool]] = []
    for index in partial_indexes(conn):
        if index.stat is not None and index.stat != index.smallest_stat:
            continue  # measured by ANALYZE
        grown = _holds_more_than_one(conn, index)
        if index.stat is None or grown:
            due.append((index, grown))
    if not due:
        return
    conn.execute("SAVEPOINT planner_statistics")
    try:
        for index, grown in due:
            if grown:
                conn.execute("ANALYZE " + _quoted(index.name))
            else:
                conn.execute("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
                             (index.table, index.name, index.smallest_stat))
    except BaseException:
        conn.execute("ROLLBACK TO planner_statistics")
        conn.execute("RELEASE planner_statistics")
        raise
    conn.execute("RELEASE planner_statistics")


# the whole indexes, on tables ANALYZE has measured, that it has not measured
_UNMEASURED = """
SELECT s.name
  FROM sqlite_schema s JOIN pragma_index_list(s.tbl_name) l ON l.name = s.name
 WHERE s.type = 'index' AND s.sql IS NOT NULL AND NOT l.partial
   AND s.tbl_name IN (SELECT tbl FROM sqlite_stat1)
   AND s.name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)"""


def measure_new_indexes(conn: sqlite3.Connection) -> None:
    """Measure each index a migration made on a table ANALYZE had measured (only that
    index is read). Until then SQLite takes the new index for a good one: the newest
    offers' index (migration 10) made every contact's page read through every open offer,
    1.7 s at a million contacts, for the whole first session after the upgrade."""
    if conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").fetchone() \
            is None:
        return  # nothing measured yet: SQLite's guesses are the same for every index
    for (name,) in conn.execute(_UNMEASURED).fetchall():
        conn.execute("ANALYZE " + _quoted(name))


def _holds_more_than_one(conn: sqlite3.Connection, index: PartialIndex) -> bool:
    # read through the index itself: at most two of its entries
    entries: int = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {_quoted(index.table)} INDEXED BY "
        f"{_quoted(index.name)} WHERE {index.condition} LIMIT 2)").fetchone()[0]
    return entries > 1


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
