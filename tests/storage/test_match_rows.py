"""The matcher's reads keep their plans at a million contacts: the rows changed since
the index was built are read by their ids, never by walking every live contact."""

from __future__ import annotations

from coopeten_gui.storage import database, match_rows

# what ANALYZE measured on a database of 100,000 generated contacts (one in a hundred
# trashed): to SQLite, "deleted_at IS NULL" then looks as if it kept a hundred contacts
_MEASURED = [("contact", "contact_updated", "100000 99 1"),
             ("offer_ask", "offer_ask_contact", "300050 4"),
             ("offer_ask", "offer_ask_match", "300050 300050 75013 5771 2886 1443"),
             ("offer_ask", "offer_ask_newest", "300050 300050 1")]


def _plan(sql: str, ids: list[int]) -> list[str]:
    return [row[3] for row in database.connection().execute("EXPLAIN QUERY PLAN " + sql, ids)]


def test_open_rows_changed_are_read_by_their_ids(db_file):
    database.open_database(db_file)
    conn = database.connection()
    conn.execute("ANALYZE")
    conn.executemany("INSERT OR REPLACE INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
                     _MEASURED)
    database.close_database(optimize=False)
    database.open_database(db_file)  # the statistics are read as the file opens
    try:
        ids = list(range(1, 501))  # a refresh reads changed rows 500 at a time
        plan = _plan(match_rows._OPEN_ROWS + " AND x.id IN ({})".format(",".join("?" * 500)),
                     ids)
        assert plan[0] == "SEARCH x USING INTEGER PRIMARY KEY (rowid=?)", plan
        assert match_rows.open_rows_by_id(ids) == []
    finally:
        database.close_database()
