"""Reads about contacts that forms, imports and searches ask: who has an email, the names
offered to choose an organization or an event from, and about how many contacts there
are."""

from __future__ import annotations

from coopeten_gui.storage.models import Event, Organization, db


def highest_id() -> int:
    """The highest contact id: about how many contacts the book holds (one look-up,
    where a count reads a million rows)."""
    return int(db.execute_sql("SELECT COALESCE(max(id), 0) FROM contact").fetchone()[0])


def live_contact_with_email(email: str) -> int | None:
    """A live contact with this email, whatever its case (the first found), or None."""
    # COLLATE NOCASE matches the index on contact_email.value (lower() would scan)
    row = db.execute_sql(
        "SELECT e.contact_id FROM contact_email e JOIN contact c ON c.id = e.contact_id "
        "WHERE e.value = ? COLLATE NOCASE AND c.deleted_at IS NULL LIMIT 1",
        (email,)).fetchone()
    return row[0] if row else None


def organization_names() -> list[tuple[str, int]]:
    """(name, id) of every live organization, in name order."""
    query = (Organization.select(Organization.name, Organization.id)
             .where(Organization.deleted_at.is_null()).order_by(Organization.sort_key))
    # the plain cursor: peewee's row wrapping is slow for 20,000 organizations
    return [tuple(row) for row in db.execute_sql(*query.sql())]


def event_names() -> list[tuple[str, int]]:
    """(name, id) of every live event, the latest first."""
    query = (Event.select(Event.name, Event.id).where(Event.deleted_at.is_null())
             .order_by(Event.starts_at.desc(), Event.id.desc()))
    return [tuple(row) for row in db.execute_sql(*query.sql())]
