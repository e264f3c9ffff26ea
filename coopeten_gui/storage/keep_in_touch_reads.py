"""The reads behind Today's keep-in-touch list: contacts whose birthday or anniversary
falls on given days, and contacts with a "keep in touch every N weeks" rhythm with
their last interaction.

Both are bounded: dates are looked up by month and day through an index, and only
contacts with a rhythm (an index of those) are read.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from coopeten_gui.storage import database

_DATE_KINDS = ("birthday", "anniversary")


def dates_on(kind: str, month_days: Iterable[str], limit: int) -> list[tuple[int, str, str]]:
    """``(id, name, stored date)`` of live contacts whose ``kind`` (birthday or
    anniversary) falls on one of ``month_days`` ("MM-DD"), at most ``limit``."""
    if kind not in _DATE_KINDS:
        raise ValueError(kind)
    wanted = list(month_days)
    marks = ", ".join("?" * len(wanted))
    # INDEXED BY: misled by the statistics of ``deleted_at`` (a few trashed contacts, each
    # deleted at its own moment), the planner would rather read every live contact
    return database.connection().execute(
        f"SELECT id, display_name, {kind} FROM contact INDEXED BY contact_{kind}_day "
        f"WHERE {kind} IS NOT NULL AND deleted_at IS NULL AND substr({kind}, 6) IN ({marks})"
        f" LIMIT ?", (*wanted, limit)).fetchall()


def contacts_with_rhythm() -> Iterator[tuple[int, str, int, str | None, str | None]]:
    """``(id, name, weeks, created_at, last interaction)`` of every live contact with a
    rhythm, as stored text."""
    # INDEXED BY: until ANALYZE has seen the partial index of contacts with a rhythm,
    # the planner prefers the index of all live contacts and reads every one of them
    # (2.3 s at a million, before the first paint)
    yield from database.connection().execute(
        "SELECT c.id, c.display_name, c.keep_in_touch_weeks, c.created_at, "
        "       (SELECT max(i.occurred_at) FROM interaction i "
        "         WHERE i.contact_id = c.id AND i.deleted_at IS NULL) "
        "  FROM contact c INDEXED BY contact_keep_in_touch "
        " WHERE c.keep_in_touch_weeks > 0 AND c.deleted_at IS NULL")
