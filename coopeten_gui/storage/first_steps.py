"""What a new user has done so far: the answers behind the Today checklist.

Plain ``sqlite3`` (Today paints before the ORM loads); each answer stops at the first
row it finds.
"""

from __future__ import annotations

from coopeten_gui.storage import database

_DONE = """
SELECT
  EXISTS (SELECT 1 FROM profile WHERE TRIM(name) <> ''),
  EXISTS (SELECT 1 FROM event WHERE deleted_at IS NULL),
  EXISTS (SELECT 1 FROM attendance a JOIN contact c ON c.id = a.contact_id
           WHERE c.deleted_at IS NULL),
  EXISTS (SELECT 1 FROM proposal WHERE deleted_at IS NULL)
"""


def done() -> tuple[bool, bool, bool, bool]:
    """(business filled in, an event, people met at an event, a proposal)."""
    row = database.connection().execute(_DONE).fetchone()
    business, event, met, proposal = (bool(value) for value in row)
    return business, event, met, proposal
