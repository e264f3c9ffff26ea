"""The reads that find contacts probably the same person, and the pairs the user told
apart (``not_duplicate``).

Shared emails and phones are ``GROUP BY`` over indexed columns, so finding them stays
quick at 100,000 contacts; each group comes back as the ids joined by commas.
"""

from __future__ import annotations

from typing import Any, cast

from coopeten_gui.storage.models import db


def live_names() -> list[tuple[int, str, str]]:
    """``(id, display name, folded sort key)`` of every live contact."""
    return cast(list[Any], db.execute_sql(
        "SELECT id, display_name, sort_key FROM contact WHERE deleted_at IS NULL").fetchall())


def shared_emails() -> list[tuple[str, str]]:
    """``(email in lower case, ids joined by commas)`` of each email two or more live
    contacts share, whatever its case."""
    return cast(list[Any], db.execute_sql(
        "SELECT lower(e.value), group_concat(DISTINCT e.contact_id) "
        "FROM contact_email e JOIN contact c ON c.id = e.contact_id "
        "WHERE c.deleted_at IS NULL "
        "GROUP BY e.value COLLATE NOCASE HAVING COUNT(DISTINCT e.contact_id) > 1").fetchall())


def shared_numbers() -> list[tuple[str, str]]:
    """``(number in international form, ids joined by commas)`` of each number two or
    more live contacts share."""
    return cast(list[Any], db.execute_sql(
        "SELECT p.e164, group_concat(DISTINCT p.contact_id) "
        "FROM contact_phone p JOIN contact c ON c.id = p.contact_id "
        "WHERE c.deleted_at IS NULL AND p.e164 <> '' "
        "GROUP BY p.e164 HAVING COUNT(DISTINCT p.contact_id) > 1").fetchall())


def shared_tails(digits: int, shortest: int) -> list[tuple[str, str]]:
    """``(last digits, ids joined by commas)`` of each ending of ``digits`` digits two or
    more live contacts' phones share, among phones of ``shortest`` digits or more."""
    return cast(list[Any], db.execute_sql(
        "SELECT substr(p.digits, -?) AS tail, group_concat(DISTINCT p.contact_id) "
        "FROM contact_phone p JOIN contact c ON c.id = p.contact_id "
        "WHERE c.deleted_at IS NULL AND length(p.digits) >= ? "
        "GROUP BY tail HAVING COUNT(DISTINCT p.contact_id) > 1",
        (digits, shortest)).fetchall())


def told_apart() -> set[tuple[int, int]]:
    """Every pair the user said are different people, lower id first."""
    return set(db.execute_sql("SELECT first_id, second_id FROM not_duplicate").fetchall())


def tell_apart(first_id: int, second_id: int, stamp: str) -> None:
    """Keep the pair (lower id first) as different people; inside a transaction."""
    db.execute_sql("INSERT OR IGNORE INTO not_duplicate (first_id, second_id, created_at) "
                   "VALUES (?, ?, ?)", (first_id, second_id, stamp))


def forget_apart(first_id: int, second_id: int) -> None:
    """Forget that the pair (lower id first) are different people."""
    db.execute_sql("DELETE FROM not_duplicate WHERE first_id = ? AND second_id = ?",
                   (first_id, second_id))
