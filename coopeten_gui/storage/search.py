"""Full-text search over contacts (SQLite FTS5).

Triggers in the schema record which contacts changed in ``contact_fts_dirty``;
``flush_dirty`` rebuilds those contacts' documents in one statement. Writes call it
before they commit and searches call it before they read, so results always match
the data, and bulk imports pay for one rebuild instead of one per row.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Callable

from coopeten_gui.storage import write_failures


def _not_handed_in() -> sqlite3.Connection:
    raise RuntimeError("storage.database has not handed the search index its connection")


# The open database's connection, handed in by ``storage.database`` as it loads (it keeps
# the index current on every commit, so it imports this module, not the other way round).
_connection: Callable[[], sqlite3.Connection] = _not_handed_in


def use_connection(connection: Callable[[], sqlite3.Connection]) -> None:
    """Where the index finds the open database's connection (``database.connection``)."""
    global _connection
    _connection = connection


#: The word a contact is filed under in the index's ``name_start`` column: the first two
#: letters of the key the list sorts names by, as hexadecimal digits of their UTF-8 bytes
#: after an "s" (a word for every key, the empty one too). Hexadecimal keeps the order of
#: the keys (SQLite compares them byte by byte), so the words of a run of the name order
#: are known without asking the index (``contact_list_reads.name_starts``).
NAME_START_SQL = "'s' || lower(hex(substr({key}, 1, 2)))"

#: The columns a typed search looks in: all but ``name_start``, which only the list's
#: planner asks (a typed "s6d" would otherwise match every name starting with "m").
SEARCHED = "{name organization emails phones notes tags exchanges}"

_REBUILD_SQL = f"""
INSERT INTO contact_fts (rowid, name, organization, emails, phones, notes, tags, exchanges,
                         name_start)
SELECT c.id,
       c.display_name || ' ' || c.prefix || ' ' || c.given_name || ' ' || c.middle_name
           || ' ' || c.family_name || ' ' || c.suffix || ' ' || c.nickname,
       COALESCE(o.name, '') || ' ' || c.job_title || ' ' || c.department,
       (SELECT group_concat(e.value, ' ') FROM contact_email e WHERE e.contact_id = c.id),
       (SELECT group_concat(p.value || ' ' || p.digits || ' ' || COALESCE(p.national, '')
                           || ' ' || COALESCE(substr(p.e164, 2), ''), ' ')
          FROM contact_phone p WHERE p.contact_id = c.id),
       c.notes || ' ' || c.met_where,
       (SELECT group_concat(t.name, ' ')
          FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id),
       (SELECT group_concat(x.description, ' ')
          FROM offer_ask x WHERE x.contact_id = c.id AND x.deleted_at IS NULL),
       {NAME_START_SQL.format(key="c.sort_key")}
  FROM contact c LEFT JOIN organization o ON o.id = c.organization_id
 WHERE c.id IN (SELECT contact_id FROM contact_fts_dirty)
"""

_TOKEN = re.compile(r"\w+", re.UNICODE)


#: Re-indexing many contacts at once (a first import, a rebuild, an upgrade) leaves the
#: index in many pieces; it is then merged into one, which makes common two-letter
#: prefixes a third faster to search at 100,000 contacts. The merge costs about a
#: second per 100,000 contacts indexed, so it runs only when the change is at least
#: ``MERGE_AFTER`` contacts and ``MERGE_SHARE`` of the index: importing 10,000 people
#: into a million would otherwise wait ten seconds for a merge that gains little (the
#: new piece is small, and FTS5 merges small pieces by itself as they pile up).
MERGE_AFTER = 10_000
MERGE_SHARE = 0.1


def flush_dirty() -> None:
    """Bring the index up to date with every contact changed since the last flush."""
    conn = _connection()
    if conn.execute("SELECT EXISTS (SELECT 1 FROM contact_fts_dirty)").fetchone()[0] == 0:
        return
    with write_failures.savepoint(conn, "fts_flush"):
        changed = conn.execute("SELECT count(*) FROM contact_fts_dirty").fetchone()[0]
        conn.execute(
            "DELETE FROM contact_fts WHERE rowid IN (SELECT contact_id FROM contact_fts_dirty)"
        )
        conn.execute(_REBUILD_SQL)
        conn.execute("DELETE FROM contact_fts_dirty")
        if changed >= MERGE_AFTER and changed >= MERGE_SHARE * _indexed(conn):
            optimize()


def _indexed(conn: sqlite3.Connection) -> int:
    """About how many contacts the index holds: the highest id (one look-up; a count
    would read a million rows)."""
    return int(conn.execute("SELECT COALESCE(max(id), 0) FROM contact").fetchone()[0])


def optimize() -> None:
    """Merge the index into one b-tree (FTS5's ``optimize``)."""
    _connection().execute("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')")


def pieces() -> int:
    """How many pieces (b-trees) the index is in: a look-up asks each one."""
    return int(_connection().execute(
        "SELECT count(DISTINCT segid) FROM contact_fts_idx").fetchone()[0])


def merge_step(pages: int) -> bool:
    """Merge the index's pieces towards one by about ``pages`` pages of work (FTS5's
    ``merge`` with a negative count: ``optimize`` a step at a time); False once it had
    nothing left to merge."""
    conn = _connection()
    before = conn.total_changes
    conn.execute("INSERT INTO contact_fts (contact_fts, rank) VALUES ('merge', ?)", (-pages,))
    return conn.total_changes - before >= 2  # FTS5's own sign that it did some work


def rebuild_all() -> None:
    """Re-index every contact (after a repair or a schema change)."""
    conn = _connection()
    with write_failures.savepoint(conn, "fts_rebuild"):
        conn.execute("INSERT OR IGNORE INTO contact_fts_dirty SELECT id FROM contact")
        flush_dirty()


def match_expression(text: str) -> str | None:
    """Turn what a user typed into an FTS5 query: every word must match as a prefix.

    Words are quoted, so FTS5 operators typed by the user (AND, NEAR, ``*``, quotes)
    are taken as plain text. Accents are folded by the index's tokenizer, so the same
    folding applies to the query. Only the ``SEARCHED`` columns are looked in.
    """
    words = _TOKEN.findall(text)
    if not words:
        return None
    return f"{SEARCHED} : (" + " ".join(f'"{word}"*' for word in words) + ")"
