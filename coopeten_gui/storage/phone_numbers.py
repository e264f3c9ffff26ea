"""Phones stored before numbers were read: finding them and writing in their
international and national forms."""

from __future__ import annotations

from typing import Iterable

from coopeten_gui.storage import database


def unread_phones(limit: int) -> list[tuple[int, str]]:
    """``(id, value)`` of up to ``limit`` phones whose international form is not worked
    out yet (``e164`` NULL: a partial index finds them at once)."""
    return database.connection().execute(
        "SELECT id, value FROM contact_phone WHERE e164 IS NULL LIMIT ?", (limit,)).fetchall()


def set_forms(forms: Iterable[tuple[str | None, str | None, int]]) -> None:
    """Write ``(e164, national, id)`` of each phone; inside the caller's transaction."""
    database.connection().executemany(
        "UPDATE contact_phone SET e164 = ?, national = ? WHERE id = ?", forms)
